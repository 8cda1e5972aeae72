import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository, noApproval } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { invalid, refuse } from '../../domain/errors.js';
import { type InvitationSubmissionFacts, invitationSubmissionRules } from '../../domain/events/rules.js';
import { type InvitationAddressee, type InvitationAddresseeFact, type InvitationKind, needsHeadApprovalOf, textRequestKinds } from '../../domain/events/types.js';
import type { Tx } from '../../db/database.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import { runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';

export type SubmitInvitationInput = {
  title: string;
  kind: InvitationKind;
  activityDate: LocalDate;
  startTime?: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  /**
   * The person the 请柬 names as its addressee (its 抬头), chosen from the org data; null or absent when it is
   * addressed to the 区政府办公室. Whether that is "a government leader personally" (art. 90) the org data says.
   */
  addresseePersonId?: string | null;
  /** The addressee as written on the card. */
  addresseeName?: string | null;
  /** Older clients' own statement; `leader` with no addressee given means the card names the invited leader. */
  addressedTo?: InvitationAddressee;
  /** Art. 92: a visit of city departments or other counties on which the leader is asked to accompany throughout. */
  isFullAccompaniment?: boolean;
};

/**
 * Whom a 请柬 is addressed to, from the org data (art. 90): the office when it names no person; a government
 * leader when the person it names holds a leader's post on the activity's day; otherwise that person.
 */
export async function addresseeOf(trx: Tx, personId: string | null, writtenName: string | null, on: LocalDate): Promise<InvitationAddresseeFact> {
  if (!personId) return { kind: 'office' };
  const leader = (await orgRepository.leaders(trx, on, leaderPostKinds)).find((l) => l.personId === personId);
  if (leader) return { kind: 'leader', name: writtenName?.trim() || `${leader.post.title}${leader.name}` };
  const person = await orgRepository.findPerson(trx, personId);
  if (!person) invalid('请柬抬头所列人员不存在');
  return { kind: 'person', name: writtenName?.trim() || person.name };
}

/**
 * A unit invites a government leader (art. 90): through the office, at least the rulebook's number of days
 * ahead (the day of submission not counted). The kinds art. 91 lists wait for the 区委's or 区政府's approval
 * before the office may arrange them; the rest go straight to the office.
 */
export async function submitInvitation(ctx: OperationContext, input: SubmitInvitationInput): Promise<{ id: string; status: string; flags: { ruleId: string; article: number; message: string }[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) invalid('发出邀请的须是本区的单位；当前账号未隶属任何单位');
  const isTextRequest = textRequestKinds.includes(input.kind);
  if (!isTextRequest && !input.place.trim()) invalid('请填写活动地点');
  const submittedOn = localDateOf(ctx.clock.now());

  return commitChange(ctx, async (trx, at) => {
    const unit = await orgRepository.findUnit(trx, unitId);
    if (!unit) invalid('发出邀请的单位不存在');
    const leaders = await orgRepository.leaders(trx, input.activityDate, leaderPostKinds);
    const invited = leaders.find((l) => l.personId === input.invitedPersonId);
    if (!invited) invalid('被邀请人在活动当日不是区政府领导');

    const addresseePersonId = input.addresseePersonId ?? (input.addressedTo === 'leader' ? invited.personId : null);
    const addressee = await addresseeOf(trx, addresseePersonId, input.addresseeName ?? null, input.activityDate);
    const facts: InvitationSubmissionFacts = {
      invitation: { kind: input.kind, activityDate: input.activityDate, addressee, submittedOn },
      recordedBy: 'unit',
    };
    const outcome = runRules(invitationSubmissionRules, facts, submittedOn);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);

    const id = randomUUID();
    const isFullAccompaniment = input.kind === 'peer_visit' && input.isFullAccompaniment === true;
    const status = needsHeadApprovalOf({ kind: input.kind, isFullAccompaniment }) ? 'awaiting_approval' : 'awaiting_arrangement';
    const flags = outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }));
    const now = at.toISOString();
    await eventsRepository.insertInvitation(trx, {
      id,
      title: input.title,
      kind: input.kind,
      activityDate: input.activityDate,
      startTime: input.startTime ?? null,
      place: input.place,
      detail: input.detail,
      invitedPersonId: invited.personId,
      invitingUnitId: unit.id,
      addressedTo: addressee.kind === 'leader' ? 'leader' : 'office',
      addresseePersonId,
      addresseeName: addressee.kind === 'office' ? (input.addresseeName ?? null) : addressee.name,
      isFullAccompaniment: isFullAccompaniment ? 1 : 0,
      submittedOn,
      submittedByUserId: ctx.actor.userId,
      status,
      ...noApproval,
      arrangedOn: null,
      arrangementNote: null,
      leaderItemId: null,
      declineReason: null,
      flags: JSON.stringify(flags),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: { id, status, flags },
      audit: [
        {
          act: 'invitation.submit',
          objectType: 'invitation',
          objectId: id,
          result: 'success',
          article: 90,
          summary: { title: input.title, kind: input.kind, activityDate: input.activityDate, invited: invited.name, unit: unit.name, status, flags: flags.map((f) => f.ruleId) },
        },
      ],
    };
  });
}
