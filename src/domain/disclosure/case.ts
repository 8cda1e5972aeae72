import { type CaseDefinition, ofUnit, own, personal, type Relation } from '../case.js';
import {
  type DraftStatus,
  draftStatusLabels,
  type MessageStatus,
  messageStatusLabels,
  type PublicationStatus,
  publicationStatusLabels,
  type RequestStatus,
  requestStatusLabels,
} from './types.js';

/**
 * Government information disclosure, declared once (work rules art. 34–39, 44, 83; 条例 2019). Four kinds of case:
 * - the publication (公开信息): queued for the office's publication review — by the issue of a document marked
 *   主动公开, an answered suggestion, a meeting's decisions, or prepared by hand — and published or refused by an
 *   office reviewer who did not prepare it (art. 83 "要经过严格审定"); a published item may be withdrawn, leaving a
 *   notice in its place.
 * - the draft for comment (征求意见稿, art. 36, 23): prepared by the drafting unit, published by the office for
 *   the comment period, closed when the period has run, concluded with the summary of comments and the response.
 * - the disclosure request (依申请公开): received, possibly sent for 补正 (which restarts the clock), extended by
 *   the head of the disclosure office in person, paused while a third party is consulted, answered with one of
 *   the outcomes of 条例 第三十六条. The applicant's own acts (correction, withdrawal) are the `public` role's.
 * - the message from the public (政民互动, art. 39): answered by the office or the unit it assigns, and published
 *   with its answer when the writer agreed and the office reviews it.
 * Operations move them with `takeAction`; the routes' `actions`, the 工作台 and the timeline read these.
 */

/** Anyone of the office but the person who prepared the item: the review is a second person's act (art. 83). */
function notPreparer<C extends { preparedByUserId: string | null }>(): Relation<C> {
  return (c, viewer) => (c.preparedByUserId !== null && c.preparedByUserId === viewer.userId ? false : own);
}

export type PublicationCase = { id: string; version: number; status: PublicationStatus; preparedByUserId: string | null };
export type PublicationAction = 'publish' | 'reject' | 'withdraw' | 'revise';

export const publicationCase: CaseDefinition<PublicationStatus, PublicationCase, PublicationAction> = {
  kind: 'publication',
  label: '公开信息',
  states: publicationStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    publish: {
      label: '审核发布',
      from: ['pending'],
      to: 'published',
      policy: 'disclosure.review',
      relation: notPreparer(),
      articles: [83, 35],
      rules: ['disclosure.publication-review', 'disclosure.no-personal-data'],
      act: 'disclosure.publication.publish',
    },
    reject: { label: '不予发布', from: ['pending'], to: 'rejected', policy: 'disclosure.review', relation: notPreparer(), articles: [83], rules: ['disclosure.publication-review'], act: 'disclosure.publication.reject', isWork: false },
    withdraw: { label: '撤回', from: ['published'], to: 'withdrawn', policy: 'disclosure.review', articles: [83], act: 'disclosure.publication.withdraw', isWork: false },
    revise: { label: '修改', from: ['pending'], to: 'pending', policy: 'disclosure.review', articles: [83], act: 'disclosure.publication.revise', isWork: false },
  },
};

export type DraftCase = { id: string; version: number; status: DraftStatus; draftingUnitId: string; preparedByUserId: string | null; isPeriodOver: boolean };
export type DraftAction = 'revise' | 'publish' | 'close' | 'conclude';

const draftingUnit = ofUnit<DraftCase>((c) => [c.draftingUnitId]);

export const draftCase: CaseDefinition<DraftStatus, DraftCase, DraftAction> = {
  kind: 'comment_draft',
  label: '征求意见稿',
  states: draftStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    revise: { label: '修改', from: ['draft'], to: 'draft', policy: 'disclosure.prepare', relation: draftingUnit, articles: [36], act: 'disclosure.draft.revise', isWork: false },
    publish: {
      label: '审核发布征求意见',
      from: ['draft'],
      to: 'open',
      policy: 'disclosure.review',
      relation: notPreparer(),
      articles: [36, 23, 83],
      rules: ['disclosure.comment-period', 'disclosure.no-personal-data'],
      clock: { label: '征求意见期', article: 36 },
      act: 'disclosure.draft.publish',
    },
    close: { label: '结束征求意见', from: ['open'], to: 'closed', policy: 'disclosure.review', when: (c) => c.isPeriodOver, articles: [36], rules: ['disclosure.comment-period'], act: 'disclosure.draft.close' },
    conclude: { label: '公布意见采纳情况', from: ['closed'], to: 'concluded', policy: 'disclosure.review', articles: [36, 39], rules: ['disclosure.no-personal-data'], act: 'disclosure.draft.conclude' },
  },
};

/**
 * `headPersonId` is the head of the government's disclosure office of the day (the principal of the unit that
 * does the office's work), who alone approves an extension (条例 第三十三条 "经政府信息公开工作机构负责人同意").
 */
export type RequestCase = { id: string; version: number; status: RequestStatus; headPersonId: string | null; isExtended: boolean; canStillRequestCorrection: boolean };
export type RequestAction = 'request_correction' | 'correct' | 'abandon' | 'extend' | 'consult' | 'end_consultation' | 'answer' | 'withdraw';

const head = personal<RequestCase>((c) => c.headPersonId);

export const requestCase: CaseDefinition<RequestStatus, RequestCase, RequestAction> = {
  kind: 'disclosure_request',
  label: '政府信息公开申请',
  states: requestStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    request_correction: {
      label: '告知补正',
      from: ['received'],
      to: 'correction',
      policy: 'disclosure.requests',
      when: (c) => c.canStillRequestCorrection,
      articles: [34],
      rules: ['disclosure.request-correction'],
      act: 'disclosure.request.request_correction',
      isWork: false,
    },
    // The applicant's corrected request, or the office recording one handed in on paper: the clock restarts.
    correct: { label: '补正申请', from: ['correction'], to: 'received', policy: 'disclosure.apply', articles: [34], rules: ['disclosure.request-clock'], act: 'disclosure.request.correct' },
    abandon: { label: '逾期未补正视为放弃', from: ['correction'], to: 'abandoned', policy: 'disclosure.requests', articles: [34], rules: ['disclosure.request-correction'], act: 'disclosure.request.abandon', isWork: false },
    extend: { label: '批准延长答复期限', from: ['received', 'consulting'], to: (c) => c.status, policy: 'disclosure.extend', relation: head, when: (c) => !c.isExtended, articles: [34], rules: ['disclosure.request-extension'], act: 'disclosure.request.extend', isWork: false },
    consult: { label: '征求第三方意见', from: ['received'], to: 'consulting', policy: 'disclosure.requests', articles: [34], rules: ['disclosure.request-consultation'], act: 'disclosure.request.consult', isWork: false },
    end_consultation: { label: '第三方意见已收到', from: ['consulting'], to: 'received', policy: 'disclosure.requests', articles: [34], rules: ['disclosure.request-consultation'], act: 'disclosure.request.end_consultation' },
    answer: { label: '答复申请人', from: ['received'], to: 'answered', policy: 'disclosure.requests', articles: [34], rules: ['disclosure.request-answer'], act: 'disclosure.request.answer' },
    withdraw: { label: '撤回申请', from: ['received', 'correction', 'consulting'], to: 'withdrawn', policy: 'disclosure.apply', articles: [34], act: 'disclosure.request.withdraw', isWork: false },
  },
};

export type MessageCase = { id: string; version: number; status: MessageStatus; unitId: string | null; wantsPublic: boolean; answeredByUserId: string | null };
export type MessageAction = 'assign' | 'answer' | 'publish';

/** The unit the office assigned the message to, or the office itself while none is assigned. */
const answeringUnit: Relation<MessageCase> = (c, viewer) => (c.unitId === null ? (viewer.roles.includes('office_staff') ? own : false) : ofUnit<MessageCase>((m) => [m.unitId])(c, viewer));

export const messageCase: CaseDefinition<MessageStatus, MessageCase, MessageAction> = {
  kind: 'public_message',
  label: '公众留言',
  states: messageStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    assign: { label: '转交办理', from: ['received'], to: 'received', policy: 'disclosure.review', articles: [39], act: 'disclosure.message.assign', isWork: false },
    answer: { label: '答复留言', from: ['received'], to: 'answered', policy: 'disclosure.messages', relation: answeringUnit, articles: [39, 44], rules: ['disclosure.message-clock'], act: 'disclosure.message.answer' },
    publish: {
      label: '审核公开',
      from: ['answered'],
      to: 'published',
      policy: 'disclosure.review',
      when: (c, viewer) => c.wantsPublic && c.answeredByUserId !== viewer.userId,
      articles: [39, 83],
      rules: ['disclosure.no-personal-data'],
      act: 'disclosure.message.publish',
    },
  },
};
