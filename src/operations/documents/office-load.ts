import type { OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { documentsRepository, type IncomingDocumentView } from '../../db/documents-repository.js';
import { found } from '../../domain/errors.js';

/**
 * The document an act is on, as the actor may see it — the same scope filter as every read, so an act on a
 * document outside the actor's scope answers 404 like its detail — inside the act's transaction.
 */
export async function loadDocument(trx: Tx, ctx: OperationContext, id: string): Promise<IncomingDocumentView> {
  return found(await documentsRepository.findVisible(trx, { roles: ctx.actor.roles, unitId: ctx.actor.unitId }, id), '公文');
}
