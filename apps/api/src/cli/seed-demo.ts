import { connect, countPlatformAdmins, migrateToLatest } from '@mobilis/db';
import { seedDemo } from '../demo/seed-demo.js';
import { parseEnv } from '../env.js';
import { defaultConfig } from '../services.js';

// `pnpm seed:demo`: fills the database of DATABASE_URL / MOBILIS_DATA_DIR with the demo. Stop the server first
// when it runs on the embedded database: one process at a time may open its data folder.
const env = parseEnv();
const database = connect({ databaseUrl: env.DATABASE_URL, dataDir: env.MOBILIS_DATA_DIR });
try {
  await migrateToLatest(database.db);
  const existing = await database.db
    .selectFrom('organisation')
    .select('id')
    .where('oid', '=', 'E10345678')
    .executeTakeFirst();
  if (existing) {
    console.log('The demo data is there already.');
  } else {
    const password = process.env.MOBILIS_DEMO_PASSWORD ?? 'erasmus-demo-2027';
    const started = Date.now();
    const summary = await seedDemo(
      { database, config: defaultConfig, clock: () => new Date() },
      { password },
    );
    console.log(
      `Demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.organisations} organisations, ` +
        `${summary.participants} participants, ${summary.mobilities} mobilities.`,
    );
    console.log(`Sign in with the password "${password}" as:`);
    for (const account of summary.accounts)
      console.log(`  ${account.email}  (${account.role}, ${account.organisation})`);
    if ((await countPlatformAdmins(database.db)) === 0) {
      console.log('No administrator exists yet: start the server to get the setup link.');
    }
  }
} finally {
  await database.close();
}
