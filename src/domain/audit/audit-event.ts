import { createHash } from 'node:crypto';

/** Who acts: the signed-in user, and the absent leader they act for when covering (art. 62). */
export type Actor = {
  userId: string | null;
  name: string;
  roles: readonly string[];
  unitId: string | null;
  personId: string | null;
  actingFor?: { personId: string; name: string } | undefined;
};

/** Where an act came from, for the record. */
export type RequestContext = { requestId: string | null; ip: string | null };

/** What an operation asks to be recorded; the chain fields are added when it is appended. */
export type AuditEntry = {
  act: string;
  objectType: string;
  objectId: string | null;
  result: 'success' | 'refused' | 'failure';
  /** A short before/after summary; never secrets or unmasked personal data. */
  summary: Record<string, unknown>;
  /** The article of the rulebook the act is done under or refused by, when there is one. */
  article?: number | undefined;
  /** Set when the actor did this act standing in for someone (a cover, art. 62; the acting head, art. 7). */
  actingFor?: { personId: string; name: string } | null | undefined;
};

/** An appended event, as stored. */
export type AuditRecord = {
  seq: number;
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string;
  actingForPersonId: string | null;
  act: string;
  objectType: string;
  objectId: string | null;
  result: string;
  summary: string;
  article: number | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a link's hash covers, in a fixed order, so any one-byte change breaks the chain. */
export function canonicalAuditText(r: Omit<AuditRecord, 'hash'>): string {
  return JSON.stringify([
    r.seq,
    r.id,
    r.occurredAt,
    r.actorUserId,
    r.actorName,
    r.actingForPersonId,
    r.act,
    r.objectType,
    r.objectId,
    r.result,
    r.summary,
    r.article,
    r.requestId,
    r.ip,
    r.prevHash,
  ]);
}

/** SM3 over the previous link and this event (GB/T 32905), hex. */
export function auditHash(r: Omit<AuditRecord, 'hash'>): string {
  return createHash('sm3').update(canonicalAuditText(r), 'utf8').digest('hex');
}

/** A link the chain starts from: the genesis, or the anchor left by the last lawful purge. */
export type ChainLink = { seq: number; hash: string };

/** Where a chain stops holding: the first link that does not, and why (Chinese, naming the record). */
export type ChainBreak = { brokenAt: number; reason: string };

/**
 * Checks links one at a time, so that a chain too long for memory can be verified page by page. Each record
 * must follow the previous one by sequence number, point back to its hash, and hash to what it stores.
 */
export function createChainVerifier(start: ChainLink = { seq: 0, hash: GENESIS_HASH }): {
  add: (record: AuditRecord) => ChainBreak | undefined;
  readonly count: number;
  readonly last: ChainLink;
} {
  let prev = start;
  let count = 0;
  return {
    add(r) {
      if (r.seq !== prev.seq + 1) {
        const missing = r.seq > prev.seq + 1 ? (r.seq - 1 === prev.seq + 1 ? `第${prev.seq + 1}条` : `第${prev.seq + 1}至${r.seq - 1}条`) : undefined;
        return {
          brokenAt: r.seq,
          reason: missing
            ? `${missing}记录缺失：第${prev.seq}条之后直接是第${r.seq}条`
            : `第${r.seq}条记录的序号不应出现在第${prev.seq}条之后`,
        };
      }
      if (r.prevHash !== prev.hash) {
        return { brokenAt: r.seq, reason: `第${r.seq}条记录的前序哈希与第${prev.seq}条记录不符` };
      }
      if (auditHash(r) !== r.hash) {
        return { brokenAt: r.seq, reason: `第${r.seq}条记录的内容与其哈希不符（已被改动）` };
      }
      prev = { seq: r.seq, hash: r.hash };
      count++;
      return undefined;
    },
    get count() {
      return count;
    },
    get last() {
      return prev;
    },
  };
}

/** Walks a chain in order and names the first link whose sequence, hash or back-link does not hold. */
export function verifyAuditChain(
  records: Iterable<AuditRecord>,
  start: ChainLink = { seq: 0, hash: GENESIS_HASH },
): { ok: true; count: number; head: ChainLink } | { ok: false; count: number; brokenAt: number; reason: string } {
  const verifier = createChainVerifier(start);
  for (const r of records) {
    const broken = verifier.add(r);
    if (broken) return { ok: false, count: verifier.count, ...broken };
  }
  return { ok: true, count: verifier.count, head: verifier.last };
}
