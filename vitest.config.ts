import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB and spawned servers use real files and ports; two cores, so keep workers modest.
    pool: 'forks',
    maxWorkers: 2,
  },
});
