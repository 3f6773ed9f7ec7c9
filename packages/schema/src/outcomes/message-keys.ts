import type { IndicatorCode, OutcomeCode } from './definitions.js';
import type { RatingValue } from './rating-scale.js';

// Participant-facing text is looked up by key, so a translation is a new message map, not new code.

export type MessageKey =
  | `outcome.${OutcomeCode}.title`
  | `outcome.${OutcomeCode}.label`
  | `indicator.${IndicatorCode}.statement`
  | `rating.${RatingValue}`
  | 'rating.not_applicable';

export type Messages = Readonly<Record<MessageKey, string>>;

export const outcomeTitleKey = (code: OutcomeCode) => `outcome.${code}.title` as const;
export const outcomeLabelKey = (code: OutcomeCode) => `outcome.${code}.label` as const;
export const indicatorStatementKey = (code: IndicatorCode) => `indicator.${code}.statement` as const;
