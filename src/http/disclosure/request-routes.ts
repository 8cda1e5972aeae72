import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Calendar } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { requestAddressContext, requestContactContext, requestIdNumberContext } from '../../crypto/encrypted-columns.js';
import { FieldCipherError } from '../../crypto/field-cipher.js';
import { maskStored, UNREADABLE_MASK } from '../../crypto/mask.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Db } from '../../db/database.js';
import { type DisclosureRequestRecord, disclosureRequestsRepository, runningRequestStatuses } from '../../db/disclosure-requests-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { requestCase } from '../../domain/disclosure/case.js';
import {
  type ApplicantKind,
  applicantKindLabels,
  type ChallengeKind,
  challengeKindLabels,
  type ChallengeOutcome,
  challengeOutcomeLabels,
  type DeliveryForm,
  deliveryFormLabels,
  type OrganizationKind,
  type RequestChannel,
  requestChannelLabels,
  type RequestOutcome,
  requestOutcomes,
  type RequestStatus,
  requestStatusLabels,
} from '../../domain/disclosure/types.js';
import { found, notFound } from '../../domain/errors.js';
import { loadCalendar } from '../../operations/calendar/load-calendar.js';
import { viewerOf } from '../../operations/case/viewer.js';
import {
  abandonRequest,
  answerRequest,
  answerWorkingDays,
  consultOnRequest,
  correctRequest,
  disclosureHeadOn,
  endConsultation,
  extendRequest,
  filePublicRequest,
  parseConsultations,
  parseCorrection,
  parseExtension,
  readRequestContact,
  recordChallenge,
  registerRequest,
  requestActionsFor,
  requestCaseOf,
  correctionStillPossible,
  requestClockExplanation,
  requestCorrection,
  requestOwnerType,
  trackRequest,
  updateChallenge,
  withdrawRequest,
} from '../../operations/disclosure/requests.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext, publicContext } from '../context.js';
import { decodeListCursor, pageOf, pageQuery } from '../paging.js';
import { fileResponse, idParams } from '../schemas.js';
import {
  accessBody,
  answerBody,
  challengeBody,
  challengeListView,
  challengeSavedView,
  challengeUpdateBody,
  consultBody,
  correctBody,
  correctionBody,
  endConsultationBody,
  extendBody,
  filedView,
  movedView,
  publicCorrectBody,
  publicFiledView,
  publicMovedView,
  publicRequestBody,
  registerRequestBody,
  requestContactView,
  requestDetailView,
  requestListQuery,
  requestListView,
  trackView,
  versionBody,
  withdrawBody,
} from './request-schema.js';

const tags = ['disclosure'];
const APPLICANT = '申请人';

type Reading = { viewer: Viewer; today: string; calendar: Calendar; head: { personId: string; name: string } | null };

function outcomeOf(r: DisclosureRequestRecord) {
  const key = r.outcome as RequestOutcome | null;
  return key && key in requestOutcomes ? { key, ...requestOutcomes[key] } : null;
}

/** A request as the queue shows it: its state, clock and what the viewer may do. */
function present(r: DisclosureRequestRecord, reading: Reading) {
  const isRunning = (runningRequestStatuses as readonly string[]).includes(r.status);
  const isOverdue = isRunning && r.dueOn < reading.today;
  const daysLeft = isRunning ? (r.dueOn >= reading.today ? reading.calendar.workingDaysBetween(reading.today, r.dueOn) : -reading.calendar.workingDaysBetween(r.dueOn, reading.today)) : null;
  const c = requestCaseOf(r, { headPersonId: reading.head?.personId ?? null, canStillRequestCorrection: correctionStillPossible(reading.calendar, r, reading.today) });
  return {
    id: r.id,
    number: r.number,
    applicantKind: r.applicantKind as ApplicantKind,
    applicantKindLabel: applicantKindLabels[r.applicantKind as ApplicantKind] ?? r.applicantKind,
    organizationKind: (r.organizationKind as OrganizationKind | null) ?? null,
    applicantName: r.applicantName,
    description: r.description,
    channel: r.channel as RequestChannel,
    channelLabel: requestChannelLabels[r.channel as RequestChannel] ?? r.channel,
    delivery: r.delivery as DeliveryForm,
    deliveryLabel: deliveryFormLabels[r.delivery as DeliveryForm] ?? r.delivery,
    receivedOn: r.receivedOn,
    clockStart: r.clockStart,
    status: r.status as RequestStatus,
    statusLabel: requestStatusLabels[r.status as RequestStatus] ?? r.status,
    dueOn: r.dueOn,
    isOverdue,
    daysLeft,
    isExtended: r.extension !== null,
    outcome: (r.outcome as RequestOutcome | null) ?? null,
    answeredOn: r.answeredOn,
    version: r.version,
    actions: requestActionsFor(c, reading.viewer, (cc, v) => actionsFor(requestCase, cc, v)),
  };
}

/** The answer's download path on the portal (a POST with the number and access code; never the code in a URL). */
const answerFilePath = '/api/public/requests/answer-file';

/** Government information disclosure requests (依申请公开, art. 34; 条例 第二十七–第四十五条). */
export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock, fieldCipher } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser): Promise<Reading> => {
    const now = clock.now();
    const viewer = await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    // Requests name private persons: the office and the leaders see them (policy disclosure.request_read), the units do not.
    const today = localDateOf(now);
    return { viewer, today, calendar: await loadCalendar(db), head: await disclosureHeadOn(db, today) };
  };
  const masked = (r: DisclosureRequestRecord, request: { log: { warn: (o: object, m: string) => void } }) => {
    const warn = (field: string) => (error: { code: string }) => request.log.warn({ requestId: r.id, field, reason: error.code }, '个人信息密文校验失败');
    const contact = maskStored(fieldCipher, 'mobile', r.contactEncrypted, requestContactContext(r.id), warn('contact'));
    const idNumber = maskStored(fieldCipher, 'idNumber', r.idNumberEncrypted, requestIdNumberContext(r.id), warn('id_number'));
    // An address is shown by its first characters (the district), never the street and house number.
    let address: string | null = null;
    if (r.addressEncrypted) {
      try {
        const plain = fieldCipher.decrypt(r.addressEncrypted, requestAddressContext(r.id));
        address = `${[...plain].slice(0, 6).join('')}****`;
      } catch (error) {
        if (!(error instanceof FieldCipherError)) throw error;
        warn('address')(error);
        address = UNREADABLE_MASK;
      }
    }
    return { contactMasked: contact, idNumberMasked: idNumber, addressMasked: address };
  };

  // ——— the portal ———

  app.post(
    '/api/public/requests',
    { config: { policy: 'public' }, schema: { summary: '公众在线提交政府信息公开申请（政府信息公开条例第二十九条）：返回申请编号和仅显示一次的查询码、答复期限及其计算', tags, body: publicRequestBody, response: { 201: publicFiledView } } },
    async (request, reply) => {
      const { id: _id, ...filed } = await filePublicRequest({ ...publicContext(request, APPLICANT), cipher: fieldCipher }, request.body);
      return reply.status(201).header('cache-control', 'no-store').send(filed);
    },
  );

  app.post(
    '/api/public/requests/track',
    { config: { policy: 'public' }, schema: { summary: '申请人以编号和查询码查询办理进度：状态、答复期限及其计算、延期告知、补正告知、答复结果', tags, body: accessBody, response: { 200: trackView } } },
    async (request, reply) => {
      const r = await trackRequest(db, request.body.number, request.body.accessCode);
      const deadline = await calendarRepository.findDeadline(db, r.deadlineId);
      const counted = deadline ? ((JSON.parse(deadline.detail) as { explanation?: string }).explanation ?? '') : '';
      const extension = parseExtension(r);
      const correction = parseCorrection(r);
      const outcome = outcomeOf(r);
      return reply.header('cache-control', 'no-store').send({
        number: r.number,
        status: r.status as RequestStatus,
        statusLabel: requestStatusLabels[r.status as RequestStatus] ?? r.status,
        receivedOn: r.receivedOn,
        dueOn: r.dueOn,
        explanation: requestClockExplanation(r, counted),
        extensionNotice: extension ? { notice: extension.notice, days: extension.days, approvedOn: extension.approvedOn } : null,
        correction: correction ? { items: correction.items, byOn: correction.byOn, requestedOn: correction.requestedOn, correctedOn: correction.correctedOn } : null,
        answer:
          outcome && r.answer !== null && r.answeredOn !== null
            ? { outcomeLabel: outcome.label, outcomeGroup: outcome.group, reason: r.outcomeReason, text: r.answer, answeredOn: r.answeredOn, hasFile: r.answerAttachmentId !== null, filePath: r.answerAttachmentId ? answerFilePath : null }
            : null,
      });
    },
  );

  app.post(
    answerFilePath,
    { config: { policy: 'public' }, schema: { summary: '申请人以编号和查询码下载答复书（政府信息公开条例第四十条）', tags, body: accessBody, response: fileResponse('*/*', '答复书文件') } },
    async (request, reply) => {
      const r = await trackRequest(db, request.body.number, request.body.accessCode);
      if (r.status !== 'answered' || !r.answerAttachmentId) notFound('答复书');
      const meta = found(await attachmentRepository.findMeta(db, r.answerAttachmentId), '答复书');
      if (meta.ownerType !== requestOwnerType || meta.ownerId !== r.id) notFound('答复书');
      const bytes = found(await attachmentRepository.content(db, meta.id), '答复书');
      return reply
        .type(meta.mediaType)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`)
        .header('x-content-sm3', meta.sm3)
        .send(bytes);
    },
  );

  app.post(
    '/api/public/requests/correct',
    { config: { policy: 'public' }, schema: { summary: '申请人在线补正申请（政府信息公开条例第三十条）：答复期限自收到补正申请之日起重新计算', tags, body: publicCorrectBody, response: { 200: publicMovedView } } },
    async (request) => {
      const { number, accessCode, description } = request.body;
      const moved = await correctRequest(publicContext(request, APPLICANT), { kind: 'portal', number, accessCode }, { description });
      return { status: moved.status, dueOn: moved.dueOn, explanation: moved.explanation };
    },
  );

  app.post(
    '/api/public/requests/withdraw',
    { config: { policy: 'public' }, schema: { summary: '申请人撤回政府信息公开申请', tags, body: accessBody, response: { 200: publicMovedView } } },
    async (request) => {
      const moved = await withdrawRequest(publicContext(request, APPLICANT), { kind: 'portal', number: request.body.number, accessCode: request.body.accessCode });
      return { status: moved.status, dueOn: moved.dueOn };
    },
  );

  // ——— the office ———

  app.post(
    '/api/disclosure/requests',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '办公室登记以信函、当面、传真、电子邮件提交的政府信息公开申请（第三十一条：以收到之日为收到申请之日）', tags, body: registerRequestBody, response: { 201: filedView } } },
    async (request, reply) => reply.status(201).header('cache-control', 'no-store').send(await registerRequest({ ...operationContext(request), cipher: fieldCipher }, request.body)),
  );

  app.get(
    '/api/disclosure/requests',
    { config: { policy: 'disclosure.request_read' }, schema: { summary: '依申请公开办理台账：按答复期限排列，可按状态、是否超期、收到日期、编号/申请人/内容筛选，附各状态件数', tags, querystring: requestListQuery, response: { 200: requestListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await disclosureRequestsRepository.page(db, filter, r.today, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (x) => [x.dueOn, x.id]);
      return { items: page.rows.map((x) => present(x, r)), summary: await disclosureRequestsRepository.summary(db, r.today), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/disclosure/requests/:id',
    { config: { policy: 'disclosure.request_read' }, schema: { summary: '政府信息公开申请详情：申请人信息（脱敏）、答复期限及计算、补正、延期、征求意见、答复、办理经过', tags, params: idParams, response: { 200: requestDetailView } } },
    async (request) => {
      const reader = await reading(requireAuth(request).user);
      const r = found(await disclosureRequestsRepository.find(db, request.params.id), '政府信息公开申请');
      const deadline = await calendarRepository.findDeadline(db, r.deadlineId);
      const detail = deadline ? (JSON.parse(deadline.detail) as { explanation?: string }) : null;
      const entries = await timelineRepository.of(db, requestCase.kind, r.id);
      const attachment = r.answerAttachmentId ? await attachmentRepository.findMeta(db, r.answerAttachmentId) : undefined;
      const outcome = outcomeOf(r);
      const labels: Record<string, string> = Object.fromEntries(Object.entries(requestCase.actions).map(([a, spec]) => [a, spec.label]));
      return {
        ...present(r, reader),
        ...masked(r, request),
        purpose: r.purpose,
        clock: deadline
          ? { due: deadline.due, start: deadline.start, amount: answerWorkingDays(r).total, provisional: deadline.isProvisional === 1, isOpen: deadline.isOpen === 1, explanation: requestClockExplanation(r, detail?.explanation ?? '') }
          : null,
        consultations: parseConsultations(r).map(({ deadlineId: _d, ...c }) => c),
        extension: parseExtension(r),
        correction: parseCorrection(r),
        answer:
          outcome && r.answer !== null && r.answeredOn !== null
            ? {
                outcome: outcome.key,
                outcomeGroup: outcome.group,
                outcomeLabel: outcome.label,
                reason: r.outcomeReason,
                text: r.answer,
                answeredOn: r.answeredOn,
                answeredByName: r.answeredByName,
                isLate: r.answeredOn > r.dueOn,
                attachment: attachment ? { id: attachment.id, fileName: attachment.fileName, mediaType: attachment.mediaType, size: attachment.size } : null,
              }
            : null,
        head: reader.head,
        timeline: entries.map((e) => ({ action: e.action, actionLabel: labels[e.action] ?? e.action, actorName: e.actorName, actingForName: e.actingForName, opinion: e.opinion, article: e.article, occurredAt: e.occurredAt })),
      };
    },
  );

  app.get(
    '/api/disclosure/requests/:id/contact',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '查看申请人完整的身份证号码、联系电话和通信地址（每次查看均记入审计）', tags, params: idParams, response: { 200: requestContactView } } },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await readRequestContact({ ...operationContext(request), cipher: fieldCipher }, { id: request.params.id })),
  );

  app.post(
    '/api/disclosure/requests/:id/correction',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '告知申请人补正（政府信息公开条例第三十条）：自收到申请之日起7个工作日内一次性告知，写明补正事项和合理的补正期限', tags, params: idParams, body: correctionBody, response: { 200: movedView } } },
    async (request) => requestCorrection(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/correct',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '办公室登记申请人提交的补正申请（第三十条）：自收到补正申请之日起重新计算答复期限', tags, params: idParams, body: correctBody, response: { 200: movedView } } },
    async (request) => {
      const { version, ...input } = request.body;
      return correctRequest(operationContext(request), { kind: 'office', id: request.params.id, version }, input);
    },
  );

  app.post(
    '/api/disclosure/requests/:id/abandon',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '申请人逾期未补正，视为放弃申请（第三十条）：补正期限届满后方可办理', tags, params: idParams, body: versionBody, response: { 200: movedView } } },
    async (request) => abandonRequest(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/extend',
    { config: { policy: 'disclosure.extend' }, schema: { summary: '政府信息公开工作机构负责人本人同意延长答复期限（第三十三条）：延长一次、不超过20个工作日，写明理由并告知申请人', tags, params: idParams, body: extendBody, response: { 200: movedView } } },
    async (request) => extendRequest(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/consult',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '征求第三方或其他机关意见（第三十二条）：第三方15个工作日内提出意见，所需时间不计入答复期限', tags, params: idParams, body: consultBody, response: { 200: movedView } } },
    async (request) => consultOnRequest(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/end-consultation',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '第三方意见已收到（或期限届满）：征求意见所用工作日不计入答复期限，答复期限相应顺延', tags, params: idParams, body: endConsultationBody, response: { 200: movedView } } },
    async (request) => endConsultation(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/answer',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '答复申请人（第三十六条）：选择答复情形，不予公开、无法提供、不予处理的说明理由；超过期限的答复记为逾期', tags, params: idParams, body: answerBody, response: { 200: movedView } } },
    async (request) => answerRequest(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/requests/:id/withdraw',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '办公室登记申请人撤回申请', tags, params: idParams, body: withdrawBody, response: { 200: movedView } } },
    async (request) => withdrawRequest(operationContext(request), { kind: 'office', id: request.params.id, version: request.body.version }, { note: request.body.note ?? null }),
  );

  // ——— reconsideration and litigation ———

  app.post(
    '/api/disclosure/challenges',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '登记因政府信息公开申请提起的行政复议、行政诉讼（年度报告第四部分）', tags, body: challengeBody, response: { 201: challengeSavedView } } },
    async (request, reply) => reply.status(201).send(await recordChallenge(operationContext(request), request.body)),
  );

  app.put(
    '/api/disclosure/challenges/:id',
    { config: { policy: 'disclosure.requests' }, schema: { summary: '更新行政复议、行政诉讼的结果', tags, params: idParams, body: challengeUpdateBody, response: { 200: challengeSavedView } } },
    async (request) => updateChallenge(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/disclosure/challenges',
    { config: { policy: 'disclosure.request_read' }, schema: { summary: '行政复议、行政诉讼登记（按提起日期由近及远）', tags, querystring: pageQuery, response: { 200: challengeListView } } },
    async (request) => {
      await reading(requireAuth(request).user);
      const { pageSize, cursor } = request.query;
      const page = pageOf(await disclosureRequestsRepository.challenges(db, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (c) => [c.filedOn, c.id]);
      return {
        items: page.rows.map((c) => ({
          id: c.id,
          requestId: c.requestId,
          requestNumber: c.requestNumber,
          kind: c.kind as ChallengeKind,
          kindLabel: challengeKindLabels[c.kind as ChallengeKind] ?? c.kind,
          outcome: c.outcome as ChallengeOutcome,
          outcomeLabel: challengeOutcomeLabels[c.outcome as ChallengeOutcome] ?? c.outcome,
          filedOn: c.filedOn,
          note: c.note,
          recordedByName: c.recordedByName,
          version: c.version,
        })),
        nextCursor: page.nextCursor,
      };
    },
  );
};
