import type { PostKind, UnitKind } from '../api/org';

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

export const unitKindOrder: UnitKind[] = [
  'government',
  'office',
  'department',
  'dispatched_body',
  'managed_body',
  'affiliated_institution',
  'town',
  'subdistrict',
  'development_zone',
  'village_committee',
  'outside_body',
];

export const postKindLabels: Record<PostKind, string> = {
  head: '区长',
  executive_deputy: '常务副区长',
  deputy: '副区长',
  office_director: '办公室主任',
  office_deputy_director: '办公室副主任',
  principal: '主要负责人',
  deputy_head: '副职负责人',
  staff: '工作人员',
  legal_adviser: '法律顾问',
};

/** Order of precedence used when listing leaders and posts. */
export const postKindRank: Record<PostKind, number> = {
  head: 0,
  executive_deputy: 1,
  deputy: 2,
  office_director: 3,
  office_deputy_director: 4,
  principal: 5,
  deputy_head: 6,
  legal_adviser: 7,
  staff: 8,
};
