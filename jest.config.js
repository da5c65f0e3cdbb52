/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/lambda/test', '<rootDir>/console', '<rootDir>/bench', '<rootDir>/tools'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 30000,
  setupFiles: ['<rootDir>/tools/jest-setup.ts'],
};
