import { expect } from 'vitest';
import type { Agent, TestApp } from '../harness/app.js';
import { createUserWithRoles } from '../harness/users.js';

/** An ordinary checklist: an important matter with new content, not a department's own, not covered elsewhere. */
export const goodChecklist = { contentKind: 'important_matter', isProvidedByLaw: false, isCoveredByCurrentDocument: false, hasNewContent: true, isSeparateDivisionPlan: false, isDepartmentRemit: false };

let serial = 0;

/** A 临政发 通知 drafted by 区发展和改革局 on the government's behalf to two towns, with overrides. */
export const governmentNotice = (overrides: Record<string, unknown> = {}) => ({
  issuer: 'government',
  docType: '通知',
  title: `临淄区人民政府关于做好重点项目建设工作的通知（${++serial}）`,
  mainRecipientUnitIds: ['qidu', 'huangcheng'],
  mainRecipientNames: ['区政府各部门'],
  copyToUnitIds: [],
  copyToNames: ['区委办公室'],
  disclosure: 'proactive',
  body: [
    { kind: 'paragraph', text: '为加快推进全区重点项目建设，现就有关事项通知如下：' },
    { kind: 'heading', level: 1, text: '一、明确目标任务' },
    { kind: 'heading', level: 2, text: '（一）倒排工期' },
    { kind: 'paragraph', text: '各镇要按照全年计划，确保项目按期开工。' },
  ],
  sequenceCode: '临政发',
  countersignUnitIds: [],
  checklist: goodChecklist,
  ...overrides,
});

/** An office 函 the office drafts itself (临政办字). */
export const officeLetter = (overrides: Record<string, unknown> = {}) =>
  governmentNotice({ issuer: 'office', docType: '函', title: `临淄区人民政府办公室关于商请协助的函（${++serial}）`, mainRecipientUnitIds: [], mainRecipientNames: ['淄博市发展和改革委员会'], sequenceCode: '临政办字', disclosure: 'on_request', ...overrides });

export type Walk = { id: string; version: number };

/** Reads the current version and posts an action; expects the status given (default 200). */
export async function act(agent: Agent, id: string, path: string, body: Record<string, unknown> = {}, status = 200) {
  const version = (await agent.get(`/api/outgoing/${id}`)).json().version as number;
  const r = await agent.post(`/api/outgoing/${id}/${path}`, { version, ...body });
  expect(r.statusCode, `${path}: ${r.body}`).toBe(status);
  return r.json();
}

export async function draft(agent: Agent, body: Record<string, unknown>): Promise<string> {
  const r = await agent.post('/api/outgoing', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

/** Walks a document from a new draft to signed: the drafter's head submits, the office reviews, the signer signs. */
export async function toSigned(agents: { drafter: Agent; head: Agent; office: Agent; signer: Agent }, body: Record<string, unknown>, review: Record<string, unknown> = {}): Promise<string> {
  const id = await draft(agents.drafter, body);
  await act(agents.head, id, 'submit');
  await act(agents.office, id, 'review', { checklist: goodChecklist, opinion: '经审核，同意呈签', ...review });
  await act(agents.signer, id, 'sign-off', { opinion: '同意' });
  return id;
}

/** The document as `agent` sees it (200 expected). */
export async function detailOf(agent: Agent, id: string) {
  const r = await agent.get(`/api/outgoing/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** Ids of the outgoing documents on `agent`'s 工作台. */
export async function workbenchIdsOf(agent: Agent): Promise<string[]> {
  return ((await agent.get('/api/workbench?pageSize=200')).json().items as { id: string; area: string }[]).filter((i) => i.area === 'outgoing').map((i) => i.id);
}

/**
 * Everyone an outgoing document passes through, signed in: the drafting department's clerk and head (发改局), the
 * office clerk, the 区长, the executive deputy, a deputy, 财政局's head (demo login) and a clerk, a town's clerk
 * (demo login).
 */
export async function outgoingCast(t: TestApp & { as: (loginName: string) => Promise<Agent> }) {
  await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
  return {
    fgj: await t.as('fgj'),
    fgjHead: await t.as('fgj-head'),
    office: await t.as('bgs'),
    head: await t.as('quzhang'),
    executiveDeputy: await t.as('changwu'),
    deputy: await t.as('fuquzhang'),
    czjHead: await t.as('czjjz'),
    czjStaff: await t.as('czj-staff'),
    qidu: await t.as('qidu'),
  };
}
