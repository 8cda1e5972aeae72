import type { Session } from '../api/session';
import { menuEntriesFor } from '../layout/menu-entries';

export const accountPath = '/account';
export const passwordPath = '/account/password';

/** Where each kind of user starts: their own work before anything else in the menu. */
const homePreference = ['workbench', 'users', 'security', 'audit'];

/**
 * The first page a user should see. The three administrators have no 工作台 (they do not do the government's
 * business), so '/' would only answer 403 for them.
 */
export function homePath(menu: readonly string[]): string {
  const entries = menuEntriesFor(menu).filter((entry) => !entry.isExternal);
  const preferred = homePreference.map((key) => entries.find((entry) => entry.key === key)).find((entry) => entry !== undefined);
  return (preferred ?? entries[0])?.path ?? accountPath;
}

/**
 * Where a signed-in user may not leave until they act: the password page while a change is due (first login,
 * reset, expiry), then the account page while one of the three administrators has no 动态口令. The server
 * answers 403 everywhere else meanwhile. Undefined when nothing is due.
 */
export function requiredAccountPath(session: Session): string | undefined {
  if (session.user.mustChangePassword) return passwordPath;
  if (session.user.needsTotpEnrolment) return accountPath;
  return undefined;
}

/** Where to go after signing in: the required step, else where the user was going, else their home page. */
export function landingPath(session: Session, from: string | undefined): string {
  const required = requiredAccountPath(session);
  if (required) return required;
  if (from && from !== '/') return from;
  return homePath(session.menu);
}
