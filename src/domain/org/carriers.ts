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
    summary: '按日期记录副区长分管的单位与领域及"一岗双责"四个领域；分工调整自生效日起适用，历史保留',
  },
  {
    id: 'org.cover-pairs',
    kind: 'route',
    cites: [{ article: 62 }, { article: 9, clause: '第二款' }],
    effective: { from: '2022-01-31' },
    summary: '相对固定的互相补位领导按期间登记，同一期间一位领导只有一位补位领导',
  },
];
