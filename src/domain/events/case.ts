import { type CaseDefinition, ofUnit, personal } from '../case.js';
import type { DepartmentMeeting, Invitation, InvitationStatus, MeetingStatus, Speech, SpeechStatus } from './types.js';

/**
 * The events area, declared once: an invitation of a government leader (art. 90–92), a department's request
 * for a system-wide meeting (art. 58) and a request for consent to a speech or article (art. 81). The
 * operations, the `actions` every object is returned with and the 工作台 read these.
 *
 * An approval is an act of the approver. Where the rules name the 区政府 or the 区长, the 区长 takes it in his
 * own session — or the executive deputy presiding while he is away (art. 7), recorded as acting for him; the
 * `headPersonId` each case carries is the 区长 on the day it is judged. Where they name the 区委, whose
 * members work outside the platform, the office records the decision with the 区委's document attached.
 */

/** A case as the declarations judge it: with the 区长 of the day, whose own act an approval is. */
export type WithHead<T> = T & { headPersonId: string | null };

const byHead = personal<WithHead<unknown>>((c) => c.headPersonId);

export type InvitationAction = 'approve' | 'refuse' | 'record_outside_approval' | 'record_outside_refusal' | 'arrange' | 'decline' | 'withdraw';

export const invitationCase: CaseDefinition<InvitationStatus, WithHead<Invitation>, InvitationAction> = {
  kind: 'invitation',
  label: '邀请',
  states: { awaiting_approval: '待批准', awaiting_arrangement: '待安排', arranged: '已安排', declined: '不予安排', not_approved: '未获批准', withdrawn: '已撤回' },
  stateOf: (i) => i.status,
  actions: {
    approve: { label: '批准', from: ['awaiting_approval'], to: 'awaiting_arrangement', policy: 'events.decide', relation: byHead, articles: [91], act: 'invitation.approve', rules: ['events.invitation-approval-beforehand'] },
    refuse: { label: '不批准', from: ['awaiting_approval'], to: 'not_approved', policy: 'events.decide', relation: byHead, articles: [91], act: 'invitation.refuse' },
    // The 区委 decides outside the platform: the office records it from the document; the head's decision is his work.
    record_outside_approval: {
      label: '记录区委批准',
      from: ['awaiting_approval'],
      to: 'awaiting_arrangement',
      policy: 'events.approve',
      articles: [91],
      act: 'invitation.outside_approval',
      rules: ['events.invitation-approval-beforehand'],
      isWork: false,
    },
    record_outside_refusal: { label: '记录区委不批准', from: ['awaiting_approval'], to: 'not_approved', policy: 'events.approve', articles: [91], act: 'invitation.outside_refusal', isWork: false },
    arrange: {
      label: '安排',
      from: ['awaiting_arrangement'],
      to: 'arranged',
      policy: 'events.arrange',
      when: (i, viewer) => i.activityDate >= viewer.today,
      // Art. 92: a visit (city leaders, peers) is handled by the office like an invitation, here.
      articles: [90, 92],
      act: 'invitation.arrange',
      rules: ['events.invitation-prior-approval'],
    },
    decline: { label: '不予安排', from: ['awaiting_approval', 'awaiting_arrangement'], to: 'declined', policy: 'events.arrange', articles: [90], act: 'invitation.decline', isWork: false },
    withdraw: {
      label: '撤回',
      from: ['awaiting_approval', 'awaiting_arrangement'],
      to: 'withdrawn',
      policy: 'events.invite',
      relation: ofUnit((i) => [i.invitingUnitId]),
      articles: [90],
      act: 'invitation.withdraw',
      isWork: false,
    },
  },
};

export type MeetingAction = 'approve_town_principals' | 'refuse_town_principals' | 'approve' | 'refuse' | 'withdraw';

export const departmentMeetingCase: CaseDefinition<MeetingStatus, WithHead<DepartmentMeeting>, MeetingAction> = {
  kind: 'department_meeting',
  label: '会议申请',
  states: { awaiting_head_approval: '待区长批准', awaiting_approval: '待审批', approved: '已批准', not_approved: '未获批准', withdrawn: '已撤回' },
  stateOf: (m) => m.status,
  actions: {
    // Art. 58 "确需参加的，须经区长批准" (town principals at a 副区长's meeting) and "原则上每年不超过1次" (a meeting
    // beyond the year's number): the 区长's own act, before the office approves the meeting. The action keeps
    // its first name for the API; what the 区长 approved is kept in `headApproval.grounds`.
    approve_town_principals: {
      label: '区长批准',
      from: ['awaiting_head_approval'],
      to: 'awaiting_approval',
      policy: 'events.decide',
      relation: byHead,
      articles: [58],
      act: 'department_meeting.head_approval',
      rules: ['events.meeting-approval-beforehand'],
    },
    refuse_town_principals: { label: '区长不批准', from: ['awaiting_head_approval'], to: 'not_approved', policy: 'events.decide', relation: byHead, articles: [58], act: 'department_meeting.head_refusal' },
    approve: { label: '批准', from: ['awaiting_approval'], to: 'approved', policy: 'events.approve', articles: [58], act: 'department_meeting.approval', rules: ['events.meeting-approval-beforehand'] },
    refuse: { label: '不批准', from: ['awaiting_approval'], to: 'not_approved', policy: 'events.approve', articles: [58], act: 'department_meeting.refusal' },
    withdraw: {
      label: '撤回',
      from: ['awaiting_head_approval', 'awaiting_approval', 'approved'],
      to: 'withdrawn',
      policy: 'events.request_meeting',
      relation: ofUnit((m) => [m.unitId]),
      when: (m, viewer) => m.meetingDate >= viewer.today,
      articles: [58],
      act: 'department_meeting.withdraw',
      isWork: false,
    },
  },
};

export type SpeechAction = 'consent' | 'refuse';

/** Art. 81 "事先须经区政府同意": the 区政府's consent, given by the 区长 himself (or whoever presides for him). */
export const speechCase: CaseDefinition<SpeechStatus, WithHead<Speech>, SpeechAction> = {
  kind: 'speech',
  label: '讲话文章报批',
  states: { awaiting_approval: '待审批', approved: '已同意', not_approved: '未同意' },
  stateOf: (s) => s.status,
  actions: {
    consent: { label: '同意', from: ['awaiting_approval'], to: 'approved', policy: 'events.decide', relation: byHead, articles: [81], act: 'speech.consent', rules: ['events.speech-prior-consent'] },
    refuse: { label: '不同意', from: ['awaiting_approval'], to: 'not_approved', policy: 'events.decide', relation: byHead, articles: [81], act: 'speech.refuse' },
  },
};
