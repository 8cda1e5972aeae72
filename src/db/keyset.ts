import { type Expression, sql, type SqlBool } from 'kysely';

/**
 * Keyset pagination: "strictly after this row" in an order over several columns, so a deep page costs what the
 * first does (an index seek, no OFFSET). `columns` are the order's columns, last the unique one (the id);
 * `after` the values of the last row of the previous page; `direction` the order of every column.
 */
export function keysetAfter(columns: readonly Expression<unknown>[], after: readonly string[] | null, direction: 'asc' | 'desc'): Expression<SqlBool> {
  if (!after) return sql<SqlBool>`1 = 1`;
  if (after.length !== columns.length) return sql<SqlBool>`1 = 0`;
  const op = direction === 'asc' ? sql`>` : sql`<`;
  // (a, b, c) > (x, y, z) spelled out: a > x or (a = x and (b > y or (b = y and c > z))).
  let condition: Expression<SqlBool> = sql<SqlBool>`${columns[columns.length - 1]} ${op} ${after[after.length - 1]}`;
  for (let i = columns.length - 2; i >= 0; i -= 1) condition = sql<SqlBool>`(${columns[i]} ${op} ${after[i]} or (${columns[i]} = ${after[i]} and ${condition}))`;
  return condition;
}

/** A page asked of a repository: at most `limit` rows after the cursor's row (null: from the start). */
export type KeysetPage = { after: readonly string[] | null; limit: number };
