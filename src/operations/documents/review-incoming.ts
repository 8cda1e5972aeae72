import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { articleLabel } from '../../rules/index.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** Why the office returns a document at 初审, each citing its article (art. 64). */
export const returnReasons = {
  department_remit: { article: 64, label: '属区政府部门职责范围内的事项，应直接报送有关部门' },
  not_one_matter: { article: 64, label: '请示未做到一文一事' },
  request_in_report: { article: 64, label: '报告夹带请示事项' },
  not_signed_by_principal: { article: 64, label: '请示未由报送单位主要负责人签发' },
  missing_countersign: { article: 64, label: '涉及其他单位职权，未会签或未列明各方理据' },
  skip_level: { article: 64, label: '越级行文' },
  not_necessary: { article: 64, label: '行文不必要（法律法规已有明确规定或现行文件仍适用）' },
  format: { article: 64, label: '不符合《党政机关公文处理工作条例》的格式要求' },
} as const;
export type ReturnReason = keyof typeof returnReasons;

/** The office's return as the detail shows it (no parsing of the 退回 step's text): each reason with its article. */
export type ReturnedRecord = { reasons: { ruleId?: string; key?: ReturnReason; article: number; message: string }[]; opinion: string | null; by: string; at: string };

/**
 * The return a document stands under, while it is returned (null otherwise): as the office recorded it, or —
 * for a return recorded before the structured record existed — the 退回 step as one reason.
 */
export function returnedOf(doc: { status: string; returned: string | null }, steps: readonly { step: string; actorName: string; opinion: string | null; article: number | null; occurredAt: string }[]): ReturnedRecord | null {
  if (doc.status !== 'returned') return null;
  if (doc.returned) return JSON.parse(doc.returned) as ReturnedRecord;
  const last = steps.filter((s) => s.step === 'return').at(-1);
  return last ? { reasons: [{ article: last.article ?? 64, message: last.opinion ?? '' }], opinion: null, by: last.actorName, at: last.occurredAt } : null;
}

/**
 * 初审: the office checks the filing rules once more. Passing it moves the document on; returning it sends
 * it back to the unit with the reasons and the articles they rest on.
 */
export async function reviewIncoming(ctx: OperationContext, input: { id: string; version: number; outcome: 'pass' | 'return'; reasons?: readonly ReturnReason[]; opinion?: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    if (input.outcome === 'pass') {
      const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'review', opinion: input.opinion ?? '初审通过' });
      return { result: undefined, audit: [audit] };
    }
    const reasons = input.reasons ?? [];
    if (reasons.length === 0) invalid('退回须写明理由');
    const text = reasons.map((r) => `${articleLabel(returnReasons[r].article)}：${returnReasons[r].label}`).join('；');
    const returned: ReturnedRecord = {
      reasons: reasons.map((key) => ({ key, article: returnReasons[key].article, message: returnReasons[key].label })),
      opinion: input.opinion?.trim() || null,
      by: ctx.actor.name,
      at: at.toISOString(),
    };
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'return',
      changes: { returned: JSON.stringify(returned) },
      opinion: `${text}${input.opinion ? `。${input.opinion}` : ''}`,
      summary: { reasons },
    });
    return { result: undefined, audit: [audit] };
  });
}
