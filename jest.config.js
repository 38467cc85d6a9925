/**
 * Packages published as ES modules only (openid-client and oidc-provider with their dependencies), and PGlite,
 * whose CommonJS build loads parts of itself with `import()`: jest runs the suites as CommonJS, so these are
 * compiled by the same SWC transform (`npm start` loads them natively: Node 20 requires ES modules).
 */
const COMPILED_PACKAGES = [
  'openid-client', 'oauth4webapi', 'jose', 'oidc-provider', '@electric-sql', 'nanoid', 'quick-lru', 'got', '@sindresorhus', '@szmarczak',
  'cacheable-lookup', 'cacheable-request', 'decompress-response', 'form-data-encoder', 'get-stream', 'lowercase-keys', 'p-cancelable',
  'responselike', 'mimic-response', 'normalize-url', 'eta', 'http-cache-semantics', 'keyv', 'is-stream', 'defer-to-connect', '@koa',
];
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // The development build of XState refuses to persist inline actors: run the tests against it.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  transform: { '^.+\\.tsx?$': swc, '^.+\\.[mc]?js$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${COMPILED_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 20000,
  // The Web Chat page serves scripts built by esbuild (src/http/webchat/buildWebChatAssets.ts): build them once, if stale.
  globalSetup: '<rootDir>/test/support/buildWebChatOnce.ts',
};
