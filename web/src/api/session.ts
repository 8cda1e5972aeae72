import { ApiError, type BodyOf, client, ok, type ResponseOf, unauthorizedExpected } from './client';

/**
 * Who is signed in and which menu entries the server grants them. `mfaPending`: the password was right but the
 * account has a second factor, and the session waits for the 动态口令.
 */
export type Session = ResponseOf<'/api/session', 'get'>;
/** The roles come with their Chinese names (`roleLabels`): the web never maps roles itself. */
export type SessionUser = Session['user'];

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is signed in (the server answers 401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await ok(client.GET('/api/session', { signal, middleware: [unauthorizedExpected] }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export type LoginInput = BodyOf<'/api/session', 'post'>;

export function login(input: LoginInput): Promise<Session> {
  return ok(client.POST('/api/session', { body: input, middleware: [unauthorizedExpected] }));
}

/** The second step of a login: the 6-digit code from the authenticator app. */
export async function verifyTotp(code: string): Promise<void> {
  // A wrong code is an answer on this form, not a lost session.
  await client.POST('/api/session/totp', { body: { code }, middleware: [unauthorizedExpected] });
}

export async function logout(): Promise<void> {
  await client.DELETE('/api/session', { middleware: [unauthorizedExpected] });
}

export type ChangePasswordInput = BodyOf<'/api/session/password', 'post'>;

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  // A wrong current password is a refusal on this form, not a lost session.
  await client.POST('/api/session/password', { body: input, middleware: [unauthorizedExpected] });
}
