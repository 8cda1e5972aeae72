import { api } from './client';

/** The security policy (等保 8.1.4.1, 8.1.4.2e), as the security administrator sets it. */
export type SecuritySettings = {
  passwordMinLength: number;
  passwordMinClasses: number;
  passwordExpiryDays: number;
  passwordHistory: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
};

/**
 * The policy with its version (send it back when saving), where it is looser than the 等保 level-3 baseline
 * (in Chinese, one sentence each), and the configured defaults.
 */
export type SecuritySettingsView = { settings: SecuritySettings; version: number; deviations: string[]; defaults: SecuritySettings };

export const securityKeys = {
  settings: ['security', 'settings'] as const,
};

export function fetchSecuritySettings(signal?: AbortSignal): Promise<SecuritySettingsView> {
  return api.get<SecuritySettingsView>('/api/security/settings', { signal });
}

export function updateSecuritySettings(input: { version: number; settings: SecuritySettings }): Promise<SecuritySettingsView> {
  return api.put<SecuritySettingsView>('/api/security/settings', input);
}
