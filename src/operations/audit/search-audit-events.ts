import { auditRepository } from '../../db/audit-repository.js';
import type { OperationContext } from '../../db/change.js';
import { type AuditSearchFilters, describeFilters, toEventFilter } from './audit-filters.js';
import { type AuditEventView, presentAuditEvents } from './audit-event-view.js';
import { recordAuditAccess } from './record-audit-access.js';

/** `beforeSeq`: keyset paging (the page below that sequence number), so a deep page costs what the first does; `page` stays for numbered pages. */
export type SearchAuditEventsInput = AuditSearchFilters & { page: number; pageSize: number; beforeSeq?: number | undefined };

export type AuditEventPage = { items: AuditEventView[]; total: number; page: number; pageSize: number; nextBeforeSeq: number | null };

/** One page of the audit trail, newest first; the search itself is recorded as `audit.read`. */
export async function searchAuditEvents(ctx: OperationContext, input: SearchAuditEventsInput): Promise<AuditEventPage> {
  const { page, pageSize, beforeSeq, ...filters } = input;
  const db = ctx.handle.db;
  // Pin the search to the chain as it stands, so that the total and the page agree.
  const { seq: upToSeq } = await auditRepository.head(db);
  const filter = { ...toEventFilter(filters), upToSeq };
  const total = await auditRepository.count(db, filter);
  const fetched = beforeSeq !== undefined ? await auditRepository.pageBefore(db, filter, beforeSeq, pageSize + 1) : await auditRepository.search(db, filter, { offset: (page - 1) * pageSize, limit: pageSize + 1 });
  const records = fetched.slice(0, pageSize);
  const nextBeforeSeq = fetched.length > pageSize ? (records[records.length - 1]?.seq ?? null) : null;
  const items = await presentAuditEvents(db, records);
  await recordAuditAccess(ctx, {
    act: 'audit.read',
    objectId: null,
    result: 'success',
    summary: { view: 'search', filters: describeFilters(filters), page, pageSize, total },
  });
  return { items, total, page, pageSize, nextBeforeSeq };
}
