import type { LocalDate } from '../../rules/types.js';

/**
 * Kinds of unit. Besides the government, its office and departments, the towns, subdistricts and development
 * zones, art. 93 names the bodies the rules also apply to — 派出机构 (`dispatched_body`), 部门管理机构
 * (`managed_body`, under a department) and 政府直属事业单位 (`affiliated_institution`). A 村（居）民委员会
 * (`village_committee`, under a town or subdistrict) is not an organ of the government; outside bodies (区委,
 * 区人大常委会, 区政协, 法院, 检察院 …) are not below it.
 */
export const unitKinds = [
  'government',
  'office',
  'department',
  'town',
  'subdistrict',
  'development_zone',
  'outside_body',
  'dispatched_body',
  'managed_body',
  'affiliated_institution',
  'village_committee',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels: Record<UnitKind, string> = {
  government: '区政府',
  office: '办公室',
  department: '工作部门',
  town: '镇',
  subdistrict: '街道',
  development_zone: '开发区管委会',
  outside_body: '其他机关',
  dispatched_body: '派出机构',
  managed_body: '部门管理机构',
  affiliated_institution: '政府直属事业单位',
  village_committee: '村民委员会',
};

/**
 * The organisational functions the rules name (区委, 纪委监委, 区司法局, 区审计局, 区政府办公室, 区政府), carried by units
 * in the organisation data so that an imported organisation works unchanged: code asks for "the unit that is
 * the justice bureau", never for a unit id. At most one unit carries each function.
 */
export const unitFunctions = ['government', 'government_office', 'party_committee', 'discipline_commission', 'justice_bureau', 'audit_bureau'] as const;
export type UnitFunction = (typeof unitFunctions)[number];

export const unitFunctionLabels: Record<UnitFunction, string> = {
  government: '区人民政府',
  government_office: '区政府办公室',
  party_committee: '区委',
  discipline_commission: '区纪委监委',
  justice_bureau: '区司法局',
  audit_bureau: '区审计局',
};

export const postKinds = [
  'head',
  'executive_deputy',
  'deputy',
  'office_director',
  'office_deputy_director',
  'principal',
  'deputy_head',
  'staff',
  'legal_adviser',
] as const;
export type PostKind = (typeof postKinds)[number];

export const postKindLabels: Record<PostKind, string> = {
  head: '区长',
  executive_deputy: '常务副区长',
  deputy: '副区长',
  office_director: '办公室主任',
  office_deputy_director: '办公室副主任',
  principal: '主要负责人',
  deputy_head: '分管负责人',
  staff: '工作人员',
  legal_adviser: '法律顾问',
};

/** Posts that make someone a leader of the government (art. 5, 7, 10). */
export const leaderPostKinds: readonly PostKind[] = ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director'];

/**
 * The four kinds of work a deputy answers for in each field of their portfolio under "一岗双责" (art. 9
 * "对分管领域廉洁建设、安全生产、生态环保和信访维稳工作实行“一岗双责”责任制"). What a deputy answers for is
 * these four within *their* fields — see `dualDutyOf`, which reads each deputy's portfolio.
 */
export const dualDutyAreas = ['廉洁建设', '安全生产', '生态环保', '信访维稳'] as const;

export type Unit = {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  /** The function the rules name this unit by, if any (see `unitFunctions`). */
  function: UnitFunction | null;
  parentId: string | null;
  sortOrder: number;
  version: number;
};

export type Post = { id: string; unitId: string; kind: PostKind; title: string; sortOrder: number };

export type Appointment = { id: string; personId: string; postId: string; validFrom: LocalDate; validTo: LocalDate | null };

export type PortfolioItem = { id: string; personId: string; unitId: string | null; area: string | null; validFrom: LocalDate; validTo: LocalDate | null };

export type CoverPair = { id: string; firstPersonId: string; secondPersonId: string; validFrom: LocalDate; validTo: LocalDate | null };

/** A period with an inclusive end; `validTo` null means still in force. */
export type Period = { validFrom: LocalDate; validTo: LocalDate | null };

/** Whether a dated record is in force on a day. */
export function isInForce(p: Period, on: LocalDate): boolean {
  return p.validFrom <= on && (p.validTo === null || on <= p.validTo);
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
}
