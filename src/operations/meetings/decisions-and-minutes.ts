import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { nextInSequence } from '../../db/versioned-update.js';
import type { Actor, AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, standingFor, type Viewer } from '../../domain/case.js';
import { found, invalid, refuse } from '../../domain/errors.js';
import { daysBetween } from '../../domain/leave/types.js';
import { type MeetingAction, type MeetingCase, meetingCase, topicCase } from '../../domain/meetings/case.js';
import { decisionRules, majorRules, minutesRules } from '../../domain/meetings/rules.js';
import { type DecisionItemInput, type MeetingKind, meetingKindLabels } from '../../domain/meetings/types.js';
import { parameter, refuseBy, runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { openTask } from '../supervision/open-task.js';
import { queueForPublication } from '../disclosure/publications.js';
import { assertCurrent, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, topicCaseOf } from './cases.js';
import { majorReadingOf } from './submit-topic.js';

async function loadMeeting(trx: Tx, actor: Actor, at: Date, id: string) {
  const viewer = await viewerOf(trx, actor, at);
  const meeting = found(await meetingsRepository.find(trx, id, meetingsScopeOf(viewer)), '会议');
  const org = await meetingsOrgOn(trx, localDateOf(at));
  return { viewer, meeting, org, c: meetingCaseOf(meeting, org) };
}

/**
 * Art. 54: the executive meeting's arrangement is the 区长's to decide; until he has, the meeting records no
 * decision and its minutes get no number. Said with the article, rather than as a bare "not allowed".
 */
function refuseUnlessArranged(c: MeetingCase, action: MeetingAction): void {
  if (!meetingCase.actions[action].from.includes(c.status)) return;
  if (c.chairEntrustment === 'pending') refuseUnlessEntrusted(c);
  if (c.kind === 'executive' && c.agenda !== 'decided') refuseBy('meetings.executive-arrangement', '区政府常务会议由区政府办公室提出安排意见，经办公室主任审定后报区长确定；区长确定会议安排前，不能形成决定、不能编发纪要');
}

/**
 * Art. 49: the executive deputy chairs the executive meeting only on the 区长's entrustment; until it is on
 * record (his act, or his leave report naming the deputy) the meeting decides nothing.
 */
function refuseUnlessEntrusted(c: MeetingCase): void {
  if (c.chairEntrustment === 'pending') refuseBy('meetings.convener-and-chair', '区长不能出席会议时，可委托负责区政府常务工作的副区长召集并主持；本次会议尚无区长的委托，不能形成决定', { article: 49 });
}

/**
 * The office records a decision item during the meeting (what, lead unit, co-units, deadline). An executive
 * meeting without quorum cannot decide (art. 49), nor one whose arrangement the 区长 has not decided (art. 54);
 * a major matter is decided only by a plenary or executive meeting (art. 8). The item's deadline is a clock on
 * the deadlines table from today, explained; the task the item becomes runs on that same clock (art. 57).
 */
export async function recordDecision(ctx: OperationContext, input: { id: string; topicId?: string | null } & DecisionItemInput): Promise<{ id: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, meeting, org, c } = await loadMeeting(trx, ctx.actor, at, input.id);
    const today = localDateOf(at);
    if (today < meeting.meetingDate) invalid('会议尚未召开，议定事项在会上记录');
    refuseUnlessArranged(c, 'record_decision');
    refuseUnlessEntrusted(c);
    authorize(meetingCase, 'record_decision', c, viewer);
    const seats = (await meetingsRepository.attendance(trx, meeting.id)).filter((a) => a.role === 'member');
    const outcome = runRules(decisionRules, { meetingKind: meeting.kind as MeetingKind, members: seats.length, present: seats.filter((s) => s.status === 'present').length }, meeting.meetingDate);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    const topic = input.topicId ? found(await meetingsRepository.findTopic(trx, input.topicId, { kind: 'all' }), '议题') : undefined;
    if (topic && topic.meetingId !== meeting.id) invalid('议题不属于该会议');
    // Art. 8, 27: a major matter is decided only by the plenary or executive meeting — the topic's reading (the
    // office's correction standing over the list), and the decision's own words by the rulebook's list of matters.
    const major = topic ? { ...majorReadingOf(topic), text: `${topic.title}\n${topic.summary}\n${input.content}` } : { category: null, isOfficeCorrected: false, text: input.content };
    const majorOutcome = runRules(majorRules, { meetingKind: meeting.kind as MeetingKind, major }, meeting.meetingDate);
    if (majorOutcome.refusals.length > 0) refuse(majorOutcome.refusals);
    found(await orgRepository.findUnit(trx, input.leadUnitId), '牵头单位');
    for (const u of input.coUnitIds) found(await orgRepository.findUnit(trx, u), '配合单位');
    // The item becomes a task with one lead unit and the others co-operating (art. 32).
    if (input.coUnitIds.includes(input.leadUnitId)) invalid('配合单位不能与牵头单位相同');
    if (input.dueOn <= meeting.meetingDate) invalid('完成时限应晚于会议日期');
    const audit: AuditEntry[] = [];
    if (topic) {
      const topicCaseNow = topicCaseOf(topic, await meetingsRepository.signaturesOf(trx, [topic.id]), org);
      audit.push((await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: topicCaseNow, action: 'decide', version: topic.version, viewer })).audit);
    }
    const id = randomUUID();
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'record_decision', version: meeting.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { decisionId: id, content: input.content } });
    const { id: deadlineId } = await trackDecisionClock(trx, at, { id, content: input.content, from: today, dueOn: input.dueOn });
    const existing = await meetingsRepository.decisionsOf(trx, meeting.id, { kind: 'all' });
    await meetingsRepository.insertDecision(trx, { id, meetingId: meeting.id, topicId: input.topicId ?? null, content: input.content, leadUnitId: input.leadUnitId, coUnitIds: JSON.stringify(input.coUnitIds), dueOn: input.dueOn, taskId: null, sortOrder: existing.length + 1, createdAt: at.toISOString(), deadlineId });
    return { result: { id }, audit: [taken.audit, ...audit] };
  });
}

/** The clock carrier of decision items and their tasks (art. 57), for the deadlines table. */
const decisionsToTasks = 'meetings.decisions-to-tasks';
const decisionClockCites = { article: 57, ruleId: decisionsToTasks };

/**
 * The clock of a decision item: the meeting sets the date ("完成时限"), so it runs in calendar days from the day
 * it was recorded to that date — kept on the deadlines table with its explanation, like every other step clock.
 */
async function trackDecisionClock(trx: Tx, at: Date, item: { id: string; content: string; from: LocalDate; dueOn: LocalDate }) {
  const calendar = await loadCalendar(trx);
  return trackDeadline(trx, calendar, { objectType: 'decision_item', objectId: item.id, label: `议定事项：${item.content}`, start: item.from, basis: 'calendar_days', amount: Math.max(daysBetween(item.from, item.dueOn), 0), cites: decisionClockCites }, at);
}

/**
 * The office drafts the minutes (art. 56) and numbers them (区政府常务会议纪要〔2026〕3号, one gap-free series per
 * kind and year, taken with `nextInSequence` so parallel drafts neither collide nor skip).
 */
export async function draftMinutes(ctx: OperationContext, input: { id: string; version: number; text: string }): Promise<{ minutesNumber: string; version: number }> {
  if (!input.text.trim()) invalid('请填写纪要正文');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, meeting, c } = await loadMeeting(trx, ctx.actor, at, input.id);
    assertCurrent(c, input.version, '会议');
    if (localDateOf(at) < meeting.meetingDate) invalid('会议尚未召开，不能起草纪要');
    refuseUnlessArranged(c, 'draft_minutes');
    authorize(meetingCase, 'draft_minutes', c, viewer);
    const year = meeting.meetingDate.slice(0, 4);
    const minutesNumber = meeting.minutesNumber ?? `${meetingKindLabels[meeting.kind as MeetingKind]}纪要〔${year}〕${await nextInSequence(trx, `minutes:${meeting.kind}:${year}`)}号`;
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'draft_minutes', version: input.version, viewer, changes: { minutesText: input.text, minutesNumber, updatedAt: at.toISOString() }, summary: { minutesNumber } });
    return { result: { minutesNumber, version: taken.version }, audit: [taken.audit] };
  });
}

/** The delegating 区长 or 副区长 approves minutes of a topical meeting held on their behalf (art. 56) — nobody else. */
export async function approveMinutes(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, c } = await loadMeeting(trx, ctx.actor, at, input.id);
    assertCurrent(c, input.version, '会议');
    if (meetingCase.actions.approve_minutes.from.includes(c.status) && c.kind === 'topical' && c.delegatedByPersonId && standingFor(meetingCase.actions.approve_minutes, c, viewer) === false) {
      refuseBy('meetings.delegated-minutes-approval', '区政府办公室主任、副主任受委托召开的区政府专题会议，会议纪要须由委托的区长或副区长本人审定同意后印发');
    }
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'approve_minutes', version: input.version, viewer, changes: { minutesApprovedByPersonId: ctx.actor.personId, updatedAt: at.toISOString() }, opinion: input.opinion ?? null });
    return { result: { version: taken.version }, audit: [taken.audit] };
  });
}

/** What the minutes rules say of this signer (art. 56), as the declaration's relation sees them. */
function checkSigner(c: MeetingCase, viewer: Viewer, meetingDate: LocalDate, minutesApprovedByPersonId: string | null): void {
  const standing = standingFor({ ...meetingCase.actions.sign_minutes, when: undefined }, c, viewer);
  const outcome = runRules(
    minutesRules,
    {
      meetingKind: c.kind,
      signerPersonId: viewer.personId ?? '',
      signerActsForPersonId: standing === false ? null : (standing.actingFor?.personId ?? null),
      headPersonId: c.headPersonId,
      chairPersonId: c.chairPersonId,
      delegatedByPersonId: c.kind === 'topical' ? c.delegatedByPersonId : null,
      hasDelegatorApproval: minutesApprovedByPersonId !== null,
    },
    meetingDate,
  );
  if (outcome.refusals.length > 0) refuse(outcome.refusals);
}

/**
 * The right person signs the minutes off (art. 56): the 区长 for plenary, executive and head's office
 * meetings; the chair for topical ones — or, for a delegated topical meeting, after the delegator approved.
 * Every decision item becomes a supervision task (督〔2026〕N号, art. 57) opened by `openTask`, running on the
 * item's own clock and linked back from the item. A second signature finds the minutes signed: 409.
 */
export async function signMinutes(ctx: OperationContext, input: { id: string; version: number }): Promise<{ taskIds: string[]; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, meeting, c } = await loadMeeting(trx, ctx.actor, at, input.id);
    assertCurrent(c, input.version, '会议');
    if (meetingCase.actions.sign_minutes.from.includes(c.status)) checkSigner(c, viewer, meeting.meetingDate, meeting.minutesApprovedByPersonId);
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'sign_minutes', version: input.version, viewer, changes: { minutesSignedByPersonId: ctx.actor.personId, minutesSignedAt: at.toISOString(), updatedAt: at.toISOString() }, summary: { minutesNumber: meeting.minutesNumber } });
    const today = localDateOf(at);
    const opened: AuditEntry[] = [];
    const taskIds: string[] = [];
    const decisions = await meetingsRepository.decisionsOf(trx, meeting.id, { kind: 'all' });
    for (const d of decisions) {
      const deadlineId = d.deadlineId ?? (await trackDecisionClock(trx, at, { id: d.id, content: d.content, from: today, dueOn: d.dueOn })).id;
      const task = await openTask(trx, at, {
        sourceType: 'meeting_decision',
        sourceId: d.id,
        title: d.content,
        leadUnitId: d.leadUnitId,
        coUnitIds: JSON.parse(d.coUnitIds) as string[],
        due: { kind: 'date', dueOn: d.dueOn },
        deadlineId,
        createdByUserId: ctx.actor.userId,
      });
      await meetingsRepository.linkTask(trx, d.id, task.id);
      taskIds.push(task.id);
      opened.push({ ...task.audit, summary: { ...task.audit.summary, meetingId: meeting.id } });
    }
    // The decisions of the plenary and executive meetings are published once made (art. 36), through the
    // office's publication review, which withholds what must be kept confidential.
    if ((meeting.kind === 'plenary' || meeting.kind === 'executive') && decisions.length > 0) {
      const government = await orgRepository.unitWithFunction(trx, 'government');
      const days = parameter('disclosure.proactiveWorkingDays', today);
      const queued = await queueForPublication(trx, ctx, at, {
        category: 'meeting_decisions',
        title: `${meeting.title}议定事项`,
        documentNumber: meeting.minutesNumber,
        issuingBody: government?.name ?? '',
        writtenOn: meeting.meetingDate,
        body: decisions.map((d, i) => `${i + 1}. ${d.content}`).join('\n'),
        sourceType: meetingCase.kind,
        sourceId: meeting.id,
        clock: { start: today, label: `会议议定事项主动公开（${days}个工作日内）：${meeting.title}`, cites: { ruleId: meetingDecisionsDisclosure, article: 36 } },
      });
      if (queued.audit) opened.push(queued.audit);
    }
    return { result: { taskIds, version: taken.version }, audit: [{ ...taken.audit, summary: { ...taken.audit.summary, tasks: taskIds.length } }, ...opened] };
  });
}

/** The carrier of the decisions' publication (art. 36 "决策作出后，及时公开议定事项和相关文件"). */
const meetingDecisionsDisclosure = 'disclosure.meeting-decisions';
