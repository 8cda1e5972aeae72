import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaseCountersigns } from '../../src/operations/outgoing/chase-countersign.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, governmentNotice } from './factories.js';

describe.each(dialects)('第六十八条 会签逾期催办：随收文催办按计划分批运行，每件每日一次（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    const office = await t.as('bgs');
    for (let i = 0; i < 3; i++) {
      const id = await draft(office, governmentNotice({ countersignUnitIds: ['czj'] }));
      expect((await act(office, id, 'submit')).status).toBe('countersigning');
      ids.push(id);
    }
  });
  afterAll(async () => t.close());

  const chasesOf = async (id: string) =>
    t.handle.db.selectFrom('timelineEntries').select(['opinion', 'article']).where('objectType', '=', 'outgoing_document').where('objectId', '=', id).where('action', '=', 'chase').execute();

  it('未到期不催办；逾期后分批（每批一件）催办全部逾期文稿，同日不重复', async () => {
    expect(await chaseCountersigns(t.handle, t.clock, { chunk: 1 })).toEqual({ chased: 0 });
    // Monday the 9th: two working days past the reply due on Thursday the 5th.
    t.clock.set('2026-03-09T02:00:00Z');
    expect(await chaseCountersigns(t.handle, t.clock, { chunk: 1 })).toEqual({ chased: 3 });
    for (const id of ids) {
      const chases = await chasesOf(id);
      expect(chases).toHaveLength(1);
      expect(chases[0]).toMatchObject({ article: 68 });
      expect(chases[0]?.opinion).toContain('已逾期2个工作日');
    }
    expect(await chaseCountersigns(t.handle, t.clock, { chunk: 2 })).toEqual({ chased: 0 });
    t.clock.set('2026-03-10T02:00:00Z');
    expect(await chaseCountersigns(t.handle, t.clock, { chunk: 2 })).toEqual({ chased: 3 });
  });
});
