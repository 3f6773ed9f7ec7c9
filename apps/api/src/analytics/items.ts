import { analyticsItemKind, cefrSkills, languageItemPrefix, outcomes, surveyItem } from '@mobilis/schema';

/** Outcomes in catalogue order, each followed by its indicators, then the CEFR skills; the order reports use. */
const catalogueOrder = [
  ...outcomes.flatMap((outcome) => [outcome.code, ...outcome.indicators.map((indicator) => indicator.code)]),
  ...cefrSkills.map((skill) => `${languageItemPrefix}${skill}`),
];

export function byCatalogueOrder(a: string, b: string): number {
  const rank = (code: string) => {
    const index = catalogueOrder.indexOf(code);
    return index === -1 ? catalogueOrder.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Outcomes and language skills: what an overview shows (indicators are on each outcome's page). */
export function isOverviewItem(item: string): boolean {
  const kind = analyticsItemKind(item);
  return kind === 'outcome' || kind === 'language';
}

/**
 * What an overview or a comparison reads from the rollup: its items and the survey counts. Indicators (most of the
 * rollup's rows) are left out of those reads.
 */
export const overviewReadItems: readonly string[] = [
  ...outcomes.map((outcome) => outcome.code),
  ...cefrSkills.map((skill) => `${languageItemPrefix}${skill}`),
  surveyItem,
];

export function indicatorsOf(outcomeCode: string): string[] {
  return (
    outcomes.find((outcome) => outcome.code === outcomeCode)?.indicators.map((indicator) => indicator.code) ??
    []
  );
}

export { surveyItem };
