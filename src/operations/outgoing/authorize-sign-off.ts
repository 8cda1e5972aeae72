import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingRepository, type SignOffAuthorizationRecord } from '../../db/outgoing-repository.js';
import { invalid, notFound } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { headOf } from './load.js';

export type AuthorizationInput = {
  personId: string;
  issuer: 'government' | 'office';
  scope: 'doc_type' | 'document';
  docType?: string | null | undefined;
  documentId?: string | null | undefined;
  validFrom: LocalDate;
  validTo?: LocalDate | null | undefined;
  note?: string | null | undefined;
};

const present = (a: SignOffAuthorizationRecord) => ({
  id: a.id,
  person: { personId: a.personId, name: a.personName },
  issuer: a.issuer as 'government' | 'office',
  scope: a.scope as 'doc_type' | 'document',
  docType: a.docType,
  documentId: a.documentId,
  validFrom: a.validFrom,
  validTo: a.validTo,
  note: a.note,
  grantedBy: a.grantedByName,
  grantedAt: a.grantedAt,
  revokedAt: a.revokedAt,
});

/** Only the 区长 in post, in his own session, authorises or revokes (art. 69(一) “区长授权”). */
async function requireHead(ctx: OperationContext, db: Parameters<typeof headOf>[0], day: LocalDate): Promise<void> {
  const head = await headOf(db, day);
  if (!head || head.personId !== ctx.actor.personId) refuseBy('outgoing.authorization-by-head', '签发授权须由区长本人作出');
}

/**
 * The 区长 authorises a deputy or the office director to sign off the government's documents of a kind, or
 * one document (art. 69(一): matters decided by the executive meeting and routine approvals), or someone to
 * sign the office's: a recorded, dated act of his own.
 */
export async function grantSignOffAuthorization(ctx: OperationContext, input: AuthorizationInput): Promise<ReturnType<typeof present>> {
  if (input.scope === 'doc_type' && !input.docType) invalid('按文种授权的，请选择文种');
  if (input.scope === 'document' && !input.documentId) invalid('授权签发某一公文的，请选择公文');
  if (input.validTo && input.validTo < input.validFrom) invalid('授权截止日期不能早于起始日期');
  return commitChange(ctx, async (trx, at) => {
    await requireHead(ctx, trx, localDateOf(at));
    const person = await orgRepository.findPerson(trx, input.personId);
    if (!person) invalid('被授权人不存在');
    if (input.scope === 'document' && !(await outgoingRepository.find(trx, input.documentId ?? ''))) invalid('授权签发的公文不存在');
    const row: SignOffAuthorizationRecord = {
      id: randomUUID(),
      personId: person.id,
      personName: person.name,
      issuer: input.issuer,
      scope: input.scope,
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
      result: present(row),
      audit: [{ act: 'outgoing.authorize_sign_off', objectType: 'sign_off_authorization', objectId: row.id, result: 'success', article: 69, summary: { person: person.name, issuer: row.issuer, scope: row.scope, docType: row.docType, documentId: row.documentId, validFrom: row.validFrom, validTo: row.validTo } }],
    };
  });
}

export async function revokeSignOffAuthorization(ctx: OperationContext, input: { id: string }): Promise<ReturnType<typeof present>> {
  return commitChange(ctx, async (trx, at) => {
    await requireHead(ctx, trx, localDateOf(at));
    const found = await outgoingRepository.findAuthorization(trx, input.id);
    if (!found) notFound('签发授权');
    await outgoingRepository.revokeAuthorization(trx, found.id, at.toISOString());
    return {
      result: present({ ...found, revokedAt: found.revokedAt ?? at.toISOString() }),
      audit: [{ act: 'outgoing.revoke_sign_off_authorization', objectType: 'sign_off_authorization', objectId: found.id, result: 'success', article: 69, summary: { person: found.personName } }],
    };
  });
}

export async function listSignOffAuthorizations(handle: DatabaseHandle): Promise<{ items: ReturnType<typeof present>[] }> {
  return { items: (await outgoingRepository.authorizations(handle.db)).map(present) };
}
