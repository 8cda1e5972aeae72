import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { notFound, refuse } from '../../domain/errors.js';
import { instructionRules } from '../../domain/documents/rules.js';
import type { DocumentType } from '../../domain/documents/types.js';
import { runRules } from '../../rules/index.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 批示: the leader the document was sent to signs with opinion, name and date — a request needs an explicit
 * opinion, a report may be circled (art. 65). A cover signs as acting for the absent leader (art. 62).
 */
export async function instructIncoming(ctx: OperationContext, input: { id: string; version: number; opinion: string; isCircled: boolean }): Promise<void> {
  // Whom the signer acts for is known before the transaction, so the audit row itself carries it.
  const assigned = await documentsRepository.find(ctx.handle.db, input.id);
  const absent = assigned?.assignedActingForPersonId ? await orgRepository.findPerson(ctx.handle.db, assigned.assignedActingForPersonId) : undefined;
  const actingCtx = absent ? { ...ctx, actor: { ...ctx.actor, actingFor: { personId: absent.id, name: absent.name } } } : ctx;
  await commitChange(actingCtx, async (trx, at) => {
    const doc = await loadDocument(trx, input.id);
    if (doc.status !== 'assigned' || doc.assignedLeaderPersonId !== ctx.actor.personId || doc.assignedActingForPersonId !== (absent?.id ?? null)) notFound('待批示的公文');
    const outcome = runRules(instructionRules, { docType: doc.docType as DocumentType, opinion: input.opinion, isCircled: input.isCircled }, localDateOf(at));
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    const instruction = {
      personId: ctx.actor.personId,
      name: ctx.actor.name,
      opinion: input.isCircled ? '圈阅' : input.opinion,
      isCircled: input.isCircled,
      date: localDateOf(at),
      actingFor: absent ? { personId: absent.id, name: absent.name } : null,
    };
    const audit = await advance(trx, actingCtx, at, {
      doc,
      version: input.version,
      from: ['assigned'],
      to: 'instructed',
      step: 'instruct',
      opinion: `${instruction.opinion}（${instruction.name}，${instruction.date}${absent ? `，代${absent.name}` : ''}）`,
      article: absent ? 62 : 65,
      changes: { instruction: JSON.stringify(instruction) },
    });
    return { result: undefined, audit: [audit] };
  });
}
