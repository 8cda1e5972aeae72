import { z } from 'zod';
import { postKinds, unitFunctions, unitKinds } from './types.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1, '编号不能为空').max(100, '编号过长');
const name = z.string().trim().min(1, '名称不能为空').max(100, '名称不能超过100字');

/**
 * The whole organisation as one JSON document: what `GET /api/org/export` writes and `POST /api/org/import`
 * reads. The demo government is seeded through the same format.
 */
export const structureSchema = z.object({
  format: z.literal('zhengwu.org/1', { error: '文件格式应为 zhengwu.org/1' }),
  units: z.array(
    z.object({
      id,
      name,
      shortName: z.string().trim().max(50).nullable().default(null),
      kind: z.enum(unitKinds, { error: '单位类别无效' }),
      function: z.enum(unitFunctions, { error: '单位职能无效' }).nullable().default(null),
      parentId: id.nullable().default(null),
      sortOrder: z.number().int().default(0),
    }),
  ),
  posts: z.array(
    z.object({ id, unitId: id, kind: z.enum(postKinds, { error: '职务类别无效' }), title: name, sortOrder: z.number().int().default(0) }),
  ),
  people: z.array(z.object({ id, name })),
  appointments: z.array(z.object({ id, personId: id, postId: id, validFrom: date, validTo: date.nullable().default(null) })),
  portfolioItems: z.array(
    z.object({
      id,
      personId: id,
      unitId: id.nullable().default(null),
      area: z.string().trim().min(1).max(50).nullable().default(null),
      validFrom: date,
      validTo: date.nullable().default(null),
    }),
  ),
  coverPairs: z.array(z.object({ id, firstPersonId: id, secondPersonId: id, validFrom: date, validTo: date.nullable().default(null) })),
});

export type Structure = z.infer<typeof structureSchema>;
export type StructureInput = z.input<typeof structureSchema>;

/**
 * Checks that every reference in a structure resolves, either inside the file or among the ids already
 * stored; returns the problems in Chinese.
 */
export function structureProblems(s: Structure, existing: { unitIds: ReadonlySet<string>; personIds: ReadonlySet<string>; postIds: ReadonlySet<string> }): string[] {
  const problems: string[] = [];
  const unitIds = new Set([...existing.unitIds, ...s.units.map((u) => u.id)]);
  const personIds = new Set([...existing.personIds, ...s.people.map((p) => p.id)]);
  const postIds = new Set([...existing.postIds, ...s.posts.map((p) => p.id)]);
  for (const u of s.units) if (u.parentId !== null && !unitIds.has(u.parentId)) problems.push(`单位“${u.name}”的上级单位 ${u.parentId} 不存在`);
  const carriers = new Map<string, string[]>();
  for (const u of s.units) if (u.function) carriers.set(u.function, [...(carriers.get(u.function) ?? []), u.name]);
  for (const [fn, names] of carriers) if (names.length > 1) problems.push(`职能“${fn}”只能由一个单位承担，文件中有：${names.join('、')}`);
  for (const p of s.posts) if (!unitIds.has(p.unitId)) problems.push(`职务“${p.title}”所在单位 ${p.unitId} 不存在`);
  for (const a of s.appointments) {
    if (!personIds.has(a.personId)) problems.push(`任职 ${a.id} 的人员 ${a.personId} 不存在`);
    if (!postIds.has(a.postId)) problems.push(`任职 ${a.id} 的职务 ${a.postId} 不存在`);
    if ((a.validTo ?? a.validFrom) < a.validFrom) problems.push(`任职 ${a.id} 的结束日期早于开始日期`);
  }
  for (const i of s.portfolioItems) {
    if (!personIds.has(i.personId)) problems.push(`分管 ${i.id} 的领导 ${i.personId} 不存在`);
    if ((i.unitId === null) === (i.area === null)) problems.push(`分管 ${i.id} 须且只能指定一个单位或一个领域`);
    if (i.unitId !== null && !unitIds.has(i.unitId)) problems.push(`分管 ${i.id} 的单位 ${i.unitId} 不存在`);
  }
  for (const c of s.coverPairs) {
    if (c.firstPersonId === c.secondPersonId) problems.push(`补位 ${c.id} 的两位领导不能是同一人`);
    for (const pid of [c.firstPersonId, c.secondPersonId]) if (!personIds.has(pid)) problems.push(`补位 ${c.id} 的领导 ${pid} 不存在`);
  }
  const names = new Map<string, string>();
  for (const u of s.units) {
    const other = names.get(u.name);
    if (other !== undefined && other !== u.id) problems.push(`单位名称“${u.name}”重复`);
    names.set(u.name, u.id);
  }
  return problems;
}
