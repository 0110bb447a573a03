/**
 * Three tiers: unit specs beside the code, integration specs in test/ on real PostgreSQL
 * and Redis, and browser specs in test/browser driving the built web app in chromium.
 */
const moduleNameMapper = {
  '^@app/(common|contracts|events|commitments|accounts|listings|credit|matching|direct-hire|boards|public-service)(|/.*)$': '<rootDir>/libs/$1/src$2',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  // content-disposition (under @fastify/static, which serves /docs) ships ES modules only.
  // Node 20 requires them natively; Jest's CommonJS runtime needs them compiled.
  '^.+/node_modules/content-disposition/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true } },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!content-disposition/)'];
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // Integration tests boot apps and databases; unit tests finish far inside this.
  testTimeout: 30000,
  // Every integration file boots Nest apps, and some of what they load stays behind: one
  // process running all 180-odd files grew past V8's 4 GB heap and died (2026-12-07).
  // With a limit Jest runs the files in a worker (still one at a time on 2 cores) and
  // starts a fresh one when a file leaves it above the limit.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts'] },
    // The web app's pure helpers (form → request, countdowns, board deltas), beside the code.
    { ...base, displayName: 'web', testMatch: ['<rootDir>/web/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...base,
      // End-to-end in Debian's chromium: the built web app against the real processes.
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/support/browser-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
