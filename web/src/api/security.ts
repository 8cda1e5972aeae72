import { client, ok, type ResponseOf } from './client';

/**
 * The policy with its version (send it back when saving), where it is looser than the 等保 level-3 baseline
 * (in Chinese, one sentence each), and the configured defaults.
 */
export type SecuritySettingsView = ResponseOf<'/api/security/settings', 'get'>;
/** The security policy (等保 8.1.4.1, 8.1.4.2e), as the security administrator sets it. */
export type SecuritySettings = SecuritySettingsView['settings'];

export const securityKeys = {
  settings: ['security', 'settings'] as const,
};

export function fetchSecuritySettings(signal?: AbortSignal): Promise<SecuritySettingsView> {
  return ok(client.GET('/api/security/settings', { signal }));
}

export function updateSecuritySettings(input: { version: number; settings: SecuritySettings }): Promise<SecuritySettingsView> {
  return ok(client.PUT('/api/security/settings', { body: input }));
}
