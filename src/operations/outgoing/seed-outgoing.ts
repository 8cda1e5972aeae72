import { localDateOf } from '../../clock.js';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import type { DraftInput, ReviewChecklist } from '../../domain/outgoing/types.js';
import { insertDraft } from './create-draft.js';
import { draftColumnsOf } from './draft-fields.js';

/**
 * The district's 发文字号 sequences as data (临淄区: 临政发, 临政字, 临政办发, 临政办字, 临政函, and departments'
 * own, e.g. 临财发 for the finance bureau): the government's and the office's by function, a department's by the
 * unit that holds its name in the organisation data. Another district seeds its own.
 */
export async function seedNumberSequences(trx: Tx, names: { departments: readonly { code: string; name: string; unitName: string }[] }): Promise<void> {
  const rows = [
    { code: '临政发', name: '区政府发文（重要决定、政策措施）', issuer: 'government', unitId: null, sortOrder: 1 },
    { code: '临政字', name: '区政府发文（一般事项、批复）', issuer: 'government', unitId: null, sortOrder: 2 },
    { code: '临政函', name: '区政府函', issuer: 'government', unitId: null, sortOrder: 3 },
    { code: '临政办发', name: '区政府办公室发文', issuer: 'office', unitId: null, sortOrder: 4 },
    { code: '临政办字', name: '区政府办公室发文（一般事项）', issuer: 'office', unitId: null, sortOrder: 5 },
  ];
  for (const row of rows) await outgoingRepository.upsertSequence(trx, row);
  let order = 10;
  for (const d of names.departments) {
    const unit = await orgRepository.findUnitByName(trx, d.unitName);
    if (unit) await outgoingRepository.upsertSequence(trx, { code: d.code, name: d.name, issuer: 'department', unitId: unit.id, sortOrder: order++ });
  }
}

const checklist: ReviewChecklist = { contentKind: 'important_matter', isProvidedByLaw: false, isCoveredByCurrentDocument: false, hasNewContent: true, isSeparateDivisionPlan: false, isDepartmentRemit: false };

/**
 * Demo drafts, for trying the 发文 pages: a 临政发 通知 the development and reform bureau drafts on the
 * government's behalf, to be countersigned by the finance bureau (awaiting its head's approval), and a 临政办字 函
 * the office is drafting. They are checked and stored as a drafter's own would be (`draftColumnsOf`, `insertDraft`).
 */
export async function seedOutgoingDemo(trx: Tx, at: Date): Promise<void> {
  const fgj = await orgRepository.findUnitByName(trx, '区发展和改革局');
  const office = await orgRepository.unitWithFunction(trx, 'government_office');
  const czj = await orgRepository.findUnitByName(trx, '区财政局');
  if (!fgj || !office || !czj) return;
  const day = localDateOf(at);
  const towns = (await orgRepository.listUnits(trx)).filter((u) => u.kind === 'town' || u.kind === 'subdistrict');
  const base = { copyToUnitIds: [], classification: 'none', urgency: 'normal', attachmentIds: [], isPolicy: false, directsLowerGovernments: false, checklist } as const;
  const notice: DraftInput = {
    ...base,
    issuer: 'government',
    docType: '通知',
    title: '临淄区人民政府关于做好2026年重点项目建设工作的通知',
    mainRecipientUnitIds: towns.map((u) => u.id),
    mainRecipientNames: ['区政府各部门'],
    copyToNames: ['区委办公室'],
    disclosure: 'proactive',
    body: [
      { kind: 'paragraph', text: '为加快推进全区重点项目建设，现就有关事项通知如下：' },
      { kind: 'heading', level: 1, text: '一、明确目标任务' },
      { kind: 'paragraph', text: '各镇、街道和区政府各部门要按照全年计划，倒排工期，确保项目按期开工。' },
      { kind: 'heading', level: 1, text: '二、强化要素保障' },
      { kind: 'paragraph', text: '区财政局要统筹安排项目前期经费，区自然资源局要做好用地保障。' },
    ],
    sequenceCode: '临政发',
    countersignUnitIds: [czj.id],
  };
  const letter: DraftInput = {
    ...base,
    issuer: 'office',
    docType: '函',
    title: '临淄区人民政府办公室关于商请协助开展营商环境评价的函',
    mainRecipientUnitIds: [],
    mainRecipientNames: ['淄博市发展和改革委员会'],
    copyToNames: [],
    disclosure: 'on_request',
    body: [{ kind: 'paragraph', text: '为做好我区营商环境评价工作，商请贵委给予指导协助。' }],
    sequenceCode: '临政办字',
    countersignUnitIds: [],
  };
  for (const [input, draftingUnitId] of [
    [notice, fgj.id],
    [letter, office.id],
  ] as const) {
    const { columns, units } = await draftColumnsOf(trx, input, day, draftingUnitId);
    await insertDraft(trx, { columns, units, createdByUserId: null, recordedByName: '演示数据', at });
  }
}
