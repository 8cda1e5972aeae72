import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { Actor, AuditEntry, AuditRecord, RequestContext } from '../domain/audit/audit-event.js';
import { auditHash } from '../domain/audit/audit-event.js';
import type { Db, Dialect, Tx } from './database.js';
import type { AuditEventTable } from './schema.js';

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
  // Everything that does not depend on the chain is prepared before the head is locked, so the serialisation
  // point — from the head's lock (PostgreSQL `for update`; on SQLite the write transaction is already
  // exclusive) to the commit — holds only the hashing, one multi-row insert and the head's update. This is
  // the last work of the transaction (see `commitChange`), so the lock is taken last and held shortest.
  const occurredAt = at.toISOString();
  const prepared = entries.map((entry) => ({
    id: randomUUID(),
    occurredAt,
    actorUserId: actor.userId,
    actorName: actor.name,
    actingForPersonId: entry.actingFor?.personId ?? actor.actingFor?.personId ?? null,
    act: entry.act,
    objectType: entry.objectType,
    objectId: entry.objectId,
    result: entry.result,
    summary: JSON.stringify(entry.summary),
    article: entry.article ?? null,
    requestId: request.requestId,
    ip: request.ip,
  }));
  let headQuery = trx.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1);
  if (dialect === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();
  let prev = { seq: Number(head.seq), hash: head.hash };
  const appended: AuditRecord[] = [];
  for (const fields of prepared) {
    const base = { seq: prev.seq + 1, ...fields, prevHash: prev.hash };
    const record: AuditRecord = { ...base, hash: auditHash(base) };
    appended.push(record);
    prev = { seq: record.seq, hash: record.hash };
  }
  // Chunked so that an act with very many entries stays within the bound-parameter limit of either database.
  for (let i = 0; i < appended.length; i += 500) await trx.insertInto('auditEvents').values(appended.slice(i, i + 500)).execute();
  await trx.updateTable('auditChainHead').set({ seq: prev.seq, hash: prev.hash }).where('id', '=', 1).execute();
  return appended;
}

/** Reads the chain in order, a page at a time, for verification and export; `after`/`upTo` bound the seq range. */
export async function* readAuditChain(db: Db, pageSize = 1000, range: { after?: number; upTo?: number } = {}): AsyncGenerator<AuditRecord> {
  let after = range.after ?? 0;
  for (;;) {
    let query = db.selectFrom('auditEvents').selectAll().where('seq', '>', after);
    if (range.upTo !== undefined) query = query.where('seq', '<=', range.upTo);
    const rows = await query.orderBy('seq').limit(pageSize).execute();
    for (const row of rows) yield toRecord(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = Number(last.seq);
  }
}

type Conn = Db | Tx;

/** PostgreSQL returns bigint columns as text. */
const toRecord = (row: Selectable<AuditEventTable>): AuditRecord => ({ ...row, seq: Number(row.seq) });

/**
 * What the audit administrator searches by. Times are UTC instants (ISO text, as stored): `from` inclusive,
 * `until` exclusive. `upToSeq` pins a search to the chain as it stood, so that a count and the rows read
 * after it agree while new events keep arriving.
 */
export type AuditEventFilter = {
  /** A user id, a login name, or part of the actor's name. */
  actor?: string | undefined;
  /** An act, or an act family (`org` matches `org.unit.update`). */
  act?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  article?: number | undefined;
  result?: string | undefined;
  from?: string | undefined;
  until?: string | undefined;
  upToSeq?: number | undefined;
};

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Conn, f: AuditEventFilter) {
  return db.selectFrom('auditEvents').where((eb) => {
    const conditions = [];
    if (f.actor !== undefined) {
      conditions.push(
        eb.or([
          eb('actorUserId', '=', f.actor),
          eb('actorUserId', 'in', eb.selectFrom('users').select('users.id').where('users.loginName', '=', f.actor)),
          sql<boolean>`${sql.ref('actorName')} like ${`%${likeEscaped(f.actor)}%`} escape ${sql.lit('\\')}`,
        ]),
      );
    }
    if (f.act !== undefined) {
      conditions.push(eb.or([eb('act', '=', f.act), sql<boolean>`${sql.ref('act')} like ${`${likeEscaped(f.act)}.%`} escape ${sql.lit('\\')}`]));
    }
    if (f.objectType !== undefined) conditions.push(eb('objectType', '=', f.objectType));
    if (f.objectId !== undefined) conditions.push(eb('objectId', '=', f.objectId));
    if (f.article !== undefined) conditions.push(eb('article', '=', f.article));
    if (f.result !== undefined) conditions.push(eb('result', '=', f.result));
    if (f.from !== undefined) conditions.push(eb('occurredAt', '>=', f.from));
    if (f.until !== undefined) conditions.push(eb('occurredAt', '<', f.until));
    if (f.upToSeq !== undefined) conditions.push(eb('seq', '<=', f.upToSeq));
    return eb.and(conditions);
  });
}

/** The audit trail as the audit administrator and the purge see it: search, the chain's head and anchor. */
export const auditRepository = {
  async count(db: Conn, filter: AuditEventFilter): Promise<number> {
    const row = await filtered(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Newest first. */
  async search(db: Conn, filter: AuditEventFilter, page: { offset: number; limit: number }): Promise<AuditRecord[]> {
    const rows = await filtered(db, filter).selectAll().orderBy('seq', 'desc').offset(page.offset).limit(page.limit).execute();
    return rows.map(toRecord);
  },

  /** Newest first, the page below `beforeSeq` (keyset paging for long exports). */
  async pageBefore(db: Conn, filter: AuditEventFilter, beforeSeq: number | undefined, limit: number): Promise<AuditRecord[]> {
    let query = filtered(db, filter).selectAll();
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  },

  async find(db: Conn, seq: number): Promise<AuditRecord | undefined> {
    const row = await db.selectFrom('auditEvents').selectAll().where('seq', '=', seq).executeTakeFirst();
    return row && toRecord(row);
  },

  /** The head as `appendAuditEvents` last left it. */
  async head(db: Conn): Promise<{ seq: number; hash: string }> {
    const row = await db.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    return { seq: Number(row.seq), hash: row.hash };
  },

  /** The head up to which `zhengwu audit verify` last found the chain sound, and when it last ran in full. */
  async verifiedHead(db: Conn): Promise<{ seq: number; hash: string; verifiedAt: string; fullVerifiedAt: string | null } | undefined> {
    const row = await db.selectFrom('auditVerification').select(['seq', 'hash', 'verifiedAt', 'fullVerifiedAt']).where('id', '=', 1).executeTakeFirst();
    return row && { ...row, seq: Number(row.seq) };
  },

  async recordVerifiedHead(db: Conn, verified: { seq: number; hash: string; verifiedAt: string; fullVerifiedAt: string | null }): Promise<void> {
    await db
      .insertInto('auditVerification')
      .values({ id: 1, ...verified })
      .onConflict((oc) => oc.column('id').doUpdateSet(verified))
      .execute();
  },

  /** The last purged link, when the chain has been purged. */
  async anchor(db: Conn): Promise<{ seq: number; hash: string; purgedAt: string } | undefined> {
    const row = await db.selectFrom('auditAnchor').select(['seq', 'hash', 'purgedAt']).where('id', '=', 1).executeTakeFirst();
    return row && { seq: Number(row.seq), hash: row.hash, purgedAt: row.purgedAt };
  },

  async setAnchor(trx: Tx, anchor: { seq: number; hash: string; purgedAt: string }): Promise<void> {
    await trx
      .insertInto('auditAnchor')
      .values({ id: 1, ...anchor })
      .onConflict((oc) => oc.column('id').doUpdateSet(anchor))
      .execute();
  },

  /** The lowest and highest stored seq in a range (`after` exclusive), or undefined when there is none. */
  async seqBounds(db: Conn, range: { after?: number; upTo?: number } = {}): Promise<{ min: number; max: number; count: number } | undefined> {
    let query = db.selectFrom('auditEvents').select((eb) => [eb.fn.min('seq').as('min'), eb.fn.max('seq').as('max'), eb.fn.countAll().as('n')]);
    if (range.after !== undefined) query = query.where('seq', '>', range.after);
    if (range.upTo !== undefined) query = query.where('seq', '<=', range.upTo);
    const row = await query.executeTakeFirstOrThrow();
    if (row.min === null || row.max === null) return undefined;
    return { min: Number(row.min), max: Number(row.max), count: Number(row.n) };
  },

  /** The last successful purge recorded on the chain. */
  async lastPurge(db: Conn): Promise<AuditRecord | undefined> {
    const row = await db.selectFrom('auditEvents').selectAll().where('act', '=', 'audit.purge').where('result', '=', 'success').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row && toRecord(row);
  },

  /**
   * The first stored link at or after `cutoff` (an instant). A purge removes the chain's prefix before it, so
   * that what stays is still one unbroken chain even where clocks went back.
   */
  async firstAtOrAfter(db: Conn, cutoff: string): Promise<number | undefined> {
    const row = await db.selectFrom('auditEvents').select((eb) => eb.fn.min('seq').as('seq')).where('occurredAt', '>=', cutoff).executeTakeFirstOrThrow();
    return row.seq === null ? undefined : Number(row.seq);
  },

  /** Deletes the links `after` < seq ≤ `upTo`; the database refuses any younger than the legal minimum. */
  async deleteRange(trx: Tx, range: { after: number; upTo: number }): Promise<number> {
    const result = await trx.deleteFrom('auditEvents').where('seq', '>', range.after).where('seq', '<=', range.upTo).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Names of people, by id, for "acting for" columns. */
  async peopleNames(db: Conn, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
