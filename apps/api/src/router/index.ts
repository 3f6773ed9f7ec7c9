import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createCallerFactory, router } from '../trpc/init.js';
import { adminRouter } from './admin.js';
import { authRouter } from './auth.js';
import { memberRouter } from './member.js';
import { organisationRouter } from './organisation.js';
import { systemRouter } from './system.js';

export const appRouter = router({
  admin: adminRouter,
  auth: authRouter,
  member: memberRouter,
  organisation: organisationRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
