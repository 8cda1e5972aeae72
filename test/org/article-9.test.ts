import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

type Leader = { personId: string; post: { kind: string }; portfolio: { dualDuty: { fields: string[]; duties: string[]; leads: string[] } } };

describe.each(dialects)('第九条 一岗双责按各副区长的分工（%s）', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('第九条 各副区长的一岗双责领域取自本人分工，各不相同；区长、办公室主任不列', async () => {
    const office = await logInAs(t.app, 'bgs');
    const { items } = (await office.get('/api/org/leaders')).json() as { items: Leader[] };
    const of = (id: string) => items.find((l) => l.personId === id)?.portfolio.dualDuty;
    expect(of('sun-lihua')?.duties).toEqual(['廉洁建设', '安全生产', '生态环保', '信访维稳']);
    expect(of('sun-lihua')?.fields).toContain('工业经济');
    expect(of('wu-haiyan')?.fields).toContain('城乡建设');
    expect(of('sun-lihua')?.fields).not.toEqual(of('wu-haiyan')?.fields);
    expect(of('sun-lihua')?.leads).toEqual(['安全生产']);
    expect(of('lin-zhiyuan')?.duties).toEqual([]);
    expect(of('chen-siyuan')?.duties).toEqual([]);
  });
});
