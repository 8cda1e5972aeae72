import type { Carrier } from '../../rules/types.js';

export const auditCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'audit.trail',
    kind: 'record',
    cites: [{ article: 46 }],
    effective: { from: '2022-01-31' },
    summary: '每项变更与其审计记录在同一事务中提交（记录写入失败则变更回滚），记录以 SM3 哈希链相连，支撑重大决策终身责任追究',
  },
];
