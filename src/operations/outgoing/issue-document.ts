import { randomUUID } from 'node:crypto';
import { chineseDate } from '../../calendar/index.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import { nextInSequence } from '../../db/versioned-update.js';
import { authorize } from '../../domain/case.js';
import { invalid } from '../../domain/errors.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { proactiveDisclosureCarrier } from '../../domain/outgoing/rules.js';
import type { Interpretation, OutgoingStatus, Recipient, SignOffRecord } from '../../domain/outgoing/types.js';
import type { BodyBlock } from '../../domain/documents/layout.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { queueForPublication } from '../disclosure/publications.js';
import { issuerNamesOf } from './render-outgoing.js';
import { parameter } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { takeAction } from '../case/take-action.js';
import { loadOutgoing, parsed } from './load.js';

/** 临政发〔2026〕7号: the sequence's code, the year in 〔〕, the number without leading zeros or 第. */
export const documentNumberOf = (code: string, year: number, seq: number) => `${code}〔${year}〕${seq}号`;

/**
 * 印发: the issuing unit numbers the signed document from its sequence — allocated here, in the same
 * transaction, so the numbers are unique and gap-free (a failed issue rolls its number back) — records the
 * 用印, and distributes it: every unit of the organisation among the 主送 and 抄送 receives it in its own list
 * to sign for (签收); a document for proactive disclosure (with its 解读, issued together, art. 36) is queued
 * for the public portal within the rulebook's working days (art. 71).
 */
export async function issueDocument(ctx: OperationContext, input: { id: string; version: number; sealed: true; writtenOn?: LocalDate | undefined }): Promise<{ status: OutgoingStatus; version: number; documentNumber: string; receipts: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer, day } = await loadOutgoing(trx, ctx, input.id, at);
    authorize(outgoingDocumentCase, 'issue', c, viewer, input.version);
    const sequence = await outgoingRepository.findSequence(trx, doc.sequenceCode);
    if (!sequence) invalid(`发文字号“${doc.sequenceCode}”已不存在，请修改文稿选择发文字号`);
    const signOff = parsed<SignOffRecord | null>(doc.signOff);
    const writtenOn = input.writtenOn ?? signOff?.date ?? day;
    if (writtenOn > day) invalid('成文日期不能晚于印发当日');
    // 成文日期署负责人签发的日期 (条例 第二十二条; GB/T 9704 7.3.5.3): never before the sign-off.
    if (signOff && writtenOn < signOff.date) invalid(`成文日期署负责人签发的日期，不能早于签发日期${chineseDate(signOff.date)}`);
    const year = Number(day.slice(0, 4));
    const seq = await nextInSequence(trx, `outgoing:${sequence.code}:${year}`);
    const documentNumber = documentNumberOf(sequence.code, year, seq);
    const now = at.toISOString();
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: c,
      action: 'issue',
      version: input.version,
      viewer,
      changes: { documentYear: year, documentSeq: seq, documentNumber, sealedByName: ctx.actor.name, sealedAt: now, writtenOn, issuedAt: now, updatedAt: now },
      opinion: `编号${documentNumber}，用印，印发`,
      summary: { documentNumber },
    });
    const main = parsed<Recipient[]>(doc.mainRecipients).filter((r) => r.unitId !== null);
    const mainIds = new Set(main.map((r) => r.unitId));
    const copy = parsed<Recipient[]>(doc.copyTo).filter((r) => r.unitId !== null && !mainIds.has(r.unitId));
    const receipts = [...main.map((r) => ({ unitId: r.unitId as string, role: 'main' })), ...copy.map((r) => ({ unitId: r.unitId as string, role: 'copy' }))];
    const unique = [...new Map(receipts.map((r) => [r.unitId, r])).values()];
    await outgoingRepository.insertReceipts(
      trx,
      unique.map((r) => ({ id: randomUUID(), documentId: doc.id, unitId: r.unitId, role: r.role, status: 'pending', acknowledgedByName: null, acknowledgedAt: null, version: 1, createdAt: now })),
    );
    await outgoingRepository.setUnits(trx, doc.id, unique.map((r) => ({ unitId: r.unitId, role: 'recipient' as const })));
    const queued: AuditEntry[] = [];
    if (doc.disclosure === 'proactive') {
      const days = parameter('disclosure.proactiveWorkingDays', day);
      const names = await issuerNamesOf(trx, doc);
      const clock = { start: day, cites: { ruleId: proactiveDisclosureCarrier, article: 71 } };
      const document = await queueForPublication(trx, ctx, at, {
        category: 'documents',
        title: doc.title,
        documentNumber,
        issuingBody: names.issuerName,
        writtenOn,
        body: plainText(parsed<BodyBlock[]>(doc.body)),
        sourceType: outgoingDocumentCase.kind,
        sourceId: doc.id,
        unitId: doc.draftingUnitId,
        attachmentIds: (await attachmentRepository.ofOwner(trx, outgoingDocumentCase.kind, doc.id)).map((a) => a.id),
        clock: { ...clock, label: `主动公开（${days}个工作日内在区政府门户网站刊载）：${documentNumber} ${doc.title}` },
      });
      if (document.audit) queued.push(document.audit);
      // The interpretation goes out with its document (art. 36 同步部署), linked to it both ways.
      const interpretation = parsed<Interpretation | null>(doc.interpretation);
      if (interpretation) {
        const item = await queueForPublication(trx, ctx, at, {
          category: 'interpretations',
          title: interpretation.title,
          issuingBody: names.issuerName,
          writtenOn,
          body: plainText(interpretation.body),
          sourceType: interpretationSourceType,
          sourceId: doc.id,
          unitId: doc.draftingUnitId,
          interpretsId: document.id,
          clock: { ...clock, label: `主动公开（${days}个工作日内在区政府门户网站刊载）：${documentNumber}的政策解读` },
        });
        if (item.audit) queued.push(item.audit);
      }
    }
    return { result: { status: 'issued' as const, version, documentNumber, receipts: unique.length }, audit: [audit, ...queued] };
  });
}

/** The publication source of a policy document's interpretation (its document's id). */
export const interpretationSourceType = 'outgoing_interpretation';

/** The structured text as the portal shows it: one line per heading or paragraph. */
export function plainText(blocks: readonly BodyBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}
