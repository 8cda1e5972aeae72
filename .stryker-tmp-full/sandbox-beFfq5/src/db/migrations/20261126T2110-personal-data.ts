// @ts-nocheck
import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * 居民身份证号码 beside the mobile number, both as SM4 field ciphertext (`sm4v1:…`), never plaintext
 * (等保 8.1.4.8).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('id_number_encrypted', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('id_number_encrypted').execute();
}
