import {
  hitRateLimit,
  requestFromSurvey,
  saveSurveyAnswer,
  saveSurveyExample,
  saveSurveyLanguageRating,
  setSurveyConsent,
  setSurveyLocale,
  submitSurvey,
  surveyAnswers,
  surveyForRespondent,
  surveySessionHolds,
  withdrawSurveyConsent,
} from '@mobilis/db';
import {
  consentWording,
  type IndicatorCode,
  NOT_APPLICABLE,
  type OutcomeCode,
  outcomeByCode,
  SurveyAnswerInputSchema,
  SurveyConsentSchema,
  SurveyExampleInputSchema,
  SurveyLanguageRatingInputSchema,
  SurveyLocaleSchema,
} from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { ConflictError, TooManyRequestsError, ValidationError } from '../domain-errors.js';
import { newReceipt } from '../survey/survey-receipt.js';
import { resumeSurveySession } from '../survey/survey-sessions.js';
import { publicProcedure, router } from '../trpc/init.js';

/**
 * A participant with a survey session (opened by their personal link; no account). Each call is rate-limited
 * per address and per session.
 */
const surveyProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.surveyCookie.read();
  const now = ctx.services.clock();
  const session = token ? await resumeSurveySession(ctx.db, token, now) : undefined;
  if (!token || !session) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Your survey session has ended: open the link from your e-mail again',
    });
  }
  const window = { windowMs: 10 * 60 * 1000, now };
  const byAddress = await hitRateLimit(ctx.db, `survey:ip:${ctx.ip}`, { ...window, limit: 1000 });
  const bySession = await hitRateLimit(ctx.db, `survey:session:${session.sessionId}`, {
    ...window,
    limit: 500,
  });
  if (!byAddress.allowed || !bySession.allowed)
    throw new TooManyRequestsError('Too many requests: wait a few minutes');
  ctx.surveyCookie.write(token, session.expiresAt);
  return next({
    ctx: { survey: { id: session.surveyId, status: session.status, sessionId: session.sessionId } },
  });
});

/**
 * A survey that still takes answers: not sent yet. The answer is written in one transaction with a check, made once
 * the survey row is free, that its session still exists: an erasure in progress holds the row and deletes the
 * sessions, so nothing the participant sends meanwhile outlives it.
 */
const openSurveyProcedure = surveyProcedure.use(({ ctx, next }) => {
  if (ctx.survey.status === 'submitted')
    throw new ConflictError('This survey has been sent already: answers can no longer change');
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await surveySessionHolds(trx, ctx.survey.id, ctx.survey.sessionId)))
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message: 'Your survey session has ended: open the link from your e-mail again',
      });
    return next({ ctx: { db: trx } });
  });
});

function indicatorsOf(outcomeCodes: readonly string[]): Map<string, OutcomeCode> {
  const indicators = new Map<string, OutcomeCode>();
  for (const code of outcomeCodes) {
    for (const indicator of outcomeByCode(code as OutcomeCode)?.indicators ?? [])
      indicators.set(indicator.code, code as OutcomeCode);
  }
  return indicators;
}

async function questionnaire(db: Parameters<typeof surveyForRespondent>[0], surveyId: string) {
  const survey = await surveyForRespondent(db, surveyId);
  const saved = await surveyAnswers(db, surveyId);
  return {
    wave: survey.wave as 'baseline' | 'end' | 'follow_up',
    locale: survey.locale,
    givenName: survey.givenName,
    organisationName: survey.organisationName,
    organisationId: survey.organisationId,
    /** How long the organisation keeps personal data after the project ends, as the consent text says. */
    retentionYears: survey.retentionYears,
    consent: {
      given: survey.consentAt !== null,
      contact: survey.contactConsent,
      withdrawn: survey.consentWithdrawnAt !== null,
    },
    outcomes: survey.outcomeCodes.map((code) => ({
      code: code as OutcomeCode,
      indicators: (outcomeByCode(code as OutcomeCode)?.indicators ?? []).map(
        (indicator) => indicator.code as IndicatorCode,
      ),
    })),
    /** The language to self-assess on the CEFR grid (not in the follow-up). */
    language: survey.wave === 'follow_up' ? null : { code: survey.mainLanguage },
    answers: saved.answers.map((answer) => ({
      indicatorCode: answer.indicatorCode as IndicatorCode,
      rating: answer.notApplicable ? NOT_APPLICABLE : answer.rating,
      retrospective: answer.retrospectiveNotApplicable ? NOT_APPLICABLE : answer.retrospectiveRating,
    })),
    examples: saved.examples,
    languageRatings: saved.languageRatings,
    submitted: survey.submittedAt
      ? { receipt: survey.receipt ?? '', submittedAt: survey.submittedAt.toISOString() }
      : null,
  };
}

export const surveyResponseRouter = router({
  /** The questionnaire, with what the participant has answered so far. */
  current: surveyProcedure.query(({ ctx }) => questionnaire(ctx.db, ctx.survey.id)),

  /**
   * The participant asks, from their receipt, for a copy of their data (GDPR Art. 15 and 20) or its erasure
   * (Art. 17): a request the organisation's coordinators see and answer. Asking again while it waits changes
   * nothing. Answers when it was asked.
   */
  requestData: surveyProcedure
    .input(z.object({ kind: z.enum(['access', 'erasure'], { error: 'Kind must be access or erasure' }) }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.survey.status !== 'submitted')
        throw new ConflictError(
          'Send your answers first: requests about your data are made from your receipt',
        );
      const requestedAt = await requestFromSurvey(ctx.db, {
        surveyId: ctx.survey.id,
        kind: input.kind,
        now: ctx.services.clock(),
      });
      return { kind: input.kind, requestedAt: requestedAt.toISOString() };
    }),

  setLocale: openSurveyProcedure
    .input(z.object({ locale: SurveyLocaleSchema }))
    .mutation(async ({ ctx, input }) => {
      await setSurveyLocale(ctx.db, ctx.survey.id, input.locale);
      return { locale: input.locale };
    }),

  /** Consent to the survey, recorded with the wording's version and the language it was shown in. */
  consent: openSurveyProcedure.input(SurveyConsentSchema).mutation(async ({ ctx, input }) => {
    const survey = await surveyForRespondent(ctx.db, ctx.survey.id);
    await setSurveyConsent(
      ctx.db,
      ctx.survey.id,
      input.contactConsent,
      ctx.services.clock(),
      consentWording(survey.locale),
    );
    return { ok: true as const };
  }),

  /**
   * The participant withdraws their consent (GDPR Art. 7(3)): no more surveys or reminders, no contact for studies,
   * and their examples are no longer quoted. What they answered before stays in the figures.
   */
  withdrawConsent: surveyProcedure.mutation(async ({ ctx }) => {
    const stopped = await ctx.db
      .transaction()
      .execute((trx) => withdrawSurveyConsent(trx, ctx.survey.id, ctx.services.clock()));
    return { surveysStopped: stopped };
  }),

  /** Saves one answer as it is given, so the participant can leave and come back. */
  saveAnswer: openSurveyProcedure.input(SurveyAnswerInputSchema).mutation(async ({ ctx, input }) => {
    const survey = await surveyForRespondent(ctx.db, ctx.survey.id);
    requireConsent(survey.consentAt);
    if (!indicatorsOf(survey.outcomeCodes).has(input.indicatorCode)) {
      throw new ValidationError('This statement is not part of your survey', {
        indicatorCode: ['Not part of this survey'],
      });
    }
    if (input.retrospective !== undefined && survey.wave !== 'end') {
      throw new ValidationError('Only the end-of-mobility survey looks back', {
        retrospective: ['Only asked at the end of the mobility'],
      });
    }
    await saveSurveyAnswer(ctx.db, {
      surveyId: ctx.survey.id,
      indicatorCode: input.indicatorCode,
      rating: input.rating === NOT_APPLICABLE ? null : input.rating,
      notApplicable: input.rating === NOT_APPLICABLE,
      retrospectiveRating:
        input.retrospective === undefined || input.retrospective === NOT_APPLICABLE
          ? null
          : input.retrospective,
      retrospectiveNotApplicable: input.retrospective === NOT_APPLICABLE,
    });
    return { ok: true as const };
  }),

  saveExample: openSurveyProcedure.input(SurveyExampleInputSchema).mutation(async ({ ctx, input }) => {
    const survey = await surveyForRespondent(ctx.db, ctx.survey.id);
    requireConsent(survey.consentAt);
    if (survey.wave !== 'end' || !survey.outcomeCodes.includes(input.outcomeCode)) {
      throw new ValidationError('Examples are asked at the end of the mobility, for its outcomes', {
        outcomeCode: ['Not part of this survey'],
      });
    }
    await saveSurveyExample(ctx.db, ctx.survey.id, input.outcomeCode, input.text);
    return { ok: true as const };
  }),

  saveLanguageRating: openSurveyProcedure
    .input(SurveyLanguageRatingInputSchema)
    .mutation(async ({ ctx, input }) => {
      const survey = await surveyForRespondent(ctx.db, ctx.survey.id);
      requireConsent(survey.consentAt);
      if (survey.wave === 'follow_up')
        throw new ValidationError('The follow-up survey does not ask about languages', {
          skill: ['Not part of this survey'],
        });
      await saveSurveyLanguageRating(ctx.db, ctx.survey.id, input.skill, input.level);
      return { ok: true as const };
    }),

  /** Sends the answers. A repeated call returns the same receipt and writes nothing. */
  submit: surveyProcedure.mutation(async ({ ctx }) => {
    const survey = await surveyForRespondent(ctx.db, ctx.survey.id);
    requireConsent(survey.consentAt);
    if (survey.status !== 'submitted') {
      await submitSurvey(ctx.db, ctx.survey.id, newReceipt(), ctx.services.clock());
    }
    return questionnaire(ctx.db, ctx.survey.id);
  }),
});

function requireConsent(consentAt: Date | null): void {
  if (!consentAt)
    throw new ValidationError('Please agree to take part before you continue', {
      agree: ['Consent is required'],
    });
}
