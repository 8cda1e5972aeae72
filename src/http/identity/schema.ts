import { z } from 'zod';

export const loginBody = z.object({
  loginName: z.string().trim().min(1, '请输入登录名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

export const totpCodeBody = z.object({ code: z.string().trim().regex(/^\d{6}$/, '动态口令为6位数字') });

export const sessionView = z.object({
  user: z.object({
    id: z.string(),
    loginName: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    roleLabels: z.array(z.string()),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    mustChangePassword: z.boolean(),
    isPasswordExpired: z.boolean(),
    passwordExpiresAt: z.string(),
    isTotpEnabled: z.boolean(),
    needsTotpEnrolment: z.boolean(),
    /** The three administrators must keep their second factor. */
    canDisableTotp: z.boolean(),
  }),
  /** The password was right but the account has a second factor: send the TOTP code next. */
  mfaPending: z.boolean(),
  menu: z.array(z.string()),
  /** The policy actions the user holds (policies.ts): pages show tools by these, never by role names. */
  actions: z.array(z.string()),
});
