import type { Carrier } from '../../rules/types.js';

const from = { from: '2022-01-31' };

/**
 * What the meetings area carries besides its rules, each used in code by its id (refuseBy, violationOf, a clock's
 * `ruleId`): arrangement, absence, rhythm and follow-up. The review of topics (art. 53) is the topic case's
 * review actions; composition is the case declarations and the org data (the coverage report finds those
 * places itself).
 */
export const meetingCarriers: readonly Omit<Carrier, 'area'>[] = [
  { id: 'meetings.convener-and-chair', kind: 'guard', cites: [{ article: 8 }, { article: 48 }, { article: 49 }, { article: 50 }, { article: 51 }], effective: from, summary: '全体会议、常务会议、区长办公会议由区长召集主持（区长不能出席时，经区长本人委托或其请假报告写明，常务会议可由常务副区长主持）；专题会议由区长、副区长召集，可委托办公室主任、副主任主持' },
  { id: 'meetings.executive-arrangement', kind: 'route', cites: [{ article: 54 }], effective: from, summary: '常务会议由办公室提出安排意见，经办公室主任审定后报区长确定；区长确定前不形成决定、不编纪要号' },
  { id: 'meetings.absence-to-head', kind: 'guard', cites: [{ article: 55 }], effective: from, summary: '区政府领导同志不能出席会议须向区长请假；其他与会人员请假由办公室汇总报区长' },
  { id: 'meetings.decisions-to-tasks', kind: 'clock', cites: [{ article: 57 }], effective: from, summary: '会议议定事项逐项转为督办任务，明确牵头单位、配合单位和完成时限，办公室定期报告落实情况' },
  { id: 'meetings.rhythm', kind: 'quota', cites: [{ article: 48 }, { article: 49 }], effective: from, summary: '全体会议一般每年1-2次、常务会议一般每月1次，会议日历给出提示' },
];
