// @ts-nocheck
import { commitChange, type OperationContext } from '../db/change.js';
import type { Db } from '../db/database.js';
import { encryptedColumns, type EncryptedColumn } from './encrypted-columns.js';
import { type FieldCipher, FieldCipherError, keyIdOf } from './field-cipher.js';

/** How many values of one column are under each key id; `malformed` values are not `sm4v1:` at all. */
export type ColumnKeyCount = { column: string; byKeyId: Record<string, number>; malformed: number };

/** Counts stored values per key id, column by column, without decrypting anything. */
export async function countFieldKeys(db: Db, options: { batchSize?: number; columns?: readonly EncryptedColumn[] } = {}): Promise<ColumnKeyCount[]> {
  const batchSize = options.batchSize ?? 1000;
  const counts: ColumnKeyCount[] = [];
  for (const column of options.columns ?? encryptedColumns) {
    const count: ColumnKeyCount = { column: column.name, byKeyId: {}, malformed: 0 };
    let afterId = '';
    for (;;) {
      const rows = await column.page(db, afterId, batchSize);
      for (const { value } of rows) {
        try {
          const id = keyIdOf(value);
          count.byKeyId[id] = (count.byKeyId[id] ?? 0) + 1;
        } catch {
          count.malformed++;
        }
      }
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) break;
      afterId = last.id;
    }
    counts.push(count);
  }
  return counts;
}

/** What a rotation did to one column. `failed`: values that did not decrypt (left as they are). */
export type ColumnRotation = { column: string; scanned: number; rotated: number; failed: number };

/**
 * Re-encrypts every value not under the current key, column by column, `batchSize` rows per transaction.
 * Each batch that changes something commits with one audit event holding counts only (never values), so a
 * stopped rotation keeps what it did and can simply be run again. Values that do not decrypt are counted and
 * left alone: they need a person to look, not a silent overwrite.
 */
export async function rotateFieldKeys(
  ctx: OperationContext,
  cipher: FieldCipher,
  options: { batchSize?: number; onProgress?: (progress: ColumnRotation) => void; columns?: readonly EncryptedColumn[] } = {},
): Promise<ColumnRotation[]> {
  const batchSize = options.batchSize ?? 500;
  const results: ColumnRotation[] = [];
  for (const column of options.columns ?? encryptedColumns) {
    const total: ColumnRotation = { column: column.name, scanned: 0, rotated: 0, failed: 0 };
    let afterId = '';
    for (;;) {
      const batch = await commitChange(ctx, async (trx) => {
        const rows = await column.page(trx, afterId, batchSize);
        const fromKeyIds: Record<string, number> = {};
        let rotated = 0;
        let failed = 0;
        for (const row of rows) {
          try {
            if (!cipher.needsRotation(row.value)) continue;
            const context = column.context(row.id);
            const fresh = cipher.encrypt(cipher.decrypt(row.value, context), context);
            if (await column.replace(trx, row.id, row.value, fresh)) {
              rotated++;
              const from = keyIdOf(row.value);
              fromKeyIds[from] = (fromKeyIds[from] ?? 0) + 1;
            }
          } catch (error) {
            if (!(error instanceof FieldCipherError)) throw error;
            failed++;
          }
        }
        const audit =
          rotated > 0
            ? [
                {
                  act: 'crypto.key.rotate',
                  objectType: 'encrypted_column',
                  objectId: column.name,
                  result: 'success' as const,
                  summary: { toKeyId: cipher.currentKeyId, rotated, fromKeyIds, failed },
                },
              ]
            : [];
        return { result: { rows, rotated, failed }, audit };
      });
      total.scanned += batch.rows.length;
      total.rotated += batch.rotated;
      total.failed += batch.failed;
      options.onProgress?.({ ...total });
      const last = batch.rows.at(-1);
      if (!last || batch.rows.length < batchSize) break;
      afterId = last.id;
    }
    results.push(total);
  }
  return results;
}
