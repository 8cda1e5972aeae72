import { maskIdNumber, maskMobile } from '../../crypto/mask.js';
import { isIdNumber } from '../../crypto/personal-numbers.js';

/** A piece of personal data found in a text meant for publication, masked for the message that names it. */
export type PersonalDataFound = { kind: 'id_number' | 'mobile' | 'bank_card'; label: string; masked: string };

const idCandidates = /(?<![0-9])[1-9]\d{16}[0-9Xx](?![0-9Xx])/g;
const mobileCandidates = /(?<![0-9])1[3-9]\d{9}(?![0-9])/g;
const cardCandidates = /(?<![0-9])\d{16,19}(?![0-9])/g;

/** Luhn's check, which every bank card number passes (GB/T 20548 / ISO/IEC 7812). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The personal data a text carries that must never reach the portal (条例 第十五条): resident identity numbers
 * (with a valid check digit), mobile numbers and bank card numbers (passing Luhn's check, not an identity
 * number). Each is reported once, masked.
 */
export function personalDataIn(text: string): PersonalDataFound[] {
  const found = new Map<string, PersonalDataFound>();
  const ids = new Set<string>();
  for (const m of text.matchAll(idCandidates)) {
    if (isIdNumber(m[0])) {
      ids.add(m[0]);
      found.set(`id:${m[0]}`, { kind: 'id_number', label: '居民身份证号码', masked: maskIdNumber(m[0].toUpperCase()) });
    }
  }
  for (const m of text.matchAll(mobileCandidates)) found.set(`mobile:${m[0]}`, { kind: 'mobile', label: '手机号码', masked: maskMobile(m[0]) });
  for (const m of text.matchAll(cardCandidates)) {
    if (!ids.has(m[0]) && passesLuhn(m[0])) found.set(`card:${m[0]}`, { kind: 'bank_card', label: '银行卡号', masked: `${m[0].slice(0, 4)}********${m[0].slice(-4)}` });
  }
  return [...found.values()];
}
