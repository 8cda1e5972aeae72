import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, isWorkItem, type Viewer } from '../case.js';
import { leaderItemCase, leaveReportCase } from './case.js';
import type { LeaderItem, LeaveReport } from './types.js';

const viewer = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const zhou = viewer({ roles: ['leader'], personId: 'zhou' });
const wuCovering = viewer({ roles: ['leader'], personId: 'wu', standsInFor: [{ personId: 'zhou', name: '周文博', basis: 'pair', isUrgentOnly: true }] });
const wuAssigned = viewer({ roles: ['leader'], personId: 'wu', standsInFor: [{ personId: 'zhou', name: '周文博', basis: 'assignment', isUrgentOnly: true }] });
const zhaoPresiding = viewer({ roles: ['leader'], personId: 'zhao', standsInFor: [{ personId: 'head', name: '林志远', basis: 'acting_head', isUrgentOnly: false }] });
const office = viewer({ roles: ['office_staff'], personId: 'clerk' });
const other = viewer({ roles: ['leader'], personId: 'sun' });

const item = (over: Partial<LeaderItem> = {}): LeaderItem => ({ id: 'i', version: 1, status: 'open', addresseePersonId: 'zhou', isUrgent: false, ...over }) as LeaderItem;
const report = (over: Partial<LeaveReport> = {}): LeaveReport => ({ id: 'r', version: 1, status: 'reported', personId: 'zhou', startDate: '2026-03-06', endDate: '2026-03-07', ...over }) as LeaveReport;

describe('第六十二条 外出领导的紧急事项由补位领导代为办理', () => {
  it('第六十二条 收件人办理自己的事项；补位领导只办紧急的，记为代其处理；其他领导不能办', () => {
    expect(actionsFor(leaderItemCase, item(), zhou)).toEqual(['handle']);
    expect(actionsFor(leaderItemCase, item(), wuCovering)).toEqual([]);
    expect(authorize(leaderItemCase, 'handle', item({ isUrgent: true }), wuCovering).actingFor).toEqual({ personId: 'zhou', name: '周文博' });
    expect(actionsFor(leaderItemCase, item({ isUrgent: true }), other)).toEqual([]);
    expect(actionsFor(leaderItemCase, item({ isUrgent: true }), office)).toEqual([]);
    expect(isWorkItem(leaderItemCase, item({ isUrgent: true }), wuCovering)).toBe(true);
    expect(isWorkItem(leaderItemCase, item({ isUrgent: true, status: 'handled' }), zhou)).toBe(false);
  });

  it('第六十三条 区长另行安排的补位领导同样只办紧急事项', () => {
    expect(actionsFor(leaderItemCase, item(), wuAssigned)).toEqual([]);
    expect(actionsFor(leaderItemCase, item({ isUrgent: true }), wuAssigned)).toEqual(['handle']);
  });

  it('第七条 区长外出时，主持工作的常务副区长办理区长的全部事项（含非紧急）', () => {
    expect(authorize(leaderItemCase, 'handle', item({ addresseePersonId: 'head' }), zhaoPresiding)).toMatchObject({ to: 'handled', actingFor: { personId: 'head', name: '林志远' } });
  });
});

describe('第八十二条 销假与撤销', () => {
  it('第八十二条 本人或办公室销假；外出开始前才能撤销；补位领导不能代为销假', () => {
    expect(actionsFor(leaveReportCase, report(), zhou)).toEqual(['return', 'cancel']);
    expect(actionsFor(leaveReportCase, report(), office)).toEqual(['return', 'cancel']);
    expect(actionsFor(leaveReportCase, report({ startDate: '2026-03-02' }), zhou)).toEqual(['return']);
    expect(actionsFor(leaveReportCase, report(), wuCovering)).toEqual([]);
    expect(actionsFor(leaveReportCase, report({ status: 'returned' }), zhou)).toEqual([]);
    expect(isWorkItem(leaveReportCase, report(), zhou)).toBe(false);
  });
});
