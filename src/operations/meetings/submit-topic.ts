import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository, type SignatureRecord, type TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';
import { meetingCase, type TopicStatus, topicStatusFrom } from '../../domain/meetings/case.js';
import { type TopicFacts, topicRules } from '../../domain/meetings/rules.js';
import type { MajorCategory, MeetingKind } from '../../domain/meetings/types.js';
import { countersignGaps } from '../../domain/countersign.js';
import { runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { meetingCaseOf, meetingsOrgOn, meetingsScopeOf } from './cases.js';

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

type TopicForCheck = Pick<TopicRecord, 'isMajor' | 'relatedUnitIds' | 'submittedOn' | 'leadTimeException' | 'coordinationNote'>;

/**
 * Checks a topic against the meeting it is for: major matters only at plenary or executive meetings (art.
 * 8, 27); the lead time before an executive meeting (art. 53, counted in working days on the calendar, the
 * day of submission not counting); the related units' countersignatures (art. 52), given the signatures.
 */
export async function checkTopic(trx: Tx, topic: TopicForCheck, meeting: { kind: string; meetingDate: LocalDate }, signatures: readonly Pick<SignatureRecord, 'unitId' | 'isAgreed' | 'grounds'>[] | null) {
  const calendar = await loadCalendar(trx);
  const related = JSON.parse(topic.relatedUnitIds) as string[];
  const names = new Map((await orgRepository.listUnits(trx)).map((u) => [u.id, u.name]));
  const nameOf = (u: string) => names.get(u) ?? u;
  const gaps = signatures ? countersignGaps(related, signatures.map((s) => ({ unitId: s.unitId, isAgreed: s.isAgreed === 1, grounds: s.grounds }))) : null;
  const facts: TopicFacts = {
    meetingKind: meeting.kind as MeetingKind,
    isMajor: topic.isMajor === 1,
    workingDaysAhead: calendar.workingDaysBetween(topic.submittedOn, meeting.meetingDate),
    hasHeadException: topic.leadTimeException !== null && (JSON.parse(topic.leadTimeException) as { approvedBy?: string }).approvedBy !== undefined,
    unsignedUnits: gaps ? gaps.unsigned.map(nameOf) : [],
    // Art. 52: a disagreement needs both sides' grounds and the deputy's coordination before it goes on.
    groundlessDisagreements: gaps ? (topic.coordinationNote ? gaps.groundless : gaps.disagreeing).map(nameOf) : [],
  };
  // The lead time counts from the day the topic was submitted, by the rulebook in force that day.
  return runRules(topicRules, facts, topic.submittedOn);
}

/** Where a topic's rules send it, with the facts as they will stand once the act under way is recorded. */
export async function onwardStatus(
  trx: Tx,
  topic: TopicForCheck & { meetingKind: string; reviewedByPersonId: string | null },
  meeting: { kind: string; meetingDate: LocalDate },
  signatures: readonly Pick<SignatureRecord, 'unitId' | 'isAgreed' | 'grounds'>[],
): Promise<TopicStatus> {
  const outcome = await checkTopic(trx, topic, meeting, signatures);
  return topicStatusFrom({
    isLateWithoutException: outcome.refusals.some((v) => v.ruleId === 'meetings.topic-lead-time'),
    isUncoordinated: outcome.refusals.some((v) => v.ruleId === 'meetings.topic-coordinated'),
    // Art. 53: a topic for the executive meeting goes to the deputy in charge for review (审定).
    needsReview: topic.meetingKind === 'executive' && topic.reviewedByPersonId === null,
  });
}

/** A unit submits a topic for a meeting with its coordination record (art. 52–53). */
export async function submitTopic(ctx: OperationContext, input: SubmitTopicInput): Promise<{ id: string; status: TopicStatus; flags: { ruleId: string; article: number; message: string }[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new DomainError('forbidden', '只有单位人员可以提交议题');
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const meeting = found(await meetingsRepository.find(trx, input.meetingId, meetingsScopeOf(viewer)), '会议');
    const day = localDateOf(at);
    authorize(meetingCase, 'submit_topic', meetingCaseOf(meeting, await meetingsOrgOn(trx, day)), viewer);
    if (input.isMajor && !input.majorCategory) invalid('重大事项须选择类别（第二十七条）');
    if (input.relatedUnitIds.includes(unitId)) invalid('相关单位不应包括提交单位本身');
    for (const u of input.relatedUnitIds) found(await orgRepository.findUnit(trx, u), '相关单位');
    const id = randomUUID();
    const draft = { isMajor: input.isMajor ? 1 : 0, relatedUnitIds: JSON.stringify(input.relatedUnitIds), submittedOn: day, leadTimeException: null as string | null, coordinationNote: null };
    const outcome = await checkTopic(trx, draft, meeting, null);
    const lateOnly = outcome.refusals.length > 0 && outcome.refusals.every((v) => v.ruleId === 'meetings.topic-lead-time');
    if (outcome.refusals.length > 0 && !(lateOnly && input.requestException)) refuse(outcome.refusals);
    const flags = lateOnly ? outcome.refusals.map((v) => ({ ruleId: v.ruleId, article: v.article, message: v.message })) : [];
    const status = topicStatusFrom({ isLateWithoutException: lateOnly, isUncoordinated: input.relatedUnitIds.length > 0, needsReview: meeting.kind === 'executive' });
    await meetingsRepository.insertTopic(trx, {
      ...draft,
      id,
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
      reviewedByPersonId: null,
      reviewedAt: null,
    });
    return { result: { id, status, flags }, audit: [{ act: 'meetings.topic.submit', objectType: 'meeting_topic', objectId: id, result: 'success', article: 53, summary: { meetingId: meeting.id, title: input.title, status, isMajor: input.isMajor } }] };
  });
}
