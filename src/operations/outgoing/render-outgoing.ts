import { attachmentRepository } from '../../db/attachment-repository.js';
import type { DatabaseHandle, Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { docxToPdf, renderDocumentDocx } from '../documents/layout/index.js';
import { interpretationLayoutOf, type LayoutNames, layoutOf } from './layout-of.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Who issues and who prints a document, from the organisation data (never literal unit names). */
export async function issuerNamesOf(db: Db | Tx, doc: { issuer: string; draftingUnitId: string }): Promise<Pick<LayoutNames, 'issuerName' | 'printedBy'>> {
  const government = await orgRepository.unitWithFunction(db, 'government');
  const office = await orgRepository.unitWithFunction(db, 'government_office');
  const drafting = await orgRepository.findUnit(db, doc.draftingUnitId);
  const issuerName = doc.issuer === 'government' ? (government?.name ?? '') : doc.issuer === 'office' ? (office?.name ?? '') : (drafting?.name ?? '');
  const printedBy = doc.issuer === 'department' ? (drafting?.name ?? '') : (office?.name ?? '');
  return { issuerName, printedBy };
}

/** The names the layout of a document needs. */
async function namesOf(handle: DatabaseHandle, doc: { id: string; issuer: string; draftingUnitId: string }): Promise<LayoutNames> {
  const attachments = await attachmentRepository.ofOwner(handle.db, outgoingDocumentCase.kind, doc.id);
  return { ...(await issuerNamesOf(handle.db, doc)), attachmentNames: attachments.map((a) => a.fileName) };
}

/**
 * The document (or its 解读) as a .docx or PDF, laid out by GB/T 9704 through the one renderer. The caller
 * has checked the reader's scope. The file is named by its number once issued, else by its title.
 */
export async function renderOutgoing(handle: DatabaseHandle, id: string, part: 'document' | 'interpretation', format: 'docx' | 'pdf'): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const doc = await outgoingRepository.find(handle.db, id);
  if (!doc) notFound('发文');
  const names = await namesOf(handle, doc);
  const layout = part === 'document' ? layoutOf(doc, names) : interpretationLayoutOf(doc, names);
  if (!layout) throw new DomainError('not_found', '本件没有政策解读');
  const docx = await renderDocumentDocx(layout);
  const base = `${doc.documentNumber ?? doc.title}${part === 'interpretation' ? '（政策解读）' : ''}`;
  if (format === 'docx') return { bytes: docx, contentType: docxType, fileName: `${base}.docx` };
  return { bytes: await docxToPdf(docx), contentType: 'application/pdf', fileName: `${base}.pdf` };
}
