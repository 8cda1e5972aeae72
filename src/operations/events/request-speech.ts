import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository, noApproval } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { speechRules } from '../../domain/events/rules.js';
import type { SpeechBasis, SpeechKind } from '../../domain/events/types.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import { can } from '../../domain/identity/policies.js';
import { enforceRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';

export type RequestSpeechInput = {
  kind: SpeechKind;
  basis: SpeechBasis;
  title: string;
  /** Defaults to the signed-in leader; the office names the leader it asks for. */
  speakerPersonId?: string | null;
  occasion: string;
  eventDate: LocalDate;
  outline: string;
};

/**
 * A leader (or the office for them) asks the government's consent to speak or publish on its behalf, or on a
 * major matter it has not yet decided (art. 81 "事先须经区政府同意"). Asking after the day is refused.
 */
export async function requestSpeech(ctx: OperationContext, input: RequestSpeechInput): Promise<{ id: string }> {
  const isOffice = can(ctx.actor.roles, 'events.request_speech_for');
  const speakerPersonId = isOffice ? input.speakerPersonId : (ctx.actor.personId ?? undefined);
  if (!speakerPersonId) invalid('请指定发表讲话或文章的区政府领导');
  if (!isOffice && input.speakerPersonId && input.speakerPersonId !== ctx.actor.personId) {
    throw new DomainError('forbidden', '只能为本人报批；代为报批由区政府办公室办理');
  }
  const submittedOn = localDateOf(ctx.clock.now());
  enforceRules(speechRules, { actOn: submittedOn, eventDate: input.eventDate, act: 'request' }, submittedOn);

  return commitChange(ctx, async (trx, at) => {
    const speaker = (await orgRepository.leaders(trx, submittedOn, leaderPostKinds)).find((l) => l.personId === speakerPersonId);
    if (!speaker) invalid('发表讲话或文章的须是区政府领导');
    const id = randomUUID();
    const now = at.toISOString();
    await eventsRepository.insertSpeech(trx, {
      id,
      kind: input.kind,
      basis: input.basis,
      title: input.title,
      speakerPersonId: speaker.personId,
      occasion: input.occasion,
      eventDate: input.eventDate,
      outline: input.outline,
      submittedOn,
      submittedByUserId: ctx.actor.userId,
      status: 'awaiting_approval',
      ...noApproval,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: { id },
      audit: [{ act: 'speech.request', objectType: 'speech', objectId: id, result: 'success', article: 81, summary: { title: input.title, kind: input.kind, basis: input.basis, speaker: speaker.name, eventDate: input.eventDate } }],
    };
  });
}
