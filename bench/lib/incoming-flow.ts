// The 收文 flow as its people walk it through the API (test/documents/incoming.test.ts): a 请示 filed by the
// unit's principal head (so it needs no separate 签发), then the office's, the leader's and the handling
// unit's steps to the archive. Each step is one HTTP write by the person whose step it is.
import { type Credentials, firstSignIn, request, type Session } from './client.js';

export type Role = 'unit' | 'office' | 'leader';

/** Who takes the steps: the unit's principal head files and handles, the office clerk, the deputy in charge (TOTP). */
export const flowLogins: Record<Role, string> = { unit: 'fgj-head', office: 'bgs', leader: 'changwu' };

export type Step = { name: string; by: Role; path: string; body: (i: number) => Record<string, unknown> };

export const filingBody = (i: number) => ({
  docType: '请示',
  title: `区发展和改革局关于申请第${i}批重点项目前期经费的请示`,
  body: `区政府：\n为推进第${i}批重点项目前期工作，拟申请前期经费200万元。妥否，请批示。`,
  senderDocNumber: `临发改〔2026〕${(i % 9000) + 1}号`,
  signerName: '局长',
  declaredMatters: ['申请重点项目前期经费'],
  writtenOn: '2026-11-27',
});

/** After the filing: the document's steps in order (the filing is step 0, its version 1; each step adds one). */
export const steps: readonly Step[] = [
  { name: 'receive 签收', by: 'office', path: 'receive', body: () => ({}) },
  { name: 'register 登记', by: 'office', path: 'register', body: () => ({}) },
  { name: 'review 初审', by: 'office', path: 'review', body: () => ({ outcome: 'pass' }) },
  { name: 'propose 拟办', by: 'office', path: 'propose', body: () => ({ proposal: '拟请赵明远副区长阅批' }) },
  { name: 'assign 批办', by: 'office', path: 'assign', body: () => ({}) },
  { name: 'instruct 批示', by: 'leader', path: 'instruct', body: () => ({ opinion: '同意，请区财政局统筹安排。', isCircled: false }) },
  { name: 'transfer 转办', by: 'office', path: 'transfer', body: () => ({ handlingUnitId: 'fgj', coUnitIds: ['czj'], workingDays: 5 }) },
  { name: 'complete 办结', by: 'unit', path: 'complete', body: () => ({ result: '经费已落实，项目前期工作已启动。' }) },
  { name: 'archive 归档', by: 'office', path: 'archive', body: () => ({}) },
];

/** All steps of one document, the filing included. */
export const STEPS_PER_DOCUMENT = steps.length + 1;

export type FlowSessions = Record<Role, Session> & { accounts: Record<Role, Credentials> };

export async function signInFlow(base: string): Promise<FlowSessions> {
  const unit = await firstSignIn(base, flowLogins.unit);
  const office = await firstSignIn(base, flowLogins.office);
  const leader = await firstSignIn(base, flowLogins.leader);
  return { unit: unit.session, office: office.session, leader: leader.session, accounts: { unit: unit.account, office: office.account, leader: leader.account } };
}

/** Files document i; returns its id. */
export async function file(base: string, s: FlowSessions, i: number): Promise<string> {
  const r = await request<{ id: string; status: string }>(base, s.unit, 'POST', '/api/documents/incoming', filingBody(i));
  if (r.status !== 'submitted') throw new Error(`filed document is ${r.status}, expected submitted`);
  return r.id;
}

/** Takes step k (0-based, after the filing) on a document at version k + 1. */
export async function take(base: string, s: FlowSessions, id: string, k: number, i: number): Promise<void> {
  const step = steps[k];
  if (!step) throw new Error(`no step ${k}`);
  await request(base, s[step.by], 'POST', `/api/documents/incoming/${id}/${step.path}`, { version: k + 1, ...step.body(i) });
}
