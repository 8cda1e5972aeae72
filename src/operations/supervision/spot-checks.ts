import { randomBytes, randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { type SpotCheckRecord, spotCheckRepository } from '../../db/spot-check-repository.js';
import type { LedgerFilter } from '../../db/supervision-repository.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import type { Viewer } from '../../domain/case.js';
import { DomainError, found, invalid, notFound } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { drawSample } from '../../domain/supervision/sample.js';
import type { LocalDate } from '../../rules/types.js';
import { parameter } from '../../rules/index.js';
import { viewerOf } from '../case/viewer.js';
import { supervisionScopeOf } from './cases.js';
import { byNumber, forEachLedgerPage } from './ledger-pages.js';
import { openTask } from './open-task.js';

/** Which tasks a spot check draws from (art. 75): those still being handled, those closed, or both. */
export const spotCheckPopulations = ['open', 'closed', 'all'] as const;
export type SpotCheckPopulation = (typeof spotCheckPopulations)[number];
export const spotCheckPopulationLabels: Record<SpotCheckPopulation, string> = { open: '未办结任务', closed: '已办结或销号任务', all: '全部任务' };

const openStatuses = new Set(['open', 'reviewing']);
const article = 75;

/** What chose the population, stored with the draw. */
export type SpotCheckCriteria = { population: SpotCheckPopulation; filter: LedgerFilter };

/** One sampled task's finding. */
export type SpotCheckFinding = { text: string; isProblem: boolean; recordedAt: string; recordedByUserId: string; rectificationTaskId: string | null; rectificationNumber: string | null };

export type DrawSpotCheckInput = { title: string; population: SpotCheckPopulation; filter: LedgerFilter; percent?: number | null; seed?: string | null };

function authorizeOffice(viewer: Viewer): void {
  if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', '随机抽查由区政府办公室组织');
}

/**
 * The population of a spot check: the ids of the ledger's tasks under the filter (the same query as the
 * ledger page, walked page by page), those open or closed as asked, in a fixed order — by number, then id —
 * so that the stored list and the seed reproduce the draw.
 */
export async function populationOf(db: Db | Tx, criteria: SpotCheckCriteria, today: LocalDate): Promise<string[]> {
  const rows: { id: string; number: string | null }[] = [];
  await forEachLedgerPage(db, criteria.filter, { kind: 'all' }, today, (page) => {
    for (const t of page) {
      const isOpen = openStatuses.has(t.status);
      if (criteria.population === 'all' || (criteria.population === 'open') === isOpen) rows.push({ id: t.id, number: t.number });
    }
  });
  return rows.sort(byNumber).map((r) => r.id);
}

/**
 * The office draws a spot check (随机抽查, art. 75): the population under the criteria, a sample of the given
 * percent (by default the rulebook's `supervision.spotCheckPercent`) drawn with a seed — the one given, or 128
 * random bits — and all three stored, so the draw can be repeated by anyone. Audited with the seed, the
 * population's size and the sample.
 */
export async function drawSpotCheck(ctx: OperationContext, input: DrawSpotCheckInput): Promise<{ id: string; seed: string; percent: number; populationSize: number; sample: string[] }> {
  const title = input.title.trim();
  if (!title) invalid('请填写抽查名称');
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    authorizeOffice(viewer);
    const today = localDateOf(at);
    const percent = input.percent ?? parameter('supervision.spotCheckPercent', today);
    const seed = input.seed?.trim() || randomBytes(16).toString('hex');
    const criteria: SpotCheckCriteria = { population: input.population, filter: input.filter };
    const population = await populationOf(trx, criteria, today);
    if (population.length === 0) invalid('抽查范围内没有督办任务，请调整筛选条件');
    const sample = drawSample(population, seed, percent);
    const id = randomUUID();
    await spotCheckRepository.insert(trx, {
      id,
      title,
      seed,
      ratioPercent: percent,
      population: JSON.stringify(population),
      sample: JSON.stringify(sample),
      criteria: JSON.stringify(criteria),
      findings: '{}',
      drawnByUserId: ctx.actor.userId ?? '',
      drawnAt: at.toISOString(),
      version: 1,
      updatedAt: at.toISOString(),
    });
    const audit: AuditEntry = { act: 'supervision.spot_check.draw', objectType: 'spot_check', objectId: id, result: 'success', article, summary: { title, seed, percent, populationSize: population.length, sample, criteria } };
    return { result: { id, seed, percent, populationSize: population.length, sample }, audit: [audit] };
  });
}

/** Whether the stored population and seed give the stored sample again (art. 75: the draw is reproducible). */
export function verifySpotCheck(s: Pick<SpotCheckRecord, 'population' | 'seed' | 'ratioPercent' | 'sample'>): { isReproduced: boolean; redrawn: string[] } {
  const redrawn = drawSample(JSON.parse(s.population) as string[], s.seed, s.ratioPercent);
  const stored = JSON.parse(s.sample) as string[];
  return { isReproduced: redrawn.length === stored.length && redrawn.every((id, i) => id === stored[i]), redrawn };
}

/** A spot check as the office and the leaders read it; units do not see spot checks (404). */
export async function readSpotCheck(db: Db, viewer: Viewer, id: string): Promise<SpotCheckRecord> {
  if (supervisionScopeOf(viewer).kind !== 'all') notFound('随机抽查');
  return found(await spotCheckRepository.find(db, id), '随机抽查');
}

export type FindingInput = {
  id: string;
  version: number;
  taskId: string;
  text: string;
  isProblem: boolean;
  /** For a problem: open a rectification task (整改问题) from the spot check, due on this day. */
  rectification?: { dueOn: LocalDate; title?: string | null; leadUnitId?: string | null } | null;
};

/**
 * The office records what it found on a sampled task (art. 75). A problem may open a rectification task
 * (category 整改问题, source 随机抽查发现问题, linked to the spot check) through `openTask`, in the same
 * transaction. Each sampled task has one finding; the record is audited.
 */
export async function recordFinding(ctx: OperationContext, input: FindingInput): Promise<{ version: number; rectification: { id: string; number: string } | null }> {
  const text = input.text.trim();
  if (!text) invalid('请填写检查情况');
  if (input.rectification && !input.isProblem) invalid('只有发现问题的才能交办整改');
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    authorizeOffice(viewer);
    const spot = found(await spotCheckRepository.find(trx, input.id), '随机抽查');
    const sample = JSON.parse(spot.sample) as string[];
    if (!sample.includes(input.taskId)) invalid('只能对本次抽中的任务记录检查情况');
    const findings = JSON.parse(spot.findings) as Record<string, SpotCheckFinding>;
    if (findings[input.taskId]) invalid('该任务的检查情况已记录');
    const task = found(await trx.selectFrom('tasks').select(['id', 'number', 'title', 'leadUnitId']).where('id', '=', input.taskId).executeTakeFirst(), '督办任务');
    const audit: AuditEntry[] = [];
    let rectification: { id: string; number: string } | null = null;
    if (input.rectification) {
      const opened = await openTask(trx, at, {
        sourceType: 'spot_check',
        sourceId: spot.id,
        sourceRef: spot.title,
        title: input.rectification.title?.trim() || `整改：${task.title}`,
        description: text,
        category: 'problem',
        leadUnitId: input.rectification.leadUnitId ?? task.leadUnitId,
        coUnitIds: [],
        due: { kind: 'date', dueOn: input.rectification.dueOn },
        createdByUserId: ctx.actor.userId,
      });
      rectification = { id: opened.id, number: opened.number };
      audit.push(opened.audit);
    }
    findings[input.taskId] = { text, isProblem: input.isProblem, recordedAt: at.toISOString(), recordedByUserId: ctx.actor.userId ?? '', rectificationTaskId: rectification?.id ?? null, rectificationNumber: rectification?.number ?? null };
    const { version } = await updateVersioned(trx, 'spotChecks', spot.id, input.version, { findings: JSON.stringify(findings), updatedAt: at.toISOString() }, { what: '随机抽查' });
    audit.unshift({ act: 'supervision.spot_check.finding', objectType: 'spot_check', objectId: spot.id, result: 'success', article, summary: { taskId: task.id, taskNumber: task.number, isProblem: input.isProblem, rectificationTaskId: rectification?.id ?? null } });
    return { result: { version, rectification }, audit };
  });
}
