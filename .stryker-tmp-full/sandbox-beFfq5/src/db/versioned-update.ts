// @ts-nocheck
import { sql } from 'kysely';
import { DomainError } from '../domain/errors.js';
import type { Db, Tx } from './database.js';
import type { Database } from './schema.js';

/** Tables whose rows carry an optimistic `version`. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never;
}[keyof Database];

/**
 * The one way a versioned row changes: the update applies only while the stored version is the one the
 * caller read, and bumps it. When another request got there first the act is refused with 409 and the
 * row's current version (and `stateColumn`, when named) — never applied over the other change, never 400.
 * A missing row is 404.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Db | Tx,
  table: T,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
  options: { what: string; stateColumn?: string },
): Promise<{ version: number }> {
  // Kysely cannot type a table chosen at run time; the column names are checked by each caller's own types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const anyDb = db as unknown as { updateTable: (t: string) => any; selectFrom: (t: string) => any };
  const result: { numUpdatedRows: bigint } = await anyDb
    .updateTable(table)
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return { version: expectedVersion + 1 };
  const current = (await anyDb.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!current) throw new DomainError('not_found', `${options.what}不存在或无权查看`);
  const details: Record<string, unknown> = { currentVersion: Number(current.version) };
  if (options.stateColumn) details.currentState = current[options.stateColumn];
  throw new DomainError('conflict', `该${options.what}已被他人处理或修改，请刷新后重试`, { details });
}

/**
 * The next number of a named yearly sequence (收〔2026〕N号, 纪要〔2026〕N号), inside the caller's transaction:
 * an atomic upsert, so parallel first numbers of a year on PostgreSQL neither collide nor skip — the row lock
 * it takes holds later takers until this transaction ends, so numbers are unique and gap-free.
 */
export async function nextInSequence(db: Tx, name: string): Promise<number> {
  const row = await db
    .insertInto('counters')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
