import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One embedded database per worker process, a fresh schema per file (see src/testing.ts).
    pool: 'forks',
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
