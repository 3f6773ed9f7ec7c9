import { fileURLToPath } from 'node:url';
import { connect, migrateToLatest } from '@mobilis/db';
import { EnvError, parseEnv } from './env.js';
import { loggerOptions } from './logger.js';
import { buildServer } from './server.js';

const defaultWebDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main(): Promise<void> {
  const env = parseEnv();
  const database = connect({ databaseUrl: env.DATABASE_URL, dataDir: env.MOBILIS_DATA_DIR });
  const app = await buildServer({
    services: { database },
    webDir: env.MOBILIS_WEB_DIR ?? defaultWebDir,
    logger: loggerOptions(env),
  });
  // Closing the server closes the database last, after requests in flight have finished.
  app.addHook('onClose', async () => {
    await database.close();
    app.log.info('database closed');
  });

  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    app.log.fatal({ err: error }, 'database migration failed');
    await app.close();
    process.exitCode = 1;
    return;
  }

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting');
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await app.close();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  await app.listen({ host: env.HOST, port: env.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const where =
    database.kind === 'embedded'
      ? `embedded database in ${database.location}`
      : `PostgreSQL at ${database.location}`;
  app.log.info({ port, database: database.kind }, 'Mobilis is ready');
  // A human line on stderr as well, so that `pnpm start` says where to go.
  process.stderr.write(`\n  Mobilis is running at http://localhost:${port}/ (${where})\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Mobilis failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
