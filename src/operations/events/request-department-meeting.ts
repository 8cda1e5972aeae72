import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository, noApproval } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { isDepartmentLike } from '../../domain/org/scope.js';
import { invalid, refuse } from '../../domain/errors.js';
import { isOverYearlyLimit, type MeetingRequestFacts, meetingRequestRules, needsHeadApproval } from '../../domain/events/rules.js';
import { countedMeetingStatuses, type MeetingChair, type MeetingFormat } from '../../domain/events/types.js';
import { parameter, runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { meetingInviteeOptions } from './meeting-invitees.js';

export type RequestDepartmentMeetingInput = {
  title: string;
  meetingDate: LocalDate;
  format: MeetingFormat;
  chairedBy: MeetingChair;
  /** The 副区长 who chairs, when `chairedBy` is `deputy`. */
  chairPersonId?: string | null;
  inviteePostIds: readonly string[];
  detail: string;
};

/**
 * A department asks to hold its system-wide meeting (art. 58): as a rule at most the rulebook's number a
 * calendar year (pending and approved requests count) — one beyond it waits for the 区长's own approval — never inviting the 区长, a 副区长 only through the approval (flagged
 * for the approver), town and subdistrict principals not at all at a meeting the department's head chairs and,
 * at one a 副区长 chairs, only once the 区长 himself approves — such a request waits for him first. An in-person
 * meeting is flagged (video first).
 */
export async function requestDepartmentMeeting(ctx: OperationContext, input: RequestDepartmentMeetingInput): Promise<{ id: string; flags: { ruleId: string; article: number; message: string }[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) invalid('申请召开本系统全区性会议的须是区政府部门；当前账号未隶属任何单位');
  const submittedOn = localDateOf(ctx.clock.now());
  if (input.meetingDate < submittedOn) invalid('会议日期不能早于今天');
  if (new Set(input.inviteePostIds).size !== input.inviteePostIds.length) invalid('邀请对象有重复');

  return commitChange(ctx, async (trx, at) => {
    const unit = await orgRepository.findUnit(trx, unitId);
    // Art. 93: the bodies the rules also bind (派出机构、部门管理机构、直属事业单位) stand with the departments.
    if (!unit || !isDepartmentLike(unit.kind)) invalid('第五十八条所称本系统全区性会议由区政府部门申请；当前单位不是区政府部门');
    // Two requests of one department for one year at once must not both pass the yearly count (art. 58).
    await eventsRepository.serialize(trx, ctx.handle.dialect, `department-meetings:${unit.id}:${input.meetingDate.slice(0, 4)}`);

    const options = await meetingInviteeOptions(trx, input.meetingDate);
    const invitees = input.inviteePostIds.map((postId) => options.find((o) => o.postId === postId) ?? invalid('邀请对象须是区政府领导或镇（街道）负责人职务', { postId }));
    let chairName = '';
    let chairPersonId: string | null = null;
    if (input.chairedBy === 'deputy') {
      const leaders = await orgRepository.leaders(trx, input.meetingDate, ['executive_deputy', 'deputy']);
      const chair = leaders.find((l) => l.personId === input.chairPersonId);
      if (!chair) invalid('请选择主持会议的副区长');
      chairName = `${chair.post.title}${chair.name}`;
      chairPersonId = chair.personId;
    } else {
      const principal = (await orgRepository.postsOfUnit(trx, unit.id, input.meetingDate, false)).find((p) => p.kind === 'principal');
      chairName = `${unit.shortName ?? unit.name}${principal?.title ?? '主要负责人'}${principal?.holders[0]?.name ?? ''}`;
      chairPersonId = principal?.holders[0]?.personId ?? null;
    }

    const year = input.meetingDate.slice(0, 4);
    const facts: MeetingRequestFacts = {
      meeting: { meetingDate: input.meetingDate, format: input.format, chairedBy: input.chairedBy, invitees, headApproval: null },
      sameYearCount: await eventsRepository.countMeetingsInYear(trx, unit.id, year, countedMeetingStatuses),
    };
    const outcome = runRules(meetingRequestRules, facts, submittedOn);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);

    const id = randomUUID();
    const flags = outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }));
    const now = at.toISOString();
    await eventsRepository.insertMeeting(trx, {
      id,
      title: input.title,
      unitId: unit.id,
      meetingDate: input.meetingDate,
      format: input.format,
      chairedBy: input.chairedBy,
      chairPersonId,
      chairName,
      invitees: JSON.stringify(invitees),
      headApproval: null,
      detail: input.detail,
      submittedOn,
      submittedByUserId: ctx.actor.userId,
      status: needsHeadApproval({ chairedBy: input.chairedBy, invitees }, isOverYearlyLimit(facts.sameYearCount, parameter('events.departmentSystemMeetingsPerYear', submittedOn)))
        ? 'awaiting_head_approval'
        : 'awaiting_approval',
      ...noApproval,
      flags: JSON.stringify(flags),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: { id, flags },
      audit: [
        {
          act: 'department_meeting.request',
          objectType: 'department_meeting',
          objectId: id,
          result: 'success',
          article: 58,
          summary: { title: input.title, unit: unit.name, meetingDate: input.meetingDate, format: input.format, chair: chairName, invitees: invitees.map((i) => `${i.unitName}${i.postTitle}`), flags: flags.map((f) => f.ruleId) },
        },
      ],
    };
  });
}
