import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { DatabaseHandle } from '../../db/database.js';
import { defaultTotpRequiredRoles } from '../../domain/identity/roles.js';
import type { SecuritySettings } from '../../domain/identity/security-settings.js';

/** Encrypts secrets at rest (the TOTP seed); SM4 in production (src/crypto). */
export type SecretCipher = { encrypt: (plaintext: string, context?: string) => string; decrypt: (ciphertext: string, context?: string) => string };

/** What identity operations need beyond an operation context. */
export type IdentityDeps = { handle: DatabaseHandle; clock: Clock; defaults: SecuritySettings; cipher: SecretCipher };

/** The configured defaults of the security policy. */
export function securityDefaults(config: Pick<Config, 'security' | 'session'>): SecuritySettings {
  const { passwordMinLength, passwordMinClasses, passwordExpiryDays, passwordHistory, lockoutAttempts, lockoutMinutes } = config.security;
  return {
    passwordMinLength,
    passwordMinClasses,
    passwordExpiryDays,
    passwordHistory,
    lockoutAttempts,
    lockoutMinutes,
    sessionIdleMinutes: config.session.idleMinutes,
    sessionAbsoluteHours: config.session.absoluteHours,
    totpRequiredRoles: [...defaultTotpRequiredRoles],
  };
}
