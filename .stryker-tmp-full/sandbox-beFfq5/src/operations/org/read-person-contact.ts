// @ts-nocheck
import { commitChange } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found } from '../../domain/errors.js';
import { personIdNumberContext, personMobileContext } from '../../crypto/encrypted-columns.js';
import { FieldCipherError } from '../../crypto/field-cipher.js';
import type { PersonalDataContext } from './set-person-contact.js';

/** A person's contact data in full: only for the system administrator, and every reading is recorded. */
export type PersonContact = { personId: string; name: string; mobile: string | null; idNumber: string | null };

/**
 * Decrypts a person's contact data for the one view that shows it whole. The reading itself is an audited act
 * (`org.person.contact.read`, naming which fields were shown, not their values), committed before the values
 * leave; a value that fails its integrity check is recorded as a failure and never shown (等保 8.1.4.7).
 */
export async function readPersonContact(ctx: PersonalDataContext, personId: string): Promise<PersonContact> {
  const outcome = await commitChange<{ contact: PersonContact } | { error: FieldCipherError }>(ctx, async (trx) => {
    const person = found(await orgRepository.findPersonContact(trx, personId), '人员');
    const entry = { act: 'org.person.contact.read', objectType: 'person', objectId: person.id } as const;
    try {
      const contact: PersonContact = {
        personId: person.id,
        name: person.name,
        mobile: person.mobileEncrypted === null ? null : ctx.fieldCipher.decrypt(person.mobileEncrypted, personMobileContext(person.id)),
        idNumber: person.idNumberEncrypted === null ? null : ctx.fieldCipher.decrypt(person.idNumberEncrypted, personIdNumberContext(person.id)),
      };
      const shown = [...(contact.mobile === null ? [] : ['mobile']), ...(contact.idNumber === null ? [] : ['idNumber'])];
      return { result: { contact }, audit: [{ ...entry, result: 'success', summary: { shown } }] };
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      return { result: { error }, audit: [{ ...entry, result: 'failure', summary: { reason: error.code } }] };
    }
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.contact;
}
