import { commitChange, type OperationContext } from '../../db/change.js';
import { speechCase } from '../../domain/events/case.js';
import { speechRules } from '../../domain/events/rules.js';
import { enforceRules } from '../../rules/index.js';
import { decideInSession } from './decision.js';
import { loadSpeech } from './load.js';

/**
 * The 区政府's consent (or refusal) to a speech or article (art. 81), given by the 区长 in his own session — or
 * the executive deputy presiding for him, recorded as acting for him. Consent is "事先": after the day of the
 * speech or publication it is refused.
 */
export async function decideSpeech(ctx: OperationContext, input: { id: string; version: number; decision: 'approved' | 'refused'; opinion: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: speech } = await loadSpeech(trx, ctx, at, input.id);
    const action = input.decision === 'approved' ? 'consent' : 'refuse';
    const audit = await decideInSession(trx, ctx, at, {
      def: speechCase,
      table: 'eventSpeeches',
      case: speech,
      action,
      version: input.version,
      viewer,
      today,
      decision: input.decision,
      opinion: input.opinion,
      check: () => action === 'consent' && enforceRules(speechRules, { actOn: today, eventDate: speech.eventDate, act: 'approval' }, today),
    });
    return { result: undefined, audit: [audit] };
  });
}
