import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import { instructionRules } from '../../domain/documents/rules.js';
import type { DocumentType, Instruction } from '../../domain/documents/types.js';
import { enforceRules } from '../../rules/index.js';
import { viewerOf } from '../case/viewer.js';
import { availabilityOn } from '../leave/availability.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 批示: the leader the document was sent to signs with opinion, name and date — a request needs an explicit
 * opinion, a report may be circled (art. 65). A cover, or the executive deputy presiding for the head, signs
 * as acting for the absent leader (art. 62, 7): the declaration says who stands in.
 */
export async function instructIncoming(ctx: OperationContext, input: { id: string; version: number; opinion: string; isCircled: boolean }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const viewer = await viewerOf(trx, ctx.actor, at);
    const { actingFor } = authorize(incomingDocumentCase, 'instruct', caseOf(doc), viewer);
    const day = localDateOf(at);
    enforceRules(instructionRules, { docType: doc.docType as DocumentType, opinion: input.opinion, isCircled: input.isCircled }, day);
    // The 区长's own 批示 (or that of the executive deputy presiding for him, art. 7) has no one above it to
    // pass the matter to (呈区长).
    const head = (await availabilityOn(trx, day)).leaders.find((l) => l.post.kind === 'head');
    const instruction: Instruction = {
      personId: ctx.actor.personId,
      name: ctx.actor.name,
      opinion: input.isCircled ? '圈阅' : input.opinion,
      isCircled: input.isCircled,
      date: day,
      actingFor,
      byHead: head !== undefined && (head.personId === ctx.actor.personId || head.personId === actingFor?.personId),
      at: at.toISOString(),
    };
    const earlier = JSON.parse(doc.instructions) as Instruction[];
    const standIn = actingFor ? viewer.standsInFor.find((s) => s.personId === actingFor.personId) : undefined;
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'instruct',
      opinion: `${instruction.opinion}（${instruction.name}，${instruction.date}${actingFor ? `，代${actingFor.name}` : ''}）`,
      // Acting for an absent leader rests on the cover rule (art. 62), or on presiding for the head (art. 7).
      ...(actingFor ? { article: standIn?.basis === 'acting_head' ? 7 : 62 } : {}),
      changes: { instruction: JSON.stringify(instruction), instructions: JSON.stringify([...earlier, instruction]) },
    });
    return { result: undefined, audit: [audit] };
  });
}
