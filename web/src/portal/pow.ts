/**
 * The moment of work the portal asks of a browser before it accepts a comment, a request or a message: a nonce
 * such that SHA-256(`${challenge}:${nonce}`) begins with `difficulty` zero bits (the server checks it and spends
 * the challenge once; src/operations/disclosure/proof-of-work.ts). No account, cookie or address is needed.
 */

function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Digests tried at once: the browser's SHA-256 is asynchronous, so a batch keeps it busy. */
const BATCH = 256;

export class ProofUnavailableError extends Error {
  constructor() {
    super('当前浏览器无法完成提交前的校验，请使用较新版本的浏览器，并通过 https 访问本站');
    this.name = 'ProofUnavailableError';
  }
}

export async function solveProof(challenge: string, difficulty: number, signal?: AbortSignal): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new ProofUnavailableError();
  const encoder = new TextEncoder();
  for (let start = 0; ; start += BATCH) {
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const nonces = Array.from({ length: BATCH }, (_, i) => String(start + i));
    const digests = await Promise.all(nonces.map((nonce) => subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`))));
    const hit = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= difficulty);
    if (hit >= 0) return nonces[hit]!;
  }
}
