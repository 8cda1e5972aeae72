// @ts-nocheck
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** One configured SM4 key: an id stored beside every value it encrypts, and 16 bytes of key. */
export type FieldKey = { id: string; key: Buffer };

/**
 * Encrypts personal data for storage (等保 8.1.4.7/8.1.4.8, GB/T 39786 §8.4): SM4-CBC for confidentiality and
 * HMAC-SM3 over the whole value for integrity.
 */
export type FieldCipher = {
  /** The id of the key new values are encrypted under (the first configured). */
  readonly currentKeyId: string;
  /**
   * Encrypts `plaintext` under the current key. `context` (e.g. `people.mobile:<personId>`) is bound into the
   * tag but not stored, so a value copied to another row or column no longer decrypts.
   */
  encrypt: (plaintext: string, context?: string) => string;
  /** The plaintext of a value from `encrypt`; throws `FieldCipherError` rather than ever return garbage. */
  decrypt: (ciphertext: string, context?: string) => string;
  /** Whether the value is under a key other than the current one (and so should be re-encrypted). */
  needsRotation: (ciphertext: string) => boolean;
};

/**
 * Why a value could not be decrypted. `malformed`: not a `sm4v1:` value; `unknown_key`: its key id is not
 * configured (an old key dropped too early, or keys from another installation); `bad_tag`: the value, its
 * context or the key does not match (tampered, moved to another row, or a different key under the same id).
 */
export type FieldCipherErrorCode = 'malformed' | 'unknown_key' | 'bad_tag';

export class FieldCipherError extends Error {
  readonly code: FieldCipherErrorCode;
  constructor(code: FieldCipherErrorCode, message: string) {
    super(message);
    this.name = 'FieldCipherError';
    this.code = code;
  }
}

export const FIELD_CIPHER_VERSION = 'sm4v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const IV_BYTES = 16;
const TAG_BYTES = 32;

/** The parts of a stored value `sm4v1:<keyId>:<iv b64>:<ct b64>:<tag b64>`. */
export type FieldCiphertextParts = { keyId: string; iv: Buffer; ciphertext: Buffer; tag: Buffer; authenticated: string };

/** Splits a stored value into its parts; throws `FieldCipherError('malformed')` when it is not one. */
export function parseFieldCiphertext(value: string): FieldCiphertextParts {
  const parts = value.split(':');
  const [version, keyId, iv, ct, tag] = parts;
  if (parts.length !== 5 || version !== FIELD_CIPHER_VERSION || !keyId || !KEY_ID.test(keyId)) {
    throw new FieldCipherError('malformed', '密文格式无效（应为 sm4v1:密钥编号:IV:密文:校验值）');
  }
  for (const part of [iv, ct, tag]) {
    // Canonical Base64 only: otherwise the unused bits of the last character could change without changing
    // the bytes, and an altered stored value would still be accepted.
    if (!part || !BASE64.test(part) || Buffer.from(part, 'base64').toString('base64') !== part) {
      throw new FieldCipherError('malformed', '密文格式无效（Base64 编码有误）');
    }
  }
  const parsed = {
    keyId,
    iv: Buffer.from(iv as string, 'base64'),
    ciphertext: Buffer.from(ct as string, 'base64'),
    tag: Buffer.from(tag as string, 'base64'),
    authenticated: parts.slice(0, 4).join(':'),
  };
  if (parsed.iv.length !== IV_BYTES || parsed.ciphertext.length === 0 || parsed.ciphertext.length % 16 !== 0 || parsed.tag.length !== TAG_BYTES) {
    throw new FieldCipherError('malformed', '密文格式无效（长度不符）');
  }
  return parsed;
}

/** The key id a stored value names, without decrypting it. */
export function keyIdOf(value: string): string {
  return parseFieldCiphertext(value).keyId;
}

type DerivedKey = { encKey: Buffer; macKey: Buffer };

// Separate subkeys so that the SM4 key is never also used as an HMAC key (key separation, GB/T 39786 §5).
function derive(key: Buffer): DerivedKey {
  return {
    encKey: createHmac('sm3', key).update('zhengwu field sm4 enc v1').digest().subarray(0, 16),
    macKey: createHmac('sm3', key).update('zhengwu field sm3 mac v1').digest(),
  };
}

// The tag covers version, key id, IV and ciphertext exactly as stored (none of them can contain ':'), then
// the context after one more ':', so no two different inputs give the same MAC input.
function tagOf(macKey: Buffer, authenticated: string, context: string): Buffer {
  return createHmac('sm3', macKey).update(`${authenticated}:${context}`, 'utf8').digest();
}

/**
 * A cipher over the configured keys; the first is current. SM4-CBC with a fresh random IV per value, then
 * HMAC-SM3 (encrypt-then-MAC) because Node's OpenSSL has no SM4-GCM.
 */
export function createFieldCipher(keys: readonly FieldKey[]): FieldCipher {
  const current = keys[0];
  if (!current) throw new Error('至少需要一个 SM4 密钥');
  const byId = new Map<string, DerivedKey>();
  for (const { id, key } of keys) {
    if (!KEY_ID.test(id)) throw new Error(`SM4 密钥编号“${id}”无效：应为1–16位字母、数字、-、_`);
    if (key.length !== 16) throw new Error(`SM4 密钥 ${id} 应为16字节（32位十六进制）`);
    if (byId.has(id)) throw new Error(`SM4 密钥编号 ${id} 重复`);
    byId.set(id, derive(key));
  }
  const currentKey = byId.get(current.id) as DerivedKey;

  return {
    currentKeyId: current.id,
    encrypt(plaintext, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-cbc', currentKey.encKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const authenticated = [FIELD_CIPHER_VERSION, current.id, iv.toString('base64'), ciphertext.toString('base64')].join(':');
      return `${authenticated}:${tagOf(currentKey.macKey, authenticated, context).toString('base64')}`;
    },
    decrypt(value, context = '') {
      const parts = parseFieldCiphertext(value);
      const key = byId.get(parts.keyId);
      if (!key) throw new FieldCipherError('unknown_key', `密文所用密钥 ${parts.keyId} 未配置（ZHENGWU_SM4_KEYS 中缺少该密钥）`);
      const expected = tagOf(key.macKey, parts.authenticated, context);
      // Check the tag before touching the ciphertext: no padding oracle, no garbage plaintext.
      if (!timingSafeEqual(expected, parts.tag)) {
        throw new FieldCipherError('bad_tag', '密文完整性校验失败：数据可能被篡改、被移到其他记录，或密钥不符');
      }
      const decipher = createDecipheriv('sm4-cbc', key.encKey, parts.iv);
      return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
    },
    needsRotation(value) {
      return parseFieldCiphertext(value).keyId !== current.id;
    },
  };
}
