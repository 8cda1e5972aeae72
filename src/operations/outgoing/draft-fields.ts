import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { type DocumentUnitRole, type OutgoingDocumentRecord, outgoingRepository } from '../../db/outgoing-repository.js';
import type { Classification } from '../../domain/documents/types.js';
import { invalid } from '../../domain/errors.js';
import { draftRules } from '../../domain/outgoing/rules.js';
import type { DraftInput, Recipient } from '../../domain/outgoing/types.js';
import { enforceRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';

/** Units of these kinds are lower governments a department may not direct without approval (art. 70). */
const lowerGovernmentKinds = ['town', 'subdistrict', 'development_zone'];

/** The stored columns of a draft, checked against the organisation and the number sequences. */
export type DraftColumns = Pick<
  OutgoingDocumentRecord,
  | 'issuer'
  | 'draftingUnitId'
  | 'issuingUnitId'
  | 'docType'
  | 'title'
  | 'mainRecipients'
  | 'copyTo'
  | 'disclosure'
  | 'disclosureReason'
  | 'classification'
  | 'urgency'
  | 'body'
  | 'note'
  | 'sequenceCode'
  | 'isPolicy'
  | 'interpretation'
  | 'answersIncomingId'
  | 'countersignUnitIds'
  | 'directsLowerGovernments'
  | 'checklist'
  | 'matterBasis'
  | 'decidedAtMeetingId'
>;

/**
 * Turns a draft as written into its stored columns and the units that see it: recipients and countersigning
 * units must be units of the organisation (bodies outside it go by name), the number sequence must be the
 * issuer's, a department's own document is drafted by that department, and a classified draft is refused
 * before anything is stored (art. 84).
 */
export async function draftColumnsOf(trx: Tx, input: DraftInput, day: LocalDate, draftingUnitId: string): Promise<{ columns: DraftColumns; units: { unitId: string; role: DocumentUnitRole }[] }> {
  enforceRules(
    draftRules.filter((r) => r.id === 'outgoing.classified-refused'),
    { issuer: input.issuer, docType: input.docType, classification: input.classification as Classification, checklist: input.checklist, stage: 'submit', isPolicy: false, hasInterpretation: false, isInterpretationReviewed: false, answers: null },
    day,
  );
  const units = new Map((await orgRepository.listUnits(trx)).map((u) => [u.id, u]));
  const drafting = units.get(draftingUnitId);
  if (!drafting) invalid('起草单位不存在');
  const office = await orgRepository.unitWithFunction(trx, 'government_office');
  if (input.issuer !== 'department' && !office) invalid('组织机构中没有承担区政府办公室职能的单位，无法以区政府或区政府办公室名义发文');
  if (input.issuer === 'department' && drafting.function === 'government_office') invalid('区政府办公室的公文请以“区政府办公室”名义起草');
  const named = (ids: readonly string[], what: string): Recipient[] =>
    ids.map((id) => {
      const unit = units.get(id);
      if (!unit) invalid(`${what}中的单位不存在：${id}`);
      return { unitId: unit.id, name: unit.name };
    });
  const main = [...named(input.mainRecipientUnitIds, '主送'), ...input.mainRecipientNames.map((name) => ({ unitId: null, name }))];
  const copy = [...named(input.copyToUnitIds, '抄送'), ...input.copyToNames.map((name) => ({ unitId: null, name }))];
  if (main.length === 0) invalid('请填写主送机关');
  const countersign = [...new Set(input.countersignUnitIds)];
  named(countersign, '会签单位');
  if (countersign.includes(draftingUnitId)) invalid('会签单位不能是起草单位本身');
  const sequence = await outgoingRepository.findSequence(trx, input.sequenceCode);
  if (!sequence) invalid(`发文字号“${input.sequenceCode}”不存在，请从发文字号序列中选择`);
  if (sequence.issuer !== input.issuer || (sequence.unitId !== null && sequence.unitId !== draftingUnitId)) invalid(`发文字号“${sequence.code}”不属于本件的发文机关`);
  if (input.disclosure === 'withheld' && !input.disclosureReason?.trim()) invalid('不予公开的，请写明理由');
  const decidedAt = await decidingMeetingOf(trx, input, day);
  const directs = input.issuer === 'department' && (input.directsLowerGovernments || main.some((r) => r.unitId !== null && lowerGovernmentKinds.includes(units.get(r.unitId)?.kind ?? '')));
  const issuingUnitId = input.issuer === 'department' ? draftingUnitId : (office?.id ?? draftingUnitId);
  return {
    columns: {
      issuer: input.issuer,
      draftingUnitId,
      issuingUnitId,
      docType: input.docType,
      title: input.title,
      mainRecipients: JSON.stringify(main),
      copyTo: JSON.stringify(copy),
      disclosure: input.disclosure,
      disclosureReason: input.disclosureReason?.trim() || null,
      classification: input.classification,
      urgency: input.urgency,
      body: JSON.stringify(input.body),
      note: input.note?.trim() || null,
      sequenceCode: sequence.code,
      isPolicy: input.isPolicy ? 1 : 0,
      interpretation: input.interpretation ? JSON.stringify(input.interpretation) : null,
      answersIncomingId: input.answersIncomingId ?? null,
      countersignUnitIds: JSON.stringify(countersign),
      directsLowerGovernments: directs ? 1 : 0,
      checklist: JSON.stringify(input.checklist),
      matterBasis: input.matterBasis ?? null,
      decidedAtMeetingId: decidedAt,
    },
    units: [
      { unitId: draftingUnitId, role: 'drafting' },
      { unitId: issuingUnitId, role: 'issuing' },
      ...countersign.map((unitId) => ({ unitId, role: 'countersign' as const })),
    ],
  };
}

/**
 * The executive meeting a draft says decided its matter (art. 69(一) "经区政府常务会议决定的事项"): a 区政府常务会议
 * held on or before today. Only a draft whose basis is the executive meeting names one.
 */
async function decidingMeetingOf(trx: Tx, input: DraftInput, day: LocalDate): Promise<string | null> {
  if (!input.decidedAtMeetingId) return null;
  if (input.matterBasis !== 'executive_meeting') invalid('只有经区政府常务会议决定的事项才关联常务会议');
  const meeting = await trx.selectFrom('meetings').select(['id', 'kind', 'meetingDate', 'status']).where('id', '=', input.decidedAtMeetingId).executeTakeFirst();
  if (!meeting || meeting.kind !== 'executive') invalid('关联的会议不是区政府常务会议');
  if (meeting.status === 'planned' || meeting.meetingDate > day) invalid('关联的区政府常务会议尚未召开');
  return meeting.id;
}

/** What a revision keeps of the text (every revision is shown on the detail). */
export function versionFieldsOf(columns: Pick<OutgoingDocumentRecord, 'title' | 'body' | 'mainRecipients' | 'copyTo' | 'interpretation' | 'note'>): string {
  return JSON.stringify({ title: columns.title, body: JSON.parse(columns.body) as unknown, mainRecipients: JSON.parse(columns.mainRecipients) as unknown, copyTo: JSON.parse(columns.copyTo) as unknown, interpretation: JSON.parse(columns.interpretation ?? 'null') as unknown, note: columns.note });
}
