import {
  excludeSurveys,
  findMobility,
  findProject,
  findSurvey,
  findSurveySettings,
  listSurveysOfMobility,
  markSurveyUndelivered,
  mobilityIdsOfProject,
  outstandingSurveys,
  saveSurveySettings,
  surveyAnswers,
  surveyConsentOf,
  surveyCountsByWave,
  withdrawSurveyLinks,
} from '@mobilis/db';
import {
  defaultSurveySettings,
  SurveyExcludeSchema,
  SurveySettingsSchema,
  SurveyUndeliveredSchema,
  SurveyWaveSchema,
} from '@mobilis/schema';
import { z } from 'zod';
import { audit } from '../audit.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import { issueSurveyLink } from '../survey/survey-links.js';
import { syncSurveyPlan } from '../survey/survey-plan.js';
import { sendSurveyMessage } from '../survey/survey-scheduler.js';
import type { Context } from '../trpc/context.js';
import { coordinatorProcedure, organisationProcedure, router } from '../trpc/init.js';

const id = (label: string) => z.uuid({ error: `${label} must be an id (a UUID)` });
const manualReminderGapMs = 24 * 60 * 60 * 1000;

async function requireSurvey(db: Context['db'], organisationId: string, surveyId: string) {
  const survey = await findSurvey(db, organisationId, surveyId);
  if (!survey) throw new NotFoundError('Survey');
  return survey;
}

async function requireProject(db: Context['db'], organisationId: string, projectId: string) {
  const project = await findProject(db, organisationId, projectId);
  if (!project) throw new NotFoundError('Project');
  return project;
}

/** Sends a manual reminder, at most one per survey in 24 hours. */
async function remind(
  ctx: Context & { organisation: { id: string } },
  surveyId: string,
): Promise<'sent' | 'too_soon' | 'not_open' | 'no_address'> {
  return ctx.db.transaction().execute(async (trx) => {
    const survey = await requireSurvey(trx, ctx.organisation.id, surveyId);
    const now = ctx.services.clock();
    if (!['invited', 'reminded_auto', 'reminded_manual'].includes(survey.status)) return 'not_open';
    if (
      survey.lastManualReminderAt &&
      now.getTime() - survey.lastManualReminderAt.getTime() < manualReminderGapMs
    )
      return 'too_soon';
    return sendSurveyMessage(trx, surveyId, 'manual_reminder', now, ctx.services.config.publicUrl);
  });
}

export const surveyRouter = router({
  /** A mobility's survey plan: each respondent's surveys, their due dates and statuses. */
  plan: organisationProcedure
    .input(z.object({ mobilityId: id('Mobility') }))
    .query(async ({ ctx, input }) => {
      if (!(await findMobility(ctx.db, ctx.organisation.id, input.mobilityId)))
        throw new NotFoundError('Mobility');
      return listSurveysOfMobility(ctx.db, ctx.organisation.id, input.mobilityId);
    }),

  settings: organisationProcedure
    .input(z.object({ projectId: id('Project') }))
    .query(async ({ ctx, input }) => {
      await requireProject(ctx.db, ctx.organisation.id, input.projectId);
      return (await findSurveySettings(ctx.db, input.projectId)) ?? defaultSurveySettings;
    }),

  /** Changes the project's offsets or turns the follow-up off; surveys not yet sent move accordingly. */
  updateSettings: coordinatorProcedure
    .input(SurveySettingsSchema.extend({ projectId: id('Project') }))
    .mutation(async ({ ctx, input }) => {
      const { projectId, organisationId: _organisationId, ...settings } = input;
      await ctx.db.transaction().execute(async (trx) => {
        await requireProject(trx, ctx.organisation.id, projectId);
        await saveSurveySettings(trx, projectId, settings);
        for (const mobilityId of await mobilityIdsOfProject(trx, ctx.organisation.id, projectId)) {
          await syncSurveyPlan(trx, ctx.organisation.id, mobilityId);
        }
        await audit(trx, ctx, {
          entityType: 'project',
          entityId: projectId,
          action: 'survey_settings',
          changes: { settings: { to: settings } },
        });
      });
      return settings;
    }),

  /** Per wave: planned, sent, answered, excluded, and the response rate among those sent. */
  projectStats: organisationProcedure
    .input(z.object({ projectId: id('Project') }))
    .query(async ({ ctx, input }) => {
      await requireProject(ctx.db, ctx.organisation.id, input.projectId);
      const rows = await surveyCountsByWave(ctx.db, ctx.organisation.id, input.projectId);
      return rows.map((row) => ({
        wave: row.wave,
        total: Number(row.total),
        sent: Number(row.sent),
        submitted: Number(row.submitted),
        excluded: Number(row.excluded),
        responseRate: Number(row.sent) > 0 ? Number(row.submitted) / Number(row.sent) : null,
      }));
    }),

  /** Everyone in the project who has not answered a survey that went out, filterable by survey and days overdue. */
  outstanding: organisationProcedure
    .input(
      z.object({
        projectId: id('Project'),
        wave: SurveyWaveSchema.optional(),
        minDaysOverdue: z.number().int().min(0).max(3650).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      await requireProject(ctx.db, ctx.organisation.id, input.projectId);
      const today = ctx.services.clock().toISOString().slice(0, 10);
      const rows = await outstandingSurveys(ctx.db, ctx.organisation.id, {
        projectId: input.projectId,
        wave: input.wave,
        today,
      });
      return rows
        .map((row) => ({
          ...row,
          daysOverdue: Number(row.daysOverdue),
          email: ctx.organisation.role === 'coordinator' ? row.email : null,
        }))
        .filter((row) => row.daysOverdue >= (input.minDaysOverdue ?? 0));
    }),

  /** A participant's answers (coordinators only). */
  answers: coordinatorProcedure.input(z.object({ surveyId: id('Survey') })).query(async ({ ctx, input }) => {
    await requireSurvey(ctx.db, ctx.organisation.id, input.surveyId);
    return {
      ...(await surveyAnswers(ctx.db, input.surveyId)),
      consent: await surveyConsentOf(ctx.db, input.surveyId),
    };
  }),

  sendReminder: coordinatorProcedure
    .input(z.object({ surveyId: id('Survey') }))
    .mutation(async ({ ctx, input }) => {
      const result = await remind(ctx, input.surveyId);
      if (result === 'too_soon')
        throw new ConflictError('A reminder went out less than 24 hours ago: try again tomorrow');
      if (result === 'not_open')
        throw new ConflictError('Only a survey that was sent and not answered can be reminded');
      return { result };
    }),

  /** Reminds many at once; those reminded in the last 24 hours are skipped, and counted. */
  remindMany: coordinatorProcedure
    .input(z.object({ surveyIds: z.array(id('Survey')).min(1).max(500) }))
    .mutation(async ({ ctx, input }) => {
      const counts = { sent: 0, too_soon: 0, not_open: 0, no_address: 0 };
      for (const surveyId of input.surveyIds) counts[await remind(ctx, surveyId)] += 1;
      return counts;
    }),

  /** A fresh personal link to pass on by hand; earlier links keep working. */
  copyLink: coordinatorProcedure
    .input(z.object({ surveyId: id('Survey') }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (trx) => {
        const survey = await requireSurvey(trx, ctx.organisation.id, input.surveyId);
        if (survey.status === 'submitted' || survey.status === 'excluded')
          throw new ConflictError('This survey takes no more answers');
        const link = await issueSurveyLink(trx, survey.id, ctx.services.config.publicUrl);
        await audit(trx, ctx, { entityType: 'survey', entityId: survey.id, action: 'link_copied' });
        return { link };
      });
    }),

  /** Excludes a participant from a mobility's surveys: nothing more is sent, and their links stop working. */
  exclude: coordinatorProcedure.input(SurveyExcludeSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction().execute(async (trx) => {
      const now = ctx.services.clock();
      const excluded = await excludeSurveys(
        trx,
        ctx.organisation.id,
        input.mobilityId,
        input.participantId,
        input.reason,
        now,
      );
      if (excluded.length === 0) throw new NotFoundError('Survey');
      await withdrawSurveyLinks(trx, excluded, now);
      await audit(trx, ctx, {
        entityType: 'mobility',
        entityId: input.mobilityId,
        action: 'survey_excluded',
        changes: { reason: { redacted: true } },
      });
      return { excluded: excluded.length };
    });
  }),

  /** A bounce or a wrong address, marked by hand. */
  markUndelivered: coordinatorProcedure.input(SurveyUndeliveredSchema).mutation(async ({ ctx, input }) => {
    await requireSurvey(ctx.db, ctx.organisation.id, input.surveyId);
    await markSurveyUndelivered(ctx.db, input.surveyId, input.reason, ctx.services.clock());
    return { ok: true as const };
  }),
});
