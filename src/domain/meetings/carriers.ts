import type { Carrier } from '../../rules/types.js';

const from = { from: '2022-01-31' };

/** What the meetings area carries besides its rules: composition, arrangement, rhythm and follow-up. */
export const meetingCarriers: readonly Omit<Carrier, 'area'>[] = [
  { id: 'meetings.four-kinds', kind: 'route', cites: [{ article: 47 }], effective: from, summary: '会议分全体会议、常务会议、区长办公会议和专题会议四类，各有组成人员与召集主持规则' },
  { id: 'meetings.plenary-composition', kind: 'route', cites: [{ article: 48 }], effective: from, summary: '全体会议由区长、副区长、各工作部门主要负责人组成，按会议日期的组织机构确定，由区长召集主持' },
  { id: 'meetings.executive-composition', kind: 'route', cites: [{ article: 49 }], effective: from, summary: '常务会议由区长、副区长、办公室主任组成，区纪委监委、办公室副主任、区司法局、法律顾问固定列席；可委托常务副区长主持' },
  { id: 'meetings.head-office-composition', kind: 'route', cites: [{ article: 50 }], effective: from, summary: '区长办公会议由区长、副区长、办公室主任组成，由区长召集主持' },
  { id: 'meetings.topical-convening', kind: 'route', cites: [{ article: 51 }], effective: from, summary: '专题会议由区长、副区长召集主持，或委托办公室主任、副主任主持，有关部门负责人出席' },
  { id: 'meetings.convener-and-chair', kind: 'guard', cites: [{ article: 8 }, { article: 48 }, { article: 49 }, { article: 50 }, { article: 51 }], effective: from, summary: '全体会议、常务会议、区长办公会议由区长召集主持（常务会议可委托常务副区长）；专题会议由区长、副区长召集，可委托办公室主任、副主任主持' },
  { id: 'meetings.topic-reviewed', kind: 'guard', cites: [{ article: 53 }], effective: from, summary: '拟提交常务会议研究的议题，经分管副区长审定后方可列入议程' },
  { id: 'meetings.executive-arrangement', kind: 'route', cites: [{ article: 54 }], effective: from, summary: '常务会议由办公室提出安排意见，经办公室主任审定后报区长确定；区长确定前不形成决定、不编纪要号' },
  { id: 'meetings.absence-to-head', kind: 'guard', cites: [{ article: 55 }], effective: from, summary: '区政府领导同志不能出席会议须向区长请假；其他与会人员请假由办公室汇总报区长' },
  { id: 'meetings.decisions-to-tasks', kind: 'clock', cites: [{ article: 57 }], effective: from, summary: '会议议定事项逐项转为督办任务，明确牵头单位、配合单位和完成时限，办公室定期报告落实情况' },
  { id: 'meetings.rhythm', kind: 'quota', cites: [{ article: 48 }, { article: 49 }], effective: from, summary: '全体会议一般每年1-2次、常务会议一般每月1次，会议日历给出提示' },
];
