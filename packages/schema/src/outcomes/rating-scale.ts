import { z } from 'zod';

// A five-point agreement scale for the indicator statements, with "not applicable" as an explicit answer
// rather than a missing one, so a skipped question and a question that does not apply stay distinct.

export const ratingValues = [1, 2, 3, 4, 5] as const;
export type RatingValue = (typeof ratingValues)[number];

export const NOT_APPLICABLE = 'not_applicable' as const;

export const ratingScale = {
  min: 1,
  max: 5,
  anchors: ratingValues.map((value) => ({ value, key: `rating.${value}` as const })),
  notApplicable: { value: NOT_APPLICABLE, key: 'rating.not_applicable' as const },
} as const;

export const RatingAnswerSchema = z.union([z.literal(ratingValues), z.literal(NOT_APPLICABLE)], {
  error:
    'Rating must be a whole number from 1 (strongly disagree) to 5 (strongly agree), or "not_applicable"',
});
export type RatingAnswer = z.infer<typeof RatingAnswerSchema>;
