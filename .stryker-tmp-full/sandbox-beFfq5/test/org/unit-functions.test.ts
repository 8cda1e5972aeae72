// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { OperationContext } from '../../src/db/change.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { orgRepository } from '../../src/db/org-repository.js';
import { DomainError } from '../../src/domain/errors.js';
import { seatsFor } from '../../src/operations/meetings/composition.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { exportStructure, importStructure } from '../../src/operations/org/import-structure.js';
import { updateUnit } from '../../src/operations/org/update-unit.js';
import { dialects, freshDatabase } from '../harness/databases.js';

describe.each(dialects)('组织机构职能：规则所称区委、纪委监委、区司法局由组织数据承载（%s）', (dialect) => {
  let handle: DatabaseHandle;
  let ctx: OperationContext;

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    const clock = fixedClock('2026-03-02T01:00:00Z');
    await seedDemoGovernment(handle, clock);
    ctx = { handle, clock, actor: { userId: null, name: '测试', roles: ['system_admin'], unitId: null, personId: null }, request: { requestId: 't', ip: null } };
  });
  afterAll(async () => handle.close());

  it('演示政府的区委、纪委监委、司法局、审计局、办公室、区政府各有职能', async () => {
    for (const [fn, name] of [
      ['party_committee', '中共临淄区委'],
      ['discipline_commission', '区纪委监委'],
      ['justice_bureau', '区司法局'],
      ['audit_bureau', '区审计局'],
      ['government_office', '区政府办公室'],
      ['government', '临淄区人民政府'],
    ] as const) {
      expect((await orgRepository.unitWithFunction(handle.db, fn))?.name).toBe(name);
    }
  });

  it('一个职能只能由一个单位承担：再指定给另一单位得到冲突', async () => {
    const czj = (await orgRepository.findUnit(handle.db, 'czj'))!;
    await expect(updateUnit(ctx, { id: 'czj', version: czj.version, function: 'justice_bureau' })).rejects.toMatchObject({ code: 'conflict' } satisfies Partial<DomainError>);
  });

  it('第四十九条 导入的组织机构改用其他编号时，常务会议固定列席仍按职能找到司法局', async () => {
    const structure = await exportStructure(ctx);
    const renamed = structure.units.map((u) => (u.id === 'fgj' ? { ...u, function: 'justice_bureau' as const } : u.function === 'justice_bureau' ? { ...u, function: null } : u));
    await importStructure(ctx, { ...structure, units: renamed });
    expect((await orgRepository.unitWithFunction(handle.db, 'justice_bureau'))?.id).toBe('fgj');
    const seats = await seatsFor(handle.db, 'executive', '2026-03-10', [], { personId: 'lin-zhiyuan', name: '林志远' });
    const observers = seats.filter((s) => s.role === 'observer').map((s) => s.post);
    expect(observers).toContain('区发展和改革局主要负责人');
    expect(observers).not.toContain('区司法局主要负责人');
  });
});
