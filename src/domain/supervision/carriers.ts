import type { Carrier } from '../../rules/types.js';

const from = { from: '2022-01-31' };

/**
 * What the supervision area carries besides its case declarations, each used in code by its id (a clock's
 * `ruleId`, `refuseBy`, `violationOf`).
 */
export const supervisionCarriers: readonly Omit<Carrier, 'area'>[] = [
  { id: 'supervision.task-clock', kind: 'clock', cites: [{ article: 57 }, { article: 32 }], effective: from, summary: '督办任务按完成时限计时；定期报送的，按规定的工作日间隔报送进展，逾期在台账中标明并说明计算' },
  { id: 'supervision.report-by-principal', kind: 'guard', cites: [{ article: 75 }], effective: from, summary: '对重要决策和区政府领导同志批示件，有关部门主要负责人要亲自抓落实：牵头单位的进展和办结报告经本单位主要负责人审核后报区政府办公室' },
  { id: 'supervision.suggestion-clock', kind: 'clock', cites: [{ article: 40 }], effective: from, summary: '人大代表建议、政协提案自交办之日起限时办结' },
  { id: 'supervision.suggestion-send-back-window', kind: 'guard', cites: [{ article: 40 }], effective: from, summary: '承办单位认为不属于本单位职责的，应在交办后规定天数内申请退回' },
  { id: 'supervision.suggestion-extension-limit', kind: 'guard', cites: [{ article: 40 }], effective: from, summary: '情况复杂的建议提案经批准可以延期，自交办之日起最长不超过规定月数' },
  { id: 'supervision.suggestion-reanswer', kind: 'clock', cites: [{ article: 40 }], effective: from, summary: '代表委员对答复不满意的，承办单位应在规定期限内重新办理答复一次' },
  { id: 'supervision.suggestion-publication', kind: 'record', cites: [{ article: 40 }], effective: from, summary: '主动公开建议提案办理结果' },
  { id: 'supervision.rectification-look-back', kind: 'clock', cites: [{ article: 77 }], effective: from, summary: '对督查发现的问题列出清单、挂账整改，销号后按规定时间组织“回头看”' },
];

