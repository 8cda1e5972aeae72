// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incomingDocumentCase } from '../../src/domain/documents/case.js';
import { incomingStatuses } from '../../src/domain/documents/types.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { makeDocument } from './factories.js';

const isWork = (action: string) => incomingDocumentCase.actions[action as keyof typeof incomingDocumentCase.actions]?.isWork !== false;

describe.each(dialects)('工作台与 actions 出自同一声明：公文在某人的工作台上，当且仅当他对它有待办的动作（%s）', (dialect) => {
  let t: TestApp;
  let users: Record<string, Agent>;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    users = {
      office: await logInAs(t.app, 'bgs'),
      zhao: await logInAs(t.app, 'changwu'),
      head: await logInAs(t.app, 'quzhang'),
      fgjHead: await logInAs(t.app, 'fgj-head'),
      fgjClerk: await logInAs(t.app, 'fgj'),
      czjHead: await logInAs(t.app, 'czj-head'),
      czjClerk: await logInAs(t.app, 'czj-staff'),
    };
    // Every state, with the relations that decide who acts: filed by fgj or czj, touching the other, sent to
    // 赵明远 or the 区长, handled by either unit; reports and requests; urgent and not.
    let i = 0;
    for (const status of incomingStatuses) {
      for (const [issuingUnitId, otherUnitId] of [
        ['fgj', 'czj'],
        ['czj', 'fgj'],
      ] as const) {
        i += 1;
        ids.push(
          await makeDocument(t.handle, t.clock.now(), {
            status,
            issuingUnitId,
            docType: i % 2 === 0 ? '报告' : '请示',
            urgency: i % 3 === 0 ? 'urgent' : 'normal',
            relatedUnitIds: status === 'countersigning' || i % 4 === 0 ? [otherUnitId] : [],
            assignedLeaderPersonId: i % 2 === 0 ? 'zhao-mingyuan' : 'lin-zhiyuan',
            handlingUnitId: i % 2 === 0 ? issuingUnitId : otherUnitId,
          }),
        );
      }
    }
  });
  afterAll(async () => t.close());

  it('每个用户的工作台中的收文，正是登记簿中他有待办动作的那些', async () => {
    let itemsSeen = 0;
    for (const [name, agent] of Object.entries(users)) {
      const register = (await agent.get('/api/documents/incoming?pageSize=200')).json().items as { id: string; actions: string[] }[];
      const withWork = register.filter((d) => ids.includes(d.id) && d.actions.some(isWork)).map((d) => d.id).sort();
      const workbench = (await agent.get('/api/workbench')).json();
      const onWorkbench = (workbench.items as { id: string; area: string }[]).filter((item) => item.area === 'documents' && ids.includes(item.id)).map((item) => item.id).sort();
      expect(onWorkbench, name).toEqual(withWork);
      itemsSeen += onWorkbench.length;
    }
    // Office, leaders, filing heads, countersigning heads and handling units each have some.
    expect(itemsSeen).toBeGreaterThan(10);
  });
});
