// One runner for the whole repo. `unit`: pure specs beside the code. `integration`: adapters against real
// SQLite (and MariaDB + Redis when DATABASE_URL / REDIS_URL are set). `e2e`: the engine over HTTP.
// `browser`: the production web build in real Chromium against an in-process engine with demo data.
const preset = require('./jest.preset');

module.exports = {
  // Engines start and databases are created per test file; on a busy 2-core machine that takes seconds.
  testTimeout: 30_000,
  projects: [
    {
      ...preset,
      displayName: 'unit',
      // The web app's own alias, for its pure utilities' specs.
      moduleNameMapper: { ...preset.moduleNameMapper, '^@web/(.*)$': '<rootDir>/apps/web/src/$1' },
      testMatch: ['<rootDir>/{apps,libs,workflows,tools}/**/*.spec.ts?(x)'],
    },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.int-spec.ts'],
    },
    {
      ...preset,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
    {
      ...preset,
      displayName: 'browser',
      // Runs only when a browser spec is selected; under `nx test e2e` the build is a dependency already.
      globalSetup: '<rootDir>/test/support/web-build.global-setup.js',
      testMatch: ['<rootDir>/test/{web,forms}/**/*.browser-spec.ts'],
    },
  ],
};
