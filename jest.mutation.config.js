/**
 * The jest run StrykerJS uses (stryker.config.json). The tests of the built bundle load the source
 * entry in its place here; the one that checks the bundle itself (built-bundle) and the deploy and
 * understanding tests, which read no engine code, are left out: they would only cost time per mutant.
 */
const base = require('./jest.config.js');

// The tests of the built bundle load the source entry in its place (lambda/test/support/bundle.ts),
// so they can kill mutants too; the test workers inherit this.
process.env.HIP_COACH_TEST_SOURCE_AS_BUNDLE = '1';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // lambda/src must be a root too: jest's findRelatedTests (stryker's enableFindRelatedTests) walks
  // the import graph only through files it has indexed, so without the sources it finds just the
  // tests that import the mutated file directly, never the conversation and handler tests.
  roots: ['<rootDir>/lambda/test', '<rootDir>/lambda/src'],
  // Seen by lambda/test/support/bundle.ts in every test file, however the runner starts its workers.
  globals: { ...base.globals, HIP_COACH_TEST_SOURCE_AS_BUNDLE: true },
  testPathIgnorePatterns: [
    '/node_modules/',
    '/lambda/test/deploy/',
    '/lambda/test/understanding/',
    '/lambda/test/conversation/built-bundle\\.test\\.ts$',
  ],
  // While iterating on one file: MUTATION_TESTS='lambda/test/coach/dose-*.test.ts' npx stryker run --mutate lambda/src/coach/dose.ts
  ...(process.env.MUTATION_TESTS ? { testMatch: process.env.MUTATION_TESTS.split(',').map((g) => `<rootDir>/${g}`) } : {}),
};
