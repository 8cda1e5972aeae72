import { z } from 'zod';
import { defaultTotpRequiredRoles, type Role, roleLabels, roles } from './roles.js';

/**
 * The security policy the security administrator sets (等保 8.1.4.1, 8.1.4.2e). Defaults come from the
 * configuration, whose own defaults are the 等保 level-3 profile.
 */
export type SecuritySettings = {
  passwordMinLength: number;
  passwordMinClasses: number;
  passwordExpiryDays: number;
  passwordHistory: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Roles whose accounts must bind and use a TOTP second factor (等保 8.1.4.1d). */
  totpRequiredRoles: Role[];
};

type NumericSetting = Exclude<keyof SecuritySettings, 'totpRequiredRoles'>;

export const securitySettingsSchema = z.object({
  passwordMinLength: z.number().int().min(6, '密码最小长度不少于6位').max(64),
  passwordMinClasses: z.number().int().min(1).max(4),
  passwordExpiryDays: z.number().int().min(1).max(3650),
  passwordHistory: z.number().int().min(0).max(24),
  lockoutAttempts: z.number().int().min(1).max(100),
  lockoutMinutes: z.number().int().min(1).max(1440),
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60),
  sessionAbsoluteHours: z.number().int().min(1).max(72),
  // A client that predates the setting keeps the default rather than dropping every requirement.
  totpRequiredRoles: z
    .array(z.enum(roles, { error: '角色无效' }))
    .max(roles.length)
    .default([...defaultTotpRequiredRoles]),
});

/** The 等保 2.0 level-3 profile the defaults follow; a setting looser than this is reported as a deviation. */
const profile: Record<NumericSetting, { limit: number; stricter: 'higher' | 'lower'; label: string }> = {
  passwordMinLength: { limit: 8, stricter: 'higher', label: '密码最小长度不少于8位' },
  passwordMinClasses: { limit: 3, stricter: 'higher', label: '密码至少包含3类字符' },
  passwordExpiryDays: { limit: 90, stricter: 'lower', label: '密码有效期不超过90天' },
  passwordHistory: { limit: 5, stricter: 'higher', label: '不得重复使用最近5次密码' },
  lockoutAttempts: { limit: 5, stricter: 'lower', label: '连续失败不超过5次即锁定' },
  lockoutMinutes: { limit: 5, stricter: 'higher', label: '锁定时间不少于5分钟' },
  sessionIdleMinutes: { limit: 30, stricter: 'lower', label: '会话空闲超时不超过30分钟' },
  sessionAbsoluteHours: { limit: 12, stricter: 'lower', label: '会话最长不超过12小时' },
};

/** Where the settings are looser than the 等保 level-3 profile, in Chinese, so the deviation is visible. */
export function profileDeviations(s: SecuritySettings): string[] {
  const numeric = (Object.keys(profile) as NumericSetting[])
    .filter((k) => (profile[k].stricter === 'higher' ? s[k] < profile[k].limit : s[k] > profile[k].limit))
    .map((k) => `${profile[k].label}（当前为 ${s[k]}）`);
  const exempted = defaultTotpRequiredRoles.filter((r) => !s.totpRequiredRoles.includes(r));
  return exempted.length > 0 ? [...numeric, `三员与区政府领导须使用动态口令（当前不要求：${exempted.map((r) => roleLabels[r]).join('、')}）`] : numeric;
}

/** Whether an account with these roles must use a second factor under the settings. */
export function isTotpRequired(settings: Pick<SecuritySettings, 'totpRequiredRoles'>, userRoles: readonly string[]): boolean {
  return userRoles.some((r) => (settings.totpRequiredRoles as readonly string[]).includes(r));
}
