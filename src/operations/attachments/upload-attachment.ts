import { createHash, randomUUID } from 'node:crypto';
import { attachmentRepository, type AttachmentMeta } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { attachmentTypes, checkAttachment } from '../../domain/attachments/file-type.js';

/** The largest attachment accepted. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * Stores an uploaded file with its SM3 digest after checking its type by name and content. It belongs to
 * nobody until a record claims it (the uploader attaches it to a leave report, a document …).
 */
export async function uploadAttachment(ctx: OperationContext, input: { fileName: string; kind: string; bytes: Buffer }): Promise<AttachmentMeta> {
  const checked = checkAttachment(input.fileName, input.bytes, MAX_ATTACHMENT_BYTES);
  if ('problem' in checked) invalid(`附件“${input.fileName}”不能接受：${checked.problem}`);
  return commitChange(ctx, async (trx, at) => {
    const meta: AttachmentMeta = {
      id: randomUUID(),
      ownerType: null,
      ownerId: null,
      kind: input.kind,
      fileName: input.fileName,
      mediaType: attachmentTypes[checked.type].mediaType,
      size: input.bytes.length,
      sm3: createHash('sm3').update(input.bytes).digest('hex'),
      uploadedByUserId: ctx.actor.userId,
      createdAt: at.toISOString(),
    };
    await attachmentRepository.insert(trx, { ...meta, content: input.bytes });
    return { result: meta, audit: [{ act: 'attachment.upload', objectType: 'attachment', objectId: meta.id, result: 'success', summary: { fileName: meta.fileName, size: meta.size, sm3: meta.sm3 } }] };
  });
}
