import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { leaveContactContext } from '../../crypto/encrypted-columns.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, invalid, refuse } from '../../domain/errors.js';
import { dueClocks, leaveReportCase } from '../../domain/leave/case.js';
import { type LeaveFacts, leaveRules } from '../../domain/leave/rules.js';
import { type LeaveKind, leaveAttachmentKinds } from '../../domain/leave/types.js';
import { isMobileNumber } from '../../crypto/personal-numbers.js';
import { can } from '../../domain/identity/policies.js';
import { parameter, refuseBy, runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { startDueClock } from './due-clock.js';
import { reporterPost } from './who-reports.js';

export type ReportLeaveInput = {
  /** Defaults to the signed-in user's own person; office staff may report on a leader's behalf (代报). */
  personId?: string;
  kind: LeaveKind;
  startDate: LocalDate;
  endDate: LocalDate;
  place: string;
  reason: string;
  actingPersonName: string;
  actingPersonId?: string | null;
  contact: string;
  isEmergency: boolean;
  emergencyReason?: string | null;
  attachmentIds: readonly string[];
};

/**
 * Files a leave report (art. 82): it reaches the 区委书记 and the 区长 as recorded recipients. The 区长's own
 * absence, which art. 82 does not cover, is recorded the same way for art. 7 but none of art. 82's rules apply
 * to it and it has no recipients. Refused when
 * it comes too late (unless reported as an emergency, which is accepted and flagged), lacks the documents a
 * long absence needs, the 24-hour contact or the acting head; refused too when the leader's mutual cover is
 * away at the same time and the 区长 has not arranged another cover (art. 63).
 */
export async function reportLeave(ctx: OperationContext & { cipher: FieldCipher }, input: ReportLeaveInput): Promise<{ id: string; flags: { ruleId: string; article: number; message: string }[] }> {
  const personId = input.personId ?? ctx.actor.personId;
  if (!personId) invalid('请指定外出的领导');
  if (personId !== ctx.actor.personId && !can(ctx.actor.roles, 'leave.report_for')) {
    throw new DomainError('forbidden', '只能报告本人外出；代为报告由区政府办公室办理');
  }
  if (input.endDate < input.startDate) invalid('结束日期不能早于开始日期');
  if (!isMobileNumber(input.contact.replace(/[\s-]/g, '')) && !/^0\d{2,3}-?\d{7,8}$/.test(input.contact)) invalid('24小时联系电话应为手机号码或带区号的固定电话');
  const reportedOn = localDateOf(ctx.clock.now());

  return commitChange(ctx, async (trx, at) => {
    const post = await reporterPost(trx, personId, input.startDate);
    if (!post) invalid('第八十二条规定的请销假人员为副区长、镇长、街道办事处主任、开发区管委会主任和区政府各部门主要负责人；该人员不在其列');
    // The 区长 is not among those art. 82 lists: his absence is recorded for art. 7, without art. 82's rules.
    const isArticle82 = post.basis === 'art82';
    if (isArticle82 && input.startDate < reportedOn && !input.isEmergency) {
      refuseBy('leave.notice-days-ahead', `第八十二条：外出须提前${parameter('leave.noticeDays', reportedOn)}天报告；已经外出的，请按“紧急外出”报备并说明理由`);
    }
    const person = await orgRepository.findPerson(trx, personId);
    const leaders = await orgRepository.leaders(trx, input.startDate, ['head', 'executive_deputy', 'deputy']);
    const pair = (await orgRepository.coverPairs(trx)).find(
      (p) => (p.firstPersonId === personId || p.secondPersonId === personId) && p.validFrom <= input.startDate && (p.validTo === null || input.startDate <= p.validTo),
    );
    const partnerId = pair ? (pair.firstPersonId === personId ? pair.secondPersonId : pair.firstPersonId) : undefined;
    // Art. 63 is a check across two people's rows: parallel reports of a mutual-cover pair take turns, so the
    // second sees the first and is refused rather than both being accepted.
    if (pair) await leaveRepository.serialize(trx, ctx.handle.dialect, `cover-pair:${[pair.firstPersonId, pair.secondPersonId].sort().join('|')}`);
    // Claimed before the rules run so they see the documents' kinds; a refusal rolls the claim back.
    const id = randomUUID();
    const claimed = await attachmentRepository.claim(trx, input.attachmentIds, ctx.actor.userId, 'leave_report', id);
    if (claimed.length !== input.attachmentIds.length) invalid('附件不存在，或不是由本人上传');
    const facts: LeaveFacts = {
      report: { ...input, personId, reportedOn, emergencyReason: input.emergencyReason ?? null },
      hasContact: input.contact.trim().length > 0,
      attachmentKinds: claimed.map((a) => a.kind).filter((k) => (leaveAttachmentKinds as readonly string[]).includes(k)),
      coverPartner: partnerId ? { personId: partnerId, name: leaders.find((l) => l.personId === partnerId)?.name ?? '' } : null,
      partnerAbsences: partnerId ? await leaveRepository.reportsBetween(trx, input.startDate, input.endDate, [partnerId]) : [],
      assignments: await leaveRepository.assignmentsBetween(trx, input.startDate, input.endDate),
    };
    const outcome = runRules(isArticle82 ? leaveRules : leaveRules.filter((r) => !r.cites.some((c) => c.article === 82)), facts, reportedOn);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);

    // Art. 82: reported to the 区委书记 — the principal of whichever unit is the party committee.
    const partyCommittee = await orgRepository.unitWithFunction(trx, 'party_committee');
    const secretary = partyCommittee && (await orgRepository.postsOfUnit(trx, partyCommittee.id, reportedOn, false)).find((p) => p.kind === 'principal')?.holders[0];
    const head = (await orgRepository.leaders(trx, reportedOn, ['head']))[0];
    // The 区长's own absence is no art. 82 report: it has no recipients, only the record art. 7 routes by.
    const recipients = isArticle82
      ? [
          ...(secretary ? [{ personId: secretary.personId, name: secretary.name, post: '区委书记' }] : []),
          ...(head ? [{ personId: head.personId, name: head.name, post: '区长' }] : []),
        ]
      : [];
    const now = at.toISOString();
    await leaveRepository.insertReport(trx, {
      id,
      personId,
      unitId: post.unitId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate,
      place: input.place,
      reason: input.reason,
      actingPersonId: input.actingPersonId ?? null,
      actingPersonName: input.actingPersonName,
      contactEncrypted: ctx.cipher.encrypt(input.contact, leaveContactContext(id)),
      isEmergency: input.isEmergency ? 1 : 0,
      emergencyReason: input.emergencyReason ?? null,
      reportedOn,
      reportedByUserId: ctx.actor.userId,
      recipients: JSON.stringify(recipients),
      flags: JSON.stringify(outcome.flags),
      status: 'reported',
      returnedOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    // The report's one clock: it is due to be closed by returning (销假) on its last day.
    await startDueClock(trx, { objectType: leaveReportCase.kind, objectId: id, ...dueClocks.leaveReport, from: reportedOn, due: input.endDate }, at);
    return {
      result: { id, flags: outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message })) },
      audit: [
        {
          act: 'leave.report',
          objectType: 'leave_report',
          objectId: id,
          result: 'success',
          article: isArticle82 ? 82 : 7,
          summary: { person: person?.name, kind: input.kind, startDate: input.startDate, endDate: input.endDate, isEmergency: input.isEmergency, flags: outcome.flags.map((f) => f.ruleId), recipients: recipients.map((r) => r.name) },
        },
      ],
    };
  });
}
