import { fileURLToPath } from 'node:url';
import { connect, migrateToLatest } from '@mobilis/db';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import { startSessionPurge } from './auth/session-purge.js';
import { prepareFirstStart } from './bootstrap.js';
import { searchCities } from './cities/city-index.js';
import { seedDemo } from './demo/seed-demo.js';
import { EnvError, parseEnv } from './env.js';
import { setImportConcurrency, startImportRunner } from './exchange/import-jobs.js';
import { loggerOptions } from './logger.js';
import { startOutboxSender } from './mail/outbox-sender.js';
import { startRetention } from './privacy/retention.js';
import type { Rounds } from './rounds.js';
import { buildServer } from './server.js';
import type { AppServices } from './services.js';
import { startSurveyScheduler } from './survey/survey-scheduler.js';

const defaultWebDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main(): Promise<void> {
  const env = parseEnv();
  let log: FastifyBaseLogger | undefined;
  const database = connect({
    databaseUrl: env.DATABASE_URL,
    readDatabaseUrl: env.DATABASE_READ_URL,
    dataDir: env.MOBILIS_DATA_DIR,
    // A dropped idle connection is replaced when next needed: worth a line in the log, not the process.
    onConnectionError: (error) => log?.warn({ reason: error.message }, 'database connection lost'),
  });
  const services: AppServices = {
    database,
    clock: () => new Date(),
    config: {
      publicUrl: env.MOBILIS_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      sessionTtlMs: env.SESSION_TTL_HOURS * 60 * 60 * 1000,
      minimumCellSize: env.MOBILIS_MIN_CELL_SIZE,
      mailDelivery: env.SMTP_URL !== undefined,
      administratorsNeedSecondFactor: env.MOBILIS_ADMIN_SECOND_FACTOR === 'required',
      metricsToken: env.METRICS_TOKEN,
    },
  };
  const app = await buildServer({
    services,
    webDir: env.MOBILIS_WEB_DIR ?? defaultWebDir,
    logger: loggerOptions(env),
    trustProxy: env.TRUST_PROXY,
  });
  log = app.log;
  // Closing the server closes the database last, after requests in flight and the rounds have finished.
  const background: Rounds[] = [];
  app.addHook('onClose', async () => {
    for (const work of background.reverse()) await work.stop();
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

  // Background work starts once the schema is there: a round before the migrations would meet missing tables.
  if (env.SMTP_URL)
    background.push(
      startOutboxSender({
        db: database.db,
        transport: nodemailer.createTransport(env.SMTP_URL),
        from: env.MAIL_FROM,
        clock: services.clock,
        log: app.log,
        intervalMs: env.OUTBOX_INTERVAL_MS,
      }),
    );
  background.push(
    startSurveyScheduler({
      db: database.db,
      clock: services.clock,
      publicUrl: () => services.config.publicUrl,
      log: app.log,
      intervalMs: env.SURVEY_SCHEDULER_INTERVAL_MS,
    }),
  );
  setImportConcurrency(env.IMPORT_CONCURRENCY);
  // Import jobs left queued or interrupted by a restart are picked up again.
  background.push(
    startImportRunner({ db: database.db, clock: services.clock, log: app.log, intervalMs: 5_000 }),
  );
  // Participants' data past the organisations' retention, old import files and sent messages: four times a day.
  background.push(
    startRetention({ db: database.db, clock: services.clock, log: app.log, intervalMs: 6 * 60 * 60 * 1000 }),
  );
  background.push(
    startSessionPurge({ db: database.db, clock: services.clock, log: app.log, intervalMs: 60 * 60 * 1000 }),
  );

  const demoLines = env.MOBILIS_DEMO ? await seedDemoOnce(services, env.MOBILIS_DEMO_PASSWORD) : [];

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
  // Load the city index now rather than on the first keystroke of a user.
  void searchCities('warm-up');
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  if (port !== env.PORT && !env.MOBILIS_PUBLIC_URL) services.config.publicUrl = `http://localhost:${port}`;
  const firstStart = await prepareFirstStart(database.db, {
    adminEmail: env.MOBILIS_ADMIN_EMAIL,
    adminPassword: env.MOBILIS_ADMIN_PASSWORD,
    publicUrl: services.config.publicUrl,
    now: services.clock(),
  });
  app.log.info({ port, database: database.kind, firstStart: firstStart.kind }, 'Mobilis is ready');
  // Human lines on stderr, so that `pnpm start` says where to go and how to sign in. The setup link is a
  // secret for the person at this terminal: it goes here, never into the JSON log.
  const where =
    database.kind === 'embedded'
      ? `embedded database in ${database.location}`
      : `PostgreSQL at ${database.location}`;
  const lines = [`Mobilis is running at http://localhost:${port}/ (${where})`];
  lines.push(...demoLines);
  if (firstStart.kind === 'setup_link') {
    lines.push(
      '',
      'No account exists yet. Open this one-time link to create the administrator account:',
      `  ${firstStart.link}`,
    );
  } else if (firstStart.kind === 'admin_created') {
    lines.push(`Sign in as ${firstStart.email} with the password from MOBILIS_ADMIN_PASSWORD.`);
  }
  process.stderr.write(`\n  ${lines.join('\n  ')}\n\n`);
}

/** MOBILIS_DEMO=true: the demo, on a database without organisations, and how to sign in to it. */
async function seedDemoOnce(services: AppServices, password: string): Promise<string[]> {
  const empty = !(await services.database.db
    .selectFrom('organisation')
    .select('id')
    .limit(1)
    .executeTakeFirst());
  if (!empty) return [];
  const summary = await seedDemo(services, { password });
  return [
    '',
    `Demo data: ${summary.organisations} organisations, ${summary.participants} participants, ${summary.mobilities} mobilities.`,
    `Sign in with the password "${password}" as, for example:`,
    ...summary.accounts
      .filter((account) => account.role === 'coordinator')
      .map((a) => `  ${a.email}  (coordinator, ${a.organisation})`),
    '  (each organisation also has a viewer: viewer.<OID>@demo.mobilis.eu)',
  ];
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
