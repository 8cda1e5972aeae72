import { randomUUID } from 'node:crypto';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import { authorize } from '../../domain/case.js';
import { invalid } from '../../domain/errors.js';
import { type OutgoingAction, outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { DraftInput, OutgoingStatus } from '../../domain/outgoing/types.js';
import { takeAction } from '../case/take-action.js';
import { draftColumnsOf, versionFieldsOf } from './draft-fields.js';
import { loadOutgoing } from './load.js';

/** What a change of substance is (条例 第二十五条): the words the signer approved and to whom they go. */
const substance = [
  ['title', '标题'],
  ['body', '正文'],
  ['mainRecipients', '主送'],
  ['copyTo', '抄送'],
  ['interpretation', '政策解读'],
  // Whom art. 69(一) lets sign turns on it: a changed basis goes back to the signer too.
  ['matterBasis', '事项依据'],
] as const;

/**
 * A revision of the draft, every one kept: the drafter revises its draft before submitting or after a return
 * (the same document, resubmitted); the office edits in 核稿; after sign-off, a change of substance sends the
 * document back to the same signer to check again (复核, 条例 第二十五条), with what changed on the timeline.
 */
export async function reviseDraft(ctx: OperationContext, input: DraftInput & { id: string; version: number }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer, day } = await loadOutgoing(trx, ctx, input.id, at);
    const action: OutgoingAction = doc.status === 'office_review' ? 'office_revise' : doc.status === 'signed' ? 'revise_signed' : 'revise';
    authorize(outgoingDocumentCase, action, c, viewer, input.version);
    if (action !== 'revise' && (input.issuer !== doc.issuer || (input.draftingUnitId && input.draftingUnitId !== doc.draftingUnitId))) invalid('核稿时不能改变发文机关或起草单位，请退回起草单位');
    const { columns, units } = await draftColumnsOf(trx, input, day, doc.draftingUnitId);
    const changed = substance.filter(([key]) => columns[key] !== doc[key]).map(([, label]) => label);
    const isRecheck = doc.status === 'signed' && changed.length > 0;
    const onward: OutgoingStatus = isRecheck ? 'awaiting_sign_off' : (doc.status as OutgoingStatus);
    const reason = isRecheck ? `签发后修改${changed.join('、')}，退回签发人复核` : action === 'office_revise' ? '办公室核改' : action === 'revise_signed' ? '签发后修改' : doc.status === 'returned' ? '退回后修改' : '修改';
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: { ...c, onward },
      action,
      version: input.version,
      viewer,
      changes: {
        ...columns,
        revision: doc.revision + 1,
        ...(isRecheck ? { needsRecheck: 1, signOff: null } : {}),
        updatedAt: at.toISOString(),
      },
      opinion: changed.length > 0 ? `${reason}（修改了${changed.join('、')}）` : reason,
      summary: { changed, isRecheck },
    });
    await outgoingRepository.setUnits(trx, doc.id, units);
    const owned = new Set((await attachmentRepository.ofOwner(trx, outgoingDocumentCase.kind, doc.id)).map((a) => a.id));
    const fresh = input.attachmentIds.filter((a) => !owned.has(a));
    if (fresh.length > 0) {
      const claimed = await attachmentRepository.claim(trx, fresh, ctx.actor.userId, outgoingDocumentCase.kind, doc.id);
      if (claimed.length !== new Set(fresh).size) invalid('附件须为本人上传、尚未使用的文件');
    }
    await outgoingRepository.insertVersion(trx, { id: randomUUID(), documentId: doc.id, revision: doc.revision + 1, fields: versionFieldsOf(columns), reason, recordedByName: ctx.actor.name, recordedAt: at.toISOString() });
    return { result: { status: onward, version }, audit: [audit] };
  });
}
