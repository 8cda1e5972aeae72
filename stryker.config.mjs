// @ts-check
// Mutation testing of src/domain (issue 10 item 10): `npm run test:mutation`. Each mutant of the domain code is
// run against the fast unit tests (vitest.mutation.config.ts); a mutant that leaves them green "survives" and
// is listed by the clear-text reporter, and in reports/mutation/ (HTML and JSON). The run fails below 90 %.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Test builders (fixtures.ts) are test support, not domain code.
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts', '!src/domain/**/fixtures.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants — in tables evaluated once when a module loads (carriers, labels, case declarations, the
  // policy matrix) — need every test rerun with a fresh module graph: ~1,500 of them take ~20 minutes on two
  // cores. They are listed as Ignored in the report and guarded by the invariant tests (carriers.test.ts,
  // labels.test.ts, cases.test.ts, policies.test.ts); `npx stryker run --ignoreStatic false` runs them too.
  ignoreStatic: true,
  concurrency: 2,
  // The sandbox needs the server sources only; the web app, builds and data stay out of it.
  ignorePatterns: ['web', 'e2e', 'bench', 'dist', 'dist.next', 'data', 'coverage', 'reports', '.tmp', '*.log'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, reportMutants: true, reportScoreTable: true, logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 90 },
  timeoutMS: 10000,
};
