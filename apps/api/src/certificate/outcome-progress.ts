import {
  type IndicatorCode,
  type KeyCompetence,
  keyCompetencesOf,
  type OutcomeCode,
  outcomeByCode,
} from '@mobilis/schema';

/** One stored answer to an indicator statement; null ratings are "not applicable" or unanswered. */
export interface RatedAnswer {
  indicatorCode: string;
  rating: number | null;
  retrospectiveRating: number | null;
}

export interface IndicatorProgress {
  code: IndicatorCode;
  before: number;
  after: number;
}

export interface OutcomeProgress {
  code: OutcomeCode;
  /** The outcome's statements on which the participant rated themselves higher at the end than before. */
  indicators: IndicatorProgress[];
  /** The key competences those statements give evidence of. */
  competences: KeyCompetence[];
}

/**
 * The outcomes on which a participant reported progress, in the survey's order. "Before" is their own rating in
 * the baseline survey when they answered it there, else the rating they gave at the end looking back; "after"
 * is their rating at the end. Statements without both ratings, or without progress, are left out.
 */
export function outcomeProgress(
  outcomeCodes: readonly string[],
  baseline: readonly RatedAnswer[],
  end: readonly RatedAnswer[],
): OutcomeProgress[] {
  const baselineRatings = new Map(baseline.map((answer) => [answer.indicatorCode, answer.rating]));
  const endAnswers = new Map(end.map((answer) => [answer.indicatorCode, answer]));
  const progress: OutcomeProgress[] = [];
  for (const code of outcomeCodes) {
    const outcome = outcomeByCode(code as OutcomeCode);
    if (!outcome) continue;
    const indicators: IndicatorProgress[] = [];
    for (const { code: indicator } of outcome.indicators) {
      const answer = endAnswers.get(indicator);
      const before = baselineRatings.get(indicator) ?? answer?.retrospectiveRating ?? null;
      const after = answer?.rating ?? null;
      if (before !== null && after !== null && after > before)
        indicators.push({ code: indicator, before, after });
    }
    if (indicators.length > 0)
      progress.push({
        code: outcome.code,
        indicators,
        competences: keyCompetencesOf(indicators.map((indicator) => indicator.code)),
      });
  }
  return progress;
}
