import { listOutbox, listUsers } from '@mobilis/db';
import { z } from 'zod';
import { outboxViewOf } from '../mail/outbox-view.js';
import { platformAdminProcedure, router } from '../trpc/init.js';

export const adminRouter = router({
  users: platformAdminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  /**
   * The e-mail outbox, to see whether mail flows: links without their tokens, and messages to participants
   * without their address or body (see outboxViewOf).
   */
  outbox: platformAdminProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(async ({ ctx, input }) => (await listOutbox(ctx.db, { limit: input.limit })).map(outboxViewOf)),
});
