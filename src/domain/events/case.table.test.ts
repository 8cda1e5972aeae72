import { describe, expect, it } from 'vitest';
import { actionsFor, type Viewer } from '../case.js';
import { departmentMeetingCase, invitationCase, type WithHead } from './case.js';
import type { DepartmentMeeting, Invitation } from './types.js';

// The day edges of the events declarations: an act on the day of the activity or meeting is still in time.
const viewer = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const office = viewer({ roles: ['office_staff'], unitId: 'office' });
const fgj = viewer({ roles: ['unit_staff'], unitId: 'fgj' });
const invitation = (activityDate: string): WithHead<Invitation> =>
  ({ id: 'i', version: 1, status: 'awaiting_arrangement', kind: 'work_activity', activityDate, invitingUnitId: 'fgj', invitedPersonId: 'zhou', headPersonId: 'head' }) as WithHead<Invitation>;
const meeting = (meetingDate: string): WithHead<DepartmentMeeting> =>
  ({ id: 'm', version: 1, status: 'approved', unitId: 'fgj', meetingDate, headPersonId: 'head' }) as WithHead<DepartmentMeeting>;

describe('第九十条 办公室安排邀请：活动当天仍可安排，活动之后不能', () => {
  it.each([
    ['活动当天', '2026-03-02', true],
    ['活动次日', '2026-03-01', false],
  ])('%s', (_, activityDate, can) => {
    expect(actionsFor(invitationCase, invitation(activityDate), office).includes('arrange')).toBe(can);
  });
});

describe('第五十八条 撤回会议申请：会议当天仍可撤回，会后不能', () => {
  it.each([
    ['会议当天', '2026-03-02', true],
    ['会议次日', '2026-03-01', false],
  ])('%s', (_, meetingDate, can) => {
    expect(actionsFor(departmentMeetingCase, meeting(meetingDate), fgj).includes('withdraw')).toBe(can);
  });
});
