// @ts-nocheck
import * as OTPAuth from 'otpauth';
import type { Clock } from '../../src/clock.js';
import type { Agent } from './app.js';

/** An authenticator app for tests: codes at the test clock's time. */
export type Authenticator = { code: () => string };

export function authenticatorFor(secret: string, clock: Clock): Authenticator {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return { code: () => totp.generate({ timestamp: clock.now().getTime() }) };
}

/** Binds a TOTP second factor for the signed-in user, as a person would with an authenticator app. */
export async function enrolTotp(agent: Agent, clock: Clock): Promise<Authenticator> {
  const started = await agent.post('/api/session/totp/enrolment');
  if (started.statusCode !== 200) throw new Error(`TOTP enrolment failed: ${started.body}`);
  const authenticator = authenticatorFor(started.json().secret, clock);
  const confirmed = await agent.post('/api/session/totp/enrolment/confirm', { code: authenticator.code() });
  if (confirmed.statusCode !== 204) throw new Error(`TOTP confirmation failed: ${confirmed.body}`);
  return authenticator;
}
