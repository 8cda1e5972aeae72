// @ts-nocheck
import { localDateOf } from '../../clock.js';
import { auditRepository, readAuditChain } from '../../db/audit-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { type ChainLink, createChainVerifier, GENESIS_HASH } from '../../domain/audit/audit-event.js';
import { DomainError } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';
import { beijingMidnight } from './audit-filters.js';

/**
 * 网络安全法第二十一条（三）: network logs are kept no less than six months. The database's triggers hold
 * this minimum on their own; a longer configured retention is held here.
 */
export const LEGAL_MINIMUM_RETENTION_DAYS = 180;

const DAY_MS = 86_400_000;

export type PurgeAuditEventsInput = {
  /** Records from before midnight (Beijing time) of this day go. */
  before: LocalDate;
};

export type PurgeResult = { purged: number; anchor: ChainLink | null; cutoff: string };

/** The words the database's trigger refuses with (see the audit-protection migration). */
const TRIGGER_REFUSAL = '审计记录保留未满180天';

/**
 * Deletes the oldest part of the audit trail once it is past the retention, in one transaction: the prefix of
 * the chain before `before` is checked link by link (a broken prefix is evidence and is not destroyed),
 * deleted, its last link kept as the chain's anchor, and the purge itself recorded on the chain. Later
 * verification starts from the anchor.
 */
export async function purgeAuditEvents(ctx: OperationContext & { retentionDays: number }, input: PurgeAuditEventsInput): Promise<PurgeResult> {
  const retentionDays = Math.max(ctx.retentionDays, LEGAL_MINIMUM_RETENTION_DAYS);
  const cutoff = beijingMidnight(input.before);
  if (Number.isNaN(cutoff.getTime()) || localDateOf(cutoff) !== input.before) throw new DomainError('invalid_input', '清理日期应为存在的日期，格式 YYYY-MM-DD');
  const now = ctx.clock.now();
  const latestCutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  if (cutoff > latestCutoff) {
    const latestBefore = localDateOf(latestCutoff);
    const message =
      `审计记录须至少保留${retentionDays}天（网络安全法第二十一条：网络日志留存不少于六个月；等保 8.1.5.4），` +
      `清理日期最晚为 ${latestBefore}，不能清理 ${input.before} 之前的全部记录`;
    await commitChange(ctx, async () => ({
      result: undefined,
      audit: [{ act: 'audit.purge', objectType: 'audit_trail', objectId: null, result: 'refused', summary: { before: input.before, retentionDays, latestBefore } }],
    }));
    throw new DomainError('rule_violation', message, { details: { retentionDays, latestBefore } });
  }

  try {
    return await commitChange(ctx, async (trx) => {
      const previous = (await auditRepository.anchor(trx)) ?? null;
      const start: ChainLink = previous ?? { seq: 0, hash: GENESIS_HASH };
      const head = await auditRepository.head(trx);
      const firstKept = await auditRepository.firstAtOrAfter(trx, cutoff.toISOString());
      const upTo = Math.min(head.seq, (firstKept ?? head.seq + 1) - 1);
      let anchor: ChainLink | null = previous && { seq: previous.seq, hash: previous.hash };
      let purged = 0;
      if (upTo > start.seq) {
        const verifier = createChainVerifier(start);
        for await (const record of readAuditChain(trx, 1000, { after: start.seq, upTo })) {
          const broken = verifier.add(record);
          if (broken) throw new DomainError('conflict', `待清理的审计记录中链已断开（${broken.reason}），为保全篡改证据拒绝清理；请先运行 zhengwu audit verify`);
        }
        if (verifier.last.seq !== upTo) {
          throw new DomainError('conflict', `待清理的审计记录不完整（第${verifier.last.seq + 1}条缺失），为保全篡改证据拒绝清理；请先运行 zhengwu audit verify`);
        }
        purged = await auditRepository.deleteRange(trx, { after: start.seq, upTo });
        anchor = verifier.last;
        await auditRepository.setAnchor(trx, { ...anchor, purgedAt: now.toISOString() });
      }
      return {
        result: { purged, anchor, cutoff: cutoff.toISOString() },
        audit: [
          {
            act: 'audit.purge',
            objectType: 'audit_trail',
            objectId: null,
            result: 'success',
            summary: { before: input.before, cutoff: cutoff.toISOString(), retentionDays, purged, anchor, previousAnchor: previous && { seq: previous.seq, hash: previous.hash } },
          },
        ],
      };
    });
  } catch (error) {
    if (error instanceof Error && !(error instanceof DomainError) && error.message.includes(TRIGGER_REFUSAL)) {
      throw new DomainError('rule_violation', `数据库拒绝删除保留未满${LEGAL_MINIMUM_RETENTION_DAYS}天的审计记录（以数据库服务器时钟为准；网络安全法第二十一条）`);
    }
    throw error;
  }
}
