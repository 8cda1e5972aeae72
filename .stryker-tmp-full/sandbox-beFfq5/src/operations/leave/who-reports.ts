// @ts-nocheck
import type { Db, Tx } from '../../db/database.js';
import type { LocalDate } from '../../rules/types.js';

/**
 * The post that obliges a person to report leave (art. 82): 副区长 (and the 常务副区长), heads of towns,
 * subdistricts and development zones, principal heads of departments. The 区长 reports too, because the
 * head's absence hands the government's work to the executive deputy (art. 7).
 */
export async function reporterPost(db: Db | Tx, personId: string, on: LocalDate): Promise<{ kind: string; unitId: string; title: string } | undefined> {
  const rows = await db
    .selectFrom('appointments')
    .innerJoin('posts', 'posts.id', 'appointments.postId')
    .innerJoin('units', 'units.id', 'posts.unitId')
    .select(['posts.kind', 'posts.unitId', 'posts.title', 'units.kind as unitKind'])
    .where('appointments.personId', '=', personId)
    .where('appointments.validFrom', '<=', on)
    .where((eb) => eb.or([eb('appointments.validTo', 'is', null), eb('appointments.validTo', '>=', on)]))
    .execute();
  return rows.find(
    (r) =>
      ['head', 'executive_deputy', 'deputy'].includes(r.kind) ||
      (r.kind === 'principal' && ['department', 'town', 'subdistrict', 'development_zone'].includes(r.unitKind)),
  );
}
