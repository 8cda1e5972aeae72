import type { Migration } from 'kysely';
import * as orgIdentityAudit from './20261126T1900-org-identity-audit.js';
import * as deadlines from './20261126T2000-deadlines.js';

/**
 * Every migration, by its frozen name. Listed here rather than read from the folder so that the compiled
 * build and the tests see exactly the same set.
 */
export const migrations: Record<string, Migration> = {
  '20261126T1900-org-identity-audit': orgIdentityAudit,
  '20261126T2000-deadlines': deadlines,
};
