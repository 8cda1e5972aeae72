import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outgoingDocumentCase } from '../../src/domain/outgoing/case.js';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, goodChecklist, governmentNotice, officeLetter, toSigned } from './factories.js';

/** Actions that put a document on someone's 工作台 (the declaration's `isWork`). */
const work = new Set(Object.entries(outgoingDocumentCase.actions).filter(([, spec]) => spec.isWork !== false).map(([name]) => name));

describe.each(dialects)('第六十八条 发文的工作台：事项在且仅在用户对其有办理动作时出现，领导看不到未经审核的文稿（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  const ids: string[] = [];
  const logins = ['fgj', 'fgj-head', 'bgs', 'quzhang', 'changwu', 'zhouwb', 'czj-head'];

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    const [fgj, fgjHead, office, head, changwu, czjHead] = [await t.as('fgj'), await t.as('fgj-head'), await t.as('bgs'), await t.as('quzhang'), await t.as('changwu'), await t.as('czj-head')];
    ids.push(await draft(fgj, governmentNotice()));
    const countersigning = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
    await act(fgjHead, countersigning, 'submit');
    ids.push(countersigning);
    const disagreed = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
    await act(fgjHead, disagreed, 'submit');
    await act(czjHead, disagreed, 'countersign', { isAgreed: false, opinion: '不同意', grounds: '资金未落实' });
    ids.push(disagreed);
    const inReview = await draft(fgj, governmentNotice());
    await act(fgjHead, inReview, 'submit');
    ids.push(inReview);
    const leaderReview = await draft(office, officeLetter());
    await act(office, leaderReview, 'submit');
    await act(office, leaderReview, 'review', { checklist: goodChecklist, opinion: '请分管副区长审签', leaderReviewerPersonId: 'zhou-wenbo' });
    ids.push(leaderReview);
    const toSign = await draft(office, governmentNotice());
    await act(office, toSign, 'submit');
    await act(office, toSign, 'review', { checklist: goodChecklist, opinion: '同意' });
    ids.push(toSign);
    ids.push(await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice()));
    const directive = await draft(fgj, governmentNotice({ issuer: 'department', sequenceCode: '临发改发', disclosure: 'on_request' }));
    await act(fgjHead, directive, 'submit');
    await act(office, directive, 'review', { checklist: goodChecklist, opinion: '请审定' });
    ids.push(directive);
    const approved = await draft(fgj, governmentNotice({ issuer: 'department', sequenceCode: '临发改发', disclosure: 'on_request' }));
    await act(fgjHead, approved, 'submit');
    await act(office, approved, 'review', { checklist: goodChecklist, opinion: '请审定' });
    await act(changwu, approved, 'approve-directive', { opinion: '同意' });
    ids.push(approved);
  }, 120_000);
  afterAll(async () => t.close());

  it.each(logins)('%s：工作台中的发文与各件的 actions 一致', async (login) => {
    const agent: Agent = await t.as(login);
    const listed = ((await agent.get('/api/workbench?pageSize=200')).json().items as { id: string; area: string }[]).filter((i) => i.area === 'outgoing').map((i) => i.id);
    const expected: string[] = [];
    for (const id of ids) {
      const r = await agent.get(`/api/outgoing/${id}`);
      if (r.statusCode === 200 && (r.json().actions as string[]).some((a) => work.has(a))) expected.push(id);
    }
    expect(listed.filter((id) => ids.includes(id)).sort()).toEqual(expected.sort());
    if (login === 'quzhang') {
      // Only the reviewed draft waits for the 区长; none of those the office has not reviewed.
      expect(expected).toEqual([ids[5]]);
    }
  });
});
