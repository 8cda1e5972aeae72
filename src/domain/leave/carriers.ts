import type { Carrier } from '../../rules/types.js';

/** What the leave and cover area carries besides its rules (`leaveRules`, registered as they are). */
export const leaveCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'leave.recipients',
    kind: 'record',
    cites: [{ article: 82 }],
    effective: { from: '2022-01-31' },
    summary: '请假报告记载行止日期、地点、事由、代为主持工作的负责人，并以区委书记、区长为收件人留存',
  },
  {
    id: 'cover.route-urgent-items',
    kind: 'route',
    cites: [{ article: 62 }],
    effective: { from: '2022-01-31' },
    summary: '领导外出期间，其临时性、紧急性事项进入补位领导的工作台，补位领导的办理记为代其处理',
  },
  {
    id: 'cover.head-assigns',
    kind: 'route',
    cites: [{ article: 63 }],
    effective: { from: '2022-01-31' },
    summary: '特殊情况下由区长另行安排补位领导，分工调整后补位按新分工自动衔接',
  },
];
