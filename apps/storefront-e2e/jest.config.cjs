// Browser tests: the real API (child process) on a real PostgreSQL, the built
// storefront served by `vite preview`, driven in Debian's Chromium by playwright-core.
const base = require('../../jest.config.cjs');
const integration = base.projects.find((p) => p.displayName === 'integration');

module.exports = {
  ...integration,
  displayName: 'e2e',
  rootDir: require('path').resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/apps/storefront-e2e/src/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/apps/storefront-e2e/src/support/global-setup.cjs',
  globalTeardown: '<rootDir>/apps/storefront-e2e/src/support/global-teardown.cjs',
  setupFilesAfterEnv: [], // the integration time limit (60 s) would override this one
  testTimeout: 90000,
  maxWorkers: 1,
};
