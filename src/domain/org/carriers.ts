import type { Carrier } from '../../rules/types.js';

/** What the organisation area carries. Routing by these records comes with the areas that route. */
export const orgCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'org.composition',
    kind: 'route',
    cites: [{ article: 5 }],
    effective: { from: '2022-01-31' },
    summary: '按日期记录区政府组成人员：区长、副区长和各工作部门主要负责人的任职起止，任一日期的组成可查',
  },
  {
    id: 'org.portfolio',
    kind: 'route',
    cites: [{ article: 9 }],
    effective: { from: '2022-01-31' },
    summary: '按日期记录副区长分管的单位与领域；“一岗双责”按各副区长当日的分工列出其分管领域的廉洁建设、安全生产、生态环保和信访维稳（dualDutyOf）；分工调整自生效日起适用，历史保留',
  },
  {
    id: 'org.cover-pairs',
    kind: 'route',
    cites: [{ article: 62 }, { article: 9, clause: '第二款' }],
    effective: { from: '2022-01-31' },
    summary: '相对固定的互相补位领导按期间登记，同一期间一位领导只有一位补位领导',
  },
  {
    id: 'org.rules-scope',
    kind: 'route',
    cites: [{ article: 93 }],
    effective: { from: '2022-01-31' },
    summary:
      '区政府派出机构、部门管理机构、政府直属事业单位适用本规则：在组织机构中按单位类别登记，与区政府部门同样须由主要负责人请销假（第八十二条）、可申请本系统全区性会议（第五十八条）；部门管理机构向区政府行文须经主管部门（第六十四条）。“本规则由区政府办公室负责解释”只作记载，无可检查的行为',
  },
];
