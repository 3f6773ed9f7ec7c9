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
};
