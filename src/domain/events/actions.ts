import { can } from '../identity/policies.js';
import type { DepartmentMeeting, Invitation, Speech } from './types.js';
import type { LocalDate } from '../../rules/types.js';

/** Who is looking, for deciding what they may do with an object (the web app never re-derives this). */
export type EventsViewer = { roles: readonly string[]; unitId: string | null; personId: string | null; today: LocalDate };

/**
 * What a viewer may do with an invitation: the office records the art. 91 decision, arranges or declines; the
 * inviting unit withdraws one the office has not acted on.
 */
export function invitationActions(i: Pick<Invitation, 'status' | 'invitingUnitId' | 'activityDate'>, v: EventsViewer): string[] {
  const actions: string[] = [];
  const isOpen = i.status === 'awaiting_approval' || i.status === 'awaiting_arrangement';
  if (!isOpen) return actions;
  if (can(v.roles, 'events.approve') && i.status === 'awaiting_approval') actions.push('record_approval');
  if (can(v.roles, 'events.arrange')) {
    if (i.status === 'awaiting_arrangement' && i.activityDate >= v.today) actions.push('arrange');
    actions.push('decline');
  }
  if (can(v.roles, 'events.invite') && i.invitingUnitId === v.unitId) actions.push('withdraw');
  return actions;
}

/** What a viewer may do with a meeting request: the office records the decision; the department withdraws. */
export function meetingActions(m: Pick<DepartmentMeeting, 'status' | 'unitId' | 'meetingDate'>, v: EventsViewer): string[] {
  const actions: string[] = [];
  if (m.status === 'awaiting_approval' && can(v.roles, 'events.approve')) actions.push('record_approval');
  const isWithdrawable = (m.status === 'awaiting_approval' || m.status === 'approved') && m.meetingDate >= v.today;
  if (isWithdrawable && can(v.roles, 'events.request_meeting') && m.unitId === v.unitId) actions.push('withdraw');
  return actions;
}

/** What a viewer may do with a speech request: the office records the government's decision. */
export function speechActions(s: Pick<Speech, 'status'>, v: EventsViewer): string[] {
  return s.status === 'awaiting_approval' && can(v.roles, 'events.approve') ? ['record_approval'] : [];
}
