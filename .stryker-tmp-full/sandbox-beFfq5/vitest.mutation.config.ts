// @ts-nocheck
import { defineConfig } from 'vitest/config';

// The mutation run (`npm run test:mutation`, stryker.config.mjs): only the fast unit tests that exercise
// src/domain: the table-driven tests beside each domain and rules file.
// No database, no server: each mutant is tested in milliseconds.
export default defineConfig({
  test: {
    include: ['src/domain/**/*.test.ts'],
    environment: 'node',
  },
});
