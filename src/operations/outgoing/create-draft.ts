import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { type DocumentUnitRole, outgoingRepository } from '../../db/outgoing-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { DraftInput, OutgoingStatus } from '../../domain/outgoing/types.js';
import { type DraftColumns, draftColumnsOf, versionFieldsOf } from './draft-fields.js';

/**
 * A unit starts a draft: the competent department drafting on the government's or the office's behalf
 * (代拟, art. 68), the office its own, or a department its own document (art. 70). The draft is the drafter's
 * unit's; nothing is checked for need or remit until it is submitted, except that classified work never
 * enters the platform (art. 84).
 */
export async function createDraft(ctx: OperationContext, input: DraftInput): Promise<{ id: string; status: OutgoingStatus; version: number; flags: never[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new DomainError('forbidden', '您的账号不属于任何单位，不能起草公文');
  if (input.draftingUnitId && input.draftingUnitId !== unitId) invalid('只能以本单位为起草单位');
  return commitChange(ctx, async (trx, at) => {
    const { columns, units } = await draftColumnsOf(trx, input, localDateOf(at), unitId);
    const id = await insertDraft(trx, { columns, units, createdByUserId: ctx.actor.userId, recordedByName: ctx.actor.name, at });
    if (input.attachmentIds.length > 0) {
      const claimed = await attachmentRepository.claim(trx, input.attachmentIds, ctx.actor.userId, outgoingDocumentCase.kind, id);
      if (claimed.length !== new Set(input.attachmentIds).size) invalid('附件须为本人上传、尚未使用的文件');
    }
    await timelineRepository.record(trx, { objectType: outgoingDocumentCase.kind, objectId: id, action: 'create', actor: ctx.actor, opinion: null, article: 68, at });
    return {
      result: { id, status: 'drafting' as const, version: 1, flags: [] },
      audit: [{ act: 'outgoing.create', objectType: outgoingDocumentCase.kind, objectId: id, result: 'success', article: 68, summary: { title: input.title, issuer: input.issuer, docType: input.docType } }],
    };
  });
}

/**
 * Stores a new draft — the columns `draftColumnsOf` checked, in the state every draft starts in — with its
 * first revision: the one way a draft comes to exist, for the drafter's request and for the demo seed alike.
 */
export async function insertDraft(
  trx: Tx,
  input: { columns: DraftColumns; units: { unitId: string; role: DocumentUnitRole }[]; createdByUserId: string | null; recordedByName: string; at: Date },
): Promise<string> {
  const id = randomUUID();
  const now = input.at.toISOString();
  await outgoingRepository.insert(
    trx,
    {
      id,
      status: 'drafting',
      ...input.columns,
      interpretationReviewedAt: null,
      signedUnitIds: '[]',
      hasOpenDisagreement: 0,
      coordinationNote: null,
      directiveApproval: null,
      leaderReviewerPersonId: null,
      leaderReviewerName: null,
      signerPersonId: null,
      signerName: null,
      signOff: null,
      needsRecheck: 0,
      returnReasons: '[]',
      flags: '[]',
      countersignDeadlineId: null,
      documentYear: null,
      documentSeq: null,
      documentNumber: null,
      sealedByName: null,
      sealedAt: null,
      writtenOn: null,
      issuedAt: null,
      revision: 1,
      createdByUserId: input.createdByUserId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
    input.units,
  );
  await outgoingRepository.insertVersion(trx, { id: randomUUID(), documentId: id, revision: 1, fields: versionFieldsOf(input.columns), reason: '起草', recordedByName: input.recordedByName, recordedAt: now });
  return id;
}
