import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, notFound, refuse } from '../../domain/errors.js';
import { principalOf } from './composition.js';
import { checkTopic } from './submit-topic.js';

const conflict = () => {
  throw new DomainError('conflict', '该议题已被他人处理，请刷新后重试');
};

/** A related unit's principal head countersigns a topic, or disagrees with grounds (art. 52). */
export async function countersignTopic(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; grounds?: string | null }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const topic = found(await meetingsRepository.findTopic(trx, input.id), '议题');
    const unitId = ctx.actor.unitId;
    if (!unitId || !(JSON.parse(topic.relatedUnitIds) as string[]).includes(unitId)) notFound('议题');
    if (topic.status !== 'coordinating') invalid('该议题不在会签阶段');
    const principal = await principalOf(trx, unitId, localDateOf(at));
    if (!principal || principal.personId !== ctx.actor.personId) {
      refuse([{ ruleId: 'meetings.topic-coordinated', article: 52, message: '第五十二条：协调一致后，有关单位主要负责人必须在会签意见上签字' }]);
    }
    if (!input.isAgreed && !input.grounds?.trim()) invalid('不同意的，须列明理据');
    await meetingsRepository.upsertTopicSignature(trx, { topicId: topic.id, unitId, signerPersonId: principal.personId, signerName: principal.name, isAgreed: input.isAgreed ? 1 : 0, grounds: input.grounds ?? null, signedAt: at.toISOString() });
    const status = await readiness(trx, topic.id);
    if (!(await meetingsRepository.updateTopic(trx, topic.id, input.version, { status }))) conflict();
    return { result: { status }, audit: [{ act: 'meetings.topic.countersign', objectType: 'meeting_topic', objectId: topic.id, result: 'success', article: 52, summary: { isAgreed: input.isAgreed, status } }] };
  });
}

/**
 * The deputy in charge of the submitting unit (or, assisting them, an office deputy director) records the
 * coordination of a disagreement (art. 52).
 */
export async function coordinateTopic(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<{ status: string }> {
  if (!input.note.trim()) invalid('请填写协调意见');
  return commitChange(ctx, async (trx, at) => {
    const topic = found(await meetingsRepository.findTopic(trx, input.id), '议题');
    const day = localDateOf(at);
    const leaders = await orgRepository.leaders(trx, day, ['executive_deputy', 'deputy', 'office_deputy_director']);
    const me = leaders.find((l) => l.personId === ctx.actor.personId);
    const inCharge = me && (me.post.kind === 'office_deputy_director' || me.portfolio.units.some((u) => u.id === topic.submittingUnitId));
    if (!inCharge) refuse([{ ruleId: 'meetings.topic-coordinated', article: 52, message: '第五十二条：分歧报请分管副区长或协助其工作的区政府办公室副主任协调' }]);
    if (!(await meetingsRepository.updateTopic(trx, topic.id, input.version, { coordinationNote: `${input.note}（${ctx.actor.name}协调）` }))) conflict();
    const status = await readiness(trx, topic.id);
    await meetingsRepository.updateTopic(trx, topic.id, input.version + 1, { status });
    return { result: { status }, audit: [{ act: 'meetings.topic.coordinate', objectType: 'meeting_topic', objectId: topic.id, result: 'success', article: 52, summary: { note: input.note } }] };
  });
}

/** The 区长 takes a late topic all the same, recorded (art. 53 "一般"). */
export async function approveTopicException(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const topic = found(await meetingsRepository.findTopic(trx, input.id), '议题');
    const head = (await orgRepository.leaders(trx, localDateOf(at), ['head']))[0];
    if (!head || head.personId !== ctx.actor.personId) refuse([{ ruleId: 'meetings.topic-lead-time', article: 53, message: '第五十三条：议题须提报区长审定，逾期上会须经区长同意' }]);
    if (topic.status !== 'awaiting_exception') invalid('该议题无须例外审批');
    const exception = { ...(JSON.parse(topic.leadTimeException ?? '{}') as object), approvedBy: head.name, approvedAt: at.toISOString(), opinion: input.opinion };
    if (!(await meetingsRepository.updateTopic(trx, topic.id, input.version, { leadTimeException: JSON.stringify(exception) }))) conflict();
    const status = await readiness(trx, topic.id);
    await meetingsRepository.updateTopic(trx, topic.id, input.version + 1, { status });
    return { result: { status }, audit: [{ act: 'meetings.topic.exception', objectType: 'meeting_topic', objectId: topic.id, result: 'success', article: 53, summary: { approvedBy: head.name, opinion: input.opinion } }] };
  });
}

/** A topic is ready for the agenda when every rule holds; otherwise it waits where it is. */
async function readiness(trx: Parameters<typeof checkTopic>[0], topicId: string): Promise<string> {
  const topic = found(await meetingsRepository.findTopic(trx, topicId), '议题');
  const meeting = found(topic.meetingId ? await meetingsRepository.find(trx, topic.meetingId) : undefined, '会议');
  const outcome = await checkTopic(trx, topic, meeting, topic.submittedOn, { checkSignatures: true });
  if (outcome.refusals.some((v) => v.ruleId === 'meetings.topic-lead-time')) return 'awaiting_exception';
  if (outcome.refusals.length > 0) return 'coordinating';
  return 'ready';
}
