// @ts-nocheck
import { auditRepository } from '../../db/audit-repository.js';
import type { OperationContext } from '../../db/change.js';
import { found } from '../../domain/errors.js';
import { type AuditEventView, presentAuditEvents } from './audit-event-view.js';
import { recordAuditAccess } from './record-audit-access.js';

/** One audit event by its place on the chain; the reading is recorded as `audit.read`. */
export async function getAuditEvent(ctx: OperationContext, seq: number): Promise<AuditEventView> {
  const record = found(await auditRepository.find(ctx.handle.db, seq), `第${seq}条审计记录`);
  const [view] = await presentAuditEvents(ctx.handle.db, [record]);
  await recordAuditAccess(ctx, { act: 'audit.read', objectType: 'audit_event', objectId: String(seq), result: 'success', summary: { view: 'event', seq } });
  return found(view, `第${seq}条审计记录`);
}
