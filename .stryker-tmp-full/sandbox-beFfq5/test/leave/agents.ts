// @ts-nocheck
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import type { Dialect } from '../../src/db/database.js';

/**
 * A test app whose sessions outlive the days a test moves its clock across, so each account signs in once
 * (with its second factor, where the role needs one) and keeps its agent: a leader's fixed-clock TOTP code
 * cannot be used twice, so signing in again on a moved clock is not how these tests travel in time.
 */
export async function startWithLastingSessions(dialect: Dialect, now: string): Promise<TestApp & { as: (loginName: string) => Promise<Agent> }> {
  const t = await startTestApp(dialect, { now, env: { ZHENGWU_SESSION_IDLE_MINUTES: '600000', ZHENGWU_SESSION_ABSOLUTE_HOURS: '10000' } });
  const agents = new Map<string, Promise<Agent>>();
  const as = (loginName: string): Promise<Agent> => {
    const known = agents.get(loginName);
    if (known) return known;
    const agent = logInAs(t.app, loginName);
    agents.set(loginName, agent);
    return agent;
  };
  return { ...t, as };
}
