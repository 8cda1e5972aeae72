// @ts-nocheck
import { type FieldCipher, FieldCipherError } from './field-cipher.js';

/**
 * Masking of personal data for lists, detail views, audit summaries and logs (等保 8.1.4.11, ASVS 8.2.3):
 * enough to tell two people apart or confirm a number by its ends, never enough to use it.
 */
export type MaskKind = 'mobile' | 'idNumber';

/** Shown instead of a masked value when the stored value cannot be decrypted (tampered or unknown key). */
export const UNREADABLE_MASK = '（无法解密）';

/** `13812345678` → `138****5678`. Anything not 11 characters keeps at most its last 4. */
export function maskMobile(mobile: string): string {
  if (mobile.length === 11) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  return maskOther(mobile);
}

/** `370305199001011234` → `370305********1234`: the region code and the last 4, not the birth date. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length === 18) return `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
  return maskOther(idNumber);
}

// Values that fail validation never reach storage, but a mask must not reveal more for an odd length.
function maskOther(value: string): string {
  return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** The mask of a plaintext value of the kind. */
export function mask(kind: MaskKind, plaintext: string): string {
  switch (kind) {
    case 'mobile':
      return maskMobile(plaintext);
    case 'idNumber':
      return maskIdNumber(plaintext);
  }
}

/**
 * The mask of a stored (encrypted) value, or null when nothing is stored. A value that does not decrypt shows
 * as `UNREADABLE_MASK` so that one bad row does not take a whole list down; `onError` hears about it.
 */
export function maskStored(
  cipher: FieldCipher,
  kind: MaskKind,
  stored: string | null,
  context: string,
  onError?: (error: FieldCipherError) => void,
): string | null {
  if (stored === null) return null;
  try {
    return mask(kind, cipher.decrypt(stored, context));
  } catch (error) {
    if (!(error instanceof FieldCipherError)) throw error;
    onError?.(error);
    return UNREADABLE_MASK;
  }
}
