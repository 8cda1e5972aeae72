import { api, ApiError } from './client';

export type SessionUser = {
  id: string;
  loginName: string;
  displayName: string;
  roles: string[];
  /** The roles in Chinese, as the server names them; the web never maps roles itself. */
  roleLabels: string[];
  unit: { id: string; name: string } | null;
  /** First login, after a reset, or the password expired: the account page only, until it is changed. */
  mustChangePassword: boolean;
  isPasswordExpired: boolean;
  /** When the current password expires (an instant). */
  passwordExpiresAt: string;
  isTotpEnabled: boolean;
  /** One of the three administrators without a second factor yet: the account page only, until it is bound. */
  needsTotpEnrolment: boolean;
};

/**
 * Who is signed in and which menu entries the server grants them. `mfaPending`: the password was right but the
 * account has a second factor, and the session waits for the 动态口令.
 */
export type Session = { user: SessionUser; mfaPending: boolean; menu: string[] };

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is signed in (the server answers 401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await api.get<Session>('/api/session', { signal, isUnauthorizedExpected: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export type LoginInput = { loginName: string; password: string };

export function login(input: LoginInput): Promise<Session> {
  return api.post<Session>('/api/session', input, { isUnauthorizedExpected: true });
}

/** The second step of a login: the 6-digit code from the authenticator app. */
export function verifyTotp(code: string): Promise<void> {
  // A wrong code is an answer on this form, not a lost session.
  return api.post<void>('/api/session/totp', { code }, { isUnauthorizedExpected: true });
}

export function logout(): Promise<void> {
  return api.delete('/api/session', { isUnauthorizedExpected: true });
}

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  // A wrong current password is a refusal on this form, not a lost session.
  return api.post<unknown>('/api/session/password', input, { isUnauthorizedExpected: true });
}
