import type { SecuritySettings } from './security-settings.js';

/**
 * Problems with a new password under the security policy (等保 8.1.4.1a), in Chinese; empty when it is
 * acceptable. Reuse of earlier passwords is checked where the hashes are stored.
 */
export function passwordProblems(password: string, loginName: string, policy: Pick<SecuritySettings, 'passwordMinLength' | 'passwordMinClasses'>): string[] {
  const problems: string[] = [];
  if (password.length < policy.passwordMinLength) problems.push(`密码长度不少于${policy.passwordMinLength}位`);
  if (password.length > 128) problems.push('密码长度不超过128位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.passwordMinClasses) problems.push(`密码须包含大写字母、小写字母、数字、特殊字符中的至少${policy.passwordMinClasses}类`);
  if (loginName && password.toLowerCase().includes(loginName.toLowerCase())) problems.push('密码不能包含登录名');
  return problems;
}

/** Whether a password set at `changedAt` has expired by `now`. */
export function isPasswordExpired(changedAt: string, now: Date, expiryDays: number): boolean {
  return now.getTime() - new Date(changedAt).getTime() > expiryDays * 86_400_000;
}
