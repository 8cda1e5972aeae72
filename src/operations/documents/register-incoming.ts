import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf, documentsRepository } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import { viewerOf } from '../case/viewer.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 登记: the office enters the document in the numbered register of the year (收〔2026〕15号). */
export async function registerIncoming(ctx: OperationContext, input: { id: string; version: number }): Promise<{ registerNumber: string }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    // Refuse a document already registered before taking a number; a request that loses the race after
    // this check rolls back with its number, so the register stays gap-free.
    authorize(incomingDocumentCase, 'register', caseOf(doc), await viewerOf(trx, ctx.actor, at));
    // The register year is the Beijing date's year, not UTC's (1 January 00:00–08:00 belongs to the new year).
    // A document resubmitted after 退回 is the same document: it keeps its number.
    if (doc.registerNumber) {
      const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'register', opinion: `${doc.registerNumber}（第${doc.revision}稿）` });
      return { result: { registerNumber: doc.registerNumber }, audit: [audit] };
    }
    const year = Number(localDateOf(at).slice(0, 4));
    const seq = await documentsRepository.nextInSequence(trx, `incoming:${year}`);
    const registerNumber = `收〔${year}〕${seq}号`;
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'register',
      opinion: registerNumber,
      changes: { registerYear: year, registerSeq: seq, registerNumber },
    });
    await documentsRepository.indexForSearch(trx, ctx.handle.dialect, { ...doc, registerNumber });
    return { result: { registerNumber }, audit: [audit] };
  });
}
