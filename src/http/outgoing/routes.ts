import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { outgoingRepository, type OutgoingReader } from '../../db/outgoing-repository.js';
import { notFound } from '../../domain/errors.js';
import type { Action } from '../../domain/identity/policies.js';
import { acknowledgeReceipt } from '../../operations/outgoing/acknowledge-receipt.js';
import { approveDirective } from '../../operations/outgoing/approve-directive.js';
import { grantSignOffAuthorization, listSignOffAuthorizations, revokeSignOffAuthorization } from '../../operations/outgoing/authorize-sign-off.js';
import { chaseCountersigns } from '../../operations/outgoing/chase-countersign.js';
import { coordinateDraft } from '../../operations/outgoing/coordinate-draft.js';
import { countersignDraft } from '../../operations/outgoing/countersign-draft.js';
import { createDraft } from '../../operations/outgoing/create-draft.js';
import { issueDocument } from '../../operations/outgoing/issue-document.js';
import { leaderReviewDraft } from '../../operations/outgoing/leader-review-draft.js';
import { listOutgoing, listReceived, outgoingDetail, sequenceList } from '../../operations/outgoing/present.js';
import { renderOutgoing } from '../../operations/outgoing/render-outgoing.js';
import { returnDraft } from '../../operations/outgoing/return-draft.js';
import { reviewDraft } from '../../operations/outgoing/review-draft.js';
import { reviseDraft } from '../../operations/outgoing/revise-draft.js';
import { signOffDraft } from '../../operations/outgoing/sign-off-draft.js';
import { submitDraft } from '../../operations/outgoing/submit-draft.js';
import '../../operations/outgoing/workbench.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { fileResponse, idParams } from '../schemas.js';
import {
  acknowledgedView,
  approveDirectiveBody,
  authorizationBody,
  authorizationsView,
  authorizationView,
  chasedView,
  coordinateBody,
  countersignBody,
  createdView,
  draftBody,
  issueBody,
  issuedView,
  leaderReviewBody,
  listQuery,
  movedView,
  outgoingDetailView,
  outgoingPageView,
  receiptParams,
  receivedPageView,
  receivedQuery,
  returnBody,
  reviewBody,
  reviseBody,
  sequencesView,
  signOffBody,
  submitBody,
  versionBody,
} from './schema.js';

const tags = ['outgoing'];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const readerOf = (user: SignedInUser): OutgoingReader => ({ roles: user.roles, unitId: user.unit?.id ?? null });

export const outgoingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;

  /** The document within the caller's scope; outside it (or missing) 404, before anything else is judged. */
  const visible = async (request: FastifyRequest, id: string) => {
    const { user } = requireAuth(request);
    if (!(await outgoingRepository.isVisible(handle.db, readerOf(user), id))) notFound('发文');
    return user;
  };

  app.get(
    '/api/outgoing',
    { config: { policy: 'outgoing.read' }, schema: { summary: '发文列表（按状态、发文机关、标题或文号筛选；按 cursor 分页）', tags, querystring: listQuery, response: { 200: outgoingPageView } } },
    async (request) => listOutgoing(handle, clock, requireAuth(request).user, request.query),
  );

  app.get(
    '/api/outgoing/received',
    { config: { policy: 'outgoing.receive' }, schema: { summary: '本单位收到的区政府、区政府办公室及部门印发的公文（签收）', tags, querystring: receivedQuery, response: { 200: receivedPageView } } },
    async (request) => listReceived(handle, clock, requireAuth(request).user, request.query),
  );

  app.get('/api/outgoing/sequences', { config: { policy: 'outgoing.read' }, schema: { summary: '发文字号序列（临政发、临政字、临政办发、临政办字、临政函及部门字号）', tags, response: { 200: sequencesView } } }, async () =>
    sequenceList(handle, clock),
  );

  app.post('/api/outgoing/chase', { config: { policy: 'outgoing.office' }, schema: { summary: '催办逾期未回复的会签（第六十八条；按工作日计算逾期）', tags, response: { 200: chasedView } } }, async () =>
    chaseCountersigns(handle, clock),
  );

  app.get(
    '/api/outgoing/sign-off-authorizations',
    { config: { policy: 'outgoing.read' }, schema: { summary: '区长授权签发记录（第六十九条）；actions 中的 grant / 各条的 revoke 仅提供给区长或代行区长职责者（第七条）', tags, response: { 200: authorizationsView } } },
    async (request) => listSignOffAuthorizations(handle, clock, operationContext(request).actor),
  );

  app.post(
    '/api/outgoing/sign-off-authorizations',
    { config: { policy: 'outgoing.authorize' }, schema: { summary: '区长授权副区长、办公室主任签发某类公文或某一公文（第六十九条；区长本人办理）', tags, body: authorizationBody, response: { 201: authorizationView } } },
    async (request, reply) => reply.status(201).send(await grantSignOffAuthorization(operationContext(request), request.body)),
  );

  app.post(
    '/api/outgoing/sign-off-authorizations/:id/revoke',
    { config: { policy: 'outgoing.authorize' }, schema: { summary: '撤销签发授权（区长本人）', tags, params: idParams, response: { 200: authorizationView } } },
    async (request) => revokeSignOffAuthorization(operationContext(request), { id: request.params.id }),
  );

  app.post(
    '/api/outgoing/receipts/:receiptId/acknowledge',
    { config: { policy: 'outgoing.receive' }, schema: { summary: '签收印发到本单位的公文', tags, params: receiptParams, body: versionBody, response: { 200: acknowledgedView } } },
    async (request) => acknowledgeReceipt(operationContext(request), { id: request.params.receiptId, version: request.body.version }),
  );

  app.post(
    '/api/outgoing',
    { config: { policy: 'outgoing.draft' }, schema: { summary: '起草发文（部门代拟或办公室起草；文种、主送抄送、公开属性、正文分级标题）', tags, body: draftBody, response: { 201: createdView } } },
    async (request, reply) => reply.status(201).send(await createDraft(operationContext(request), request.body)),
  );

  app.get(
    '/api/outgoing/:id',
    { config: { policy: 'outgoing.read' }, schema: { summary: '发文详情：要素、会签（含逾期工作日）、历次修改稿、办理时间线、签收情况', tags, params: idParams, response: { 200: outgoingDetailView } } },
    async (request) => {
      const user = await visible(request, request.params.id);
      return outgoingDetail(handle, clock, user, request.params.id);
    },
  );

  app.put(
    '/api/outgoing/:id',
    { config: { policy: 'outgoing.draft' }, schema: { summary: '修改文稿（起草单位；办公室核稿时修改；签发后实质性修改退回签发人复核）', tags, params: idParams, body: reviseBody, response: { 200: movedView } } },
    async (request) => {
      await visible(request, request.params.id);
      return reviseDraft(operationContext(request), { id: request.params.id, ...request.body });
    },
  );

  const step = <B extends typeof versionBody, R extends z.ZodType>(
    path: string,
    policy: Action,
    summary: string,
    body: B,
    response: R,
    run: (request: FastifyRequest, id: string, body: z.infer<B>) => Promise<z.infer<R>>,
  ) =>
    // Registered through the plain instance: the generic body and response types cannot be followed through
    // the zod type provider, while the schemas still validate the request and serialize the answer.
    (app as unknown as FastifyInstance).post(`/api/outgoing/:id/${path}`, { config: { policy }, schema: { summary, tags, params: idParams, body, response: { 200: response } } }, async (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      await visible(request, id);
      return run(request, id, request.body as z.infer<B>);
    });

  step('submit', 'outgoing.submit', '报送：起草单位主要负责人审核把关后报送（第六十八条）', submitBody, movedView, (r, id, b) => submitDraft(operationContext(r), { id, ...b }));
  step('countersign', 'outgoing.countersign', '会签：有关单位主要负责人3个工作日内回复（第六十八条）；不同意须列明理据', countersignBody, movedView, (r, id, b) => countersignDraft(operationContext(r), { id, ...b }));
  step('coordinate', 'outgoing.office', '协调会签分歧（第六十八、五十二条）；协调后不同意的单位重新会签', coordinateBody, movedView, (r, id, b) => coordinateDraft(operationContext(r), { id, ...b }));
  step('review', 'outgoing.office', '办公室审核（核稿，第六十七、六十八、七十一条；政策文件与解读同步审核，第三十六条）', reviewBody, movedView, (r, id, b) => reviewDraft(operationContext(r), { id, ...b }));
  step('return', 'outgoing.office', '退回起草单位修改（写明理由与条款）', returnBody, movedView, (r, id, b) => returnDraft(operationContext(r), { id, ...b }));
  step('leader-review', 'outgoing.lead', '审签（第六十九条）', leaderReviewBody, movedView, (r, id, b) => leaderReviewDraft(operationContext(r), { id, ...b }));
  step('approve-directive', 'outgoing.lead', '区政府领导审定部门向下级政府的指令性公文（第七十条，加“经区政府同意”）', approveDirectiveBody, movedView, (r, id, b) => approveDirective(operationContext(r), { id, ...b }));
  step('sign-off', 'outgoing.sign_off', '签发（第六十九条；签署意见、姓名和日期，圈阅视为同意）', signOffBody, movedView, (r, id, b) => signOffDraft(operationContext(r), { id, ...b }));
  step('issue', 'outgoing.issue', '编号、用印、印发，主送抄送单位签收；主动公开的列入公开（第七十一条）', issueBody, issuedView, (r, id, b) => issueDocument(operationContext(r), { id, ...b }));

  const download = (path: string, summary: string, part: 'document' | 'interpretation', format: 'docx' | 'pdf') =>
    app.get(
      `/api/outgoing/:id/${path}`,
      { config: { policy: 'outgoing.read' }, schema: { summary, tags, params: idParams, response: fileResponse(format === 'docx' ? docxType : 'application/pdf', summary) } },
      async (request, reply) => {
        await visible(request, request.params.id);
        const file = await renderOutgoing(handle, request.params.id, part, format);
        return reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`).type(file.contentType).send(file.bytes);
      },
    );
  download('document.docx', '公文 Word 文件（GB/T 9704-2012 版式）', 'document', 'docx');
  download('document.pdf', '公文 PDF 文件（打印、归档）', 'document', 'pdf');
  download('interpretation.docx', '政策解读 Word 文件', 'interpretation', 'docx');
  download('interpretation.pdf', '政策解读 PDF 文件', 'interpretation', 'pdf');
};
