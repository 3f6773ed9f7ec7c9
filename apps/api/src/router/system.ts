import { databaseServerVersion, ensureInstance } from '@mobilis/db';
import { publicProcedure, router } from '../trpc/init.js';
import { serverVersion } from '../version.js';

export const systemRouter = router({
  /** What the console shows on its About page: versions and which database the server runs on. */
  info: publicProcedure.query(async ({ ctx }) => {
    const [instance, engineVersion] = await Promise.all([
      ensureInstance(ctx.db),
      // The exact database build tells an attacker which flaws to try: signed-in people only.
      ctx.user ? databaseServerVersion(ctx.db) : null,
    ]);
    return {
      version: serverVersion,
      database: { kind: ctx.services.database.kind, engineVersion },
      instance: { id: instance.id, createdAt: instance.createdAt.toISOString() },
    };
  }),
});
