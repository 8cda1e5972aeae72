import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import type { SupervisionPlanTable } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned-update.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { viewerOf } from '../case/viewer.js';

export type SupervisionPlan = Pick<SupervisionPlanTable, 'id' | 'year' | 'title' | 'text' | 'version' | 'createdAt' | 'updatedAt'>;

/** The annual supervision plans (督查工作年度计划, art. 76), latest year first. */
export async function listPlans(db: Db | Tx): Promise<SupervisionPlan[]> {
  return db.selectFrom('supervisionPlans').selectAll().orderBy('year', 'desc').execute();
}

export async function planOfYear(db: Db | Tx, year: number): Promise<SupervisionPlan | undefined> {
  return db.selectFrom('supervisionPlans').selectAll().where('year', '=', year).executeTakeFirst();
}

/**
 * The office keeps the year's supervision plan (art. 76 "区政府办公室要制定督查工作年度计划"): one per year,
 * revised with its version (409 when someone else revised it first); the plan's tasks are then registered
 * under it with their focus area.
 */
export async function savePlan(ctx: OperationContext, input: { year: number; title: string; text: string; version?: number | null }): Promise<SupervisionPlan> {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title) invalid('请填写计划名称');
  if (!text) invalid('请填写计划内容');
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', '督查工作年度计划由区政府办公室制定');
    const thisYear = Number(localDateOf(at).slice(0, 4));
    if (input.year < thisYear - 1 || input.year > thisYear + 1) invalid(`年度应为${thisYear - 1}至${thisYear + 1}年`);
    const existing = await planOfYear(trx, input.year);
    const now = at.toISOString();
    if (existing) {
      if (input.version === undefined || input.version === null) throw new DomainError('conflict', `${input.year}年督查工作年度计划已存在，请在其基础上修改`, { details: { currentVersion: existing.version } });
      const { version } = await updateVersioned(trx, 'supervisionPlans', existing.id, input.version, { title, text, updatedAt: now }, { what: '督查工作年度计划' });
      const plan = { ...existing, title, text, version, updatedAt: now };
      return { result: plan, audit: [{ act: 'supervision.plan.revise', objectType: 'supervision_plan', objectId: plan.id, result: 'success', article: 76, summary: { year: plan.year, version } }] };
    }
    const plan = { id: randomUUID(), year: input.year, title, text, version: 1, createdAt: now, updatedAt: now };
    await trx.insertInto('supervisionPlans').values(plan).execute();
    return { result: plan, audit: [{ act: 'supervision.plan.create', objectType: 'supervision_plan', objectId: plan.id, result: 'success', article: 76, summary: { year: plan.year } }] };
  });
}
