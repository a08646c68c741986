// Fault tests: real engine processes against Redis and MariaDB servers the tests start on spare ports.
// Run alone (`npm run test:faults`, in band) because they kill and restart processes and load two cores.
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'faults',
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  testTimeout: 90_000,
  globalSetup: '<rootDir>/test/faults/engine-build.global-setup.js',
};
