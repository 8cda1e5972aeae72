import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Calendar } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { caseOf, type DocumentReader, documentsRepository, type IncomingDocumentView } from '../../db/documents-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import {
  type Channel,
  channelLabels,
  type CirculationEntry,
  type Classification,
  classificationLabels,
  type Disclosure,
  disclosureLabels,
  type DocumentType,
  type IncomingStatus,
  incomingStatusLabels,
  type Instruction,
  type SourceKind,
  sourceKindLabels,
  type StepKind,
  stepLabels,
  type Urgency,
  urgencyLabels,
} from '../../domain/documents/types.js';
import { notFound } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { loadCalendar } from '../../operations/calendar/load-calendar.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { archiveIncoming } from '../../operations/documents/archive-incoming.js';
import { assignIncoming } from '../../operations/documents/assign-incoming.js';
import { chaseIncoming } from '../../operations/documents/chase-incoming.js';
import { completeIncoming } from '../../operations/documents/complete-incoming.js';
import { countersignIncoming } from '../../operations/documents/countersign-incoming.js';
import { exportRegister } from '../../operations/documents/export-register.js';
import { extendDeadline } from '../../operations/documents/extend-deadline.js';
import { instructIncoming } from '../../operations/documents/instruct-incoming.js';
import { stepClockOf } from '../../operations/documents/overdue.js';
import { proposeIncoming } from '../../operations/documents/propose-incoming.js';
import { receiveIncoming } from '../../operations/documents/receive-incoming.js';
import { registerIncoming } from '../../operations/documents/register-incoming.js';
import { returnedOf, returnReasons, reviewIncoming } from '../../operations/documents/review-incoming.js';
import { signOffIncoming } from '../../operations/documents/sign-off-incoming.js';
import { submitIncoming } from '../../operations/documents/submit-incoming.js';
import { transferIncoming } from '../../operations/documents/transfer-incoming.js';
import { circulateIncoming, escalateIncoming, readIncoming } from '../../operations/documents/after-instruction.js';
import { docxToPdf, renderProcessingSlipDocx } from '../../operations/documents/layout/index.js';
import { processingSlipOf, senderOf } from '../../operations/documents/processing-slip.js';
import { registerReceived } from '../../operations/documents/register-received.js';
import { resubmitIncoming, withdrawIncoming } from '../../operations/documents/resubmit-incoming.js';
import { orgRepository } from '../../db/org-repository.js';
import '../../operations/documents/workbench.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { fileResponse, idParams, xlsxContentType } from '../schemas.js';
import type { RevisionFields } from '../../operations/documents/resubmit-incoming.js';
import {
  assignResultView,
  chaseListQuery,
  chaseListView,
  chaseResultView,
  circulateBody,
  completeBody,
  donePageView,
  doneQuery,
  escalateBody,
  processingSlipView,
  readBody,
  circulateResultView,
  escalateResultView,
  registerReceivedBody,
  registerReceivedResultView,
  resubmitBody,
  resubmitResultView,
  withdrawBody,
  countersignBody,
  extendBody,
  incomingDetailView,
  incomingPageView,
  instructBody,
  listQuery,
  okView,
  proposeBody,
  registerResultView,
  reviewBody,
  signOffBody,
  statusView,
  submitBody,
  submitResultView,
  transferBody,
  versionBody,
} from './schema.js';

const tags = ['documents'];

/** Who reads, as the repository's scope filter sees them. */
const readerOf = (user: SignedInUser): DocumentReader => ({ roles: user.roles, unitId: user.unit?.id ?? null });
const actorOf = (user: SignedInUser) => ({ userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles });

/** A 批示 as the detail shows it (the stored entry carries ordering facts the client does not need). */
const instructionOut = (i: Instruction) => ({ personId: i.personId, name: i.name, opinion: i.opinion, isCircled: i.isCircled, date: i.date, actingFor: i.actingFor });

/** A document as every list and detail shows it, with what the viewer may do now — from the declaration. */
function present(doc: IncomingDocumentView, viewer: Viewer, calendar: Calendar, now: Date) {
  return {
    id: doc.id,
    status: doc.status as IncomingStatus,
    statusLabel: incomingStatusLabels[doc.status as IncomingStatus],
    docType: doc.docType as DocumentType,
    title: doc.title,
    senderDocNumber: doc.senderDocNumber,
    registerNumber: doc.registerNumber,
    issuingUnit: { id: doc.issuingUnitId, name: doc.issuingUnitName ?? '' },
    urgency: doc.urgency as Urgency,
    urgencyLabel: urgencyLabels[doc.urgency as Urgency],
    writtenOn: doc.writtenOn,
    isMajor: doc.isMajor === 1,
    flags: JSON.parse(doc.flags) as { ruleId: string; article: number; message: string }[],
    assignedLeader: doc.assignedLeaderPersonId ? { personId: doc.assignedLeaderPersonId, name: doc.assignedLeaderName ?? '' } : null,
    handlingUnit: doc.handlingUnitId ? { id: doc.handlingUnitId, name: doc.handlingUnitName ?? '' } : null,
    clock: stepClockOf(calendar, doc, now) ?? null,
    version: doc.version,
    updatedAt: doc.updatedAt,
    actions: actionsFor(incomingDocumentCase, caseOf(doc), viewer),
    sender: senderOf(doc),
    sourceKind: doc.sourceKind as SourceKind,
    channel: doc.channel as Channel,
    revision: doc.revision,
  };
}

const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;

  /** Everything a page of documents needs once per request: the viewer (with whom they stand in for) and the calendar. */
  const context = async (user: SignedInUser) => {
    const now = clock.now();
    return { now, viewer: await viewerOf(handle.db, actorOf(user), now), calendar: await loadCalendar(handle.db) };
  };

  /** The document by id within the caller's scope; outside it (or missing) 404. */
  const visible = async (request: FastifyRequest, id: string) => {
    const { user } = requireAuth(request);
    const doc = await documentsRepository.findVisible(handle.db, readerOf(user), id);
    if (!doc) notFound('公文');
    return { doc, user };
  };

  /** The filter of the register as the repository takes it: the overdue flag becomes "run out at this instant". */
  const filterOf = (query: Omit<z.infer<typeof listQuery>, 'page' | 'pageSize' | 'cursor'>, now: Date) => {
    const { overdue, ...filter } = query;
    return { ...filter, ...(overdue ? { overdueAt: now, today: localDateOf(now) } : {}) };
  };

  /**
   * The register or a search: a fixed number of statements whatever the page size or the register's size. The
   * first pages may go by number (a bounded offset); deeper ones by the cursor of the page before.
   */
  const search = async (user: SignedInUser, query: z.infer<typeof listQuery>) => {
    const { page, pageSize, cursor, ...criteria } = query;
    const { now, viewer, calendar } = await context(user);
    const { items, total, nextCursor } = await documentsRepository.search(handle.db, handle.dialect, readerOf(user), {
      ...filterOf(criteria, now),
      ...(cursor ? { cursor } : { offset: (page - 1) * pageSize }),
      limit: pageSize,
    });
    const actions = [...(can(user.roles, 'documents.submit') ? (['submit'] as const) : []), ...(can(user.roles, 'documents.office') ? (['chase', 'register'] as const) : [])];
    return { items: items.map((d) => present(d, viewer, calendar, now)), total: total ?? 0, page, pageSize, nextCursor, actions };
  };

  app.get(
    '/api/documents/incoming',
    {
      config: { policy: 'documents.read' },
      schema: { summary: '收文登记簿与检索（标题、正文、文号；按文种、单位、状态、日期、逾期筛选；深页用 cursor 逐页翻阅）', tags, querystring: listQuery, response: { 200: incomingPageView } },
    },
    async (request) => search(requireAuth(request).user, request.query),
  );

  app.get(
    '/api/documents/incoming/chase-list',
    {
      config: { policy: 'documents.office' },
      schema: { summary: '催办清单：逾期的公文，最早到期的在前，附逾期工作日数与计算过程（第六十六条）；按 cursor 分页', tags, querystring: chaseListQuery, response: { 200: chaseListView } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { now, viewer, calendar } = await context(user);
      const { cursor, pageSize } = request.query;
      const { items, total, nextCursor } = await documentsRepository.search(handle.db, handle.dialect, readerOf(user), {
        ...filterOf({ overdue: '1' }, now),
        ...(cursor ? { cursor } : {}),
        limit: pageSize,
      });
      return { items: items.map((d) => present(d, viewer, calendar, now)), total: total ?? 0, nextCursor };
    },
  );

  app.post('/api/documents/incoming/chase', { config: { policy: 'documents.office' }, schema: { summary: '立即执行催办（系统每小时自动执行）', tags, response: { 200: chaseResultView } } }, async () =>
    chaseIncoming(handle, clock),
  );

  app.get(
    '/api/documents/incoming/register.xlsx',
    { config: { policy: 'documents.read' }, schema: { summary: '导出收文登记簿（Excel，与登记簿同样的筛选；逐块读取、流式写出）', tags, querystring: listQuery, response: fileResponse(xlsxContentType, '收文登记簿 Excel 文件') } },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { page: _page, pageSize: _pageSize, cursor: _cursor, ...criteria } = request.query;
      const now = clock.now();
      const stream = await exportRegister(handle, readerOf(user), filterOf(criteria, now), now);
      return reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('收文登记簿.xlsx')}`).type(xlsxContentType).send(stream);
    },
  );

  app.get(
    '/api/documents/incoming/:id',
    { config: { policy: 'documents.read' }, schema: { summary: '收文详情：要素、办理时间线（每一步的人、时间、意见、条款）、会签、附件', tags, params: idParams, response: { 200: incomingDetailView } } },
    async (request) => {
      const { doc, user } = await visible(request, request.params.id);
      const reader = readerOf(user);
      const { now, viewer, calendar } = await context(user);
      const [steps, countersignatures, attachments, versions] = [
        await documentsRepository.visibleSteps(handle.db, reader, doc.id),
        await documentsRepository.visibleCountersignatures(handle.db, reader, doc.id),
        await documentsRepository.visibleAttachments(handle.db, reader, doc.id),
        await documentsRepository.visibleVersions(handle.db, reader, doc.id),
      ];
      const routingUnit = doc.routingUnitId ? await orgRepository.findUnit(handle.db, doc.routingUnitId) : undefined;
      return {
        ...present(doc, viewer, calendar, now),
        body: doc.body,
        signerName: doc.signerName,
        addressedTo: doc.addressedTo as 'government' | 'leader',
        exceptionKind: doc.exceptionKind,
        classification: doc.classification as Classification,
        classificationLabel: classificationLabels[doc.classification as Classification],
        copyNumber: doc.copyNumber,
        declaredMatters: JSON.parse(doc.declaredMatters) as string[],
        relatedUnitIds: JSON.parse(doc.relatedUnitIds) as string[],
        isJoint: doc.isJoint === 1,
        attachmentNote: doc.attachmentNote,
        note: doc.note,
        cc: doc.cc,
        mainRecipients: JSON.parse(doc.mainRecipients) as string[],
        skipLevelApproval: doc.skipLevelApproval,
        proposal: doc.proposal,
        assignmentBasis: doc.assignmentBasis,
        assignedActingFor: doc.assignedActingForPersonId ? { personId: doc.assignedActingForPersonId, name: doc.assignedActingForName ?? '' } : null,
        instruction: doc.instruction ? instructionOut(JSON.parse(doc.instruction) as Instruction) : null,
        instructions: (JSON.parse(doc.instructions) as Instruction[]).map(instructionOut),
        circulation: JSON.parse(doc.circulation) as CirculationEntry[],
        versions: versions.map((v) => ({ revision: v.revision, recordedByName: v.recordedByName, recordedAt: v.recordedAt, note: v.note, fields: JSON.parse(v.fields) as RevisionFields })),
        sourceKindLabel: sourceKindLabels[doc.sourceKind as SourceKind],
        channelLabel: channelLabels[doc.channel as Channel],
        senderName: doc.senderName,
        copies: doc.copies,
        pages: doc.pages,
        disclosure: doc.disclosure as Disclosure | null,
        disclosureLabel: doc.disclosure ? disclosureLabels[doc.disclosure as Disclosure] : null,
        secrecyPeriod: doc.secrecyPeriod,
        routingUnit: routingUnit ? { id: routingUnit.id, name: routingUnit.name } : null,
        receivedAt: doc.receivedAt,
        completedAt: doc.completedAt,
        result: doc.result,
        coUnitIds: JSON.parse(doc.coUnitIds) as string[],
        countersignatures: countersignatures.map((c) => ({ id: c.id, unitId: c.unitId, signerPersonId: c.signerPersonId, signerName: c.signerName, isAgreed: Number(c.isAgreed) === 1, opinion: c.opinion, grounds: c.grounds, signedAt: c.signedAt })),
        attachments,
        timeline: steps.map((s) => ({ ...s, stepLabel: stepLabels[s.step as StepKind] ?? s.step })),
        returnReasons: (Object.keys(returnReasons) as (keyof typeof returnReasons)[]).map((key) => ({ key, ...returnReasons[key] })),
        returned: returnedOf(doc, steps),
      };
    },
  );

  app.post(
    '/api/documents/incoming',
    { config: { policy: 'documents.submit' }, schema: { summary: '报送请示、报告（第六十四条行文规则；请示由单位主要负责人签发后报送）', tags, body: submitBody, response: { 201: submitResultView } } },
    async (request, reply) => reply.status(201).send(await submitIncoming(operationContext(request), request.body)),
  );

  const step = <B extends typeof versionBody, R extends z.ZodType>(
    path: string,
    policy: 'documents.office' | 'documents.instruct' | 'documents.handle' | 'documents.countersign' | 'documents.sign_off' | 'documents.submit',
    summary: string,
    body: B,
    response: R,
    run: (request: FastifyRequest, id: string, body: z.infer<B>) => Promise<z.infer<R> | void>,
  ) =>
    // Registered through the plain instance: the generic body and response types cannot be followed through
    // the zod type provider, while the schemas still validate the request and serialize the answer.
    (app as unknown as FastifyInstance).post(`/api/documents/incoming/:id/${path}`, { config: { policy }, schema: { summary, tags, params: idParams, body, response: { 200: response } } }, async (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      await visible(request, id);
      return (await run(request, id, request.body as z.infer<B>)) ?? { ok: true as const };
    });

  step('sign-off', 'documents.sign_off', '签发：报送单位主要负责人本人签发请示（第六十四条）', signOffBody, statusView, (r, id, b) => signOffIncoming(operationContext(r), { id, ...b }));
  step('countersign', 'documents.countersign', '会签（相关单位主要负责人；不同意须列明理据）', countersignBody, statusView, (r, id, b) => countersignIncoming(operationContext(r), { id, ...b }));
  step('receive', 'documents.office', '签收', versionBody, okView, (r, id, b) => receiveIncoming(operationContext(r), { id, ...b }));
  step('register', 'documents.office', '登记（编收文登记号）', versionBody, registerResultView, (r, id, b) => registerIncoming(operationContext(r), { id, ...b }));
  step('review', 'documents.office', '初审：通过，或退回并注明理由与条款', reviewBody, okView, (r, id, b) => reviewIncoming(operationContext(r), { id, ...b }));
  step('propose', 'documents.office', '拟办', proposeBody, okView, (r, id, b) => proposeIncoming(operationContext(r), { id, ...b }));
  step('assign', 'documents.office', '批办：按分工呈分管副区长，重大事项呈区长；领导外出时急件转补位领导（第六十五、六十二条）', versionBody, assignResultView, (r, id, b) => assignIncoming(operationContext(r), { id, ...b }));
  step('instruct', 'documents.instruct', '领导批示（请示须签署明确意见，报告可圈阅；第六十五条）', instructBody, okView, (r, id, b) => instructIncoming(operationContext(r), { id, ...b }));
  step('transfer', 'documents.office', '转办承办单位并定办理期限', transferBody, okView, (r, id, b) => transferIncoming(operationContext(r), { id, ...b }));
  step('complete', 'documents.handle', '办结并回复办理结果（第六十六条）', completeBody, okView, (r, id, b) => completeIncoming(operationContext(r), { id, ...b }));
  step('archive', 'documents.office', '归档', versionBody, okView, (r, id, b) => archiveIncoming(operationContext(r), { id, ...b }));
  step('extend', 'documents.office', '延期（记录批准人）', extendBody, okView, (r, id, b) => extendDeadline(operationContext(r), { id, ...b }));
  step('resubmit', 'documents.submit', '修改后重新报送：报送单位修改被退回的公文，作为同一公文重新报送（签发、会签如首次报送；每一稿留存）', resubmitBody, resubmitResultView, (r, id, b) => resubmitIncoming(operationContext(r), { id, ...b }));
  step('withdraw', 'documents.submit', '撤回被退回的公文', withdrawBody, okView, (r, id, b) => withdrawIncoming(operationContext(r), { id, ...b }));
  step('escalate', 'documents.instruct', '呈区长：已批示的副区长将公文呈区长批示（第六十五条；区长外出时由主持工作的常务副区长批示，第七条）', escalateBody, escalateResultView, (r, id, b) => escalateIncoming(operationContext(r), { id, ...b }));
  step('circulate', 'documents.office', '传阅：送领导同志阅（可要求阅毕后再转办，第六十五条）', circulateBody, circulateResultView, (r, id, b) => circulateIncoming(operationContext(r), { id, ...b }));
  step('read', 'documents.instruct', '阅：传阅的领导同志标注已阅或签署意见（补位领导代阅，第六十二、七条）', readBody, okView, (r, id, b) => readIncoming(operationContext(r), { id, ...b }));

  app.post(
    '/api/documents/incoming/register',
    {
      config: { policy: 'documents.office' },
      schema: {
        summary: '办公室登记来文：上级机关、平级机关、不相隶属机关、下级单位的纸质或电子公文交换来文（纸质须附扫描件；涉密公文不予录入，第八十四条），登记后进入初审',
        tags,
        body: registerReceivedBody,
        response: { 201: registerReceivedResultView },
      },
    },
    async (request, reply) => reply.status(201).send(await registerReceived(operationContext(request), request.body)),
  );

  app.get(
    '/api/documents/done',
    { config: { policy: 'documents.read' }, schema: { summary: '已办：本人办理过的公文，最近办理的在前（按 cursor 分页）', tags, querystring: doneQuery, response: { 200: donePageView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const { now, viewer, calendar } = await context(user);
      const { items, nextCursor } = await documentsRepository.donePage(handle.db, readerOf(user), user.id, { ...(request.query.cursor ? { cursor: request.query.cursor } : {}), limit: request.query.pageSize });
      return {
        items: items.map((d) => ({ ...present(d, viewer, calendar, now), actedAt: d.actedAt, lastStep: d.lastStep, lastStepLabel: stepLabels[d.lastStep as StepKind] ?? d.lastStep })),
        nextCursor,
      };
    },
  );

  const slip = async (request: FastifyRequest, id: string) => processingSlipOf(handle.db, readerOf(requireAuth(request).user), id);
  const slipFileName = (s: { registerNumber: string | null; title: string }) => `收文处理笺-${s.registerNumber ?? s.title}`;

  app.get(
    '/api/documents/incoming/:id/processing-slip',
    { config: { policy: 'documents.read' }, schema: { summary: '收文处理笺（阅办单）：登记要素、拟办、每一条批示与阅（姓名、日期）、转办、办结', tags, params: idParams, response: { 200: processingSlipView } } },
    async (request) => {
      const s = await slip(request, request.params.id);
      return { ...s, instructions: [...s.instructions], transfer: s.transfer ? { ...s.transfer, coUnits: [...s.transfer.coUnits] } : null };
    },
  );

  app.get(
    '/api/documents/incoming/:id/processing-slip.docx',
    { config: { policy: 'documents.read' }, schema: { summary: '收文处理笺 Word 文件（A4）', tags, params: idParams, response: fileResponse(docxContentType, '收文处理笺 .docx') } },
    async (request, reply) => {
      const s = await slip(request, request.params.id);
      const bytes = await renderProcessingSlipDocx(s);
      return reply.header('content-disposition', attachmentName(`${slipFileName(s)}.docx`)).type(docxContentType).send(bytes);
    },
  );

  app.get(
    '/api/documents/incoming/:id/processing-slip.pdf',
    {
      config: { policy: 'documents.read' },
      schema: { summary: '收文处理笺 PDF（打印、归档；服务器未安装 LibreOffice 时答 503，可下载 Word 文件）', tags, params: idParams, response: fileResponse('application/pdf', '收文处理笺 PDF') },
    },
    async (request, reply) => {
      const s = await slip(request, request.params.id);
      const pdf = await docxToPdf(await renderProcessingSlipDocx(s));
      return reply.header('content-disposition', attachmentName(`${slipFileName(s)}.pdf`)).type('application/pdf').send(pdf);
    },
  );
};
