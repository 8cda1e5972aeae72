import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, type CaseDefinition, isWorkItem, type Viewer } from '../case.js';
import { DomainError } from '../errors.js';
import { departmentMeetingCase, invitationCase, speechCase, type WithHead } from './case.js';
import { type DepartmentMeeting, type Invitation, invitationStatuses, meetingStatuses, type Speech, speechStatuses } from './types.js';

const viewer = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const head = viewer({ roles: ['leader'], personId: 'head', unitId: 'gov' });
const actingHead = viewer({ roles: ['leader'], personId: 'exec', unitId: 'gov', standsInFor: [{ personId: 'head', name: '区长', basis: 'acting_head', isUrgentOnly: false }] });
const urgentCoverOfHead = viewer({ roles: ['leader'], personId: 'dep', unitId: 'gov', standsInFor: [{ personId: 'head', name: '区长', basis: 'pair', isUrgentOnly: true }] });
const deputy = viewer({ roles: ['leader'], personId: 'zhou', unitId: 'gov' });
const office = viewer({ roles: ['office_staff'], personId: 'clerk', unitId: 'office' });
const fgj = viewer({ roles: ['unit_staff'], unitId: 'fgj' });
const czj = viewer({ roles: ['unit_staff'], unitId: 'czj' });
const everyone = { head, actingHead, urgentCoverOfHead, deputy, office, fgj, czj };

const invitation = (over: Partial<Invitation> = {}): WithHead<Invitation> =>
  ({ id: 'i', version: 1, status: 'awaiting_approval', kind: 'ribbon_cutting', activityDate: '2026-03-12', invitingUnitId: 'fgj', invitedPersonId: 'zhou', headPersonId: 'head', ...over }) as WithHead<Invitation>;
const meeting = (over: Partial<DepartmentMeeting> = {}): WithHead<DepartmentMeeting> =>
  ({ id: 'm', version: 1, status: 'awaiting_head_approval', unitId: 'fgj', meetingDate: '2026-04-10', headPersonId: 'head', ...over }) as WithHead<DepartmentMeeting>;
const speech = (over: Partial<Speech> = {}): WithHead<Speech> => ({ id: 's', version: 1, status: 'awaiting_approval', speakerPersonId: 'zhou', eventDate: '2026-03-05', headPersonId: 'head', ...over }) as WithHead<Speech>;

describe('第九十一条 区政府的批准是区长本人的行为', () => {
  it('第九十一条 待批准的邀请：区长批准或不批准；办公室只能依区委文件记录或不予安排；邀请单位只能撤回', () => {
    expect(actionsFor(invitationCase, invitation(), head)).toEqual(['approve', 'refuse']);
    expect(actionsFor(invitationCase, invitation(), office)).toEqual(['record_outside_approval', 'record_outside_refusal', 'decline']);
    expect(actionsFor(invitationCase, invitation(), fgj)).toEqual(['withdraw']);
    expect(actionsFor(invitationCase, invitation(), czj)).toEqual([]);
    expect(actionsFor(invitationCase, invitation(), deputy)).toEqual([]);
    expect(() => authorize(invitationCase, 'approve', invitation(), office)).toThrowError(DomainError);
  });

  it('第七条 区长外出时主持工作的常务副区长代为批准（记为代区长）；只办紧急事项的补位领导不能批准', () => {
    expect(authorize(invitationCase, 'approve', invitation(), actingHead)).toMatchObject({ to: 'awaiting_arrangement', actingFor: { personId: 'head' }, act: 'invitation.approve', articles: [91] });
    expect(actionsFor(invitationCase, invitation(), urgentCoverOfHead)).toEqual([]);
  });

  it('第九十条 批准后由办公室安排；活动日期已过的不能安排；已办结的再办答409', () => {
    expect(actionsFor(invitationCase, invitation({ status: 'awaiting_arrangement' }), office)).toEqual(['arrange', 'decline']);
    expect(actionsFor(invitationCase, invitation({ status: 'awaiting_arrangement', activityDate: '2026-03-01' }), office)).toEqual(['decline']);
    try {
      authorize(invitationCase, 'arrange', invitation({ status: 'arranged', version: 4 }), office);
    } catch (e) {
      expect((e as DomainError).code).toBe('conflict');
      expect((e as DomainError).details).toEqual({ currentState: 'arranged', currentVersion: 4 });
    }
    expect.assertions(4);
  });
});

describe('第五十八条 请镇街主要负责人参加副区长主持的会议须经区长批准', () => {
  it('第五十八条 待区长批准的申请只有区长（或代区长主持工作的）能批；办公室的审批在区长批准之后', () => {
    expect(actionsFor(departmentMeetingCase, meeting(), head)).toEqual(['approve_town_principals', 'refuse_town_principals']);
    expect(authorize(departmentMeetingCase, 'approve_town_principals', meeting(), actingHead).actingFor).toEqual({ personId: 'head', name: '区长' });
    expect(actionsFor(departmentMeetingCase, meeting(), office)).toEqual([]);
    expect(actionsFor(departmentMeetingCase, meeting(), deputy)).toEqual([]);
    expect(actionsFor(departmentMeetingCase, meeting(), fgj)).toEqual(['withdraw']);
    expect(actionsFor(departmentMeetingCase, meeting({ status: 'awaiting_approval' }), office)).toEqual(['approve', 'refuse']);
    expect(actionsFor(departmentMeetingCase, meeting({ status: 'awaiting_approval' }), head)).toEqual([]);
    expect(actionsFor(departmentMeetingCase, meeting({ status: 'approved', meetingDate: '2026-03-01' }), fgj)).toEqual([]);
  });
});

describe('第八十一条 讲话文章事先经区政府同意', () => {
  it('第八十一条 区长同意或不同意；讲话的副区长本人、办公室都不能同意', () => {
    expect(actionsFor(speechCase, speech(), head)).toEqual(['consent', 'refuse']);
    expect(actionsFor(speechCase, speech(), deputy)).toEqual([]);
    expect(actionsFor(speechCase, speech(), office)).toEqual([]);
    expect(actionsFor(speechCase, speech({ status: 'approved' }), head)).toEqual([]);
  });
});

describe('工作台与 actions 出自同一声明', () => {
  it('任意状态与用户：在工作台上，当且仅当用户对其有办理性质的 action', () => {
    const viewers = Object.values(everyone);
    fc.assert(
      fc.property(fc.constantFrom(...invitationStatuses), fc.constantFrom(...meetingStatuses), fc.constantFrom(...speechStatuses), fc.constantFrom(...viewers), (i, m, s, v) => {
        const cases = [
          [invitationCase, invitation({ status: i })],
          [departmentMeetingCase, meeting({ status: m })],
          [speechCase, speech({ status: s })],
        ] as const;
        for (const [def, c] of cases) {
          const d = def as unknown as CaseDefinition<string, typeof c, string>;
          const work = actionsFor(d, c, v).filter((a) => d.actions[a]?.isWork !== false);
          expect(isWorkItem(d, c, v)).toBe(work.length > 0);
        }
      }),
    );
  });
});
