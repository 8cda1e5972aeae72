// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';

/**
 * Records that someone read or exported the audit trail (等保 8.1.5: the audit administrator's own acts are
 * audited too). Called before anything is handed over, so that a failed record withholds the data.
 */
export async function recordAuditAccess(ctx: OperationContext, entry: Omit<AuditEntry, 'objectType'> & { objectType?: string }): Promise<void> {
  await commitChange(ctx, async () => ({ result: undefined, audit: [{ objectType: 'audit_trail', ...entry }] }));
}
