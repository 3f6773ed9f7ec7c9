// The only reader of process.env in the bench package.

function scale(): number {
  const raw = process.env.BENCH_SCALE;
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new Error(`BENCH_SCALE must be a number in (0, 1], got "${raw}"`);
  }
  return value;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number from 1, got "${raw}"`);
  return value;
}

/** "name=value,name=value" → { name: value }: PostgreSQL settings for the rollup build's transaction. */
function settings(raw: string | undefined, variable = 'BENCH_ROLLUP_SETTINGS'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',')) {
    if (!pair.trim()) continue;
    const [name, value] = pair.split('=').map((part) => part.trim());
    if (!name || !value || !/^[a-z_.]+$/.test(name))
      throw new Error(`${variable} must be "name=value,..." (e.g. "work_mem=256MB"), got "${raw}"`);
    result[name] = value;
  }
  return result;
}

export const benchEnv = {
  /** An existing PostgreSQL database to fill and measure; when unset, the bench starts its own server. */
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  /** Fraction of the full size (1,000,000 mobilities), for a quick smoke run; the recorded figures use 1. */
  scale: scale(),
  /**
   * shared_buffers of the server the bench starts (not of BENCH_DATABASE_URL's): PostgreSQL's default 128MB holds
   * less than the mobility table, so every filtered count would copy pages from the OS cache.
   */
  sharedBuffers: process.env.BENCH_SHARED_BUFFERS || '1GB',
  /** Build the outcome rollup again although it is there (to time it with other settings). */
  rebuildRollup: process.env.BENCH_REBUILD_ROLLUP === '1',
  /** Session settings of the rollup build's transaction; none by default: the server's (work_mem 4MB). */
  rollupSettings: settings(process.env.BENCH_ROLLUP_SETTINGS),
  /** How often the analytics bench runs the full aggregate over the answers per case (it is slow). */
  fullRuns: positiveInteger('BENCH_FULL_RUNS', 3),
  /**
   * Session settings for every connection of the analytics bench, e.g. "jit=off,max_parallel_workers_per_gather=0",
   * to measure a server configuration without changing the product.
   */
  pgOptions: settings(process.env.BENCH_PG_OPTIONS, 'BENCH_PG_OPTIONS'),
  /** What the analytics bench runs: api (with full aggregates when "full" too), maintenance, equality. */
  parts: new Set(
    (process.env.BENCH_PARTS || 'api,full,maintenance,equality').split(',').map((part) => part.trim()),
  ),
  /** Seconds after which the analytics bench cancels a timed edit (a project edit can take hours, see docs). */
  editTimeoutSeconds: positiveInteger('BENCH_EDIT_TIMEOUT', 300),
};
