import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { objectNamesOf } from '../../src/http/audit/object-names.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { dialects, freshDatabase } from '../harness/databases.js';

const kinds = ['user', 'unit', 'person', 'appointment', 'cover_pair', 'cover_assignment', 'leave_report', 'meeting_absence', 'incoming_document', 'meeting', 'meeting_topic', 'task', 'leader_item', 'invitation', 'department_meeting', 'speech', 'attachment', 'documents', 'meetings', 'meeting-topics', 'tasks', 'leader-items', 'leave'];

describe.each(dialects)('审计记录的对象名称：一页记录的所有对象名称一次查出（%s）', (dialect) => {
  let handle: DatabaseHandle;
  const counter = { n: 0 };
  const counting: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => ((counter.n += 1), a.result) };

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    await seedDemoGovernment(handle, fixedClock('2026-03-02T01:00:00Z'));
  });
  afterAll(async () => handle.close());

  it('每一种对象都在同一条语句里取名；已知对象显示名称，已不存在的显示为空', async () => {
    const db = handle.db.withPlugin(counting);
    const pair = await handle.db.selectFrom('coverPairs').select('id').executeTakeFirstOrThrow();
    const appointment = await handle.db.selectFrom('appointments').innerJoin('people', 'people.id', 'appointments.personId').select(['appointments.id', 'people.name']).where('people.id', '=', 'zhao-mingyuan').executeTakeFirstOrThrow();
    const refs = [
      ...kinds.map((objectType) => ({ objectType, objectId: 'missing' })),
      { objectType: 'unit', objectId: 'fgj' },
      { objectType: 'person', objectId: 'zhou-wenbo' },
      { objectType: 'cover_pair', objectId: pair.id },
      { objectType: 'appointment', objectId: appointment.id },
    ];
    counter.n = 0;
    const nameOf = await objectNamesOf(db, refs);
    expect(counter.n).toBe(1);
    expect(nameOf({ objectType: 'unit', objectId: 'fgj' })).toContain('发展和改革局');
    expect(nameOf({ objectType: 'person', objectId: 'zhou-wenbo' })).toBe('周文博');
    expect(nameOf({ objectType: 'cover_pair', objectId: pair.id })).toContain('互相补位');
    expect(nameOf({ objectType: 'appointment', objectId: appointment.id })).toMatch(new RegExp(`^${appointment.name}任`));
    expect(nameOf({ objectType: 'meeting', objectId: 'missing' })).toBeNull();
    expect(nameOf({ objectType: 'audit_event', objectId: '7' })).toBe('第7号审计记录');
  });
});
