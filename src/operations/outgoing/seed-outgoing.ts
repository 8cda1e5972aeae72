import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import type { ReviewChecklist } from '../../domain/outgoing/types.js';

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
 * government's behalf (awaiting its head's approval), and a 临政办字 函 the office is drafting.
 */
export async function seedOutgoingDemo(trx: Tx, at: Date): Promise<void> {
  const fgj = await orgRepository.findUnitByName(trx, '区发展和改革局');
  const office = await orgRepository.unitWithFunction(trx, 'government_office');
  const czj = await orgRepository.findUnitByName(trx, '区财政局');
  if (!fgj || !office || !czj) return;
  const now = at.toISOString();
  const towns = (await orgRepository.listUnits(trx)).filter((u) => u.kind === 'town' || u.kind === 'subdistrict');
  const base = {
    interpretation: null,
    interpretationReviewedAt: null,
    answersIncomingId: null,
    signedUnitIds: '[]',
    hasOpenDisagreement: 0,
    coordinationNote: null,
    directsLowerGovernments: 0,
    directiveApproval: null,
    checklist: JSON.stringify(checklist),
    leaderReviewerPersonId: null,
    leaderReviewerName: null,
    signerPersonId: null,
    signerName: null,
    signOff: null,
    needsRecheck: 0,
    returnReasons: '[]',
    flags: '[]',
    countersignDeadlineId: null,
    documentYear: null,
    documentSeq: null,
    documentNumber: null,
    sealedByName: null,
    sealedAt: null,
    writtenOn: null,
    issuedAt: null,
    revision: 1,
    createdByUserId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    status: 'drafting',
    classification: 'none',
    urgency: 'normal',
    note: null,
    disclosureReason: null,
    isPolicy: 0,
  };
  const notice = {
    ...base,
    id: randomUUID(),
    issuer: 'government',
    draftingUnitId: fgj.id,
    issuingUnitId: office.id,
    docType: '通知',
    title: '临淄区人民政府关于做好2026年重点项目建设工作的通知',
    mainRecipients: JSON.stringify([...towns.map((u) => ({ unitId: u.id, name: u.name })), { unitId: null, name: '区政府各部门' }]),
    copyTo: JSON.stringify([{ unitId: null, name: '区委办公室' }]),
    disclosure: 'proactive',
    body: JSON.stringify([
      { kind: 'paragraph', text: '为加快推进全区重点项目建设，现就有关事项通知如下：' },
      { kind: 'heading', level: 1, text: '一、明确目标任务' },
      { kind: 'paragraph', text: '各镇、街道和区政府各部门要按照全年计划，倒排工期，确保项目按期开工。' },
      { kind: 'heading', level: 1, text: '二、强化要素保障' },
      { kind: 'paragraph', text: '区财政局要统筹安排项目前期经费，区自然资源局要做好用地保障。' },
    ]),
    sequenceCode: '临政发',
    countersignUnitIds: JSON.stringify([czj.id]),
  };
  const letter = {
    ...base,
    id: randomUUID(),
    issuer: 'office',
    draftingUnitId: office.id,
    issuingUnitId: office.id,
    docType: '函',
    title: '临淄区人民政府办公室关于商请协助开展营商环境评价的函',
    mainRecipients: JSON.stringify([{ unitId: null, name: '淄博市发展和改革委员会' }]),
    copyTo: '[]',
    disclosure: 'on_request',
    body: JSON.stringify([{ kind: 'paragraph', text: '为做好我区营商环境评价工作，商请贵委给予指导协助。' }]),
    sequenceCode: '临政办字',
    countersignUnitIds: '[]',
  };
  for (const doc of [notice, letter]) {
    await outgoingRepository.insert(trx, doc, [
      { unitId: doc.draftingUnitId, role: 'drafting' },
      { unitId: doc.issuingUnitId, role: 'issuing' },
      ...(JSON.parse(doc.countersignUnitIds) as string[]).map((unitId) => ({ unitId, role: 'countersign' as const })),
    ]);
    await outgoingRepository.insertVersion(trx, { id: randomUUID(), documentId: doc.id, revision: 1, fields: JSON.stringify({ title: doc.title, body: JSON.parse(doc.body) as unknown }), reason: '起草', recordedByName: '演示数据', recordedAt: now });
  }
}
