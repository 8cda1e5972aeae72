import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns } from '../../db/events-repository.js';
import { departmentMeetingCase, type MeetingAction } from '../../domain/events/case.js';
import { meetingApprovalRules } from '../../domain/events/rules.js';
import { type HeadApproval, headApprovalGrounds } from '../../domain/events/types.js';
import { enforceRules } from '../../rules/index.js';
import { decideInSession } from './decision.js';
import { loadMeeting } from './load.js';

export type MeetingDecisionInput = { id: string; version: number; decision: 'approved' | 'refused'; opinion: string };

async function decide(ctx: OperationContext, input: MeetingDecisionInput, approve: MeetingAction, refuse: MeetingAction): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: meeting } = await loadMeeting(trx, ctx, at, input.id);
    const action = input.decision === 'approved' ? approve : refuse;
    const audit = await decideInSession(trx, ctx, at, {
      def: departmentMeetingCase,
      table: 'eventDepartmentMeetings',
      case: meeting,
      action,
      version: input.version,
      viewer,
      today,
      decision: input.decision,
      opinion: input.opinion,
      check: () => input.decision === 'approved' && enforceRules(meetingApprovalRules, { actOn: today, eventDate: meeting.meetingDate }, today),
      // The 区长's consent to town principals is kept apart: the office's approval of the meeting follows it.
      changes: (approval) => {
        if (action !== 'approve_town_principals') return approvalColumns(approval);
        const headApproval: HeadApproval = {
          approverName: `${approval.approverPost}${approval.approverName}`,
          approvedOn: today,
          opinion: input.opinion,
          actingForName: approval.actingForName,
          grounds: headApprovalGrounds(meeting.flags),
        };
        return { headApproval: JSON.stringify(headApproval) };
      },
    });
    return { result: undefined, audit: [audit] };
  });
}

/**
 * The 区长 decides, in his own session, whether town and subdistrict principals may attend a meeting a 副区长
 * chairs (art. 58 "确需参加的，须经区长批准") and whether a department may hold a meeting beyond the year's number
 * ("原则上每年不超过1次"); the executive deputy presiding for him is recorded as acting for him.
 */
export const decideTownPrincipals = (ctx: OperationContext, input: MeetingDecisionInput): Promise<void> => decide(ctx, input, 'approve_town_principals', 'refuse_town_principals');

/** The office approves or refuses a department's system-wide meeting (art. 58 "严格落实会议审批制度"), before its day. */
export const decideDepartmentMeeting = (ctx: OperationContext, input: MeetingDecisionInput): Promise<void> => decide(ctx, input, 'approve', 'refuse');
