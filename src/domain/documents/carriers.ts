import type { Carrier } from '../../rules/types.js';

/** What the documents area carries besides its rules: the routes and clocks of handling. */
export const documentCarriers: readonly Omit<Carrier, 'area'>[] = [
  {
    id: 'documents.countersign-by-principal',
    kind: 'guard',
    cites: [{ article: 64, clause: '第三款' }],
    effective: { from: '2022-01-31' },
    summary: '涉及其他单位职权的会签，须由相关单位主要负责人本人签署',
  },
  {
    id: 'documents.step-limits',
    kind: 'clock',
    cites: [{ article: 66 }],
    effective: { from: '2022-01-31' },
    summary: '公文运转各环节（含签发、会签）限时办理（急件以小时计），逾期按工作日计算并说明，到期前与逾期后自动催办，延期记录批准人',
  },
  {
    id: 'documents.transfer-after-last-instruction',
    kind: 'guard',
    cites: [{ article: 65 }],
    effective: { from: '2022-01-31' },
    summary: '区政府领导同志批示的公文由区政府办公室统一转办：呈区长待批示或须先传阅的领导尚未阅毕的，不予转办',
  },
];
