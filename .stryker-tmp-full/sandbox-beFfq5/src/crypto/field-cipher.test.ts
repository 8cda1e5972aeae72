// @ts-nocheck
import { createCipheriv, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, type FieldKey, FieldCipherError, keyIdOf, parseFieldCiphertext } from './field-cipher.js';

const keyA: FieldKey = { id: 'a2026', key: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex') };
const keyB: FieldKey = { id: 'b2027', key: Buffer.from('f0e0d0c0b0a090807060504030201000', 'hex') };

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return error instanceof FieldCipherError ? error.code : `not a FieldCipherError: ${String(error)}`;
  }
  return undefined;
};

/** Replaces one `:`-separated part of a stored value. */
const withPart = (value: string, index: number, change: (part: string) => string) =>
  value
    .split(':')
    .map((p, i) => (i === index ? change(p) : p))
    .join(':');

/** Flips the lowest bit of the first byte of a base64 part. */
const flipFirstBit = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  bytes[0] = (bytes[0] as number) ^ 1;
  return bytes.toString('base64');
};

describe('SM4 原语（GB/T 32907-2016 附录A 示例）', () => {
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');

  it('示例1：密钥与明文均为 0123456789abcdeffedcba9876543210，单分组加密得 681edf34d206965e86b3e94f536e4246', () => {
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([cipher.update(key), cipher.final()]).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('示例2：同一密钥对明文迭代加密 1 000 000 次得 595298c7c6fd271f0402f804c33d3f66', () => {
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    let block = key;
    for (let i = 0; i < 1_000_000; i++) block = cipher.update(block);
    expect(block.toString('hex')).toBe('595298c7c6fd271f0402f804c33d3f66');
  });
});

describe('字段加密格式 sm4v1', () => {
  const cipher = createFieldCipher([keyA]);

  it('格式为 sm4v1:密钥编号:IV:密文:校验值，IV 16字节随机，校验值为32字节 HMAC-SM3', () => {
    const value = cipher.encrypt('13812345678');
    expect(value).toMatch(/^sm4v1:a2026:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/=]+:[A-Za-z0-9+/]{43}=$/);
    const parts = parseFieldCiphertext(value);
    expect(parts.iv).toHaveLength(16);
    expect(parts.ciphertext).toHaveLength(16);
    expect(parts.tag).toHaveLength(32);
    expect(value).not.toContain('13812345678');
    // A fresh IV per value: the same number never gives the same ciphertext.
    expect(cipher.encrypt('13812345678')).not.toBe(value);
  });

  it('按文档规定的派生与标签独立构造的密文可以解密（格式互通）', () => {
    const enc = createHmac('sm3', keyA.key).update('zhengwu field sm4 enc v1').digest().subarray(0, 16);
    const mac = createHmac('sm3', keyA.key).update('zhengwu field sm3 mac v1').digest();
    const iv = Buffer.alloc(16, 7);
    const c = createCipheriv('sm4-cbc', enc, iv);
    const ct = Buffer.concat([c.update('370305199001011236', 'utf8'), c.final()]);
    const authenticated = `sm4v1:a2026:${iv.toString('base64')}:${ct.toString('base64')}`;
    const tag = createHmac('sm3', mac).update(`${authenticated}:people.id_number:p1`).digest('base64');
    expect(cipher.decrypt(`${authenticated}:${tag}`, 'people.id_number:p1')).toBe('370305199001011236');
  });

  it('任意文本与上下文往返不变', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 40 }), (text, context) => {
        expect(cipher.decrypt(cipher.encrypt(text, context), context)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('空串也可加密，密文长度按16字节分组增长', () => {
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
    expect(parseFieldCiphertext(cipher.encrypt('x'.repeat(16))).ciphertext).toHaveLength(32);
  });
});

describe('篡改与错误：抛出明确错误，从不返回错误明文', () => {
  const cipher = createFieldCipher([keyA, keyB]);
  const value = cipher.encrypt('13812345678', 'people.mobile:p1');

  it('改动 IV、密文、校验值中任一比特均被发现', () => {
    for (const index of [2, 3, 4]) {
      expect(codeOf(() => cipher.decrypt(withPart(value, index, flipFirstBit), 'people.mobile:p1'))).toBe('bad_tag');
    }
  });

  it('任意位置的单字节篡改都不会解出明文', () => {
    fc.assert(
      fc.property(fc.nat({ max: value.length - 1 }), fc.constantFrom(...'ABCDEFabcdef0123456789+/:=_-'), (at, ch) => {
        fc.pre(value[at] !== ch);
        const tampered = `${value.slice(0, at)}${ch}${value.slice(at + 1)}`;
        expect(['bad_tag', 'malformed', 'unknown_key']).toContain(codeOf(() => cipher.decrypt(tampered, 'people.mobile:p1')));
      }),
      { numRuns: 500 },
    );
  });

  it('Base64 末字符未用位的改动（字节不变）也视为篡改，不予解密', () => {
    // The 32-byte tag is 43 Base64 characters and '='; its last character carries 4 unused bits.
    const tag = value.split(':')[4] as string;
    const last = tag.at(-2) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    const altered = `${value.slice(0, value.length - 2)}${sibling}=`;
    expect(Buffer.from(altered.split(':')[4] as string, 'base64')).toEqual(Buffer.from(tag, 'base64'));
    expect(() => cipher.decrypt(altered, 'people.mobile:p1')).toThrow(FieldCipherError);
  });

  it('换到别的记录或字段（上下文不同）无法解密', () => {
    expect(codeOf(() => cipher.decrypt(value, 'people.mobile:p2'))).toBe('bad_tag');
    expect(codeOf(() => cipher.decrypt(value, 'people.id_number:p1'))).toBe('bad_tag');
    expect(codeOf(() => cipher.decrypt(value))).toBe('bad_tag');
  });

  it('改写密钥编号为另一已配置密钥：校验失败', () => {
    expect(codeOf(() => cipher.decrypt(withPart(value, 1, () => 'b2027'), 'people.mobile:p1'))).toBe('bad_tag');
  });

  it('未配置的密钥编号：unknown_key，并指出编号', () => {
    const other = createFieldCipher([{ id: 'zzz', key: keyA.key }]).encrypt('x');
    expect(codeOf(() => cipher.decrypt(other))).toBe('unknown_key');
    expect(() => cipher.decrypt(other)).toThrow(/zzz/);
  });

  it('同一编号下换了密钥：校验失败', () => {
    const imposter = createFieldCipher([{ id: 'a2026', key: keyB.key }]);
    expect(codeOf(() => imposter.decrypt(value, 'people.mobile:p1'))).toBe('bad_tag');
  });

  it('格式无效：明文、旧式 base64、版本不符、段数不符、长度不符', () => {
    for (const bad of ['13812345678', 'c29tZXRoaW5n', value.replace('sm4v1', 'sm4v2'), `${value}:x`, value.split(':').slice(0, 4).join(':'), withPart(value, 2, () => 'AAAA')]) {
      expect(codeOf(() => cipher.decrypt(bad, 'people.mobile:p1')), bad).toBe('malformed');
    }
  });
});

describe('密钥轮换', () => {
  it('旧密钥加密的值在新旧并存时可解密、需要轮换；重新加密后只用新密钥即可解密', () => {
    const before = createFieldCipher([keyA]);
    const during = createFieldCipher([keyB, keyA]);
    const after = createFieldCipher([keyB]);
    const old = before.encrypt('370305199001011236', 'ctx');
    expect(during.needsRotation(old)).toBe(true);
    expect(before.needsRotation(old)).toBe(false);
    const fresh = during.encrypt(during.decrypt(old, 'ctx'), 'ctx');
    expect(keyIdOf(fresh)).toBe('b2027');
    expect(during.needsRotation(fresh)).toBe(false);
    expect(after.decrypt(fresh, 'ctx')).toBe('370305199001011236');
    expect(codeOf(() => after.decrypt(old, 'ctx'))).toBe('unknown_key');
  });

  it('密钥配置有误时拒绝创建', () => {
    expect(() => createFieldCipher([])).toThrow('至少需要一个');
    expect(() => createFieldCipher([{ id: 'a', key: Buffer.alloc(15) }])).toThrow('16字节');
    expect(() => createFieldCipher([keyA, { ...keyB, id: 'a2026' }])).toThrow('重复');
    expect(() => createFieldCipher([{ id: 'a:b', key: keyA.key }])).toThrow('编号');
  });
});
