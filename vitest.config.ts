import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites share one Redis and one PostgreSQL server; each isolates itself by queue prefix / schema.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
