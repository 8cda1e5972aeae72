import { type CaseDefinition, own, personal, type Relation } from '../case.js';
import { can } from '../identity/policies.js';
import type { LeaderItem, LeaderItemStatus, LeaveReport, LeaveStatus } from './types.js';

/**
 * The leave and cover area, declared once: a leave report (art. 82) and an item waiting for a leader
 * (art. 62, 63, 7). The operations, the `actions` every object is returned with and the 工作台 read these.
 */

/** The leader who reported, or the office on their behalf (代为销假) — never a cover: a leave report is personal. */
const reporterOrOffice: Relation<Pick<LeaveReport, 'personId'>> = (r, viewer) => (viewer.personId === r.personId || can(viewer.roles, 'leave.report_for') ? own : false);

export type LeaveReportAction = 'return' | 'cancel';

export const leaveReportCase: CaseDefinition<LeaveStatus, LeaveReport, LeaveReportAction> = {
  kind: 'leave_report',
  label: '请假报告',
  states: { reported: '已报告', returned: '已销假', cancelled: '已撤销' },
  stateOf: (r) => r.status,
  actions: {
    // Neither is work on a 工作台: the leader returns when back; the clock on the report's end day shows it.
    return: { label: '销假', from: ['reported'], to: 'returned', policy: 'leave.report', relation: reporterOrOffice, articles: [82], act: 'leave.return', isWork: false },
    cancel: {
      label: '撤销',
      from: ['reported'],
      to: 'cancelled',
      policy: 'leave.report',
      relation: reporterOrOffice,
      // Once the absence has begun it is closed by returning, not undone.
      when: (r, viewer) => r.startDate > viewer.today,
      articles: [82],
      act: 'leave.cancel',
      isWork: false,
    },
  },
};

export type LeaderItemAction = 'handle';

/**
 * An item is handled by its addressee or whoever stands in for them today: their cover (the pair, or the
 * 区长's arrangement) for urgent items only (art. 62, 63), the executive deputy presiding for the 区长 for
 * everything (art. 7: 主持区政府全面工作). A stand-in's act is recorded as acting for the addressee.
 */
export const leaderItemCase: CaseDefinition<LeaderItemStatus, LeaderItem, LeaderItemAction> = {
  kind: 'leader_item',
  label: '领导事项',
  states: { open: '待办理', handled: '已办理' },
  stateOf: (i) => i.status,
  actions: {
    handle: {
      label: '办理',
      from: ['open'],
      to: 'handled',
      policy: 'leader_items.handle',
      relation: personal((i) => i.addresseePersonId, { isUrgent: (i) => i.isUrgent }),
      articles: [62, 63, 7],
      act: 'leader_item.handle',
    },
  },
};

/**
 * The one clock each kind keeps on the deadlines table while it is open: a leave report is due to be closed by
 * 销假 on its last day (art. 82); a leader item with a due day is due that day (art. 62). Both stop when the
 * case leaves its open state.
 */
export const dueClocks = {
  leaveReport: { label: '销假', article: 82, ruleId: 'leave.recipients' },
  leaderItem: { label: '领导事项办理期限', article: 62, ruleId: 'cover.route-urgent-items' },
} as const;
