import { documentsRepository, type IncomingDocumentRecord } from '../../db/documents-repository.js';
import type { Tx } from '../../db/database.js';
import { found } from '../../domain/errors.js';

/** The document a step acts on (404 when missing). */
export async function loadDocument(trx: Tx, id: string): Promise<IncomingDocumentRecord> {
  return found(await documentsRepository.find(trx, id), '公文');
}
