import { auditRepository, readAuditChain } from '../../db/audit-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../clock.js';
import { auditHash, type ChainLink, createChainVerifier, GENESIS_HASH } from '../../domain/audit/audit-event.js';
import { recordAuditAccess } from './record-audit-access.js';

/** How a head exported earlier (`zhengwu audit head`) stands against the chain now. */
export type ExportedHeadCheck = {
  status: 'on_chain' | 'purged' | 'mismatch' | 'missing';
  message: string;
};

/**
 * The outcome of recomputing the chain. `problem` names the first record where it stops holding; `count` is
 * how many links were checked (from the anchor left by the last purge, or from the genesis).
 */
export type AuditChainReport = {
  ok: boolean;
  count: number;
  head: ChainLink;
  anchor: (ChainLink & { purgedAt: string }) | null;
  problem: { seq: number; reason: string } | null;
  exportedHead: ExportedHeadCheck | null;
  /** The link the walk started from: the anchor or genesis (a full pass), or the last verified head. */
  from: ChainLink;
};

export type VerifyOptions = {
  pageSize?: number;
  /** Called after each page with the links checked so far and the number expected. */
  onProgress?: (checked: number, total: number) => void;
  /** A head exported earlier, to check that it is still on the chain. */
  exportedHead?: ChainLink;
  /**
   * A head an earlier run found sound: recompute only the links after it. Its own record is re-hashed and
   * must still carry its hash; what lies before it is left to a full pass.
   */
  verifiedUpTo?: ChainLink;
};

/**
 * Recomputes every link of the stored chain page by page, then checks what a link-by-link walk cannot see:
 * the stored chain head matches the last record (a deleted tail), no record lies outside the head or below
 * the purge anchor, and the anchor is the one the last purge recorded on the chain. Reads only.
 */
export async function verifyStoredAuditChain(db: Db, options: VerifyOptions = {}): Promise<AuditChainReport> {
  const pageSize = options.pageSize ?? 1000;
  const anchor = (await auditRepository.anchor(db)) ?? null;
  // The head is read first: events appended while the walk runs lie beyond it and are left for the next run.
  const head = await auditRepository.head(db);
  const origin: ChainLink = anchor ?? { seq: 0, hash: GENESIS_HASH };
  let start = origin;
  const report = (problem: AuditChainReport['problem'], count: number, exportedHead: ExportedHeadCheck | null = null): AuditChainReport => ({
    ok: problem === null,
    count,
    head,
    anchor,
    problem,
    exportedHead,
    from: start,
  });

  if (head.seq < origin.seq) return report({ seq: head.seq, reason: `链头（第${head.seq}条）落在清理锚点（第${origin.seq}条）之前` }, 0);
  if (anchor) {
    const below = await auditRepository.seqBounds(db, { upTo: anchor.seq });
    if (below) return report({ seq: below.min, reason: `第${below.min}条记录早于清理锚点（第${anchor.seq}条）却仍然存在，锚点可能被改动` }, 0);
  }
  const verified = options.verifiedUpTo;
  // A verified head below the anchor was purged since: start from the anchor. One beyond the head means the
  // chain went back (a restore from an older backup, a deleted tail).
  if (verified && verified.seq > head.seq) {
    return report({ seq: verified.seq, reason: `上次校验已到第${verified.seq}条，当前链头只到第${head.seq}条：数据库可能已被回退` }, 0);
  }
  if (verified && verified.seq > origin.seq) {
    const record = await auditRepository.find(db, verified.seq);
    if (!record) return report({ seq: verified.seq, reason: `上次校验到的第${verified.seq}条记录已不存在` }, 0);
    if (record.hash !== verified.hash || auditHash(record) !== record.hash) {
      return report({ seq: verified.seq, reason: `第${verified.seq}条记录与上次校验时不符（已被改动）` }, 0);
    }
    start = verified;
  }

  const verifier = createChainVerifier(start);
  const total = head.seq - start.seq;
  for await (const record of readAuditChain(db, pageSize, { after: start.seq, upTo: head.seq })) {
    const broken = verifier.add(record);
    if (broken) return report({ seq: broken.brokenAt, reason: broken.reason }, verifier.count);
    if (options.onProgress && verifier.count % pageSize === 0) options.onProgress(verifier.count, total);
  }
  options.onProgress?.(verifier.count, total);
  const last = verifier.last;
  if (last.seq < head.seq) {
    const missing = head.seq === last.seq + 1 ? `第${head.seq}条` : `第${last.seq + 1}至${head.seq}条`;
    return report({ seq: last.seq + 1, reason: `${missing}记录缺失：链头记为第${head.seq}条，记录只到第${last.seq}条` }, verifier.count);
  }
  if (last.hash !== head.hash) return report({ seq: head.seq, reason: `链头（第${head.seq}条）的哈希与第${head.seq}条记录不符` }, verifier.count);

  // Rows beyond every head: read the rows first, the head after, so that a concurrent append is never flagged.
  const beyond = await auditRepository.seqBounds(db, { after: head.seq });
  if (beyond) {
    const headNow = await auditRepository.head(db);
    if (beyond.max > headNow.seq) return report({ seq: beyond.max, reason: `第${beyond.max}条记录在链头（第${headNow.seq}条）之外，不属于审计链` }, verifier.count);
  }

  const anchorProblem = await checkAnchorAgainstPurge(db, anchor);
  if (anchorProblem) return report(anchorProblem, verifier.count);

  if (!options.exportedHead) return report(null, verifier.count);
  const exported = await checkExportedHead(db, options.exportedHead, head, anchor);
  const failed = exported.status === 'mismatch' || exported.status === 'missing';
  return report(failed ? { seq: options.exportedHead.seq, reason: exported.message } : null, verifier.count, exported);
}

/** The anchor must be the one the last successful purge wrote on the chain (its summary carries it). */
async function checkAnchorAgainstPurge(db: Db, anchor: AuditChainReport['anchor']): Promise<AuditChainReport['problem']> {
  const purge = await auditRepository.lastPurge(db);
  const recorded = purge ? recordedAnchor(purge.summary) : null;
  if (!anchor) {
    return purge && recorded ? { seq: purge.seq, reason: `第${purge.seq}条清理记录载明的清理锚点（第${recorded.seq}条）在库中缺失` } : null;
  }
  if (!purge || !recorded || recorded.seq !== anchor.seq || recorded.hash !== anchor.hash) {
    return { seq: anchor.seq, reason: `清理锚点（第${anchor.seq}条）与链上最近一次清理记录不符，锚点可能被改动` };
  }
  return null;
}

function recordedAnchor(summary: string): ChainLink | null {
  try {
    const parsed = JSON.parse(summary) as { anchor?: { seq?: unknown; hash?: unknown } | null };
    const a = parsed.anchor;
    return a && typeof a.seq === 'number' && typeof a.hash === 'string' ? { seq: a.seq, hash: a.hash } : null;
  } catch {
    return null;
  }
}

async function checkExportedHead(db: Db, exported: ChainLink, head: ChainLink, anchor: AuditChainReport['anchor']): Promise<ExportedHeadCheck> {
  const at = `导出的链头（第${exported.seq}条）`;
  if (exported.seq > head.seq) {
    return { status: 'missing', message: `${at}不在当前链上：当前链头只到第${head.seq}条，数据库可能已被回退或从较早的备份恢复` };
  }
  let stored: string | undefined;
  if (exported.seq === 0) stored = GENESIS_HASH;
  else if (anchor && exported.seq === anchor.seq) stored = anchor.hash;
  else if (anchor && exported.seq < anchor.seq) {
    return { status: 'purged', message: `${at}已在依法清理的范围内（清理锚点为第${anchor.seq}条），无法再逐条核对` };
  } else stored = (await auditRepository.find(db, exported.seq))?.hash;
  if (stored === undefined) return { status: 'missing', message: `${at}在库中已不存在` };
  if (stored !== exported.hash) return { status: 'mismatch', message: `${at}的哈希与库中该条记录不符：链已被改写` };
  return { status: 'on_chain', message: `${at}仍在链上` };
}

/** How often `zhengwu audit verify` re-verifies the whole chain even when not asked to (`--full`). */
export const FULL_VERIFICATION_EVERY_DAYS = 7;

/**
 * The nightly check: recomputes only what was appended since the last verified head (stored in the database),
 * or the whole chain with `full`, when there is no verified head yet, or when the last full pass is older than
 * FULL_VERIFICATION_EVERY_DAYS — so a record altered before the checkpoint is still found within a week (and at
 * once by `--full`). A sound chain moves the checkpoint to the head verified now.
 */
export async function verifyAuditChainSinceCheckpoint(
  db: Db,
  clock: Clock,
  options: Omit<VerifyOptions, 'verifiedUpTo'> & { full?: boolean } = {},
): Promise<AuditChainReport & { isFull: boolean }> {
  const now = clock.now();
  const checkpoint = await auditRepository.verifiedHead(db);
  const fullDue =
    !checkpoint?.fullVerifiedAt || now.getTime() - new Date(checkpoint.fullVerifiedAt).getTime() >= FULL_VERIFICATION_EVERY_DAYS * 86_400_000;
  const isFull = options.full === true || !checkpoint || fullDue;
  const result = await verifyStoredAuditChain(db, {
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.exportedHead ? { exportedHead: options.exportedHead } : {}),
    ...(isFull || !checkpoint ? {} : { verifiedUpTo: { seq: checkpoint.seq, hash: checkpoint.hash } }),
  });
  if (result.ok) {
    await auditRepository.recordVerifiedHead(db, {
      seq: result.head.seq,
      hash: result.head.hash,
      verifiedAt: now.toISOString(),
      fullVerifiedAt: isFull ? now.toISOString() : (checkpoint?.fullVerifiedAt ?? null),
    });
  }
  return { ...result, isFull };
}

/** Verification asked for by the audit administrator, recorded as `audit.read`. */
export async function verifyAuditTrail(ctx: OperationContext): Promise<AuditChainReport> {
  const result = await verifyStoredAuditChain(ctx.handle.db);
  await recordAuditAccess(ctx, {
    act: 'audit.read',
    objectId: null,
    result: 'success',
    summary: { view: 'verify', ok: result.ok, count: result.count, problemAt: result.problem?.seq ?? null },
  });
  return result;
}
