import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingRepository, type SignOffAuthorizationRecord } from '../../db/outgoing-repository.js';
import { invalid, notFound } from '../../domain/errors.js';
import { type MatterBasis, matterBasisLabels } from '../../domain/outgoing/types.js';
import { holdsTitle, signOffTitles } from '../../domain/outgoing/rules.js';
import { parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { viewerOf } from '../case/viewer.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import { headOf, leaderPostsOf } from './load.js';

export type AuthorizationInput = {
  personId: string;
  issuer: 'government' | 'office';
  scope: 'doc_type' | 'document';
  /** What the authorisation is for (art. 69(一)); required for the government's documents. */
  basis?: MatterBasis | null | undefined;
  docType?: string | null | undefined;
  documentId?: string | null | undefined;
  validFrom: LocalDate;
  validTo?: LocalDate | null | undefined;
  note?: string | null | undefined;
};

const present = (a: SignOffAuthorizationRecord, mayGrant: boolean) => ({
  id: a.id,
  person: { personId: a.personId, name: a.personName },
  issuer: a.issuer as 'government' | 'office',
  scope: a.scope as 'doc_type' | 'document',
  basis: (a.basis as MatterBasis | null) ?? null,
  basisLabel: a.basis ? matterBasisLabels[a.basis as MatterBasis] : null,
  docType: a.docType,
  documentId: a.documentId,
  validFrom: a.validFrom,
  validTo: a.validTo,
  note: a.note,
  grantedBy: a.grantedByName,
  grantedAt: a.grantedAt,
  revokedAt: a.revokedAt,
  actions: (mayGrant && a.revokedAt === null ? ['revoke'] : []) as 'revoke'[],
});

/**
 * Whether the actor may grant and revoke: the 区长 in post, or the one presiding for him while he is away
 * (art. 7, the acting head) — in their own session.
 */
async function isHeadOrActing(db: Parameters<typeof headOf>[0], actor: Pick<Actor, 'userId' | 'personId' | 'unitId' | 'roles'>, at: Date): Promise<boolean> {
  const head = await headOf(db, localDateOf(at));
  if (!head || !actor.personId) return false;
  if (head.personId === actor.personId) return true;
  return (await viewerOf(db, actor, at)).standsInFor.some((s) => s.personId === head.personId && s.basis === 'acting_head');
}

async function requireHead(ctx: OperationContext, db: Parameters<typeof headOf>[0], at: Date): Promise<void> {
  if (!(await isHeadOrActing(db, ctx.actor, at))) refuseBy('outgoing.authorization-by-head', '签发授权须由区长本人（区长不在岗时由代行区长职责的常务副区长）作出');
}

/**
 * The 区长 authorises a deputy or the office director to sign off the government's documents of a kind, or
 * one document (art. 69(一): matters decided by the executive meeting and routine approvals), or someone to
 * sign the office's: a recorded, dated act of his own.
 */
export async function grantSignOffAuthorization(ctx: OperationContext, input: AuthorizationInput): Promise<ReturnType<typeof present>> {
  if (input.scope === 'doc_type' && !input.docType) invalid('按文种授权的，请选择文种');
  if (input.issuer === 'government' && !input.basis) {
    refuseBy('outgoing.authorization-by-head', `区长授权副区长、办公室主任签发区政府公文，限于${Object.values(matterBasisLabels).join('和')}，请写明授权依据`);
  }
  if (input.scope === 'document' && !input.documentId) invalid('授权签发某一公文的，请选择公文');
  if (input.validTo && input.validTo < input.validFrom) invalid('授权截止日期不能早于起始日期');
  return commitChange(ctx, async (trx, at) => {
    await requireHead(ctx, trx, at);
    const person = await orgRepository.findPerson(trx, input.personId);
    if (!person) invalid('被授权人不存在');
    // Art. 69 names whom the 区长 may authorise (rulebook data): a 副区长 or the office director for the
    // government's documents, an office deputy director for the office's.
    const { delegates } = signOffTitles(parameter('documents.signOffAuthority', input.validFrom), input.issuer);
    if (!holdsTitle(await leaderPostsOf(trx, person.id, input.validFrom), delegates)) {
      refuseBy('outgoing.authorization-by-head', `可经授权签发${input.issuer === 'government' ? '区政府' : '区政府办公室'}公文的是${delegates.join('、')}；${person.name}不在其列`);
    }
    if (input.scope === 'document' && !(await outgoingRepository.find(trx, input.documentId ?? ''))) invalid('授权签发的公文不存在');
    const row: SignOffAuthorizationRecord = {
      id: randomUUID(),
      personId: person.id,
      personName: person.name,
      issuer: input.issuer,
      scope: input.scope,
      basis: input.issuer === 'government' ? (input.basis ?? null) : null,
      docType: input.scope === 'doc_type' ? (input.docType ?? null) : null,
      documentId: input.scope === 'document' ? (input.documentId ?? null) : null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      note: input.note?.trim() || null,
      grantedByPersonId: ctx.actor.personId ?? '',
      grantedByName: ctx.actor.name,
      grantedAt: at.toISOString(),
      revokedAt: null,
    };
    await outgoingRepository.insertAuthorization(trx, row);
    return {
      result: present(row, true),
      audit: [{ act: 'outgoing.authorize_sign_off', objectType: 'sign_off_authorization', objectId: row.id, result: 'success', article: 69, summary: { person: person.name, issuer: row.issuer, scope: row.scope, basis: row.basis, docType: row.docType, documentId: row.documentId, validFrom: row.validFrom, validTo: row.validTo } }],
    };
  });
}

export async function revokeSignOffAuthorization(ctx: OperationContext, input: { id: string }): Promise<ReturnType<typeof present>> {
  return commitChange(ctx, async (trx, at) => {
    await requireHead(ctx, trx, at);
    const found = await outgoingRepository.findAuthorization(trx, input.id);
    if (!found) notFound('签发授权');
    await outgoingRepository.revokeAuthorization(trx, found.id, at.toISOString());
    return {
      result: present({ ...found, revokedAt: found.revokedAt ?? at.toISOString() }, true),
      audit: [{ act: 'outgoing.revoke_sign_off_authorization', objectType: 'sign_off_authorization', objectId: found.id, result: 'success', article: 69, summary: { person: found.personName } }],
    };
  });
}

/** The authorisations, with `grant` / `revoke` offered to the 区长 or the acting head only (art. 7, 69). */
export async function listSignOffAuthorizations(
  handle: DatabaseHandle,
  clock: Clock,
  actor: Pick<Actor, 'userId' | 'personId' | 'unitId' | 'roles'>,
): Promise<{ items: ReturnType<typeof present>[]; actions: 'grant'[] }> {
  const mayGrant = await isHeadOrActing(handle.db, actor, clock.now());
  return { items: (await outgoingRepository.authorizations(handle.db)).map((a) => present(a, mayGrant)), actions: mayGrant ? ['grant'] : [] };
}
