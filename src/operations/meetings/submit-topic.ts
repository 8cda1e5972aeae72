import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository, type SignatureRecord, type TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';
import { hasSeparateDeputy, meetingCase, type TopicCase, type TopicStatus, topicStatusFrom } from '../../domain/meetings/case.js';
import { majorCategoryOf, type MajorReading, type TopicFacts, topicRules } from '../../domain/meetings/rules.js';
import { type MeetingKind, workingDaysBefore } from '../../domain/meetings/types.js';
import { countersignGaps } from '../../domain/countersign.js';
import { parameter, runRules, violationOf } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { meetingCaseOf, meetingsOrgOn, meetingsScopeOf } from './cases.js';

export type SubmitTopicInput = {
  meetingId: string;
  title: string;
  summary: string;
  isMajor: boolean;
  majorCategory?: string | null;
  relatedUnitIds: readonly string[];
  /** Asks the 区长 to take a late topic all the same (art. 53 "一般应于…"). */
  requestException?: { reason: string } | null;
};

type TopicForCheck = Pick<TopicRecord, 'title' | 'summary' | 'isMajor' | 'majorCategory' | 'majorClassification' | 'relatedUnitIds' | 'submittedOn' | 'leadTimeException' | 'coordinationNote'>;

/** The office's recorded correction of whether a topic is a major matter (art. 8, 27). */
export type MajorClassification = { isMajor: boolean; category: string | null; by: string; at: string; reason: string };

/** How the rules read whether a topic is major: the office's correction, else the category it was submitted under. */
export function majorReadingOf(topic: Pick<TopicRecord, 'title' | 'summary' | 'isMajor' | 'majorCategory' | 'majorClassification'>): MajorReading {
  const text = `${topic.title}\n${topic.summary}`;
  if (topic.majorClassification) {
    const corrected = JSON.parse(topic.majorClassification) as MajorClassification;
    return { category: corrected.isMajor ? corrected.category : null, isOfficeCorrected: true, text };
  }
  return { category: topic.isMajor === 1 ? topic.majorCategory : null, isOfficeCorrected: false, text };
}

/** The categories of art. 27 in force on a day, from the rulebook. */
export function majorCategoriesOn(day: LocalDate): string[] {
  return parameter('meetings.majorMatters', day).map((m) => m.category);
}

/**
 * Checks a topic against the meeting it is for: major matters only at plenary or executive meetings (art.
 * 8, 27, by the rulebook's list of matters); the lead time before an executive meeting (art. 53, in working
 * days on the calendar); the related units' countersignatures and open disagreements (art. 52).
 */
export async function checkTopic(trx: Tx, topic: TopicForCheck, meeting: { kind: string; meetingDate: LocalDate }, signatures: readonly Pick<SignatureRecord, 'unitId' | 'isAgreed' | 'grounds'>[] | null) {
  const calendar = await loadCalendar(trx);
  const related = JSON.parse(topic.relatedUnitIds) as string[];
  const names = new Map((await orgRepository.listUnits(trx)).map((u) => [u.id, u.name]));
  const nameOf = (u: string) => names.get(u) ?? u;
  const gaps = signatures ? countersignGaps(related, signatures.map((s) => ({ unitId: s.unitId, isAgreed: s.isAgreed === 1, grounds: s.grounds }))) : null;
  const facts: TopicFacts = {
    meetingKind: meeting.kind as MeetingKind,
    major: majorReadingOf(topic),
    workingDaysAhead: workingDaysBefore(calendar, topic.submittedOn, meeting.meetingDate),
    hasHeadException: topic.leadTimeException !== null && (JSON.parse(topic.leadTimeException) as { approvedBy?: string }).approvedBy !== undefined,
    unsignedUnits: gaps ? gaps.unsigned.map(nameOf) : [],
    groundlessDisagreements: gaps ? gaps.groundless.map(nameOf) : [],
    // Art. 52: a disagreement holds the topic until the unit agrees after coordination, whatever note is added.
    disagreeingUnits: gaps ? gaps.disagreeing.map(nameOf) : [],
  };
  // The lead time counts from the day the topic was submitted, by the rulebook in force that day.
  return runRules(topicRules, facts, topic.submittedOn);
}

/** Whether a topic still waits for 审定 (art. 53): by the 区长, and by the deputy in charge where that is someone else. */
export function awaitsReview(topic: Pick<TopicRecord, 'meetingKind' | 'reviewedByPersonId' | 'headReviewedByPersonId'>, who: Pick<TopicCase, 'deputyInChargePersonId' | 'headPersonId'>): boolean {
  if (topic.meetingKind !== 'executive') return false;
  return topic.headReviewedByPersonId === null || (hasSeparateDeputy(who) && topic.reviewedByPersonId === null);
}

/** Where a topic's rules send it, with the facts as they will stand once the act under way is recorded. */
export async function onwardStatus(
  trx: Tx,
  topic: TopicForCheck & Pick<TopicRecord, 'meetingKind' | 'reviewedByPersonId' | 'headReviewedByPersonId'>,
  meeting: { kind: string; meetingDate: LocalDate },
  signatures: readonly Pick<SignatureRecord, 'unitId' | 'isAgreed' | 'grounds'>[],
  who: Pick<TopicCase, 'deputyInChargePersonId' | 'headPersonId'>,
): Promise<TopicStatus> {
  const outcome = await checkTopic(trx, topic, meeting, signatures);
  return topicStatusFrom({
    isLateWithoutException: outcome.refusals.some((v) => v.ruleId === 'meetings.topic-lead-time'),
    isUncoordinated: outcome.refusals.some((v) => v.ruleId === 'meetings.topic-coordinated'),
    // Art. 53: a topic for the executive meeting goes to the 区长 and the deputy in charge for 审定.
    needsReview: awaitsReview(topic, who),
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
    const categories = majorCategoriesOn(day);
    if (input.isMajor && !input.majorCategory) invalid(`重大事项须选择第二十七条所列类别：${categories.join('、')}`);
    if (input.majorCategory && !categories.includes(input.majorCategory)) invalid(`重大事项类别须为第二十七条所列：${categories.join('、')}`);
    if (input.relatedUnitIds.includes(unitId)) invalid('相关单位不应包括提交单位本身');
    for (const u of input.relatedUnitIds) found(await orgRepository.findUnit(trx, u), '相关单位');
    const id = randomUUID();
    // Whether the matter is major is read against art. 27's list, not left to the submitter's tick alone.
    const reading: MajorReading = { category: input.isMajor ? (input.majorCategory ?? null) : null, isOfficeCorrected: false, text: `${input.title}\n${input.summary}` };
    const category = majorCategoryOf(reading, parameter('meetings.majorMatters', day));
    const draft = { title: input.title, summary: input.summary, isMajor: category ? 1 : 0, majorCategory: category, majorClassification: null, relatedUnitIds: JSON.stringify(input.relatedUnitIds), submittedOn: day, leadTimeException: null as string | null, coordinationNote: null };
    const outcome = await checkTopic(trx, draft, meeting, null);
    const lateOnly = outcome.refusals.length > 0 && outcome.refusals.every((v) => v.ruleId === 'meetings.topic-lead-time');
    if (outcome.refusals.length > 0 && !(lateOnly && input.requestException)) refuse(outcome.refusals);
    const flags = lateOnly ? outcome.refusals.map((v) => ({ ruleId: v.ruleId, article: v.article, message: v.message })) : [];
    if (category && !input.isMajor) flags.push(violationOf('meetings.major-only-plenary-or-executive', `本议题属第二十七条所列“${category}”事项，按重大事项办理；认定有误的，由区政府办公室更正`, { article: 27, severity: 'flag' }));
    const status = topicStatusFrom({ isLateWithoutException: lateOnly, isUncoordinated: input.relatedUnitIds.length > 0, needsReview: meeting.kind === 'executive' });
    await meetingsRepository.insertTopic(trx, {
      ...draft,
      id,
      meetingId: meeting.id,
      meetingKind: meeting.kind,
      submittingUnitId: unitId,
      status,
      leadTimeException: lateOnly ? JSON.stringify({ reason: input.requestException?.reason ?? '' }) : null,
      flags: JSON.stringify(flags),
      sortOrder: 0,
      version: 1,
      createdAt: at.toISOString(),
      reviewedByPersonId: null,
      reviewedAt: null,
      headReviewedByPersonId: null,
      headReviewedAt: null,
    });
    return { result: { id, status, flags }, audit: [{ act: 'meetings.topic.submit', objectType: 'meeting_topic', objectId: id, result: 'success', article: 53, summary: { meetingId: meeting.id, title: input.title, status, isMajor: category !== null, majorCategory: category } }] };
  });
}
