import { z } from 'zod';
import { oneOf, text } from '../fields.js';
import {
  catalogueVersions,
  type IndicatorCode,
  type OutcomeCode,
  outcomeDefinitions,
  targetGroups,
} from './definitions.js';

export const outcomeCodes = outcomeDefinitions.map((outcome) => outcome.code) as [
  OutcomeCode,
  ...OutcomeCode[],
];
export const indicatorCodes = outcomeDefinitions.flatMap((outcome) =>
  outcome.indicators.map((indicator) => indicator.code),
) as [IndicatorCode, ...IndicatorCode[]];

export const CatalogueVersionSchema = oneOf('Catalogue version', catalogueVersions);
export const TargetGroupSchema = oneOf('Target group', targetGroups);
export const OutcomeCodeSchema = oneOf('Outcome', outcomeCodes);
export const IndicatorCodeSchema = oneOf('Indicator', indicatorCodes);

/** A participant-facing text: its message key, and the English text as the default. */
export const MessageRefSchema = z.object({
  key: text('Message key'),
  en: text('English text', { max: 500 }),
});
export type MessageRef = z.infer<typeof MessageRefSchema>;

export const IndicatorSchema = z.object({
  code: IndicatorCodeSchema,
  outcomeCode: OutcomeCodeSchema,
  /** A first-person statement the participant rates, e.g. "I feel European." */
  statement: MessageRefSchema,
  since: CatalogueVersionSchema,
  retiredIn: CatalogueVersionSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const OutcomeSchema = z.object({
  code: OutcomeCodeSchema,
  targetGroup: TargetGroupSchema,
  /** The Programme Guide's wording. */
  title: MessageRefSchema,
  /** A short name for tables and charts. */
  label: MessageRefSchema,
  since: CatalogueVersionSchema,
  retiredIn: CatalogueVersionSchema.optional(),
  indicators: z.array(IndicatorSchema).min(1, 'Indicators must list at least one indicator'),
});
export type Outcome = z.infer<typeof OutcomeSchema>;
