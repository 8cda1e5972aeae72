import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { invalid, notFound } from '../../domain/errors.js';
import { MAX_ATTACHMENT_BYTES, uploadAttachment } from '../../operations/attachments/upload-attachment.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { fileResponse, idParams } from '../schemas.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { actorOf, type SignedInUser } from '../../operations/identity/present-user.js';
import { eventsRepository } from '../../db/events-repository.js';
import type { Viewer } from '../../domain/case.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { headOn, eventsScopeOf } from '../../operations/events/decision.js';
import { leaveScopeOf } from '../../operations/leave/scope.js';
import type { Db } from '../../db/database.js';
import { supervisionRepository } from '../../db/supervision-repository.js';
import { suggestionsRepository } from '../../db/suggestions-repository.js';
import { supervisionScopeOf } from '../../operations/supervision/cases.js';
import { publicationsRepository } from '../../db/publications-repository.js';
import { publicationScopeOf } from '../../operations/disclosure/publications.js';

const tags = ['attachments'];

const attachmentView = z.object({
  id: z.string(),
  ownerType: z.string().nullable(),
  ownerId: z.string().nullable(),
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sm3: z.string(),
  uploadedByUserId: z.string().nullable(),
  createdAt: z.string(),
});

type Reader = { db: Db; user: SignedInUser; viewer: Viewer };

/**
 * Who may read an attachment: its uploader, and whoever may see the record that owns it — asked of that
 * record's own repository with the reader's scope, so an attachment is never visible where its record is not.
 */
const ownerReaders: Record<string, (r: Reader, ownerId: string) => Promise<boolean>> = {
  incoming_document: ({ db, user }, ownerId) => documentsRepository.isVisible(db, { roles: user.roles, unitId: user.unit?.id ?? null }, ownerId),
  outgoing_document: ({ db, user }, ownerId) => outgoingRepository.isVisible(db, { roles: user.roles, unitId: user.unit?.id ?? null }, ownerId),
  leave_report: async ({ db, viewer }, ownerId) => (await leaveRepository.findReportIn(db, ownerId, leaveScopeOf(viewer))) !== undefined,
  /** A supervision task's progress or final report: readable by whoever may see the task (art. 32, 75). */
  task_report: async ({ db, viewer }, ownerId) => (await supervisionRepository.findReport(db, ownerId, supervisionScopeOf(viewer))) !== undefined,
  /** An answer to a deputy's suggestion or CPPCC proposal: readable by whoever may see the suggestion (art. 40). */
  supervision_suggestion: async ({ db, viewer }, ownerId) => suggestionsRepository.isVisible(db, ownerId, supervisionScopeOf(viewer)),
  /** An attachment of an item of the disclosure catalogue: readable by whoever may see the item in the staff app (the portal serves published ones to all). */
  publication: async ({ db, viewer }, ownerId) => (await publicationsRepository.find(db, ownerId, publicationScopeOf(viewer))) !== undefined,
  /** The document behind an approval given outside the platform: readable by whoever may see the approved case. */
  outside_approval: async (r, ownerId) => {
    const approval = await r.db.selectFrom('outsideApprovals').select(['objectType', 'objectId']).where('id', '=', ownerId).executeTakeFirst();
    if (!approval) return false;
    const scope = eventsScopeOf(r.viewer, await headOn(r.db, r.viewer.today));
    switch (approval.objectType) {
      case 'invitation':
        return (await eventsRepository.findInvitation(r.db, approval.objectId, scope)) !== undefined;
      case 'department_meeting':
        return (await eventsRepository.findMeeting(r.db, approval.objectId, scope)) !== undefined;
      case 'speech':
        return (await eventsRepository.findSpeech(r.db, approval.objectId, scope)) !== undefined;
      default:
        return false;
    }
  },
};

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });

  app.post('/api/attachments', { config: { policy: 'attachments.use' }, schema: { summary: '上传附件（multipart：kind 字段与 file 文件；PDF、OFD、DOCX、PNG、JPEG）', tags, response: { 201: attachmentView } } }, async (request, reply) => {
    if (!request.isMultipart()) invalid('请以 multipart/form-data 上传文件');
    const file = await request.file();
    if (!file) invalid('没有收到文件');
    const bytes = await file.toBuffer();
    const kindField = file.fields.kind;
    const kind = kindField && !Array.isArray(kindField) && kindField.type === 'field' ? String(kindField.value) : 'other';
    if (!/^[a-z_]{1,30}$/.test(kind)) invalid('附件类别无效');
    return reply.status(201).send(await uploadAttachment(operationContext(request), { fileName: file.filename, kind, bytes, isTruncated: file.file.truncated }));
  });

  app.get('/api/attachments/:id', { config: { policy: 'attachments.use' }, schema: { summary: '下载附件', tags, params: idParams, response: fileResponse('*/*', '附件文件（类型为上传时识别的类型；x-content-sm3 为其 SM3 杂凑值）') } }, async (request, reply) => {
    const { user } = requireAuth(request);
    const meta = await attachmentRepository.findMeta(app.deps.handle.db, request.params.id);
    if (!meta) notFound('附件');
    const isUploader = meta.uploadedByUserId === user.id;
    const reader = meta.ownerType ? ownerReaders[meta.ownerType] : undefined;
    const mayRead = async () => Boolean(reader && meta.ownerId && (await reader({ db: app.deps.handle.db, user, viewer: await viewerOf(app.deps.handle.db, actorOf(user), app.deps.clock.now()) }, meta.ownerId)));
    if (!isUploader && !(await mayRead())) notFound('附件');
    const content = await attachmentRepository.content(app.deps.handle.db, meta.id);
    if (!content) notFound('附件');
    return reply
      .type(meta.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`)
      .header('x-content-sm3', meta.sm3)
      .send(content);
  });
};
