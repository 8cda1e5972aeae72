// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { OperationContext } from '../../src/db/change.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { orgRepository } from '../../src/db/org-repository.js';
import { DomainError } from '../../src/domain/errors.js';
import { structureSchema } from '../../src/domain/org/structure.js';
import { leaderPostKinds } from '../../src/domain/org/types.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { createUnit } from '../../src/operations/org/create-unit.js';
import { exportStructure, importStructure } from '../../src/operations/org/import-structure.js';
import { endCoverPair, setCoverPair } from '../../src/operations/org/set-cover-pair.js';
import { setPortfolio } from '../../src/operations/org/set-portfolio.js';
import { updateUnit } from '../../src/operations/org/update-unit.js';
import { appointPerson } from '../../src/operations/org/appoint-person.js';
import { endAppointment } from '../../src/operations/org/end-appointment.js';
import { dialects, freshDatabase } from '../harness/databases.js';

describe.each(dialects)('组织机构（%s）', (dialect) => {
  let handle: DatabaseHandle;
  let ctx: OperationContext;

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    const clock = fixedClock('2026-03-02T01:00:00Z');
    await seedDemoGovernment(handle, clock);
    ctx = { handle, clock, actor: { userId: null, name: '测试', roles: ['system_admin'], unitId: null, personId: null }, request: { requestId: 't', ip: null } };
  });
  afterAll(async () => handle.close());

  it('演示政府：至少25个工作部门、12个镇街、其他机关、法律顾问', async () => {
    const units = await orgRepository.listUnits(handle.db);
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect(count('department')).toBeGreaterThanOrEqual(25);
    expect(count('town') + count('subdistrict')).toBeGreaterThanOrEqual(12);
    expect(count('development_zone')).toBeGreaterThanOrEqual(1);
    for (const name of ['区司法局', '区审计局', '区财政局', '区发展和改革局', '区信访局', '中共临淄区委', '区人大常委会', '区政协', '区纪委监委', '区人民法院', '区人民检察院']) {
      expect(units.map((u) => u.name)).toContain(name);
    }
    const gov = units.find((u) => u.kind === 'government');
    const posts = await orgRepository.postsOfUnit(handle.db, gov?.id ?? '', '2026-03-02', false);
    expect(posts.find((p) => p.kind === 'legal_adviser')?.holders).toHaveLength(1);
  });

  it('第五条、第九条 区长、常务副区长、至少四位副区长及分管、办公室主任与三位副主任、固定补位', async () => {
    const leaders = await orgRepository.leaders(handle.db, '2026-03-02', leaderPostKinds);
    const of = (kind: string) => leaders.filter((l) => l.post.kind === kind);
    expect(of('head')).toHaveLength(1);
    expect(of('executive_deputy')).toHaveLength(1);
    expect(of('deputy').length).toBeGreaterThanOrEqual(4);
    expect(of('office_director')).toHaveLength(1);
    expect(of('office_deputy_director')).toHaveLength(3);
    for (const deputy of [...of('deputy'), ...of('executive_deputy')]) {
      expect(deputy.portfolio.units.length + deputy.portfolio.areas.length).toBeGreaterThan(0);
      expect(deputy.cover, `${deputy.name} 应有补位领导`).not.toBeNull();
    }
    const exec = of('executive_deputy')[0];
    const partner = leaders.find((l) => l.personId === exec?.cover?.personId);
    expect(partner?.cover?.personId).toBe(exec?.personId);
  });

  it('第九条 分工调整保留历史：调整前后按行为日期查到各自的分管', async () => {
    const before = await orgRepository.leaders(handle.db, '2026-03-02', ['deputy']);
    const deputy = before[0];
    if (!deputy) throw new Error('no deputy');
    await setPortfolio(ctx, { personId: deputy.personId, validFrom: '2026-04-01', unitIds: ['xfj'], areas: ['信访'] });
    const march = (await orgRepository.leaders(handle.db, '2026-03-31', ['deputy'])).find((l) => l.personId === deputy.personId);
    const april = (await orgRepository.leaders(handle.db, '2026-04-01', ['deputy'])).find((l) => l.personId === deputy.personId);
    expect(march?.portfolio.units.map((u) => u.id)).toEqual(deputy.portfolio.units.map((u) => u.id));
    expect(april?.portfolio.units.map((u) => u.id)).toEqual(['xfj']);
    expect(april?.portfolio.areas).toEqual(['信访']);
  });

  it('第六十二条 补位相对固定：已有补位的领导不能同时再设另一补位', async () => {
    await expect(setCoverPair(ctx, { firstPersonId: 'zhao-mingyuan', secondPersonId: 'zhou-wenbo', validFrom: '2026-03-01' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(setCoverPair(ctx, { firstPersonId: 'lin-zhiyuan', secondPersonId: 'lin-zhiyuan', validFrom: '2026-03-01' })).rejects.toBeInstanceOf(DomainError);
    await expect(endCoverPair(ctx, { id: 'cover-zheng-guoqiang-feng-junjie', validTo: '2021-12-31' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('任职有起止日期：免职后按日期仍可查到历史', async () => {
    const unit = await createUnit(ctx, { name: '区测试中心', kind: 'department', parentId: 'gov' });
    await handle.db.insertInto('posts').values({ id: 'p-test', unitId: unit.id, kind: 'principal', title: '主任', sortOrder: 0, createdAt: '2026-01-01T00:00:00Z' }).execute();
    const a = await appointPerson(ctx, { postId: 'p-test', personName: '测试人', validFrom: '2026-01-01' });
    await endAppointment(ctx, { id: a.id, validTo: '2026-02-28' });
    expect((await orgRepository.postsOfUnit(handle.db, unit.id, '2026-02-15', false))[0]?.holders).toHaveLength(1);
    expect((await orgRepository.postsOfUnit(handle.db, unit.id, '2026-03-02', false))[0]?.holders).toHaveLength(0);
    expect((await orgRepository.postsOfUnit(handle.db, unit.id, '2026-03-02', true))[0]?.holders).toHaveLength(1);
    await expect(endAppointment(ctx, { id: a.id, validTo: '2026-03-01' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('并发修改不互相覆盖：以旧版本号修改单位得到冲突', async () => {
    const unit = await orgRepository.findUnitByName(handle.db, '区统计局');
    if (!unit) throw new Error('missing');
    await updateUnit(ctx, { id: unit.id, version: unit.version, shortName: '统计' });
    await expect(updateUnit(ctx, { id: unit.id, version: unit.version, shortName: '覆盖' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await orgRepository.findUnit(handle.db, unit.id))?.shortName).toBe('统计');
  });

  it('导出再导入得到同一组织机构；引用错误的文件整份拒绝、不写入任何数据', async () => {
    const exported = await exportStructure(ctx);
    const counts = await importStructure(ctx, exported);
    expect(counts.units).toBe(exported.units.length);
    expect(await exportStructure(ctx)).toEqual(exported);

    const bad = structureSchema.parse({
      format: 'zhengwu.org/1',
      units: [{ id: 'new-unit', name: '区新单位', kind: 'department', parentId: 'gov' }],
      posts: [{ id: 'p-x', unitId: 'missing-unit', kind: 'staff', title: '经办' }],
      people: [],
      appointments: [],
      portfolioItems: [],
      coverPairs: [],
    });
    await expect(importStructure(ctx, bad)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await orgRepository.findUnit(handle.db, 'new-unit')).toBeUndefined();
  });

  it('每次变更都在同一事务中写入审计记录', async () => {
    const before = await handle.db.selectFrom('auditEvents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await createUnit(ctx, { name: '区审计测试单位', kind: 'department', parentId: 'gov' });
    const rows = await handle.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).execute();
    const after = await handle.db.selectFrom('auditEvents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
    expect(rows[0]?.act).toBe('org.unit.create');
  });
});
