import { dualDutyAreas, type PostKind } from './types.js';

/**
 * What a deputy answers for under "一岗双责" (art. 9 "副区长按分工负责处理分管工作，对分管领域廉洁建设、安全
 * 生产、生态环保和信访维稳工作实行“一岗双责”责任制"): the four kinds of work, each within the fields of *their*
 * portfolio on the day — so two deputies answer for different things, and a deputy with no portfolio answers
 * for none. The 区长 (who leads the whole) and the office's leaders (who assist) are not named by art. 9.
 * `leads` lists the four kinds the deputy's portfolio names as an area of its own (e.g. 安全生产 for the deputy
 * in charge of it): there the deputy is also the one in charge district-wide.
 */
export type DualDuty = { fields: string[]; duties: string[]; leads: string[] };

export function dualDutyOf(postKind: PostKind, portfolio: { units: readonly { name: string }[]; areas: readonly string[] }): DualDuty {
  if (postKind !== 'deputy' && postKind !== 'executive_deputy') return { fields: [], duties: [], leads: [] };
  const fields = [...portfolio.areas, ...portfolio.units.map((u) => u.name)];
  if (fields.length === 0) return { fields: [], duties: [], leads: [] };
  const leads = dualDutyAreas.filter((d) => portfolio.areas.some((a) => a.includes(d)));
  return { fields, duties: [...dualDutyAreas], leads };
}
