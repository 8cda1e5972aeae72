import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '../../src/domain/supervision/sample.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

const BASE = '2026-03-02T01:00:00Z';
let signIns = 0;
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

describe.each(dialects)('随机抽查（第七十五条）（%s）', (dialect) => {
  let t: TestApp;
  /** The open tasks of the spot-checked batch, and one closed without completion. */
  const openIds: string[] = [];
  let closedId = '';

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'fgj']) await logInAs(t.app, login);
    const office = await on('2026-03-02', 'bgs');
    for (let i = 1; i <= 31; i += 1) {
      const r = await office.post('/api/supervision/tasks', { sourceType: 'audit_finding', sourceRef: '临审报〔2026〕3号', title: `抽查批次任务${i}`, leadUnitId: i % 2 ? 'fgj' : 'czj', dueOn: '2026-04-30' });
      expect(r.statusCode, r.body).toBe(201);
      openIds.push(r.json().id as string);
    }
    const closing = openIds.pop() as string;
    const v = (await office.get(`/api/supervision/tasks/${closing}`)).json().version as number;
    expect((await office.post(`/api/supervision/tasks/${closing}/close-incomplete`, { version: v, reason: '任务调整' })).statusCode).toBe(200);
    closedId = closing;
  }, 180_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  async function on(day: string, login: string): Promise<Agent> {
    t.clock.set(at(day));
    return signInAgain(t.app, login);
  }
  const draw = async (body: Record<string, unknown>) => {
    const r = await (await on('2026-03-05', 'bgs')).post('/api/supervision/spot-checks', { title: '2026年3月随机抽查', population: 'open', filter: { q: '抽查批次' }, ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; seed: string; percent: number; populationSize: number; sample: string[] };
  };

  it('art. 75: a spot check of 10 % of the open tasks draws ⌈n/10⌉ of them, only open ones, and reproduces from its seed', async () => {
    const drawn = await draw({ percent: 10, seed: 'linzi-2026-03-05' });
    expect(drawn.populationSize).toBe(30);
    expect(drawn.sample).toHaveLength(3);
    for (const id of drawn.sample) expect(openIds).toContain(id);
    const row = await t.handle.db.selectFrom('spotChecks').selectAll().where('id', '=', drawn.id).executeTakeFirstOrThrow();
    const population = JSON.parse(row.population) as string[];
    expect([...population].sort()).toEqual([...openIds].sort());
    expect(population).not.toContain(closedId);
    // The stored population and seed give the stored sample again, by the same algorithm run here.
    expect(drawSample(population, 'linzi-2026-03-05', 10)).toEqual(drawn.sample);
    const office = await on('2026-03-06', 'bgs');
    const detail = (await office.get(`/api/supervision/spot-checks/${drawn.id}`)).json();
    expect(detail).toMatchObject({ seed: 'linzi-2026-03-05', percent: 10, populationSize: 30, sampleSize: 3, population: 'open', verify: { isReproduced: true } });
    expect(detail.sample.map((s: { taskId: string }) => s.taskId)).toEqual(drawn.sample);
    // The same seed over the same ledger draws the same sample again.
    expect((await draw({ percent: 10, seed: 'linzi-2026-03-05' })).sample).toEqual(drawn.sample);
  });

  it('art. 75: the draw is audited with its seed, the population size and the sample', async () => {
    const drawn = await draw({ percent: 10, seed: 'audit-seed-1' });
    const event = await t.handle.db.selectFrom('auditEvents').selectAll().where('act', '=', 'supervision.spot_check.draw').where('objectId', '=', drawn.id).executeTakeFirstOrThrow();
    const summary = typeof event.summary === 'string' ? JSON.parse(event.summary) : event.summary;
    expect(summary).toMatchObject({ seed: 'audit-seed-1', populationSize: 30, sample: drawn.sample, percent: 10 });
    expect(Number(event.article)).toBe(75);
  });

  it('art. 75: without a percent the rulebook parameter applies; without a seed a random one is generated and recorded', async () => {
    const a = await draw({});
    const b = await draw({});
    expect(a.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(a.seed).not.toBe(b.seed);
    const row = await t.handle.db.selectFrom('spotChecks').select(['seed', 'ratioPercent']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.seed).toBe(a.seed);
    expect(a.percent).toBeGreaterThanOrEqual(1);
    expect(a.sample).toHaveLength(Math.max(1, Math.ceil((30 * a.percent) / 100)));
  });

  it('art. 75: a stored sample that was altered no longer verifies', async () => {
    const drawn = await draw({ percent: 10, seed: 'tamper' });
    const other = openIds.find((id) => !drawn.sample.includes(id)) as string;
    await t.handle.db.updateTable('spotChecks').set({ sample: JSON.stringify([other, ...drawn.sample.slice(1)]) }).where('id', '=', drawn.id).execute();
    const detail = (await (await on('2026-03-06', 'bgs')).get(`/api/supervision/spot-checks/${drawn.id}`)).json();
    expect(detail.verify.isReproduced).toBe(false);
  });

  it('art. 75, 77: a finding on a sampled task is audited; a problem opens a rectification task from the spot check', async () => {
    const drawn = await draw({ percent: 10, seed: 'findings' });
    const office = await on('2026-03-06', 'bgs');
    const notSampled = openIds.find((id) => !drawn.sample.includes(id)) as string;
    expect((await office.post(`/api/supervision/spot-checks/${drawn.id}/findings`, { version: 1, taskId: notSampled, text: '抽查', isProblem: false })).statusCode).toBe(400);
    const [first, second] = drawn.sample as [string, string];
    const ok = await office.post(`/api/supervision/spot-checks/${drawn.id}/findings`, { version: 1, taskId: first, text: '台账资料齐全，进度属实', isProblem: false });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await office.post(`/api/supervision/spot-checks/${drawn.id}/findings`, { version: 1, taskId: second, text: '进度不实', isProblem: true })).statusCode).toBe(409);
    const problem = await office.post(`/api/supervision/spot-checks/${drawn.id}/findings`, { version: 2, taskId: second, text: '报送进度与实际不符', isProblem: true, rectification: { dueOn: '2026-03-31' } });
    expect(problem.statusCode, problem.body).toBe(200);
    const rect = problem.json().rectification as { id: string; number: string };
    expect(rect.number).toMatch(/^督〔2026〕\d+号$/);
    const task = (await office.get(`/api/supervision/tasks/${rect.id}`)).json();
    expect(task).toMatchObject({ category: 'problem', source: { type: 'spot_check', id: drawn.id }, dueOn: '2026-03-31' });
    const detail = (await office.get(`/api/supervision/spot-checks/${drawn.id}`)).json();
    expect(detail.findingCount).toBe(2);
    expect(detail.sample.find((s: { taskId: string }) => s.taskId === second).finding).toMatchObject({ isProblem: true, rectificationTaskId: rect.id });
    const findings = await t.handle.db.selectFrom('auditEvents').select('act').where('act', '=', 'supervision.spot_check.finding').where('objectId', '=', drawn.id).execute();
    expect(findings).toHaveLength(2);
  });

  it('art. 75: spot checks are the office\'s: a unit cannot draw one (403) nor read one (404)', async () => {
    const drawn = await draw({ percent: 10, seed: 'scope' });
    const unit = await on('2026-03-06', 'fgj');
    expect((await unit.post('/api/supervision/spot-checks', { title: '单位自抽', population: 'open' })).statusCode).toBe(403);
    expect((await unit.get(`/api/supervision/spot-checks/${drawn.id}`)).statusCode).toBe(404);
    expect((await unit.get('/api/supervision/spot-checks')).json().items).toEqual([]);
  });

  it('art. 75: an empty population or a percent out of range is refused with a Chinese message', async () => {
    const office = await on('2026-03-05', 'bgs');
    const empty = await office.post('/api/supervision/spot-checks', { title: '空范围', population: 'open', filter: { q: '没有这样的任务' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toContain('抽查范围内没有督办任务');
    expect((await office.post('/api/supervision/spot-checks', { title: '比例', population: 'open', percent: 0 })).statusCode).toBe(400);
  });
});
