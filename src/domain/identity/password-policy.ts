/**
 * The password policy. The default is the 等保 2.0 level-3 profile (8.1.4.1a): at least 8 characters from
 * at least three classes, not containing the login name; expiry and reuse are checked where passwords are
 * stored.
 */
export type PasswordPolicy = { minLength: number; minClasses: number; expiryDays: number; historySize: number };

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, minClasses: 3, expiryDays: 90, historySize: 5 };

/** Problems with a new password, in Chinese; empty when it is acceptable. */
export function passwordProblems(password: string, loginName: string, policy: PasswordPolicy = defaultPasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`密码长度不少于${policy.minLength}位`);
  if (password.length > 128) problems.push('密码长度不超过128位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) problems.push(`密码须包含大写字母、小写字母、数字、特殊字符中的至少${policy.minClasses}类`);
  if (loginName && password.toLowerCase().includes(loginName.toLowerCase())) problems.push('密码不能包含登录名');
  return problems;
}
