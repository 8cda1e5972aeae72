import type { BodyBlock, DocumentLayout } from '../../domain/documents/layout.js';
import type { Interpretation, Recipient, SignOffRecord } from '../../domain/outgoing/types.js';
import type { OutgoingDocumentRecord } from '../../db/outgoing-repository.js';

/** The names a layout needs besides the record: the issuing body as the organisation data names it, and the attachments. */
export type LayoutNames = {
  /** 临淄区人民政府, 临淄区人民政府办公室, or the department's name. */
  issuerName: string;
  /** Who prints it (印发机关): the office for the government's and the office's documents, else the department. */
  printedBy: string;
  attachmentNames: readonly string[];
};

/** The 上行文 that show their 签发人 beside the number (GB/T 9704 7.2.4). */
const upwardTypes = new Set(['请示', '报告']);

const urgencyMark = (urgency: string): '特急' | '加急' | null => (urgency === 'very_urgent' ? '特急' : urgency === 'urgent' ? '加急' : null);
const dayOf = (iso: string | null): string | null => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null);
const withoutExtension = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/**
 * An outgoing document as GB/T 9704-2012 lays it out: 文件式 for every kind but the 函 (信函式); 发文字号 once
 * issued; 签发人 for 上行文; 主送, body, 附件说明, 署名, 成文日期, 附注 (“此件公开发布” for proactive disclosure),
 * and the 版记 (抄送, 印发机关和印发日期). A draft renders too, without a number, for review.
 */
export function layoutOf(doc: OutgoingDocumentRecord, names: LayoutNames): DocumentLayout {
  const format = doc.docType === '函' ? 'letter' : 'file';
  const signOff = JSON.parse(doc.signOff ?? 'null') as SignOffRecord | null;
  const main = JSON.parse(doc.mainRecipients) as Recipient[];
  const copy = JSON.parse(doc.copyTo) as Recipient[];
  const disclosureNote = doc.disclosure === 'proactive' ? '此件公开发布' : doc.disclosure === 'on_request' ? '此件依申请公开' : '此件不予公开';
  const note = [disclosureNote, doc.note].filter(Boolean).join('；');
  return {
    format,
    classification: null,
    urgency: urgencyMark(doc.urgency),
    issuerMark: format === 'letter' ? names.issuerName : `${names.issuerName}文件`,
    documentNumber: doc.documentNumber,
    signers: upwardTypes.has(doc.docType) && signOff ? [signOff.actingFor?.name ?? signOff.name] : [],
    title: doc.title,
    mainRecipients: main.map((r) => r.name),
    body: JSON.parse(doc.body) as BodyBlock[],
    attachmentNames: names.attachmentNames.map(withoutExtension),
    issuerSignature: names.issuerName,
    writtenOn: doc.writtenOn ?? signOff?.date ?? null,
    isSealed: doc.sealedAt !== null,
    note,
    copyTo: copy.map((r) => r.name),
    printedBy: names.printedBy,
    printedOn: dayOf(doc.issuedAt),
  };
}

/** A policy document's 解读 as its own page set: the title, the body, and which document it interprets. */
export function interpretationLayoutOf(doc: OutgoingDocumentRecord, names: Pick<LayoutNames, 'issuerName' | 'printedBy'>): DocumentLayout | null {
  const interpretation = JSON.parse(doc.interpretation ?? 'null') as Interpretation | null;
  if (!interpretation) return null;
  return {
    format: 'letter',
    issuerMark: names.issuerName,
    documentNumber: null,
    title: interpretation.title,
    body: [{ kind: 'paragraph', text: `本解读所解读的文件：《${doc.title}》${doc.documentNumber ? `（${doc.documentNumber}）` : ''}` }, ...interpretation.body],
    issuerSignature: names.issuerName,
    writtenOn: doc.writtenOn ?? dayOf(doc.issuedAt),
    isSealed: false,
    note: doc.disclosure === 'proactive' ? '此件与文件同步公开发布' : null,
  };
}
