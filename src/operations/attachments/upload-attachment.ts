import { createHash, randomUUID } from 'node:crypto';
import { attachmentRepository, type AttachmentMeta } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { attachmentTypes, checkAttachment, normaliseFileName } from '../../domain/attachments/file-type.js';

/** The largest attachment accepted. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** An upload over the limit: 413, answered like the multipart parser's own (`statusCode` is read by the error handler). */
export class AttachmentTooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'attachment_too_large';
  constructor() {
    super(`附件超过大小上限（${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB），未保存`);
    this.name = 'AttachmentTooLarge';
  }
}

/**
 * Stores an uploaded file with its SM3 digest after checking its type by name and content. It belongs to
 * nobody until a record claims it (the uploader attaches it to a leave report, a document …).
 */
export async function uploadAttachment(ctx: OperationContext, input: { fileName: string; kind: string; bytes: Buffer; isTruncated?: boolean }): Promise<AttachmentMeta> {
  // The multipart parser stops at the limit and hands over the first 20 MiB as if they were the file: a cut
  // file must never be stored as the whole one.
  if (input.isTruncated) throw new AttachmentTooLarge();
  const fileName = normaliseFileName(input.fileName);
  const checked = checkAttachment(fileName, input.bytes, MAX_ATTACHMENT_BYTES);
  if ('problem' in checked) invalid(`附件“${fileName}”不能接受：${checked.problem}`);
  return commitChange(ctx, async (trx, at) => {
    const meta: AttachmentMeta = {
      id: randomUUID(),
      ownerType: null,
      ownerId: null,
      kind: input.kind,
      fileName,
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
