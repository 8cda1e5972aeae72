import type { Db, Tx } from '../../db/database.js';
import { isDepartmentLike, isTownLike } from '../../domain/org/scope.js';
import type { LocalDate } from '../../rules/types.js';

/**
 * Why a person's absence is reported here: `art82` — their post is one art. 82 lists (副区长 and the 常务副区长;
 * 镇长, 街道办事处主任, 开发区管委会主任; the principal heads of the government's departments, among them the
 * 区政府办公室 — a 工作部门 whose head is its 主任 — and, by art. 93, of the bodies the rules also bind);
 * `head` — the 区长, whom art. 82 does not list (the reports go to him), but whose absence is recorded because it
 * hands the government's work to the executive deputy (art. 7). Art. 82's rules are not applied to the 区长.
 */
export type ReporterPost = { kind: string; unitId: string; title: string; basis: 'art82' | 'head' };

export async function reporterPost(db: Db | Tx, personId: string, on: LocalDate): Promise<ReporterPost | undefined> {
  const rows = await db
    .selectFrom('appointments')
    .innerJoin('posts', 'posts.id', 'appointments.postId')
    .innerJoin('units', 'units.id', 'posts.unitId')
    .select(['posts.kind', 'posts.unitId', 'posts.title', 'units.kind as unitKind'])
    .where('appointments.personId', '=', personId)
    .where('appointments.validFrom', '<=', on)
    .where((eb) => eb.or([eb('appointments.validTo', 'is', null), eb('appointments.validTo', '>=', on)]))
    .execute();
  const listed = rows.find(
    (r) =>
      ['executive_deputy', 'deputy', 'office_director'].includes(r.kind) ||
      (r.kind === 'principal' && (isDepartmentLike(r.unitKind) || isTownLike(r.unitKind))),
  );
  if (listed) return { kind: listed.kind, unitId: listed.unitId, title: listed.title, basis: 'art82' };
  const head = rows.find((r) => r.kind === 'head');
  return head ? { kind: head.kind, unitId: head.unitId, title: head.title, basis: 'head' } : undefined;
}
