import { api } from './client';

/** One of the signed-in user's live sessions (a browser on some device). */
export type OwnSession = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session this page is using. */
  isCurrent: boolean;
};

/** A second factor being bound: the base32 secret and the otpauth:// address an authenticator app scans. */
export type TotpEnrolment = { secret: string; uri: string };

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
};

export async function fetchOwnSessions(signal?: AbortSignal): Promise<OwnSession[]> {
  const page = await api.get<{ items: OwnSession[] }>('/api/session/sessions', { signal });
  return page.items;
}

export function revokeOwnSession(id: string): Promise<void> {
  return api.delete(`/api/session/sessions/${encodeURIComponent(id)}`);
}

export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return api.post<TotpEnrolment>('/api/session/totp/enrolment');
}

export function confirmTotpEnrolment(code: string): Promise<void> {
  return api.post<void>('/api/session/totp/enrolment/confirm', { code });
}

export function disableTotp(code: string): Promise<void> {
  return api.post<void>('/api/session/totp/disable', { code });
}
