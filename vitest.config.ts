import { defineConfig } from 'vitest/config';

// One Vitest run holds every test of the workspace, split into projects so that each part
// can be run alone: `pnpm vitest run --project server`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'model',
          include: ['packages/model/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'scoring',
          include: ['packages/scoring/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vite.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
