/** Jest: TypeScript through ts-jest in transpile-only mode (type checking is `tsc --noEmit` in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  setupFiles: ['<rootDir>/tests/setup/quiet.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
