import { z } from 'zod';

/** European Qualifications Framework levels. */
export const eqfLevels = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type EqfLevel = (typeof eqfLevels)[number];

export const EqfLevelSchema = z.literal(eqfLevels, { error: 'EQF level must be a whole number from 1 to 8' });

/** Common European Framework of Reference for Languages levels, with the Council of Europe's names. */
export const cefrLevels = [
  { code: 'A1', name: 'Breakthrough' },
  { code: 'A2', name: 'Waystage' },
  { code: 'B1', name: 'Threshold' },
  { code: 'B2', name: 'Vantage' },
  { code: 'C1', name: 'Effective operational proficiency' },
  { code: 'C2', name: 'Mastery' },
] as const;

export type CefrLevel = (typeof cefrLevels)[number]['code'];

export const CefrLevelSchema = z.enum(cefrLevels.map((level) => level.code) as [CefrLevel, ...CefrLevel[]], {
  error: 'CEFR level must be one of A1, A2, B1, B2, C1, C2',
});
