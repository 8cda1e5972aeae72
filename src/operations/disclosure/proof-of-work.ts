import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import { DomainError, invalid } from '../../domain/errors.js';

/**
 * Spam resistance without tracking anyone (no account, no address, no cookie): before the portal accepts a
 * comment, a request or a message, the visitor's browser spends a moment of work — finds a nonce such that
 * SHA-256(challenge ":" nonce) begins with `difficulty` zero bits — on a challenge that is fresh (it carries the
 * time it was issued) and is spent once. A person pays a second; a machine sending thousands pays thousands.
 */

export const PROOF_DIFFICULTY = 16;
const FRESH_MS = 30 * 60_000;
const PREFIX = 'zw1';

export function issueChallenge(now: Date): { challenge: string; difficulty: number } {
  return { challenge: `${PREFIX}:${now.getTime()}:${randomBytes(12).toString('hex')}`, difficulty: PROOF_DIFFICULTY };
}

function leadingZeroBits(digest: Buffer): number {
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

export function digestOf(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`).digest();
}

/** Finds a nonce for a challenge (what the portal's page does in the browser; used by tests and tools). */
export function solveChallenge(challenge: string, difficulty = PROOF_DIFFICULTY): string {
  for (let n = 0; ; n += 1) {
    if (leadingZeroBits(digestOf(challenge, String(n))) >= difficulty) return String(n);
  }
}

/**
 * Checks the work and spends the challenge, inside the caller's transaction (a replayed challenge loses: the
 * spent digest is a primary key). Refuses a stale, malformed or insufficient proof with a plain message.
 */
export async function spendProof(trx: Tx, now: Date, proof: { challenge: string; nonce: string }): Promise<void> {
  const [prefix, issued] = proof.challenge.split(':');
  const issuedAt = Number(issued);
  if (prefix !== PREFIX || !Number.isFinite(issuedAt) || proof.nonce.length > 32) invalid('页面校验信息无效，请刷新页面后重新提交');
  if (now.getTime() - issuedAt > FRESH_MS || issuedAt - now.getTime() > 60_000) invalid('页面停留时间过长，请刷新页面后重新提交');
  const digest = digestOf(proof.challenge, proof.nonce);
  if (leadingZeroBits(digest) < PROOF_DIFFICULTY) invalid('页面校验未完成，请稍候片刻再提交');
  await trx.deleteFrom('spentChallenges').where('expiresAt', '<', now.toISOString()).execute();
  const inserted = await trx
    .insertInto('spentChallenges')
    .values({ digest: digest.toString('hex'), expiresAt: new Date(issuedAt + FRESH_MS).toISOString() })
    .onConflict((oc) => oc.column('digest').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new DomainError('conflict', '该页面已提交过，请刷新页面后再次提交');
}
