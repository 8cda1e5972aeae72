import { randomUUID } from 'node:crypto';
import type { Actor, AuditEntry, AuditRecord, RequestContext } from '../domain/audit/audit-event.js';
import { auditHash } from '../domain/audit/audit-event.js';
import type { Db, Dialect, Tx } from './database.js';

/**
 * Appends events to the hash chain inside the caller's transaction, so that the change and its record
 * commit or roll back together (等保 8.1.4.3d: a failed audit write fails the act).
 */
export async function appendAuditEvents(
  trx: Tx,
  dialect: Dialect,
  at: Date,
  actor: Actor,
  request: RequestContext,
  entries: readonly AuditEntry[],
): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  // Lock the chain head so concurrent transactions append one after the other (PostgreSQL); on SQLite the
  // write transaction is already exclusive.
  let headQuery = trx.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1);
  if (dialect === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();
  let prev = { seq: Number(head.seq), hash: head.hash };
  const appended: AuditRecord[] = [];
  for (const entry of entries) {
    const base = {
      seq: prev.seq + 1,
      id: randomUUID(),
      occurredAt: at.toISOString(),
      actorUserId: actor.userId,
      actorName: actor.name,
      actingForPersonId: actor.actingFor?.personId ?? null,
      act: entry.act,
      objectType: entry.objectType,
      objectId: entry.objectId,
      result: entry.result,
      summary: JSON.stringify(entry.summary),
      article: entry.article ?? null,
      requestId: request.requestId,
      ip: request.ip,
      prevHash: prev.hash,
    };
    const record: AuditRecord = { ...base, hash: auditHash(base) };
    await trx.insertInto('auditEvents').values(record).execute();
    appended.push(record);
    prev = { seq: record.seq, hash: record.hash };
  }
  await trx.updateTable('auditChainHead').set({ seq: prev.seq, hash: prev.hash }).where('id', '=', 1).execute();
  return appended;
}

/** Reads the chain in order, a page at a time, for verification and export. */
export async function* readAuditChain(db: Db, pageSize = 1000): AsyncGenerator<AuditRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('auditEvents').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) yield { ...row, seq: Number(row.seq) };
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = Number(last.seq);
  }
}
