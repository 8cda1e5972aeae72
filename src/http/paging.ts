import { z } from 'zod';
import { DomainError } from '../domain/errors.js';

/**
 * The paging every list route shares: `pageSize` rows after the opaque `cursor` the previous page returned as
 * `nextCursor` (null on the last page). Keyset, not OFFSET: a deep page costs what the first does.
 */
export const DEFAULT_LIST_PAGE_SIZE = 100;
export const MAX_LIST_PAGE_SIZE = 200;

export const pageQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(MAX_LIST_PAGE_SIZE).default(DEFAULT_LIST_PAGE_SIZE).describe(`每页条数（默认${DEFAULT_LIST_PAGE_SIZE}，最多${MAX_LIST_PAGE_SIZE}）`),
  cursor: z.string().max(2000).optional().describe('上一页返回的 nextCursor：从该处之后继续'),
});

export const nextCursorField = { nextCursor: z.string().nullable().describe('下一页的翻页标记；最后一页为 null') };

/** The sort key of the last row of a page, as the client sends it back. */
export function encodeListCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The sort key a cursor names; a cursor this server did not give is bad input (400), not a server error. */
export function decodeListCursor(cursor: string | undefined): string[] | null {
  if (cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => typeof p === 'string')) return parsed as string[];
  } catch {
    // fall through to the refusal
  }
  throw new DomainError('invalid_input', '翻页标记无效，请从第一页重新加载');
}

/**
 * Cuts the `limit + 1` rows a repository returned to the page and the cursor of the next one: the extra row
 * only says that there is more.
 */
export function pageOf<T>(rows: readonly T[], pageSize: number, keyOf: (row: T) => readonly string[]): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > pageSize && last ? encodeListCursor(keyOf(last)) : null };
}
