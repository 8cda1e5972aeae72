// @ts-nocheck
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import { auditRepository } from '../../db/audit-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Db } from '../../db/database.js';
import { recordAuditAccess } from './record-audit-access.js';

export const AUDIT_HEAD_FORMAT = 'zhengwu-audit-head/1';

/**
 * The chain head, to keep somewhere the database's administrators cannot reach (another host, a printout).
 * A later `zhengwu audit verify --head` proves the chain still passes through it: nothing before it was
 * rewritten, and the database was not rolled back behind it.
 */
export type AuditHeadExport = {
  format: typeof AUDIT_HEAD_FORMAT;
  seq: number;
  hash: string;
  /** When the head event happened (UTC); null for an empty chain or a head already purged. */
  occurredAt: string | null;
  /** Records stored now. */
  count: number;
  /** Where verification starts after purges; null when nothing was purged. */
  anchorSeq: number | null;
  exportedAt: string;
};

/** What `--head` accepts: at least the head's place and hash. */
export const exportedHeadSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/, '哈希应为64位十六进制'),
});

export async function readAuditHead(db: Db, clock: Clock): Promise<AuditHeadExport> {
  const head = await auditRepository.head(db);
  const anchor = await auditRepository.anchor(db);
  const record = head.seq > 0 ? await auditRepository.find(db, head.seq) : undefined;
  const bounds = await auditRepository.seqBounds(db);
  return {
    format: AUDIT_HEAD_FORMAT,
    seq: head.seq,
    hash: head.hash,
    occurredAt: record?.occurredAt ?? null,
    count: bounds?.count ?? 0,
    anchorSeq: anchor?.seq ?? null,
    exportedAt: clock.now().toISOString(),
  };
}

/** The head as the audit administrator asks for it, recorded as `audit.read`. */
export async function showAuditHead(ctx: OperationContext): Promise<AuditHeadExport> {
  const head = await readAuditHead(ctx.handle.db, ctx.clock);
  await recordAuditAccess(ctx, { act: 'audit.read', objectId: null, result: 'success', summary: { view: 'head', seq: head.seq } });
  return head;
}
