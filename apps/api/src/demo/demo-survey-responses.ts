import type { IsoDate, SurveyWave } from '@mobilis/schema';
import type { DemoRandom } from './demo-random.js';

// Whether and when a demo respondent answers each survey that fell due: invited on the due day, reminded
// after the project's reminder days, answered within hours or weeks, or never. Most people who answered
// before answer again; fewer answer the follow-up; a few e-mails bounce and a few participants leave their
// mobility early.

export type DemoSurveyFate =
  | {
      kind: 'submitted';
      invitedAt: Date;
      remindedAt: Date[];
      /** When the participant opened the survey and agreed to take part. */
      startedAt: Date;
      submittedAt: Date;
      contactConsent: boolean;
    }
  | { kind: 'unanswered'; invitedAt: Date; remindedAt: Date[] }
  | { kind: 'undelivered'; invitedAt: Date; bouncedAt: Date }
  /** Left the mobility early: this survey and the later ones are excluded. */
  | { kind: 'excluded'; excludedAt: Date };

/** Chance to answer, for a participant keen on the surveys and for a reluctant one. */
const answerChance: Record<SurveyWave, { keen: number; reluctant: number }> = {
  baseline: { keen: 0.95, reluctant: 0.62 },
  end: { keen: 0.95, reluctant: 0.6 },
  follow_up: { keen: 0.7, reluctant: 0.28 },
};

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

export interface DemoTimeline {
  /** The waves that fell due before today, with their due dates, in order. */
  due: Array<{ wave: SurveyWave; dueDate: IsoDate }>;
  fewerOpportunities: boolean;
  /** Days after the invitation on which automatic reminders go out. */
  reminderDays: readonly number[];
  /** Only what happened before this day has happened, so the demo is the same all day long. */
  today: IsoDate;
}

/** What became of each survey in `due`; a wave without a fate was excluded with an earlier one. */
export function demoSurveyFates(
  timeline: DemoTimeline,
  random: DemoRandom,
): Partial<Record<SurveyWave, DemoSurveyFate>> {
  const keen = random.chance(timeline.fewerOpportunities ? 0.6 : 0.72);
  const leftEarly = random.chance(0.02);
  const contactConsent = random.chance(0.5);
  const fates: Partial<Record<SurveyWave, DemoSurveyFate>> = {};
  for (const { wave, dueDate } of timeline.due) {
    // The scheduler's round on the due day.
    const invitedAt = new Date(Date.parse(dueDate) + 6 * hour + random.int(0, 120) * minute);
    if (leftEarly && wave !== 'baseline') {
      // The coordinator excludes them before the end-of-mobility survey goes out.
      fates[wave] = { kind: 'excluded', excludedAt: new Date(invitedAt.getTime() - hour) };
      break;
    }
    if (random.chance(0.015)) {
      fates[wave] = { kind: 'undelivered', invitedAt, bouncedAt: new Date(invitedAt.getTime() + 5 * minute) };
      continue;
    }
    const chance = answerChance[wave][keen ? 'keen' : 'reluctant'];
    const submittedAt = random.chance(chance)
      ? new Date(invitedAt.getTime() + answerDelayHours(random) * hour)
      : null;
    const answered = submittedAt !== null && submittedAt.getTime() < Date.parse(timeline.today);
    const until = answered ? submittedAt : new Date(timeline.today);
    const remindedAt = timeline.reminderDays
      .map((days) => new Date(invitedAt.getTime() + days * day))
      .filter((at) => at < until);
    fates[wave] = answered
      ? {
          kind: 'submitted',
          invitedAt,
          remindedAt,
          startedAt: new Date(submittedAt.getTime() - random.int(4, 20) * minute),
          submittedAt,
          contactConsent,
        }
      : { kind: 'unanswered', invitedAt, remindedAt };
  }
  return fates;
}

/** Half answer within two days, most within a week, the rest after a reminder or two. */
function answerDelayHours(random: DemoRandom): number {
  if (random.chance(0.5)) return random.int(1, 48);
  if (random.chance(0.6)) return random.int(49, 7 * 24);
  return random.int(7 * 24 + 1, 21 * 24);
}
