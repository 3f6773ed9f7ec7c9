import path from 'node:path';
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from '../backup.js';

// pnpm db:backup FILE        the database of DATABASE_URL (pg_dump), or the embedded one of MOBILIS_DATA_DIR
// pnpm db:restore FILE       into DATABASE_URL (an empty database), or into a new MOBILIS_DATA_DIR folder
// The embedded database is one process's: stop the server first.

// Paths are read from the folder the command was typed in (pnpm runs this one in packages/db).
const here = (relative: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), relative);
const [command, given] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = here(process.env.MOBILIS_DATA_DIR ?? '.mobilis/data');
if (!given || (command !== 'backup' && command !== 'restore')) {
  console.error('usage: backup FILE | restore FILE');
  process.exit(2);
}
const file = here(given);
if (command === 'backup') {
  await (databaseUrl ? backupPostgres(databaseUrl, file) : backupEmbedded(dataDir, file));
  console.log(`Backed up ${databaseUrl ? 'the PostgreSQL database' : dataDir} to ${file}`);
} else {
  await (databaseUrl ? restorePostgres(file, databaseUrl) : restoreEmbedded(file, dataDir));
  console.log(`Restored ${file} into ${databaseUrl ? 'the PostgreSQL database' : dataDir}`);
}
