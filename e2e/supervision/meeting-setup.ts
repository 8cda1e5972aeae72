import { expect } from 'vitest';
import type { Agent } from '../../test/harness/app.js';
import { agentAs, syncBrowserClock } from '../accounts.js';
import type { BrowserSession } from '../harness.js';

/** Moves both clocks to a Beijing morning of `day` and returns an API agent signed in as `login`. */
export async function apiOn(s: BrowserSession, day: string, login: string): Promise<Agent> {
  s.clock.set(`${day}T01:00:00Z`);
  await syncBrowserClock(s);
  return agentAs(s, login);
}

const versionOf = async (agent: Agent, id: string) => (await agent.get(`/api/meetings/${id}`)).json().version as number;

/**
 * An executive meeting held on 2026-03-12 and its minutes signed by the 区长 on 03-13, through the API (the meeting
 * pages have their own browser test): arranged by the office, the director and the 区长 (art. 54), six of the
 * members present (art. 49), the given decision items recorded (art. 57).
 */
export async function signedExecutiveMeeting(s: BrowserSession, decisions: readonly { content: string; leadUnitId: string; coUnitIds?: string[]; dueOn: string }[]): Promise<string> {
  const office = await apiOn(s, '2026-03-02', 'bgs');
  const planned = await office.post('/api/meetings', { kind: 'executive', title: '区政府第5次常务会议', meetingDate: '2026-03-12', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
  expect(planned.statusCode, planned.body).toBe(201);
  const id = planned.json().id as string;
  const steps: [string, string][] = [
    ['bgs', 'agenda/propose'],
    ['bgszr', 'agenda/review'],
    ['quzhang', 'agenda/decide'],
  ];
  for (const [login, step] of steps) {
    const agent = await apiOn(s, '2026-03-04', login);
    const r = await agent.post(`/api/meetings/${id}/${step}`, { version: await versionOf(agent, id), ...(step === 'agenda/propose' ? { topicIds: [] } : {}) });
    expect(r.statusCode, r.body).toBe(200);
  }
  const clerk = await apiOn(s, '2026-03-12', 'bgs');
  const seats = ((await clerk.get(`/api/meetings/${id}`)).json().attendance as { personId: string; role: string }[]).filter((a) => a.role === 'member');
  for (const seat of seats.slice(0, 6)) expect((await clerk.post(`/api/meetings/${id}/attendance`, { personId: seat.personId, status: 'present' })).statusCode).toBe(200);
  for (const d of decisions) {
    const r = await clerk.post(`/api/meetings/${id}/decisions`, { coUnitIds: [], ...d });
    expect(r.statusCode, r.body).toBe(201);
  }
  const drafted = await clerk.post(`/api/meetings/${id}/minutes`, { version: await versionOf(clerk, id), text: '会议研究了2026年重点项目计划等事项。' });
  expect(drafted.statusCode, drafted.body).toBe(200);
  const head = await apiOn(s, '2026-03-13', 'quzhang');
  const signed = await head.post(`/api/meetings/${id}/minutes/sign`, { version: await versionOf(head, id) });
  expect(signed.statusCode, signed.body).toBe(200);
  return id;
}
