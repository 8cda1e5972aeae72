// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { invalid } from '../../domain/errors.js';
import { type Structure, structureProblems } from '../../domain/org/structure.js';

export type ImportCounts = { units: number; posts: number; people: number; appointments: number; portfolioItems: number; coverPairs: number };

/**
 * Merges a whole organisation document by id: new records are added, existing ones take the file's values.
 * Nothing is deleted (history is kept). The file is checked whole first, so a bad file changes nothing.
 */
export async function importStructure(ctx: OperationContext, structure: Structure): Promise<ImportCounts> {
  return commitChange(ctx, async (trx, at) => {
    const counts = await mergeStructure(trx, structure, at.toISOString());
    return {
      result: counts,
      audit: [{ act: 'org.structure.import', objectType: 'organisation', objectId: null, result: 'success', summary: { counts } }],
    };
  });
}

/** The merge itself, also used by the demo seed inside its own transaction. */
export async function mergeStructure(trx: Tx, s: Structure, now: string): Promise<ImportCounts> {
  const existing = await orgRepository.snapshot(trx);
  const problems = structureProblems(s, {
    unitIds: new Set(existing.units.map((u) => u.id)),
    personIds: new Set(existing.people.map((p) => p.id)),
    postIds: new Set(existing.posts.map((p) => p.id)),
  });
  const nameOwner = new Map(existing.units.map((u) => [u.name, u.id]));
  for (const u of s.units) {
    const owner = nameOwner.get(u.name);
    if (owner !== undefined && owner !== u.id) problems.push(`单位名称“${u.name}”已被其他单位使用`);
  }
  if (problems.length > 0) invalid(`组织机构文件有 ${problems.length} 处问题：${problems.slice(0, 5).join('；')}`, { problems });

  const has = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
  const unitIds = has(existing.units);
  // Parents first, so foreign keys hold while inserting.
  const ordered = [...s.units].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  // A function the file gives to a unit moves to it from whichever unit carried it before (one unit each).
  const movedFunctions = s.units.flatMap((u) => (u.function ? [u.function] : []));
  if (movedFunctions.length > 0) await trx.updateTable('units').set({ function: null }).where('function', 'in', movedFunctions).execute();
  for (const u of ordered) {
    if (unitIds.has(u.id)) {
      await trx
        .updateTable('units')
        .set((eb) => ({ name: u.name, shortName: u.shortName, kind: u.kind, function: u.function, parentId: u.parentId, sortOrder: u.sortOrder, updatedAt: now, version: eb('version', '+', 1) }))
        .where('id', '=', u.id)
        .execute();
    } else {
      await trx.insertInto('units').values({ ...u, version: 1, createdAt: now, updatedAt: now }).execute();
    }
  }
  const personIds = has(existing.people);
  for (const p of s.people) {
    if (personIds.has(p.id)) await trx.updateTable('people').set({ name: p.name, updatedAt: now }).where('id', '=', p.id).execute();
    else await trx.insertInto('people').values({ ...p, mobileEncrypted: null, version: 1, createdAt: now, updatedAt: now }).execute();
  }
  const postIds = has(existing.posts);
  for (const p of s.posts) {
    if (postIds.has(p.id)) await trx.updateTable('posts').set({ unitId: p.unitId, kind: p.kind, title: p.title, sortOrder: p.sortOrder }).where('id', '=', p.id).execute();
    else await trx.insertInto('posts').values({ ...p, createdAt: now }).execute();
  }
  const appointmentIds = has(existing.appointments);
  for (const a of s.appointments) {
    if (appointmentIds.has(a.id)) await trx.updateTable('appointments').set({ validFrom: a.validFrom, validTo: a.validTo }).where('id', '=', a.id).execute();
    else await trx.insertInto('appointments').values({ ...a, createdAt: now }).execute();
  }
  const itemIds = has(existing.portfolioItems);
  for (const i of s.portfolioItems) {
    if (itemIds.has(i.id)) await trx.updateTable('portfolioItems').set({ unitId: i.unitId, area: i.area, validFrom: i.validFrom, validTo: i.validTo }).where('id', '=', i.id).execute();
    else await trx.insertInto('portfolioItems').values(i).execute();
  }
  const pairIds = has(existing.coverPairs);
  for (const c of s.coverPairs) {
    if (pairIds.has(c.id)) await trx.updateTable('coverPairs').set({ validFrom: c.validFrom, validTo: c.validTo }).where('id', '=', c.id).execute();
    else await trx.insertInto('coverPairs').values(c).execute();
  }
  return {
    units: s.units.length,
    posts: s.posts.length,
    people: s.people.length,
    appointments: s.appointments.length,
    portfolioItems: s.portfolioItems.length,
    coverPairs: s.coverPairs.length,
  };
}

/** The whole organisation in the import format. */
export async function exportStructure(ctx: Pick<OperationContext, 'handle'>): Promise<Structure> {
  const s = await orgRepository.snapshot(ctx.handle.db);
  return {
    format: 'zhengwu.org/1',
    units: s.units.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind as Structure['units'][number]['kind'], function: u.function as Structure['units'][number]['function'], parentId: u.parentId, sortOrder: u.sortOrder })),
    posts: s.posts.map((p) => ({ id: p.id, unitId: p.unitId, kind: p.kind as Structure['posts'][number]['kind'], title: p.title, sortOrder: p.sortOrder })),
    people: s.people,
    appointments: s.appointments,
    portfolioItems: s.portfolioItems,
    coverPairs: s.coverPairs,
  };
}
