import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

// Backups of either database, in the form its own tools restore: PostgreSQL through pg_dump and pg_restore (custom
// format, every object of the database), the embedded database as PGlite's own dump of its data folder (a gzipped
// tarball, consistent because PGlite takes it inside the one process that holds the folder).

/** Where PostgreSQL's client programs are: PG_BIN, else Debian's PostgreSQL 15, else the PATH. */
function pgProgram(name: 'pg_dump' | 'pg_restore'): string {
  const folders = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'].filter(Boolean) as string[];
  for (const folder of folders) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
  }
  return name;
}

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(program)} failed (${code}): ${errors.trim()}`)),
    );
  });
}

/** The whole PostgreSQL database of `databaseUrl` into `file` (pg_dump's custom format). */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run(pgProgram('pg_dump'), ['--format=custom', '--no-owner', '--file', file, '--dbname', databaseUrl]);
}

/**
 * A backup into the database of `databaseUrl`, which should be empty (a new database): restored in one
 * transaction, so that a failure leaves it as it was.
 */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  await run(pgProgram('pg_restore'), [
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    '--dbname',
    databaseUrl,
    file,
  ]);
}

/** The embedded database's folder into `file`; no other process may have the folder open. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const pglite = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  try {
    await writeFile(file, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/** A backup into a new embedded data folder, which must not exist yet (a restore never overwrites data). */
export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir))
    throw new Error(`${dataDir} exists: restore into a new folder, then point MOBILIS_DATA_DIR at it`);
  const loadDataDir = new Blob([await readFile(file)]);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
    await pglite.close();
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
