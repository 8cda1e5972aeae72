import type { DatabaseHandle } from '../../db/database.js';
import type { UserRecord } from '../../db/identity-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import { isPasswordExpired } from '../../domain/identity/password-policy.js';
import { isTotpRequired, type SecuritySettings } from '../../domain/identity/security-settings.js';

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
  /** The account's roles require a second factor (the security policy; by default the three administrators and leaders). */
  isTotpRequired: boolean;
  /** A required second factor not yet bound (等保 8.1.4.1d): until it is, the account can do nothing else. */
  needsTotpEnrolment: boolean;
};

export async function presentUser(handle: DatabaseHandle, user: UserRecord, settings: SecuritySettings, now: Date): Promise<SignedInUser> {
  const unit = user.unitId ? await orgRepository.findUnit(handle.db, user.unitId) : undefined;
  return presentUserWith(user, unit ? { id: unit.id, name: unit.name } : null, settings, now);
}

/** The signed-in user from what is already loaded (the session statement brings the unit's name along). */
export function presentUserWith(user: UserRecord, unit: { id: string; name: string } | null, settings: SecuritySettings, now: Date): SignedInUser {
  const expired = isPasswordExpired(user.passwordChangedAt, now, settings.passwordExpiryDays);
  const isTotpEnabled = user.isTotpEnabled === 1;
  const isRequired = isTotpRequired(settings, user.roles);
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    roles: user.roles,
    unit,
    personId: user.personId,
    mustChangePassword: user.mustChangePassword === 1 || expired,
    isPasswordExpired: expired,
    passwordExpiresAt: new Date(new Date(user.passwordChangedAt).getTime() + settings.passwordExpiryDays * 86_400_000).toISOString(),
    isTotpEnabled,
    isTotpRequired: isRequired,
    needsTotpEnrolment: !isTotpEnabled && isRequired,
  };
}

export function actorOf(user: Pick<SignedInUser, 'id' | 'displayName' | 'roles' | 'unit' | 'personId'>): Actor {
  return { userId: user.id, name: user.displayName, roles: user.roles, unitId: user.unit?.id ?? null, personId: user.personId };
}
