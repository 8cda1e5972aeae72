import { leaveContactContext } from '../../crypto/encrypted-columns.js';
import { type FieldCipher, FieldCipherError } from '../../crypto/field-cipher.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { leaveRepository, type LeaveScope } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found } from '../../domain/errors.js';

/** A leave report's 24-hour contact number in full: shown once, on request, and every reading is recorded. */
export type LeaveContact = { reportId: string; personId: string; personName: string; contact: string };

export type ReadLeaveContactInput = { reportId: string; scope: LeaveScope };

/**
 * Decrypts the 24-hour contact of a report the caller may see (outside their scope the report does not exist:
 * 404). Lists and details show it masked only; this is the one way to the whole number, so the reading is an
 * audited act (`leave.report.contact.read`, naming whose number was shown, never the number) committed before
 * the value leaves. A value that fails its integrity check is recorded as a failure and never shown
 * (等保 8.1.4.7, 8.1.4.11).
 */
export async function readLeaveContact(ctx: OperationContext & { cipher: FieldCipher }, input: ReadLeaveContactInput): Promise<LeaveContact> {
  const outcome = await commitChange<{ contact: LeaveContact } | { error: FieldCipherError }>(ctx, async (trx) => {
    const report = found(await leaveRepository.findReportIn(trx, input.reportId, input.scope), '请假报告');
    const personName = (await orgRepository.findPerson(trx, report.personId))?.name ?? '';
    const entry = { act: 'leave.report.contact.read', objectType: 'leave_report', objectId: report.id, article: 82 } as const;
    try {
      const contact = ctx.cipher.decrypt(report.contactEncrypted, leaveContactContext(report.id));
      return { result: { contact: { reportId: report.id, personId: report.personId, personName, contact } }, audit: [{ ...entry, result: 'success', summary: { person: personName } }] };
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      return { result: { error }, audit: [{ ...entry, result: 'failure', summary: { person: personName, reason: error.code } }] };
    }
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.contact;
}
