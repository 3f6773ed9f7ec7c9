import { z } from 'zod';
import { flag, id, text } from '../fields.js';
import { OutcomeCodeSchema } from './schema.js';

// An organisation's own indicator for a catalogue outcome. Its statement is free text in the organisation's
// language (not a message key), and it is switched off rather than deleted once answers refer to it.

const statement = text('Statement', { min: 10, max: 300 });

export const CustomIndicatorSchema = z.object({
  id: id('Custom indicator id'),
  organisationId: id('Organisation'),
  outcomeCode: OutcomeCodeSchema,
  statement,
  active: flag('Active'),
});
export type CustomIndicator = z.infer<typeof CustomIndicatorSchema>;

export const CustomIndicatorCreateSchema = CustomIndicatorSchema.omit({ id: true }).extend({
  active: flag('Active').default(true),
});
export type CustomIndicatorCreate = z.infer<typeof CustomIndicatorCreateSchema>;

/** The outcome is fixed once created: answers given to the indicator belong to that outcome. */
export const CustomIndicatorUpdateSchema = z.object({
  id: id('Custom indicator id'),
  statement: statement.optional(),
  active: flag('Active').optional(),
});
export type CustomIndicatorUpdate = z.infer<typeof CustomIndicatorUpdateSchema>;
