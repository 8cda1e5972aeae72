/**
 * Validation of the personal numbers zhengwu keeps: mainland mobile numbers and the 18-character 居民身份证号码
 * (GB 11643-1999). Messages are in Chinese for the people who type the numbers.
 */
// @ts-nocheck


/** A mainland mobile number: 11 digits, `1` then `3`–`9`. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const MOBILE_MESSAGE = '手机号码应为11位数字，以1开头、第二位为3至9';

/** Whether `value` is a mainland mobile number. */
export function isMobileNumber(value: string): boolean {
  return MOBILE_PATTERN.test(value);
}

// GB 11643-1999 / ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character (`0`–`9` or `X`) for the first 17 digits of an ID number. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('须为17位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}

/** Upper-cases a trailing `x`, the one variation people type. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * What is wrong with an (already normalized) ID number, in Chinese, or undefined when it is valid: 18
 * characters, 17 digits then a digit or `X`, a real birth date at positions 7–14, and the GB 11643 check
 * character. The region code is not checked against the (changing) list of administrative divisions.
 */
export function idNumberProblem(value: string): string | undefined {
  if (value.length !== 18) return '居民身份证号码应为18位';
  if (!/^\d{17}[\dX]$/.test(value)) return '居民身份证号码前17位应为数字，最后一位为数字或X';
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(birth) || birth < '1900-01-01') {
    return '居民身份证号码中的出生日期无效';
  }
  if (idNumberCheckDigit(value.slice(0, 17)) !== value[17]) return '居民身份证号码校验码不符，请核对';
  return undefined;
}

/** Whether `value` (after normalizing) is a valid ID number. */
export function isIdNumber(value: string): boolean {
  return idNumberProblem(normalizeIdNumber(value)) === undefined;
}
