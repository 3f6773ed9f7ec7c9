import {
  type CefrLevel,
  type CefrSkill,
  cefrLevels,
  cefrSkills,
  type OutcomeCode,
  outcomeByCode,
  type ParticipantKind,
  type SurveyWave,
  targetGroupOf,
} from '@mobilis/schema';
import type { DemoRandom } from './demo-random.js';

// What a demo respondent answers in each survey: self-ratings that rise from the baseline to the end of the
// mobility and mostly hold at the follow-up, a retrospective "before" a little below the baseline (response
// shift), CEFR self-assessments in the mobility's main language, and now and then an example in own words.

export interface DemoRespondent {
  kind: ParticipantKind;
  fewerOpportunities: boolean;
  /** Activity days of the mobility. */
  days: number;
  mainLanguage: string | null;
  outcomeCodes: readonly OutcomeCode[];
}

export interface DemoAnswer {
  indicatorCode: string;
  rating: number | null;
  notApplicable: boolean;
  retrospectiveRating: number | null;
  retrospectiveNotApplicable: boolean;
}

export interface DemoWaveAnswers {
  answers: DemoAnswer[];
  languageRatings: Array<{ skill: CefrSkill; level: CefrLevel | 'none' }>;
  /** The outcome the respondent gives an example for (end of mobility only). */
  exampleOutcome: OutcomeCode | null;
}

/**
 * Per outcome: the mean self-rating before a mobility, the gain a typical mobility brings by its end, and the
 * share of that gain still there at the follow-up.
 */
const outcomeEffects: Record<OutcomeCode, { before: number; gain: number; kept: number }> = {
  L01: { before: 3.2, gain: 0.75, kept: 0.8 },
  L02: { before: 2.9, gain: 0.8, kept: 0.75 },
  L03: { before: 3.0, gain: 0.8, kept: 0.7 },
  L04: { before: 3.1, gain: 0.95, kept: 0.8 },
  L05: { before: 2.7, gain: 1.15, kept: 0.85 },
  L06: { before: 3.2, gain: 1.0, kept: 0.8 },
  L07: { before: 2.7, gain: 0.75, kept: 0.65 },
  L08: { before: 3.3, gain: 0.95, kept: 0.75 },
  L09: { before: 2.8, gain: 0.85, kept: 0.7 },
  L10: { before: 3.4, gain: 0.85, kept: 0.75 },
  S01: { before: 3.5, gain: 0.9, kept: 0.8 },
  S02: { before: 2.8, gain: 1.25, kept: 0.85 },
  S03: { before: 3.1, gain: 0.85, kept: 0.75 },
  S04: { before: 3.0, gain: 0.85, kept: 0.75 },
  S05: { before: 3.5, gain: 0.8, kept: 0.75 },
  S06: { before: 3.2, gain: 0.95, kept: 0.75 },
  S07: { before: 2.8, gain: 0.9, kept: 0.75 },
  S08: { before: 3.0, gain: 1.0, kept: 0.75 },
  S09: { before: 3.0, gain: 0.95, kept: 0.7 },
  S10: { before: 3.1, gain: 1.0, kept: 0.85 },
  S11: { before: 3.4, gain: 0.9, kept: 0.65 },
};

/** Outcomes on which learners with fewer opportunities start lower and gain more. */
const moreForFewerOpportunities = new Set<OutcomeCode>(['L02', 'L04', 'L08', 'L10']);

/** Statements some respondents find do not apply to them, and how often. */
const oftenNotApplicable: Partial<Record<string, number>> = {
  'L05.host-language': 0.12,
  'L07.democratic-life': 0.1,
  'L02.job-skills': 0.08,
  'S04.cross-sector': 0.12,
  'S07.outreach': 0.1,
};

const levelScale: Array<CefrLevel | 'none'> = ['none', ...cefrLevels.map((level) => level.code)];

/** Longer stays bring more: 0.85 of the typical gain for a week or two, 1.0 for four weeks, up to 1.25. */
function durationFactor(days: number): number {
  return clamp(1 + 0.1 * Math.log2(days / 28), 0.85, 1.25);
}

/** A respondent's answers to each wave, drawn in a fixed order from `random`. */
export function demoAnswers(
  respondent: DemoRespondent,
  random: DemoRandom,
): Record<SurveyWave, DemoWaveAnswers> {
  const waves: Record<SurveyWave, DemoWaveAnswers> = {
    baseline: { answers: [], languageRatings: [], exampleOutcome: null },
    end: { answers: [], languageRatings: [], exampleOutcome: null },
    follow_up: { answers: [], languageRatings: [], exampleOutcome: null },
  };
  const learner = targetGroupOf(respondent.kind) === 'learner';
  const fewer = learner && respondent.fewerOpportunities;
  // Some rate themselves high whatever the question, some gain more than others, some look back harder.
  const leniency = random.normal(0, 0.45);
  const gainFactor = Math.max(0, random.normal(1, 0.35)) * durationFactor(respondent.days);
  const responseShift = random.normal(0.25, 0.2);
  let strongest: { code: OutcomeCode; gain: number } | null = null;

  for (const code of respondent.outcomeCodes) {
    const effect = outcomeEffects[code];
    const boosted = fewer && moreForFewerOpportunities.has(code);
    const gain = effect.gain * gainFactor * (boosted ? 1.35 : 1);
    const before = effect.before + leniency + (boosted ? -0.3 : 0) + random.normal(0, 0.25);
    if (!strongest || gain > strongest.gain) strongest = { code, gain };
    for (const { code: indicatorCode } of outcomeByCode(code)?.indicators ?? []) {
      const notApplicable = random.chance(oftenNotApplicable[indicatorCode] ?? 0.02);
      const own = before + random.normal(0, 0.35);
      const answer = (latent: number, retrospective?: number): DemoAnswer => ({
        indicatorCode,
        rating: notApplicable ? null : rating(latent + random.normal(0, 0.45)),
        notApplicable,
        retrospectiveRating:
          notApplicable || retrospective === undefined ? null : rating(retrospective + random.normal(0, 0.4)),
        retrospectiveNotApplicable: notApplicable && retrospective !== undefined,
      });
      waves.baseline.answers.push(answer(own));
      waves.end.answers.push(answer(own + gain, own - responseShift));
      waves.follow_up.answers.push(answer(own + gain * effect.kept));
    }
  }

  const language = languageRatings(respondent, random);
  waves.baseline.languageRatings = language.before;
  waves.end.languageRatings = language.after;
  if (strongest && random.chance(0.3)) waves.end.exampleOutcome = strongest.code;
  return waves;
}

/**
 * CEFR self-assessments in the mobility's main language, before and at the end: English starts higher than
 * the host's language (higher still for staff and students), and a skill moves up one level more often the
 * longer the stay (a third of the skills after a week, half after a month, two thirds after a semester).
 */
function languageRatings(respondent: DemoRespondent, random: DemoRandom) {
  const before: DemoWaveAnswers['languageRatings'] = [];
  const after: DemoWaveAnswers['languageRatings'] = [];
  if (!respondent.mainLanguage) return { before, after };
  const staff = targetGroupOf(respondent.kind) === 'staff';
  const typical = respondent.mainLanguage === 'en' ? (staff ? 4 : 3) : respondent.kind === 'student' ? 3 : 1;
  const own = typical + random.int(-1, 1);
  const moveUp = clamp(0.5 + 0.08 * Math.log2(respondent.days / 28), 0.3, 0.65);
  const skills = cefrSkills.filter(() => random.chance(0.75));
  for (const skill of skills.length > 0 ? skills : (['spoken_interaction'] as const)) {
    const level = clamp(own + (random.chance(0.3) ? random.pick([-1, 1]) : 0), 0, levelScale.length - 1);
    const change = random.chance(moveUp) ? 1 : random.chance(0.03) ? -1 : 0;
    before.push({ skill, level: cefrLevel(level) });
    after.push({ skill, level: cefrLevel(level + change) });
  }
  return { before, after };
}

function cefrLevel(index: number): CefrLevel | 'none' {
  return levelScale[clamp(index, 0, levelScale.length - 1)] ?? 'none';
}

function rating(latent: number): number {
  return clamp(Math.round(latent), 1, 5);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
