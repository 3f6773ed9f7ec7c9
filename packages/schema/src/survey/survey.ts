import { z } from 'zod';
import { flag, id, storable, text, wholeNumber } from '../fields.js';
import { RatingAnswerSchema } from '../outcomes/rating-scale.js';
import { IndicatorCodeSchema, OutcomeCodeSchema } from '../outcomes/schema.js';
import { CefrLevelSchema } from '../reference/levels.js';

/**
 * The three measures of a mobility: before it (baseline), at its end (with a retrospective "before" rating
 * beside "now", which corrects the response-shift bias of self-ratings), and months later (follow-up).
 */
export const surveyWaves = ['baseline', 'end', 'follow_up'] as const;
export type SurveyWave = (typeof surveyWaves)[number];
export const SurveyWaveSchema = z.enum(surveyWaves, {
  error: `Survey must be one of: ${surveyWaves.join(', ')}`,
});

/** Statuses as coordinators know them from the Beneficiary Module. */
export const surveyStatuses = [
  'scheduled',
  'invited',
  'reminded_auto',
  'reminded_manual',
  'submitted',
  'undelivered',
  'excluded',
] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

export const SurveySettingsSchema = z.object({
  baselineOffsetDays: wholeNumber('Baseline survey offset', { min: 0, max: 120 }),
  followUpOffsetDays: wholeNumber('Follow-up survey offset', { min: 30, max: 730 }),
  followUpEnabled: flag('Follow-up survey'),
  reminderDays: z
    .array(wholeNumber('Reminder day', { min: 1, max: 90 }))
    .max(3, 'At most 3 automatic reminders')
    .refine(
      (days) => days.every((day, index) => index === 0 || day > (days[index - 1] ?? 0)),
      'Reminder days must increase',
    ),
});
export type SurveySettings = z.infer<typeof SurveySettingsSchema>;

export const defaultSurveySettings: SurveySettings = {
  baselineOffsetDays: 14,
  followUpOffsetDays: 180,
  followUpEnabled: true,
  reminderDays: [7, 14],
};

export const cefrSkills = [
  'listening',
  'reading',
  'spoken_interaction',
  'spoken_production',
  'writing',
] as const;
export type CefrSkill = (typeof cefrSkills)[number];
export const CefrSkillSchema = z.enum(cefrSkills, {
  error: `Skill must be one of: ${cefrSkills.join(', ')}`,
});
/** A self-assessed level on the CEFR grid, or "none" for a language not learnt yet. */
export const CefrAnswerSchema = z.union([CefrLevelSchema, z.literal('none')], {
  error: 'Level must be one of A1, A2, B1, B2, C1, C2 or none',
});

// What a participant sends from a survey page.

export const SurveyConsentSchema = z.object({
  agree: z.literal(true, { error: 'Please agree to take part before you continue' }),
  contactConsent: flag('Contact consent'),
});

export const SurveyAnswerInputSchema = z.object({
  indicatorCode: IndicatorCodeSchema,
  rating: RatingAnswerSchema,
  /** The end-of-mobility survey's "before the mobility", looking back. */
  retrospective: RatingAnswerSchema.optional(),
});
export type SurveyAnswerInput = z.infer<typeof SurveyAnswerInputSchema>;

export const SurveyExampleInputSchema = z.object({
  outcomeCode: OutcomeCodeSchema,
  text: storable('Example', z.string().trim().max(2000, 'An example must be at most 2,000 characters')),
});

export const SurveyLanguageRatingInputSchema = z.object({ skill: CefrSkillSchema, level: CefrAnswerSchema });

// What a coordinator sends.

/** A bounce or a wrong address, marked by hand. */
export const SurveyUndeliveredSchema = z.object({
  surveyId: id('Survey'),
  reason: text('Reason', { max: 300 }),
});

export const SurveyExcludeSchema = z.object({
  mobilityId: id('Mobility'),
  participantId: id('Participant'),
  reason: text('Reason', { max: 500 }),
});

/**
 * The version of the consent wording participants agree to (the `survey.consent.*` messages, in every language).
 * Change it whenever that wording changes: each consent records the version and language it was given in.
 */
export const surveyConsentVersion = '2026-12';

/** What a consent records of its wording: the version and the language it was shown in. */
export function consentWording(locale: string): string {
  return `${surveyConsentVersion}/${locale}`;
}
