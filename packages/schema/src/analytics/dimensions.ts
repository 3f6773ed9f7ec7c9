/**
 * The ways outcome results can be broken down. Each respondent (a participant of a mobility who was sent a survey)
 * has one value per dimension, except `barrier` (none, one or several categories) and `all` (one group).
 */
export const analyticsDimensions = {
  all: 'All participants',
  project: 'Project',
  organisation: 'Organisation',
  call_year: 'Call year',
  field: 'Field',
  action_type: 'Action type',
  activity_type: 'Activity type',
  participant_kind: 'Participant kind',
  gender: 'Gender',
  age_band: 'Age band',
  duration_band: 'Duration',
  sending_country: 'Sending country',
  receiving_country: 'Receiving country',
  fewer_opportunities: 'Fewer opportunities',
  barrier: 'Barrier category',
  /** Sending → receiving country, for the map of where participants went; counted on respondents only. */
  flow: 'Sending → receiving country',
} as const;
export type AnalyticsDimension = keyof typeof analyticsDimensions;
export const analyticsDimensionValues = Object.keys(analyticsDimensions) as [
  AnalyticsDimension,
  ...AnalyticsDimension[],
];

/** Bands by age on the first day of the mobility; `max` is the last age inside the band. */
export const ageBands = [
  { key: 'under_18', label: 'Under 18', max: 17 },
  { key: '18_24', label: '18–24', max: 24 },
  { key: '25_29', label: '25–29', max: 29 },
  { key: '30_49', label: '30–49', max: 49 },
  { key: '50_plus', label: '50 and over', max: Number.POSITIVE_INFINITY },
] as const;
export type AgeBand = (typeof ageBands)[number]['key'];

/** Bands by duration in days, as the programme distinguishes short-term and long-term mobility. */
export const durationBands = [
  { key: 'under_30', label: 'Under 30 days', max: 29 },
  { key: '30_89', label: '30–89 days', max: 89 },
  { key: '90_plus', label: '90 days and more', max: Number.POSITIVE_INFINITY },
] as const;
export type DurationBand = (typeof durationBands)[number]['key'];

function bandOf<Band extends { key: string; max: number }>(
  bands: readonly Band[],
  value: number,
): Band['key'] {
  const band = bands.find((candidate) => value <= candidate.max) ?? bands[bands.length - 1];
  return band?.key ?? '';
}

export function ageBandOf(age: number): AgeBand {
  return bandOf(ageBands, age);
}

export function durationBandOf(days: number): DurationBand {
  return bandOf(durationBands, days);
}

/**
 * What is measured per respondent: an indicator (`L05.language`), an outcome (`L05`: the mean of its indicators at
 * each survey), a CEFR skill (`cefr.reading`: the level from A1 = 1 to C2 = 6, "none" = 0), or `_survey`: the
 * respondent's surveys sent and answered, for response rates.
 */
export type AnalyticsItemKind = 'indicator' | 'outcome' | 'language' | 'survey';
export const surveyItem = '_survey';
export const languageItemPrefix = 'cefr.';

export function analyticsItemKind(item: string): AnalyticsItemKind {
  if (item === surveyItem) return 'survey';
  if (item.startsWith(languageItemPrefix)) return 'language';
  return item.includes('.') ? 'indicator' : 'outcome';
}

/** The CEFR levels as numbers, so a move up one level is a difference of one. */
export const cefrLevelIndex: Record<string, number> = {
  none: 0,
  A1: 1,
  A2: 2,
  B1: 3,
  B2: 4,
  C1: 5,
  C2: 6,
};
