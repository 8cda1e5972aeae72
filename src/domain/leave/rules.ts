import { chineseDate } from '../../calendar/explain.js';
import type { Rule } from '../../rules/types.js';
import { absenceDays, absencesOverlap, type LeaveReport, type CoverAssignment, daysBetween, leaveAttachmentKinds, leaveAttachmentLabels } from './types.js';

/** Everything the leave rules look at for one report; the rulebook's parameters come from the engine as of the report's date. */
export type LeaveFacts = {
  report: Pick<LeaveReport, 'startDate' | 'endDate' | 'isEmergency' | 'emergencyReason' | 'reportedOn' | 'actingPersonName' | 'personId'>;
  hasContact: boolean;
  attachmentKinds: readonly string[];
  /** The leader's mutual cover partner on the report's dates, if the reporter is a government leader. */
  coverPartner: { personId: string; name: string } | null;
  /** The partner's absences that are not cancelled. */
  partnerAbsences: readonly Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>[];
  /** Covers the 区长 has arranged for the reporter. */
  assignments: readonly Pick<CoverAssignment, 'validFrom' | 'validTo' | 'absentPersonId'>[];
};

const EFFECTIVE = { from: '2022-01-31' };

export const leaveRules: readonly Rule<LeaveFacts>[] = [
  {
    id: 'leave.notice-days-ahead',
    kind: 'clock',
    cites: [{ article: 82 }],
    effective: EFFECTIVE,
    summary: '请假外出应按规定天数提前向区委书记、区长报告；因紧急事项临时外出的及时报备并说明理由',
    params: ['leave.noticeDays'],
    check: ({ report }, param) => {
      const noticeDays = param('leave.noticeDays');
      const ahead = daysBetween(report.reportedOn, report.startDate);
      if (ahead >= noticeDays) return undefined;
      if (report.isEmergency) {
        return { severity: 'flag', message: `紧急外出报备：${ahead > 0 ? `提前${ahead}天` : '未提前报告'}（规定提前${noticeDays}天），理由：${report.emergencyReason ?? ''}` };
      }
      return { message: `第八十二条：外出须提前${noticeDays}天报告，本次${ahead > 0 ? `仅提前${ahead}天` : '未提前报告'}。因紧急事项临时外出的，请按“紧急外出”报备并说明理由` };
    },
  },
  {
    id: 'leave.emergency-reason',
    kind: 'guard',
    cites: [{ article: 82 }],
    effective: EFFECTIVE,
    summary: '因紧急事项临时外出的，报备时须说明理由',
    check: ({ report }) =>
      report.isEmergency && !report.emergencyReason?.trim()
        ? { message: '第八十二条：因紧急事项临时外出的，须说明理由' }
        : undefined,
  },
  {
    id: 'leave.long-absence-attachments',
    kind: 'guard',
    cites: [{ article: 82 }],
    effective: EFFECTIVE,
    summary: '外出时间超过规定天数的，须附有关通知、方案及日程安排（三者都附）',
    params: ['leave.longAbsenceDays'],
    check: ({ report, attachmentKinds }, param) => {
      const longAbsenceDays = param('leave.longAbsenceDays');
      const days = absenceDays(report.startDate, report.endDate);
      if (days <= longAbsenceDays) return undefined;
      // "要附有关通知、方案及日程安排": the notice, the plan and the schedule, all three — not one of them.
      const missing = leaveAttachmentKinds.filter((k) => !attachmentKinds.includes(k));
      if (missing.length === 0) return undefined;
      return {
        message: `第八十二条：外出时间超过${longAbsenceDays}天的，要附有关通知、方案及日程安排；本次外出${days}天，尚缺${missing.map((k) => leaveAttachmentLabels[k]).join('、')}`,
      };
    },
  },
  {
    id: 'leave.emergency-reported-promptly',
    kind: 'clock',
    cites: [{ article: 82 }],
    effective: EFFECTIVE,
    summary: '因紧急事项临时外出的，要及时报备（原文未定时限；时限为办公室所定参数，默认外出之日起1天内）',
    params: ['leave.emergencyReportDays'],
    check: ({ report }, param) => {
      if (!report.isEmergency) return undefined;
      const limit = param('leave.emergencyReportDays');
      const after = daysBetween(report.startDate, report.reportedOn);
      if (after <= limit) return undefined;
      // Still recorded (the absence must be known for art. 7 and 62), but marked as not reported in time.
      return {
        severity: 'flag',
        message: `第八十二条：因紧急事项临时外出的，要及时报备；本次于外出${after}天后报备，超过外出之日起${limit}天内报备的时限`,
      };
    },
  },
  {
    id: 'leave.contact-24h',
    kind: 'guard',
    cites: [{ article: 82, clause: '第二款' }],
    effective: EFFECTIVE,
    summary: '外出期间保持通信畅通，确保24小时能随时取得联系',
    check: ({ hasContact }) => (hasContact ? undefined : { message: '第八十二条：须留存外出期间24小时可联系的电话' }),
  },
  {
    id: 'leave.acting-person',
    kind: 'guard',
    cites: [{ article: 82 }],
    effective: EFFECTIVE,
    summary: '报告须写明代为主持工作的负责人',
    check: ({ report }) => (report.actingPersonName.trim() ? undefined : { message: '第八十二条：须写明外出期间代为主持工作的负责人' }),
  },
  {
    id: 'cover.partners-not-away-together',
    kind: 'guard',
    cites: [{ article: 63 }],
    effective: EFFECTIVE,
    summary: '互相补位的区政府领导一般不同时外出；特殊情况由区长安排其他领导补位',
    check: ({ report, coverPartner, partnerAbsences, assignments }) => {
      if (!coverPartner) return undefined;
      const clash = partnerAbsences.find((a) => a.status !== 'cancelled' && absencesOverlap(a, report));
      if (!clash) return undefined;
      const covered = assignments.some((a) => a.absentPersonId === report.personId && a.validFrom <= report.startDate && report.endDate <= a.validTo);
      if (covered) return undefined;
      return {
        message: `第六十三条：互相补位的${coverPartner.name}同志${chineseDate(clash.startDate)}至${chineseDate(clash.endDate)}外出，二人不能同时外出；确需外出的，须由区长安排其他领导补位`,
      };
    },
  },
];
