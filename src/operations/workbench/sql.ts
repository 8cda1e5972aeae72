import { type Expression, sql, type SqlBool } from 'kysely';
import type { CaseDefinition, Viewer } from '../../domain/case.js';
import { can } from '../../domain/identity/policies.js';
import type { WorkKey } from './providers.js';

/**
 * The SQL side of the 工作台: each provider states, in its query, the work predicate its declaration implies
 * (state, the role's policy, the viewer's relation), so the database returns the page and nothing more. The
 * declaration stays the truth: the provider still runs `isWorkItem` on each row, and a medium test checks that
 * the SQL predicate and the declaration select the same cases.
 */

// Literal conditions rather than bound booleans: SQLite binds no booleans.
export const sqlTrue = sql<SqlBool>`1 = 1`;
export const sqlFalse = sql<SqlBool>`1 = 0`;

export function anyOf(parts: readonly Expression<unknown>[]): Expression<SqlBool> {
  return parts.length === 0 ? sqlFalse : sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

export function allOf(parts: readonly Expression<unknown>[]): Expression<SqlBool> {
  return parts.length === 0 ? sqlTrue : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** `column in (values)`, false for no values (SQL has no empty list). */
export function inList(ref: Expression<unknown>, values: readonly string[]): Expression<SqlBool> {
  return values.length === 0 ? sqlFalse : sql<SqlBool>`${ref} in (${sql.join(values)})`;
}

/**
 * The SQL form of `personal(personOf, { isUrgent })` (src/domain/case.ts): the person the case names is the
 * viewer, or someone they stand in for today — for a cover limited to urgent work, only when the case is urgent.
 */
export function personalSql(ref: Expression<unknown>, viewer: Viewer, isUrgent?: Expression<unknown>): Expression<SqlBool> {
  const full = viewer.standsInFor.filter((s) => !s.isUrgentOnly).map((s) => s.personId);
  const urgentOnly = viewer.standsInFor.filter((s) => s.isUrgentOnly).map((s) => s.personId);
  return anyOf([
    ...(viewer.personId ? [sql<SqlBool>`${ref} = ${viewer.personId}`] : []),
    ...(full.length > 0 ? [inList(ref, full)] : []),
    ...(urgentOnly.length > 0 && isUrgent ? [allOf([inList(ref, urgentOnly), isUrgent])] : []),
  ]);
}

/** The SQL form of `ofUnit`: the viewer's unit is the unit in the column. */
export function ofUnitSql(ref: Expression<unknown>, viewer: Viewer): Expression<SqlBool> {
  return viewer.unitId ? sql<SqlBool>`${ref} = ${viewer.unitId}` : sqlFalse;
}

/** A JSON array of unit ids (stored as text) holds the viewer's unit. */
export function jsonHasUnitSql(ref: Expression<unknown>, viewer: Viewer): Expression<SqlBool> {
  if (!viewer.unitId) return sqlFalse;
  return sql<SqlBool>`${ref} like ${`%${JSON.stringify(viewer.unitId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
}

/**
 * The work predicate of a declaration in SQL: for each action that is work and whose policy the viewer's roles
 * hold, the case is in one of the action's starting states and the action's relation and condition hold —
 * `conditions[action]`, the SQL form of the action's `relation` and `when`. An action with a relation or a
 * condition but no SQL form is refused at once, so a new relation cannot silently widen the query.
 */
export function workPredicateSql<S extends string, C, A extends string>(
  def: CaseDefinition<S, C, A>,
  viewer: Viewer,
  stateRef: Expression<unknown>,
  conditions: { [K in A]?: Expression<unknown> },
): Expression<SqlBool> {
  const parts: Expression<unknown>[] = [];
  for (const action of Object.keys(def.actions) as A[]) {
    const spec = def.actions[action];
    if (spec.isWork === false || !can(viewer.roles, spec.policy)) continue;
    const condition = conditions[action];
    if ((spec.relation || spec.when) && !condition) throw new Error(`工作台：${def.kind}.${action} 的关系或条件没有 SQL 表达`);
    parts.push(allOf([inList(stateRef, spec.from), ...(condition ? [condition] : [])]));
  }
  return anyOf(parts);
}

/**
 * Strictly after the cursor in the 工作台's order (due, createdAt, area, id), for one area's rows: the area is
 * a constant of the query, so it decides the tie on (due, createdAt) before the id is compared.
 */
export function afterKeySql(due: Expression<unknown>, createdAt: Expression<unknown>, id: Expression<unknown>, area: string, after: WorkKey | null): Expression<SqlBool> {
  if (!after) return sqlTrue;
  const tie = area > after.area ? sqlTrue : area < after.area ? sqlFalse : sql<SqlBool>`${id} > ${after.id}`;
  return sql<SqlBool>`(${due} > ${after.due} or (${due} = ${after.due} and (${createdAt} > ${after.createdAt} or (${createdAt} = ${after.createdAt} and ${tie}))))`;
}
