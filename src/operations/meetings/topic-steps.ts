import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository, type SignatureRecord, type TopicRecord } from '../../db/meetings-repository.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { found, invalid } from '../../domain/errors.js';
import { type TopicAction, type TopicCase, topicCase } from '../../domain/meetings/case.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { assertCurrent, meetingsOrgOn, meetingsScopeOf, topicCaseOf } from './cases.js';
import { signCountersignature } from '../case/countersign.js';
import { majorCategoriesOn, type MajorClassification, onwardStatus } from './submit-topic.js';

type Loaded = { topic: TopicRecord; signatures: SignatureRecord[]; c: TopicCase; viewer: Viewer; meeting: { kind: string; meetingDate: string } };

/** Loads a topic in the viewer's scope (404 outside it) and checks the declaration lets the viewer take the action now. */
async function load(trx: Tx, actor: Actor, at: Date, id: string, action: TopicAction, version: number): Promise<Loaded> {
  const viewer = await viewerOf(trx, actor, at);
  const topic = found(await meetingsRepository.findTopic(trx, id, meetingsScopeOf(viewer)), '议题');
  const signatures = await meetingsRepository.signaturesOf(trx, [topic.id]);
  const c = topicCaseOf(topic, signatures, await meetingsOrgOn(trx, localDateOf(at)));
  assertCurrent(c, version, '议题');
  authorize(topicCase, action, c, viewer);
  const meeting = found(topic.meetingId ? await meetingsRepository.find(trx, topic.meetingId, { kind: 'all' }) : undefined, '会议');
  return { topic, signatures, c, viewer, meeting };
}

/** A related unit's principal head countersigns a topic, or disagrees with grounds (art. 52). */
export async function countersignTopic(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; grounds?: string | null }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { topic, signatures, c, viewer, meeting } = await load(trx, ctx.actor, at, input.id, 'countersign', input.version);
    // The versioned move comes first, so a request that lost the race is refused (409 with the current
    // version) before it writes a signature.
    const pending = { unitId: viewer.unitId ?? '', isAgreed: input.isAgreed ? 1 : 0, grounds: input.grounds?.trim() || null };
    const onward = await onwardStatus(trx, topic, meeting, [...signatures, pending], c);
    const { audit, authorization } = await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: { ...c, onward }, action: 'countersign', version: input.version, viewer, opinion: pending.grounds, summary: { isAgreed: input.isAgreed } });
    await signCountersignature(trx, ctx, at, {
      objectType: 'meeting_topic',
      objectId: topic.id,
      isAgreed: input.isAgreed,
      grounds: input.grounds ?? null,
      principalRule: 'meetings.topic-coordinated',
      principalMessage: '协调一致后，有关单位主要负责人必须在会签意见上签字；经办人员不能代为会签',
    });
    return { result: { status: authorization.to }, audit: [audit] };
  });
}

/**
 * The deputy in charge of the submitting unit (or whoever stands in for them, or an office deputy director
 * assisting that deputy) records the coordination of a disagreement (art. 52). Coordination settles nothing by
 * itself: the units that disagreed sign again, their principal heads agreeing, before the topic goes on.
 */
export async function coordinateTopic(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<{ status: string }> {
  if (!input.note.trim()) invalid('请填写协调意见');
  return commitChange(ctx, async (trx, at) => {
    const { topic, signatures, c, viewer } = await load(trx, ctx.actor, at, input.id, 'coordinate', input.version);
    const coordinationNote = [topic.coordinationNote, `${input.note.trim()}（${ctx.actor.name}协调）`].filter(Boolean).join('\n');
    const disagreeing = signatures.filter((s) => s.isAgreed === 0).map((s) => s.unitId);
    const { audit, authorization } = await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: { ...c, onward: 'coordinating' }, action: 'coordinate', version: input.version, viewer, changes: { coordinationNote }, opinion: input.note.trim(), summary: { reopened: disagreeing } });
    await countersignRepository.reopen(trx, 'meeting_topic', topic.id, disagreeing);
    return { result: { status: authorization.to }, audit: [audit] };
  });
}

/** The 区长 (or whoever presides in his absence, as acting for him) takes a late topic all the same (art. 53 "一般"). */
export async function approveTopicException(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { topic, signatures, c, viewer, meeting } = await load(trx, ctx.actor, at, input.id, 'approve_exception', input.version);
    const standing = viewer.standsInFor.find((s) => s.personId === c.headPersonId);
    const exception = { ...(JSON.parse(topic.leadTimeException ?? '{}') as object), approvedBy: ctx.actor.name, ...(standing ? { actingFor: standing.name } : {}), approvedAt: at.toISOString(), opinion: input.opinion };
    const leadTimeException = JSON.stringify(exception);
    const onward = await onwardStatus(trx, { ...topic, leadTimeException }, meeting, signatures, c);
    const { audit, authorization } = await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: { ...c, onward }, action: 'approve_exception', version: input.version, viewer, changes: { leadTimeException }, opinion: input.opinion });
    return { result: { status: authorization.to }, audit: [audit] };
  });
}

/**
 * 审定 of a topic for the executive meeting (art. 53 "提报区长、分管副区长审定"): the deputy in charge of the
 * submitting unit and the 区长, each in their own session (or whoever stands in, recorded as acting for them).
 * The topic is ready once both have reviewed it.
 */
async function review(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }, action: 'review' | 'head_review'): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { topic, signatures, c, viewer, meeting } = await load(trx, ctx.actor, at, input.id, action, input.version);
    const changes = action === 'review' ? { reviewedByPersonId: ctx.actor.personId, reviewedAt: at.toISOString() } : { headReviewedByPersonId: ctx.actor.personId, headReviewedAt: at.toISOString() };
    const onward = await onwardStatus(trx, { ...topic, ...changes }, meeting, signatures, c);
    const { audit, authorization } = await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: { ...c, onward }, action, version: input.version, viewer, changes, opinion: input.opinion ?? null });
    return { result: { status: authorization.to }, audit: [audit] };
  });
}

/** The deputy in charge of the submitting unit reviews (审定) a topic for the executive meeting (art. 53). */
export const reviewTopic = (ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }) => review(ctx, input, 'review');

/** The 区长 reviews (审定) a topic for the executive meeting (art. 53). */
export const headReviewTopic = (ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }) => review(ctx, input, 'head_review');

/**
 * The office corrects whether a topic is a major matter (art. 8, 27) — against the article's list in force —
 * with its reason, recorded as its act. Its reading then stands over the submitter's tick and the list's words.
 */
export async function classifyTopic(ctx: OperationContext, input: { id: string; version: number; isMajor: boolean; majorCategory?: string | null; reason: string }): Promise<{ status: string; version: number }> {
  if (!input.reason.trim()) invalid('请说明更正理由');
  return commitChange(ctx, async (trx, at) => {
    const { c, viewer } = await load(trx, ctx.actor, at, input.id, 'classify', input.version);
    const categories = majorCategoriesOn(localDateOf(at));
    if (input.isMajor && (!input.majorCategory || !categories.includes(input.majorCategory))) invalid(`重大事项类别须为第二十七条所列：${categories.join('、')}`);
    const classification: MajorClassification = { isMajor: input.isMajor, category: input.isMajor ? (input.majorCategory ?? null) : null, by: ctx.actor.name, at: at.toISOString(), reason: input.reason.trim() };
    const taken = await takeAction(trx, ctx, at, {
      def: topicCase,
      table: 'meetingTopics',
      case: c,
      action: 'classify',
      version: input.version,
      viewer,
      changes: { isMajor: input.isMajor ? 1 : 0, majorCategory: classification.category, majorClassification: JSON.stringify(classification) },
      opinion: input.reason.trim(),
      summary: { isMajor: input.isMajor, majorCategory: classification.category },
    });
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}
