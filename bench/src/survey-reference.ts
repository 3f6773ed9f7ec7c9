import { type OutcomeCode, outcomesForGroup, type SurveyWave, type TargetGroup } from '@mobilis/schema';

// The fixed inputs of the survey generator: how respondents rate themselves on each outcome, how often they answer,
// and which statements some find do not apply to them. The outcomes and indicators themselves come from
// @mobilis/schema's catalogue, so the answers carry the codes the console reads. The effects follow the demo data's
// (apps/api/src/demo/demo-survey-answers.ts): self-ratings rise from the baseline to the end and mostly hold.

/** Per outcome: the mean self-rating before a mobility, the gain by its end, the share of it kept at the follow-up. */
export const outcomeEffects: Record<OutcomeCode, { before: number; gain: number; kept: number }> = {
  L01: { before: 3.2, gain: 0.65, kept: 0.8 },
  L02: { before: 2.9, gain: 0.8, kept: 0.75 },
  L03: { before: 3.0, gain: 0.7, kept: 0.7 },
  L04: { before: 3.1, gain: 0.95, kept: 0.8 },
  L05: { before: 2.7, gain: 1.15, kept: 0.85 },
  L06: { before: 3.2, gain: 1.0, kept: 0.8 },
  L07: { before: 2.7, gain: 0.6, kept: 0.6 },
  L08: { before: 3.3, gain: 0.95, kept: 0.75 },
  L09: { before: 2.8, gain: 0.8, kept: 0.65 },
  L10: { before: 3.4, gain: 0.85, kept: 0.7 },
  S01: { before: 3.5, gain: 0.75, kept: 0.8 },
  S02: { before: 2.8, gain: 1.15, kept: 0.85 },
  S03: { before: 3.1, gain: 0.7, kept: 0.7 },
  S04: { before: 3.0, gain: 0.65, kept: 0.7 },
  S05: { before: 3.6, gain: 0.65, kept: 0.75 },
  S06: { before: 3.2, gain: 0.8, kept: 0.75 },
  S07: { before: 2.8, gain: 0.75, kept: 0.7 },
  S08: { before: 3.0, gain: 0.9, kept: 0.75 },
  S09: { before: 3.0, gain: 0.8, kept: 0.7 },
  S10: { before: 3.1, gain: 0.85, kept: 0.85 },
  S11: { before: 3.5, gain: 0.8, kept: 0.6 },
};

/** Outcomes on which learners with fewer opportunities start lower and gain more. */
export const moreForFewerOpportunities: readonly OutcomeCode[] = ['L02', 'L04', 'L08', 'L10'];

/** Outcomes whose respondents also rate their language skills on the CEFR grid. */
export const languageOutcomes: readonly OutcomeCode[] = ['L05', 'S10'];

/** Statements some respondents find do not apply to them, and how often; the others 2 %. */
export const notApplicableShare: Partial<Record<string, number>> = {
  'L05.host-language': 0.12,
  'L07.democratic-life': 0.1,
  'L02.job-skills': 0.08,
  'S04.cross-sector': 0.12,
  'S07.outreach': 0.1,
};
export const defaultNotApplicableShare = 0.02;

/**
 * Chance to answer a survey that went out, for a respondent keen on the surveys (72 %, 60 % with fewer
 * opportunities) and for a reluctant one: about 84 % answer the baseline, 80 % the end survey, 57 % the follow-up.
 */
export const answerChance: Record<SurveyWave, { keen: number; reluctant: number }> = {
  baseline: { keen: 0.95, reluctant: 0.62 },
  end: { keen: 0.92, reluctant: 0.52 },
  follow_up: { keen: 0.68, reluctant: 0.25 },
};

/** A mobility targets three outcomes (60 %) or four of its respondent's group: about ten indicators a survey. */
export const targetedOutcomes = { three: 0.6 } as const;

/** What a few respondents write at the end of their mobility, in their own words (one per outcome group). */
export const exampleTexts: Record<TargetGroup, readonly string[]> = {
  learner: [
    'I can now order food and ask for directions without switching to English.',
    'Working in a team with people from four countries taught me to say what I think.',
    'I found out that I want to work abroad again after my training.',
    'Ich habe gelernt, mich in einer fremden Stadt allein zurechtzufinden.',
  ],
  staff: [
    'I brought back a method for peer feedback that we now use in two classes.',
    'We agreed with our host school on a joint project for next year.',
    'Ich setze jetzt digitale Werkzeuge ein, die ich dort kennengelernt habe.',
  ],
};

export interface OutcomeRow {
  learner: boolean;
  /** Position of the outcome within its group, from 0. */
  position: number;
  code: OutcomeCode;
  before: number;
  gain: number;
  kept: number;
  boosted: boolean;
  language: boolean;
}

export interface IndicatorRow {
  outcomeCode: OutcomeCode;
  code: string;
  /** A number unique to the indicator, for the per-respondent hash that decides "does not apply". */
  number: number;
  /** The indicator's own offset from its outcome's mean rating. */
  offset: number;
  notApplicable: number;
}

/** The active outcomes of each group with their effects, and their indicators. */
export function catalogueRows(): { outcomes: OutcomeRow[]; indicators: IndicatorRow[] } {
  const outcomes: OutcomeRow[] = [];
  const indicators: IndicatorRow[] = [];
  for (const group of ['learner', 'staff'] as const) {
    outcomesForGroup(group).forEach((outcome, position) => {
      const code = outcome.code as OutcomeCode;
      outcomes.push({
        learner: group === 'learner',
        position,
        code,
        ...outcomeEffects[code],
        boosted: moreForFewerOpportunities.includes(code),
        language: languageOutcomes.includes(code),
      });
      outcome.indicators.forEach((indicator, index) => {
        indicators.push({
          outcomeCode: code,
          code: indicator.code,
          number: indicators.length + 1,
          offset: [0, -0.15, 0.15][index % 3] ?? 0,
          notApplicable: notApplicableShare[indicator.code] ?? defaultNotApplicableShare,
        });
      });
    });
  }
  return { outcomes, indicators };
}
