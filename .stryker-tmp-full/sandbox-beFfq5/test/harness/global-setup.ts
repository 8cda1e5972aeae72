// @ts-nocheck
import type { TestProject } from 'vitest/node';
import { findPostgresBin, type PostgresServer, startPostgres } from './postgres-server.js';

declare module 'vitest' {
  // Declaration merging with Vitest's own interface needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The throwaway cluster's admin URL, or '' when the PostgreSQL tier is skipped. */
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

/**
 * Starts one throwaway PostgreSQL for the whole run when the machine has its binaries. Without them the
 * PostgreSQL tier is skipped with a clear line — except under CI=true, where that is a failure.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.ZHENGWU_TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.ZHENGWU_TEST_POSTGRES_URL);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const reason = 'no PostgreSQL binaries (initdb) on this machine; install the Debian package postgresql';
    if (process.env.CI === 'true') throw new Error(`postgres tier required under CI=true: ${reason}`);
    console.log(`SKIPPED postgres tier: ${reason}`);
    project.provide('postgresUrl', '');
    return;
  }
  server = await startPostgres(bin);
  project.provide('postgresUrl', server.url);
}

export async function teardown(): Promise<void> {
  server?.stop();
  server = undefined;
}
