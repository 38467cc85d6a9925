/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // The development build of XState refuses to persist inline actors: run the tests against it.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 20000,
  // The Web Chat page serves scripts built by esbuild (src/http/webchat/buildWebChatAssets.ts): build them once, if stale.
  globalSetup: '<rootDir>/test/support/buildWebChatOnce.ts',
};
