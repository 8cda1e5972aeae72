import type { DatabaseHandle } from '../../db/database.js';
import type { UserRecord } from '../../db/identity-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import { isPasswordExpired } from '../../domain/identity/password-policy.js';
import { administratorRoles } from '../../domain/identity/roles.js';
import type { SecuritySettings } from '../../domain/identity/security-settings.js';

export type SignedInUser = {
  id: string;
  loginName: string;
  displayName: string;
  roles: string[];
  unit: { id: string; name: string } | null;
  personId: string | null;
  /** First login, after a reset, or the password expired: nothing else until it is changed. */
  mustChangePassword: boolean;
  isPasswordExpired: boolean;
  passwordExpiresAt: string;
  isTotpEnabled: boolean;
  /** The three administrators must use a second factor (等保 8.1.4.1d); until enrolled they can do nothing else. */
  needsTotpEnrolment: boolean;
};

export async function presentUser(handle: DatabaseHandle, user: UserRecord, settings: SecuritySettings, now: Date): Promise<SignedInUser> {
  const unit = user.unitId ? await orgRepository.findUnit(handle.db, user.unitId) : undefined;
  const expired = isPasswordExpired(user.passwordChangedAt, now, settings.passwordExpiryDays);
  const isTotpEnabled = user.isTotpEnabled === 1;
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    roles: user.roles,
    unit: unit ? { id: unit.id, name: unit.name } : null,
    personId: user.personId,
    mustChangePassword: user.mustChangePassword === 1 || expired,
    isPasswordExpired: expired,
    passwordExpiresAt: new Date(new Date(user.passwordChangedAt).getTime() + settings.passwordExpiryDays * 86_400_000).toISOString(),
    isTotpEnabled,
    needsTotpEnrolment: !isTotpEnabled && user.roles.some((r) => administratorRoles.includes(r as never)),
  };
}

export function actorOf(user: Pick<SignedInUser, 'id' | 'displayName' | 'roles' | 'unit' | 'personId'>): Actor {
  return { userId: user.id, name: user.displayName, roles: user.roles, unitId: user.unit?.id ?? null, personId: user.personId };
}
