/**
 * The jest run StrykerJS uses (stryker.config.json). Only tests that import the source can kill a
 * mutant: the tests of the built bundle run the prebuilt lambda/dist/index.js, which never carries
 * a mutant, and the deploy tests read no engine code, so they would only cost time per mutant.
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // lambda/src must be a root too: jest's findRelatedTests (stryker's enableFindRelatedTests) walks
  // the import graph only through files it has indexed, so without the sources it finds just the
  // tests that import the mutated file directly, never the conversation and handler tests.
  roots: ['<rootDir>/lambda/test', '<rootDir>/lambda/src'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/lambda/test/deploy/',
    '/lambda/test/understanding/',
    '/lambda/test/conversation/built-bundle\\.test\\.ts$',
    '/lambda/test/conversation/check-in\\.test\\.ts$',
    '/lambda/test/progress/six-weeks\\.test\\.ts$',
    '/lambda/test/progress/turn-costs\\.test\\.ts$',
    '/lambda/test/safety/safety-by-voice\\.test\\.ts$',
  ],
  // While iterating on one file: MUTATION_TESTS='lambda/test/coach/dose-*.test.ts' npx stryker run --mutate lambda/src/coach/dose.ts
  ...(process.env.MUTATION_TESTS ? { testMatch: process.env.MUTATION_TESTS.split(',').map((g) => `<rootDir>/${g}`) } : {}),
};
