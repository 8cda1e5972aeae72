import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository, type TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';
import { type TopicFacts, topicRules } from '../../domain/meetings/rules.js';
import type { MajorCategory, MeetingKind } from '../../domain/meetings/types.js';
import { defaultRulebookSet, param, runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';

export type SubmitTopicInput = {
  meetingId: string;
  title: string;
  summary: string;
  isMajor: boolean;
  majorCategory?: MajorCategory | null;
  relatedUnitIds: readonly string[];
  /** Asks the 区长 to take a late topic all the same (art. 53 "一般应于…"). */
  requestException?: { reason: string } | null;
};

/**
 * Checks a topic against the meeting it is for: major matters only at plenary or executive meetings (art.
 * 8, 27); the lead time before an executive meeting (art. 53, counted in working days on the calendar, the
 * day of submission not counting); the related units' countersignatures (art. 52).
 */
export async function checkTopic(trx: Tx, topic: Pick<TopicRecord, 'id' | 'isMajor' | 'relatedUnitIds' | 'submittedOn' | 'leadTimeException' | 'coordinationNote'>, meeting: { kind: string; meetingDate: LocalDate }, day: LocalDate, options: { checkSignatures: boolean }) {
  const calendar = await loadCalendar(trx);
  const signatures = await meetingsRepository.topicSignatures(trx, topic.id);
  const related = JSON.parse(topic.relatedUnitIds) as string[];
  const names = new Map((await orgRepository.listUnits(trx)).map((u) => [u.id, u.name]));
  const facts: TopicFacts = {
    meetingKind: meeting.kind as MeetingKind,
    isMajor: topic.isMajor === 1,
    workingDaysAhead: calendar.workingDaysBetween(topic.submittedOn, meeting.meetingDate),
    leadWorkingDays: param(defaultRulebookSet, 'linzi', 'meetings.topicLeadWorkingDays', topic.submittedOn).value,
    hasHeadException: topic.leadTimeException !== null && (JSON.parse(topic.leadTimeException) as { approvedBy?: string }).approvedBy !== undefined,
    unsignedUnits: options.checkSignatures ? related.filter((u) => !signatures.some((s) => s.unitId === u)).map((u) => names.get(u) ?? u) : [],
    groundlessDisagreements: options.checkSignatures ? signatures.filter((s) => s.isAgreed === 0 && (!s.grounds || !topic.coordinationNote)).map((s) => names.get(s.unitId) ?? s.unitId) : [],
  };
  return runRules(topicRules, facts, day);
}

/** A unit submits a topic for a meeting with its coordination record (art. 52–53). */
export async function submitTopic(ctx: OperationContext, input: SubmitTopicInput): Promise<{ id: string; status: string; flags: { ruleId: string; article: number; message: string }[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new DomainError('forbidden', '只有单位人员可以提交议题');
  return commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.meetingId), '会议');
    if (meeting.status !== 'planned') invalid('该会议已召开，不能再提交议题');
    if (input.isMajor && !input.majorCategory) invalid('重大事项须选择类别（第二十七条）');
    const day = localDateOf(at);
    const id = randomUUID();
    const draft = {
      id,
      isMajor: input.isMajor ? 1 : 0,
      relatedUnitIds: JSON.stringify(input.relatedUnitIds),
      submittedOn: day,
      leadTimeException: null as string | null,
      coordinationNote: null,
    };
    const outcome = await checkTopic(trx, draft, meeting, day, { checkSignatures: false });
    const lateOnly = outcome.refusals.length > 0 && outcome.refusals.every((v) => v.ruleId === 'meetings.topic-lead-time');
    if (outcome.refusals.length > 0 && !(lateOnly && input.requestException)) refuse(outcome.refusals);
    const status = lateOnly ? 'awaiting_exception' : input.relatedUnitIds.length > 0 ? 'coordinating' : 'ready';
    const flags = lateOnly ? outcome.refusals.map((v) => ({ ruleId: v.ruleId, article: v.article, message: v.message })) : [];
    await meetingsRepository.insertTopic(trx, {
      ...draft,
      meetingId: meeting.id,
      meetingKind: meeting.kind,
      submittingUnitId: unitId,
      title: input.title,
      summary: input.summary,
      majorCategory: input.majorCategory ?? null,
      status,
      leadTimeException: lateOnly ? JSON.stringify({ reason: input.requestException?.reason ?? '' }) : null,
      flags: JSON.stringify(flags),
      sortOrder: 0,
      version: 1,
      createdAt: at.toISOString(),
    });
    return { result: { id, status, flags }, audit: [{ act: 'meetings.topic.submit', objectType: 'meeting_topic', objectId: id, result: 'success', article: 53, summary: { meetingId: meeting.id, title: input.title, status, isMajor: input.isMajor } }] };
  });
}
