import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { documentsRepository, type IncomingDocumentRecord } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { notFound } from '../../domain/errors.js';
import { can, scopeOf } from '../../domain/identity/policies.js';
import { classificationLabels, incomingStatusLabels, stepLabels, type IncomingStatus, type StepKind, urgencyLabels, type Urgency } from '../../domain/documents/types.js';
import { loadCalendar } from '../../operations/calendar/load-calendar.js';
import { archiveIncoming } from '../../operations/documents/archive-incoming.js';
import { assignIncoming } from '../../operations/documents/assign-incoming.js';
import { chaseIncoming } from '../../operations/documents/chase-incoming.js';
import { completeIncoming } from '../../operations/documents/complete-incoming.js';
import { countersignIncoming } from '../../operations/documents/countersign-incoming.js';
import { extendDeadline } from '../../operations/documents/extend-deadline.js';
import { instructIncoming } from '../../operations/documents/instruct-incoming.js';
import { stepClockOf } from '../../operations/documents/overdue.js';
import { proposeIncoming } from '../../operations/documents/propose-incoming.js';
import { receiveIncoming } from '../../operations/documents/receive-incoming.js';
import { registerIncoming } from '../../operations/documents/register-incoming.js';
import { returnReasons, reviewIncoming } from '../../operations/documents/review-incoming.js';
import { submitIncoming } from '../../operations/documents/submit-incoming.js';
import { transferIncoming } from '../../operations/documents/transfer-incoming.js';
import '../../operations/documents/workbench.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams } from '../schemas.js';
import { completeBody, countersignBody, extendBody, instructBody, listQuery, proposeBody, reviewBody, submitBody, transferBody, versionBody } from './schema.js';

const tags = ['documents'];
/** Whether the caller's data scope covers every record of the area (the policy table says who). */
const seesAll = (user: SignedInUser) => scopeOf(user.roles, 'documents.read') === 'all';

/** Whether a unit user may see a document: filed by their unit, handled by it, or awaiting its countersignature. */
function inScope(doc: IncomingDocumentRecord, user: SignedInUser): boolean {
  if (seesAll(user)) return true;
  const unitId = user.unit?.id;
  if (!unitId) return false;
  return doc.issuingUnitId === unitId || doc.handlingUnitId === unitId || (JSON.parse(doc.relatedUnitIds) as string[]).includes(unitId) || (JSON.parse(doc.coUnitIds) as string[]).includes(unitId);
}

/** What the caller may do with a document now, so the web app never re-derives it. */
function actionsFor(doc: IncomingDocumentRecord, user: SignedInUser): string[] {
  const office = can(user.roles, 'documents.office');
  const status = doc.status as IncomingStatus;
  const actions: string[] = [];
  if (office) {
    const step: Partial<Record<IncomingStatus, string[]>> = {
      submitted: ['receive'],
      received: ['register'],
      registered: ['review'],
      reviewed: ['propose'],
      proposed: ['assign'],
      instructed: doc.docType === '请示' ? ['transfer'] : ['transfer', 'archive'],
      transferred: ['extend'],
      completed: ['archive'],
    };
    actions.push(...(step[status] ?? []));
  }
  if (status === 'assigned' && doc.assignedLeaderPersonId === user.personId) actions.push('instruct');
  if (status === 'transferred' && doc.handlingUnitId === user.unit?.id && can(user.roles, 'documents.handle')) actions.push('complete');
  if (status === 'countersigning' && can(user.roles, 'documents.countersign') && (JSON.parse(doc.relatedUnitIds) as string[]).includes(user.unit?.id ?? '')) actions.push('countersign');
  return actions;
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;

  const present = async (doc: IncomingDocumentRecord, user: SignedInUser) => {
    const calendar = await loadCalendar(handle.db);
    const unit = await orgRepository.findUnit(handle.db, doc.issuingUnitId);
    const handlingUnit = doc.handlingUnitId ? await orgRepository.findUnit(handle.db, doc.handlingUnitId) : undefined;
    const leader = doc.assignedLeaderPersonId ? await orgRepository.findPerson(handle.db, doc.assignedLeaderPersonId) : undefined;
    return {
      id: doc.id,
      status: doc.status,
      statusLabel: incomingStatusLabels[doc.status as IncomingStatus],
      docType: doc.docType,
      title: doc.title,
      senderDocNumber: doc.senderDocNumber,
      registerNumber: doc.registerNumber,
      issuingUnit: { id: doc.issuingUnitId, name: unit?.name ?? '' },
      urgency: doc.urgency,
      urgencyLabel: urgencyLabels[doc.urgency as Urgency],
      writtenOn: doc.writtenOn,
      isMajor: doc.isMajor === 1,
      flags: JSON.parse(doc.flags) as { ruleId: string; article: number; message: string }[],
      assignedLeader: leader ? { personId: leader.id, name: leader.name } : null,
      handlingUnit: handlingUnit ? { id: handlingUnit.id, name: handlingUnit.name } : null,
      clock: (await stepClockOf(handle.db, calendar, doc, clock.now())) ?? null,
      version: doc.version,
      updatedAt: doc.updatedAt,
      actions: actionsFor(doc, user),
    };
  };

  const visible = async (request: FastifyRequest, id: string) => {
    const { user } = requireAuth(request);
    const doc = await documentsRepository.find(handle.db, id);
    if (!doc || !inScope(doc, user)) notFound('公文');
    return { doc, user };
  };

  const search = async (user: SignedInUser, query: import('zod').infer<typeof listQuery>) => {
    const { page, pageSize, overdue, ...filter } = query;
    const scoped = { ...filter, ...(seesAll(user) ? {} : { visibleToUnitId: user.unit?.id ?? 'none' }) };
    if (!overdue) {
      const { items, total } = await documentsRepository.search(handle.db, handle.dialect, { ...scoped, limit: pageSize, offset: (page - 1) * pageSize });
      return { items: await Promise.all(items.map((d) => present(d, user))), total, page, pageSize };
    }
    const { items } = await documentsRepository.search(handle.db, handle.dialect, { ...scoped, limit: 10_000 });
    const presented = (await Promise.all(items.map((d) => present(d, user)))).filter((d) => d.clock?.isOverdue);
    return { items: presented.slice((page - 1) * pageSize, page * pageSize), total: presented.length, page, pageSize };
  };

  app.get('/api/documents/incoming', { config: { policy: 'documents.read' }, schema: { summary: '收文登记簿与检索（标题、正文、文号；按文种、单位、状态、日期、逾期筛选）', tags, querystring: listQuery } }, async (request) =>
    search(requireAuth(request).user, request.query),
  );

  app.get(
    '/api/documents/incoming/chase-list',
    { config: { policy: 'documents.office' }, schema: { summary: '催办清单：逾期的公文，附逾期工作日数与计算过程（第六十六条）', tags } },
    async (request) => {
      const { user } = requireAuth(request);
      const docs = await documentsRepository.inStatuses(handle.db, ['submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred']);
      const presented = await Promise.all(docs.map((d) => present(d, user)));
      return { items: presented.filter((d) => d.clock?.isOverdue).sort((a, b) => (b.clock?.overdueBy ?? 0) - (a.clock?.overdueBy ?? 0)) };
    },
  );

  app.post('/api/documents/incoming/chase', { config: { policy: 'documents.office' }, schema: { summary: '立即执行催办（系统每小时自动执行）', tags } }, async () => chaseIncoming(handle, clock));

  app.get('/api/documents/incoming/register.xlsx', { config: { policy: 'documents.read' }, schema: { summary: '导出收文登记簿（Excel）', tags, querystring: listQuery } }, async (request, reply) => {
    const { items } = await search(requireAuth(request).user, { ...request.query, page: 1, pageSize: 100_000 });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('收文登记簿');
    sheet.columns = [
      { header: '登记号', key: 'registerNumber', width: 16 },
      { header: '文种', key: 'docType', width: 8 },
      { header: '标题', key: 'title', width: 48 },
      { header: '来文单位', key: 'unit', width: 22 },
      { header: '来文字号', key: 'senderDocNumber', width: 20 },
      { header: '成文日期', key: 'writtenOn', width: 12 },
      { header: '紧急程度', key: 'urgency', width: 10 },
      { header: '状态', key: 'status', width: 10 },
      { header: '批办领导', key: 'leader', width: 10 },
      { header: '承办单位', key: 'handlingUnit', width: 22 },
      { header: '当前环节期限', key: 'due', width: 14 },
      { header: '逾期', key: 'overdue', width: 12 },
    ];
    for (const d of items) {
      sheet.addRow({
        registerNumber: d.registerNumber ?? '',
        docType: d.docType,
        title: d.title,
        unit: d.issuingUnit.name,
        senderDocNumber: d.senderDocNumber ?? '',
        writtenOn: d.writtenOn,
        urgency: d.urgencyLabel,
        status: d.statusLabel,
        leader: d.assignedLeader?.name ?? '',
        handlingUnit: d.handlingUnit?.name ?? '',
        due: d.clock?.due ?? '',
        overdue: d.clock?.isOverdue ? `${d.clock.overdueBy}${d.clock.basis === 'hours' ? '小时' : '个工作日'}` : '',
      });
    }
    sheet.getRow(1).font = { bold: true };
    return reply
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('收文登记簿.xlsx')}`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(Buffer.from(await book.xlsx.writeBuffer()));
  });

  app.get('/api/documents/incoming/:id', { config: { policy: 'documents.read' }, schema: { summary: '收文详情：要素、办理时间线（每一步的人、时间、意见、条款）、会签、附件', tags, params: idParams } }, async (request) => {
    const { doc, user } = await visible(request, request.params.id);
    const base = await present(doc, user);
    const steps = await documentsRepository.steps(handle.db, doc.id);
    return {
      ...base,
      body: doc.body,
      signerName: doc.signerName,
      addressedTo: doc.addressedTo,
      exceptionKind: doc.exceptionKind,
      classification: doc.classification,
      classificationLabel: classificationLabels[doc.classification as keyof typeof classificationLabels],
      copyNumber: doc.copyNumber,
      declaredMatters: JSON.parse(doc.declaredMatters) as string[],
      relatedUnitIds: JSON.parse(doc.relatedUnitIds) as string[],
      isJoint: doc.isJoint === 1,
      attachmentNote: doc.attachmentNote,
      note: doc.note,
      cc: doc.cc,
      proposal: doc.proposal,
      assignmentBasis: doc.assignmentBasis,
      assignedActingFor: doc.assignedActingForPersonId ? ((await orgRepository.findPerson(handle.db, doc.assignedActingForPersonId)) ?? null) : null,
      instruction: doc.instruction ? (JSON.parse(doc.instruction) as unknown) : null,
      result: doc.result,
      coUnitIds: JSON.parse(doc.coUnitIds) as string[],
      countersignatures: await documentsRepository.countersignatures(handle.db, doc.id),
      attachments: (await attachmentRepository.ofOwner(handle.db, 'incoming_document', doc.id)).map(({ id, kind, fileName, size, sm3 }) => ({ id, kind, fileName, size, sm3 })),
      timeline: steps.map((s) => ({ ...s, stepLabel: stepLabels[s.step as StepKind] ?? s.step })),
      returnReasons: Object.entries(returnReasons).map(([key, r]) => ({ key, ...r })),
    };
  });

  app.post('/api/documents/incoming', { config: { policy: 'documents.submit' }, schema: { summary: '报送请示、报告（第六十四条行文规则）', tags, body: submitBody } }, async (request, reply) =>
    reply.status(201).send(await submitIncoming(operationContext(request), request.body)),
  );

  const step = <B extends typeof versionBody>(path: string, policy: 'documents.office' | 'documents.instruct' | 'documents.handle' | 'documents.countersign', summary: string, body: B, run: (request: FastifyRequest, id: string, body: import('zod').infer<B>) => Promise<unknown>) =>
    app.post(`/api/documents/incoming/:id/${path}`, { config: { policy }, schema: { summary, tags, params: idParams, body } }, async (request) => {
      await visible(request, request.params.id);
      return (await run(request, request.params.id, request.body as import('zod').infer<B>)) ?? { ok: true };
    });

  step('countersign', 'documents.countersign', '会签（相关单位主要负责人；不同意须列明理据）', countersignBody, (r, id, b) => countersignIncoming(operationContext(r), { id, ...b }));
  step('receive', 'documents.office', '签收', versionBody, (r, id, b) => receiveIncoming(operationContext(r), { id, ...b }));
  step('register', 'documents.office', '登记（编收文登记号）', versionBody, (r, id, b) => registerIncoming(operationContext(r), { id, ...b }));
  step('review', 'documents.office', '初审：通过，或退回并注明理由与条款', reviewBody, (r, id, b) => reviewIncoming(operationContext(r), { id, ...b }));
  step('propose', 'documents.office', '拟办', proposeBody, (r, id, b) => proposeIncoming(operationContext(r), { id, ...b }));
  step('assign', 'documents.office', '批办：按分工呈分管副区长，重大事项呈区长；领导外出时急件转补位领导（第六十五、六十二条）', versionBody, (r, id, b) => assignIncoming(operationContext(r), { id, ...b }));
  step('instruct', 'documents.instruct', '领导批示（请示须签署明确意见，报告可圈阅；第六十五条）', instructBody, (r, id, b) => instructIncoming(operationContext(r), { id, ...b }));
  step('transfer', 'documents.office', '转办承办单位并定办理期限', transferBody, (r, id, b) => transferIncoming(operationContext(r), { id, ...b }));
  step('complete', 'documents.handle', '办结并回复办理结果（第六十六条）', completeBody, (r, id, b) => completeIncoming(operationContext(r), { id, ...b }));
  step('archive', 'documents.office', '归档', versionBody, (r, id, b) => archiveIncoming(operationContext(r), { id, ...b }));
  step('extend', 'documents.office', '延期（记录批准人）', extendBody, (r, id, b) => extendDeadline(operationContext(r), { id, ...b }));
};
