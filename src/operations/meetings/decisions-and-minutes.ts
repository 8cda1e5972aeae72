import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';
import { decisionRules, minutesRules } from '../../domain/meetings/rules.js';
import { type DecisionItemInput, type MeetingKind, meetingKindLabels } from '../../domain/meetings/types.js';
import { runRules } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';
import { daysBetween } from '../../domain/leave/types.js';
import { quorumFor } from './attendance.js';

const conflict = () => {
  throw new DomainError('conflict', '会议已被他人修改，请刷新后重试');
};

/**
 * The office records a decision item during the meeting (what, lead unit, co-units, deadline). An executive
 * meeting without quorum cannot decide (art. 49).
 */
export async function recordDecision(ctx: OperationContext, input: { id: string; topicId?: string | null } & DecisionItemInput): Promise<{ id: string }> {
  return commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (!['planned', 'held'].includes(meeting.status)) invalid('纪要已起草，不能再增加议定事项');
    if (localDateOf(at) < meeting.meetingDate) invalid('会议尚未召开');
    const quorum = await quorumFor(trx, meeting.id);
    const outcome = runRules(decisionRules, { meetingKind: meeting.kind as MeetingKind, hasQuorum: quorum.hasQuorum, quorumExplanation: quorum.explanation }, meeting.meetingDate);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    found(await orgRepository.findUnit(trx, input.leadUnitId), '牵头单位');
    for (const u of input.coUnitIds) found(await orgRepository.findUnit(trx, u), '配合单位');
    if (input.dueOn <= meeting.meetingDate) invalid('完成时限应晚于会议日期');
    if (input.topicId) {
      const topic = found(await meetingsRepository.findTopic(trx, input.topicId), '议题');
      if (topic.meetingId !== meeting.id) invalid('议题不属于该会议');
      if (topic.isMajor === 1 && meeting.kind !== 'plenary' && meeting.kind !== 'executive') {
        refuse([{ ruleId: 'meetings.major-only-plenary-or-executive', article: 8, message: '第八条：重大问题必须经区政府全体会议或常务会议讨论决定' }]);
      }
      await meetingsRepository.updateTopic(trx, topic.id, topic.version, { status: 'decided' });
    }
    const existing = await meetingsRepository.decisionsOf(trx, meeting.id);
    const id = randomUUID();
    await meetingsRepository.insertDecision(trx, { id, meetingId: meeting.id, topicId: input.topicId ?? null, content: input.content, leadUnitId: input.leadUnitId, coUnitIds: JSON.stringify(input.coUnitIds), dueOn: input.dueOn, taskId: null, sortOrder: existing.length + 1, createdAt: at.toISOString() });
    if (meeting.status === 'planned') await meetingsRepository.update(trx, meeting.id, meeting.version, { status: 'held', updatedAt: at.toISOString() });
    return { result: { id }, audit: [{ act: 'meetings.decision.record', objectType: 'meeting', objectId: meeting.id, result: 'success', article: 49, summary: { content: input.content, quorum: quorum.explanation } }] };
  });
}

/** The office drafts the minutes (art. 56) and numbers them (纪要〔2026〕3号, one series per kind). */
export async function draftMinutes(ctx: OperationContext, input: { id: string; version: number; text: string }): Promise<{ minutesNumber: string }> {
  if (!input.text.trim()) invalid('请填写纪要正文');
  return commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (!['planned', 'held', 'minutes_drafted'].includes(meeting.status)) invalid('纪要已审定或签发，不能再修改');
    const year = meeting.meetingDate.slice(0, 4);
    const minutesNumber = meeting.minutesNumber ?? `${meetingKindLabels[meeting.kind as MeetingKind]}纪要〔${year}〕${await documentsRepository.nextInSequence(trx, `minutes:${meeting.kind}:${year}`)}号`;
    if (!(await meetingsRepository.update(trx, meeting.id, input.version, { minutesText: input.text, minutesNumber, status: 'minutes_drafted', updatedAt: at.toISOString() }))) conflict();
    return { result: { minutesNumber }, audit: [{ act: 'meetings.minutes.draft', objectType: 'meeting', objectId: meeting.id, result: 'success', article: 56, summary: { minutesNumber } }] };
  });
}

/** The delegating 区长 or 副区长 approves minutes of a topical meeting held on their behalf (art. 56). */
export async function approveMinutes(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (meeting.status !== 'minutes_drafted') invalid('纪要尚未起草或已审定');
    if (!meeting.delegatedByPersonId || meeting.kind !== 'topical') invalid('只有受委托召开的专题会议纪要需要审定');
    if (meeting.delegatedByPersonId !== ctx.actor.personId) refuse([{ ruleId: 'meetings.delegated-minutes-approval', article: 56, message: '第五十六条：受委托召开的专题会议纪要须由委托的区长或副区长审定' }]);
    if (!(await meetingsRepository.update(trx, meeting.id, input.version, { minutesApprovedByPersonId: ctx.actor.personId, status: 'minutes_approved', updatedAt: at.toISOString() }))) conflict();
    return { result: undefined, audit: [{ act: 'meetings.minutes.approve', objectType: 'meeting', objectId: meeting.id, result: 'success', article: 56, summary: {} }] };
  });
}

/**
 * The right person signs the minutes off (art. 56): the 区长 for plenary, executive and head's office
 * meetings; the chair for topical ones — or, for a delegated topical meeting, after the delegator approved.
 * Every decision item becomes a follow-up task with its deadline (art. 57).
 */
export async function signMinutes(ctx: OperationContext, input: { id: string; version: number }): Promise<{ taskIds: string[] }> {
  return commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (!['minutes_drafted', 'minutes_approved'].includes(meeting.status)) invalid('纪要尚未起草或已签发');
    const head = (await orgRepository.leaders(trx, meeting.meetingDate, ['head']))[0];
    const outcome = runRules(
      minutesRules,
      {
        meetingKind: meeting.kind as MeetingKind,
        signerPersonId: ctx.actor.personId ?? '',
        headPersonId: head?.personId,
        chairPersonId: meeting.chairPersonId,
        delegatedByPersonId: meeting.kind === 'topical' ? meeting.delegatedByPersonId : null,
        hasDelegatorApproval: meeting.minutesApprovedByPersonId !== null,
      },
      meeting.meetingDate,
    );
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    if (meeting.kind === 'topical' && meeting.delegatedByPersonId && ctx.actor.personId !== meeting.delegatedByPersonId && ctx.actor.personId !== meeting.chairPersonId) {
      refuse([{ ruleId: 'meetings.minutes-signer', article: 56, message: '第五十六条：受委托召开的专题会议纪要，由主持人在委托领导审定同意后印发' }]);
    }
    const calendar = await loadCalendar(trx);
    const today = localDateOf(at);
    const taskIds: string[] = [];
    for (const d of await meetingsRepository.decisionsOf(trx, meeting.id)) {
      const taskId = randomUUID();
      const { id: deadlineId } = await trackDeadline(trx, calendar, { objectType: 'task', objectId: taskId, label: d.content, start: today, basis: 'calendar_days', amount: Math.max(daysBetween(today, d.dueOn), 0), cites: { article: 57 } }, at);
      await meetingsRepository.insertTask(trx, { id: taskId, sourceType: 'meeting_decision', sourceId: d.id, title: d.content, leadUnitId: d.leadUnitId, coUnitIds: d.coUnitIds, dueOn: d.dueOn, deadlineId, status: 'open', article: 57, version: 1, createdAt: at.toISOString(), updatedAt: at.toISOString() });
      await meetingsRepository.linkTask(trx, d.id, taskId);
      taskIds.push(taskId);
    }
    if (!(await meetingsRepository.update(trx, meeting.id, input.version, { minutesSignedByPersonId: ctx.actor.personId, minutesSignedAt: at.toISOString(), status: 'minutes_signed', updatedAt: at.toISOString() }))) conflict();
    return {
      result: { taskIds },
      audit: [
        { act: 'meetings.minutes.sign', objectType: 'meeting', objectId: meeting.id, result: 'success', article: 56, summary: { minutesNumber: meeting.minutesNumber, tasks: taskIds.length } },
        ...taskIds.map((id) => ({ act: 'tasks.create', objectType: 'task', objectId: id, result: 'success' as const, article: 57, summary: { source: 'meeting_decision', meetingId: meeting.id } })),
      ],
    };
  });
}
