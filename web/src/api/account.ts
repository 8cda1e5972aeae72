import { client, ok, type ResponseOf } from './client';

/** One of the signed-in user's live sessions (a browser on some device); `isCurrent` is the one this page uses. */
export type OwnSession = ResponseOf<'/api/session/sessions', 'get'>['items'][number];

/** A second factor being bound: the base32 secret and the otpauth:// address an authenticator app scans. */
export type TotpEnrolment = ResponseOf<'/api/session/totp/enrolment', 'post'>;

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
};

export async function fetchOwnSessions(signal?: AbortSignal): Promise<OwnSession[]> {
  const page = await ok(client.GET('/api/session/sessions', { signal }));
  return page.items;
}

export async function revokeOwnSession(id: string): Promise<void> {
  await client.DELETE('/api/session/sessions/{id}', { params: { path: { id } } });
}

export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return ok(client.POST('/api/session/totp/enrolment'));
}

export async function confirmTotpEnrolment(code: string): Promise<void> {
  await client.POST('/api/session/totp/enrolment/confirm', { body: { code } });
}

export async function disableTotp(code: string): Promise<void> {
  await client.POST('/api/session/totp/disable', { body: { code } });
}
