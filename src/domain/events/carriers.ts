import type { Carrier } from '../../rules/types.js';

const EFFECTIVE = { from: '2022-01-31' };

/** What the events area carries besides its rules: the routes and records that live in its operations. */
export const eventsCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'events.invitation-arranged-by-office',
    kind: 'route',
    cites: [{ article: 90 }],
    effective: EFFECTIVE,
    summary: '邀请报区政府办公室，由办公室安排或不予安排；安排后成为被邀请领导的事项（活动日期为办理期限，临近活动的为紧急事项，领导外出时转补位领导）',
  },
  {
    id: 'events.invitation-approval-record',
    kind: 'record',
    cites: [{ article: 91 }],
    effective: EFFECTIVE,
    summary: '第九十一条所列活动先待批准：区政府的批准由区长本人（区长外出时主持工作的常务副区长代为）在平台办理；区委的批准由办公室附区委批准文件记录，并写明由谁依哪份文件记录',
  },
  {
    id: 'events.reception-through-office',
    kind: 'route',
    cites: [{ article: 92 }],
    effective: EFFECTIVE,
    summary: '上级领导视察调研、拜会区政府主要领导、外宾确需区政府领导出面的，由有关部门提出安排意见，报区政府办公室按规定程序办理',
  },
  {
    id: 'events.meeting-approval-record',
    kind: 'record',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '部门本系统全区性会议一律报批，会前由办公室审批；副区长主持的会议请镇街主要负责人参加的，先由区长本人批准；邀请副区长、集中开会的申请标注提请审批人注意',
  },
  {
    id: 'events.speech-consent-record',
    kind: 'record',
    cites: [{ article: 81 }],
    effective: EFFECTIVE,
    summary: '代表区政府发表讲话或文章须事先经区政府同意，由区长本人（区长外出时主持工作的常务副区长代为）在平台办理',
  },
];
