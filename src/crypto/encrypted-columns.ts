import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.js';

/**
 * Every column that holds SM4 field ciphertext, with the context each value is bound to. `zhengwu crypto
 * rotate` and `status` walk this list, so a new encrypted column must be added here or it would be left under
 * an old key (and become unreadable once that key is dropped).
 */
export type EncryptedColumn = {
  /** `table.field`, as shown by `zhengwu crypto status`. */
  name: string;
  /** The context the value's tag is bound to: the column and the row, so a value cannot be moved. */
  context: (rowId: string) => string;
  /** Rows after `afterId` (by id) with a value, at most `limit`. */
  page: (db: Db | Tx, afterId: string, limit: number) => Promise<{ id: string; value: string }[]>;
  /** Replaces `from` with `to` only if the row still holds `from`, so a concurrent edit is never overwritten. */
  replace: (trx: Tx, id: string, from: string, to: string) => Promise<boolean>;
};

/** The context of a person's mobile number. */
export const personMobileContext = (personId: string) => `people.mobile:${personId}`;
/** The context of a person's 居民身份证号码. */
export const personIdNumberContext = (personId: string) => `people.id_number:${personId}`;
/** The context of a user's TOTP secret (as `src/operations/identity/totp.ts` binds it). */
export const userTotpContext = (userId: string) => `users.totp:${userId}`;
/** The context of a leave report's 24-hour contact number (as `src/operations/leave/report-leave.ts` binds it). */
export const leaveContactContext = (reportId: string) => `leave_reports.contact:${reportId}`;
/** The contexts of a disclosure applicant's identity number, contact and address (as `src/operations/disclosure/requests.ts` binds them). */
export const requestIdNumberContext = (requestId: string) => `disclosure_requests.id_number:${requestId}`;
export const requestContactContext = (requestId: string) => `disclosure_requests.contact:${requestId}`;
export const requestAddressContext = (requestId: string) => `disclosure_requests.address:${requestId}`;
/** The context of a message writer's contact (as `src/operations/disclosure/messages.ts` binds it). */
export const messageContactContext = (messageId: string) => `public_messages.contact:${messageId}`;

/** A text column of ciphertext keyed by a text `id`; table and column are identifiers, never user input. */
function encryptedColumn(name: string, table: string, column: string, context: (rowId: string) => string): EncryptedColumn {
  return {
    name,
    context,
    page: async (db, afterId, limit) =>
      (
        await sql<{ id: string; value: string }>`select id, ${sql.ref(column)} as value from ${sql.table(table)}
          where id > ${afterId} and ${sql.ref(column)} is not null order by id limit ${limit}`.execute(db)
      ).rows,
    replace: async (trx, id, from, to) =>
      Number((await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${to} where id = ${id} and ${sql.ref(column)} = ${from}`.execute(trx)).numAffectedRows ?? 0) === 1,
  };
}


export const encryptedColumns: readonly EncryptedColumn[] = [
  encryptedColumn('people.mobile', 'people', 'mobile_encrypted', personMobileContext),
  encryptedColumn('people.id_number', 'people', 'id_number_encrypted', personIdNumberContext),
  encryptedColumn('users.totp', 'users', 'totp_secret_encrypted', userTotpContext),
  encryptedColumn('leave_reports.contact', 'leave_reports', 'contact_encrypted', leaveContactContext),
  encryptedColumn('disclosure_requests.id_number', 'disclosure_requests', 'id_number_encrypted', requestIdNumberContext),
  encryptedColumn('disclosure_requests.contact', 'disclosure_requests', 'contact_encrypted', requestContactContext),
  encryptedColumn('disclosure_requests.address', 'disclosure_requests', 'address_encrypted', requestAddressContext),
  encryptedColumn('public_messages.contact', 'public_messages', 'contact_encrypted', messageContactContext),
];
