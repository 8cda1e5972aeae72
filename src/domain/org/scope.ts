import type { UnitKind } from './types.js';

/**
 * Art. 93 "区政府派出机构、部门管理机构、政府直属事业单位适用本《规则》": the bodies the rules bind besides the
 * government's members and its departments. Where an article names "区政府各部门" (art. 58 meetings, art. 82
 * leave, art. 90 invitations), these bodies stand with the departments.
 */
export const article93Kinds: readonly UnitKind[] = ['dispatched_body', 'managed_body', 'affiliated_institution'];

/** A 区政府工作部门 (the office among them: it is one) or, by art. 93, a body the rules treat alike. */
export function isDepartmentLike(kind: string): boolean {
  return kind === 'department' || kind === 'office' || (article93Kinds as readonly string[]).includes(kind);
}

/**
 * Whether the work rules bind a unit of this kind (art. 93): the government itself, its departments and the
 * art. 93 bodies. Towns, subdistricts and development zones are bound where an article names them; outside
 * bodies and village committees are not bound at all.
 */
export function isBoundUnitKind(kind: string): boolean {
  return kind === 'government' || isDepartmentLike(kind);
}

/** The units an article names by kind "各镇人民政府、街道办事处，各开发区管委会" (art. 82, 90). */
export function isTownLike(kind: string): boolean {
  return kind === 'town' || kind === 'subdistrict' || kind === 'development_zone';
}
