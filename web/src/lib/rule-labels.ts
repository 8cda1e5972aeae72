import type { Area, CarryingKind, Chapter, Effective, ParameterUnit, ParameterValue } from '../api/rules';
import { chineseNumeral } from './article-number';

export const carryingKindLabels: Record<CarryingKind, string> = {
  guard: '拦截',
  clock: '时限',
  route: '流转',
  record: '留痕',
  quota: '限额',
  advisory: '倡导性',
};

/** What each kind means, for tooltips. */
export const carryingKindHints: Record<CarryingKind, string> = {
  guard: '不符合条文的操作被系统拦下，并说明依据的条款',
  clock: '按工作日历计算期限并提醒、催办',
  route: '按条文规定的顺序和人员流转办理',
  record: '按条文要求登记、留存记录，可追溯',
  quota: '按条文限定次数、数量',
  advisory: '倡导性条款，系统不强制',
};

export const carryingKindColors: Record<CarryingKind, string> = {
  guard: 'red',
  clock: 'orange',
  route: 'blue',
  record: 'green',
  quota: 'purple',
  advisory: 'default',
};

export const carryingKindOrder: CarryingKind[] = ['guard', 'clock', 'route', 'record', 'quota', 'advisory'];

export const areaLabels: Record<Area, string> = {
  rulebook: '规则库',
  org: '组织机构',
  documents: '公文处理',
  normative: '规范性文件',
  decisions: '重大行政决策',
  meetings: '会议',
  supervision: '督查督办',
  leave: '请销假',
  events: '活动邀请',
  information: '政务信息',
  disclosure: '政务公开',
  study: '学习',
  petitions: '信访',
  audit: '审计',
  identity: '用户与权限',
};

/** "第十章 …", or "第十章（原文缺少本章标题）" where the source has no heading. */
export function chapterLabel(chapter: Chapter): string {
  const number = `第${chineseNumeral(chapter.number)}章`;
  return chapter.title ? `${number} ${chapter.title}` : `${number}（原文缺少本章标题）`;
}

/** "2022-01-31 起施行" or "2022-01-31 至 2026-12-31". */
export function effectiveText(effective: Effective): string {
  return effective.to ? `${effective.from} 至 ${effective.to}` : `${effective.from} 起`;
}

/** The unit written after a count, e.g. 5 个工作日, 1 次/年. */
const unitSuffix: Record<Exclude<ParameterUnit, 'ratio'>, string> = {
  'working-day': '个工作日',
  'calendar-day': '天',
  'meetings-per-year': '次/年',
  'meetings-per-month': '次/月',
  'sessions-per-month': '次/月',
  'sessions-per-quarter': '次/季度',
  'days-per-year': '天/年',
  'briefings-per-department': '种/部门',
  hour: '小时',
  'matter-list': '',
  month: '个月',
  percent: '%',
};

/** Names of the parts of structured limits (公文办理各环节, 急件). */
const partLabels: Record<string, string> = {
  receive: '签收登记',
  review: '初审',
  propose: '拟办',
  assign: '批办',
  instruct: '批示',
  transfer: '转办',
  very_urgent: '特急',
  urgent: '加急',
};

/** "二分之一", "三分之二". */
function fractionText(numerator: number, denominator: number): string {
  return `${chineseNumeral(denominator)}分之${chineseNumeral(numerator)}`;
}

/**
 * A parameter's value as people read it: `{numerator:1,denominator:2,strict:true}` → 超过二分之一,
 * `{min:1,max:2}` → 1–2 次/年, `5` working days → 5 个工作日. An unknown shape is shown as JSON rather than hidden.
 */
export function parameterValueText(value: ParameterValue, unit: ParameterUnit): string {
  if (unit === 'ratio') {
    if (typeof value === 'object' && 'numerator' in value) {
      return `${value.strict ? '超过' : '不少于'}${fractionText(value.numerator, value.denominator)}`;
    }
    return JSON.stringify(value);
  }
  // A list of matters (art. 27) reads as its categories.
  if (Array.isArray(value)) return value.map((m: { category: string }) => m.category).join('、');
  const suffix = unitSuffix[unit] ?? '';
  if (typeof value === 'number') return `${value} ${suffix}`.trim();
  if ('min' in value) return `${value.min}–${value.max} ${suffix}`.trim();
  if ('max' in value) return `不超过 ${value.max} ${suffix}`.trim();
  const parts = Object.entries(value as Record<string, unknown>);
  if (parts.every(([, v]) => typeof v === 'number')) return `${parts.map(([k, v]) => `${partLabels[k] ?? k} ${String(v)}`).join('、')} ${suffix}`.trim();
  return JSON.stringify(value);
}
