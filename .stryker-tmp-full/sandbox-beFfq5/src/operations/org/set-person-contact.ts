// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { personIdNumberContext, personMobileContext } from '../../crypto/encrypted-columns.js';
import { type FieldCipher, FieldCipherError } from '../../crypto/field-cipher.js';
import { mask, maskStored, type MaskKind, UNREADABLE_MASK } from '../../crypto/mask.js';
import { idNumberProblem, isMobileNumber, MOBILE_MESSAGE, normalizeIdNumber } from '../../crypto/personal-numbers.js';

/** An operation that reads or writes personal data also needs the field cipher. */
export type PersonalDataContext = OperationContext & { fieldCipher: FieldCipher };

/** A field left out stays as it is; `null` removes it. */
export type SetPersonContactInput = { personId: string; mobile?: string | null; idNumber?: string | null };

/** A person's contact data as lists and detail views show it: masked. */
export type MaskedContact = { personId: string; mobileMasked: string | null; idNumberMasked: string | null };

const fields = [
  { kind: 'mobile', column: 'mobileEncrypted', context: personMobileContext },
  { kind: 'idNumber', column: 'idNumberEncrypted', context: personIdNumberContext },
] as const satisfies readonly { kind: MaskKind; column: string; context: (id: string) => string }[];

/**
 * Records a person's mobile number and 居民身份证号码 (system administrator). Both are stored only as SM4
 * ciphertext bound to this person; the audit event names the fields that changed with masked values, never
 * the numbers (等保 8.1.4.8, 8.1.4.11).
 */
export async function setPersonContact(ctx: PersonalDataContext, input: SetPersonContactInput): Promise<MaskedContact> {
  const wanted = {
    mobile: input.mobile === undefined || input.mobile === null ? input.mobile : input.mobile.trim(),
    idNumber: input.idNumber === undefined || input.idNumber === null ? input.idNumber : normalizeIdNumber(input.idNumber),
  };
  if (wanted.mobile !== undefined && wanted.mobile !== null && !isMobileNumber(wanted.mobile)) invalid(MOBILE_MESSAGE);
  const idProblem = wanted.idNumber === undefined || wanted.idNumber === null ? undefined : idNumberProblem(wanted.idNumber);
  if (idProblem) invalid(idProblem);
  const cipher = ctx.fieldCipher;

  return commitChange(ctx, async (trx, at) => {
    const person = found(await orgRepository.findPersonContact(trx, input.personId), '人员');
    const changes: { mobileEncrypted?: string | null; idNumberEncrypted?: string | null } = {};
    const changed: Partial<Record<MaskKind, { before: string | null; after: string | null }>> = {};
    for (const field of fields) {
      const after = wanted[field.kind];
      if (after === undefined) continue;
      const stored = person[field.column];
      const context = field.context(person.id);
      const before = stored === null ? null : plaintextOrUnreadable(cipher, stored, context);
      if (before === after) continue;
      changes[field.column] = after === null ? null : cipher.encrypt(after, context);
      changed[field.kind] = { before: before === null || before === UNREADABLE_MASK ? before : mask(field.kind, before), after: after === null ? null : mask(field.kind, after) };
    }
    if (Object.keys(changes).length > 0) await orgRepository.updatePersonContact(trx, person.id, { ...changes, updatedAt: at.toISOString() });
    const now = { ...person, ...changes };
    return {
      result: {
        personId: person.id,
        mobileMasked: maskStored(cipher, 'mobile', now.mobileEncrypted, personMobileContext(person.id)),
        idNumberMasked: maskStored(cipher, 'idNumber', now.idNumberEncrypted, personIdNumberContext(person.id)),
      },
      audit: [
        {
          act: 'org.person.contact.update',
          objectType: 'person',
          objectId: person.id,
          result: 'success',
          summary: { changed: Object.keys(changed), ...changed },
        },
      ],
    };
  });
}

// A value that no longer decrypts can still be replaced; the record says it was unreadable.
function plaintextOrUnreadable(cipher: FieldCipher, stored: string, context: string): string {
  try {
    return cipher.decrypt(stored, context);
  } catch (error) {
    if (error instanceof FieldCipherError) return UNREADABLE_MASK;
    throw error;
  }
}
