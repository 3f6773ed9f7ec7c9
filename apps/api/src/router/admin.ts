import { listOutbox, listUsers } from '@mobilis/db';
import { z } from 'zod';
import { platformAdminProcedure, router } from '../trpc/init.js';

export const adminRouter = router({
  users: platformAdminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  /**
   * The e-mail outbox. Without a mail server (SMTP_URL unset) messages wait here, and an administrator can read
   * them, for example to pass on an invitation link.
   */
  outbox: platformAdminProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(({ ctx, input }) => listOutbox(ctx.db, { limit: input.limit })),
});
