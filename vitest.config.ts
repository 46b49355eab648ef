import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'contract/**/*.test.ts',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'web/**/*.test.ts',
      // Tests of components, typechecked with the web app (web/tsconfig.json: JSX and the DOM).
      'web/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each worker imports the app once and runs its files one after another: importing it again for
    // every file cost more than the tests themselves (a 20-file sample: 360 s isolated, 106 s not).
    // Tests share no module state: each builds its own database, clock and organization.
    isolate: false,
  },
});
