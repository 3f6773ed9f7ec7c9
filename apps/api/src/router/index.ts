import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createCallerFactory, router } from '../trpc/init.js';
import { adminRouter } from './admin.js';
import { analyticsRouter } from './analytics.js';
import { auditRouter } from './audit.js';
import { authRouter } from './auth.js';
import { geoRouter } from './geo.js';
import { importRouter } from './import.js';
import { memberRouter } from './member.js';
import { mobilityRouter } from './mobility.js';
import { organisationRouter } from './organisation.js';
import { participantRouter } from './participant.js';
import { partnerRouter } from './partner.js';
import { projectRouter } from './project.js';
import { retentionRouter } from './retention.js';
import { secondFactorRouter } from './second-factor.js';
import { surveyRouter } from './survey.js';
import { surveyResponseRouter } from './survey-response.js';
import { systemRouter } from './system.js';

export const appRouter = router({
  admin: adminRouter,
  analytics: analyticsRouter,
  audit: auditRouter,
  auth: authRouter,
  geo: geoRouter,
  import: importRouter,
  member: memberRouter,
  secondFactor: secondFactorRouter,
  mobility: mobilityRouter,
  organisation: organisationRouter,
  participant: participantRouter,
  partner: partnerRouter,
  project: projectRouter,
  retention: retentionRouter,
  survey: surveyRouter,
  surveyResponse: surveyResponseRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
