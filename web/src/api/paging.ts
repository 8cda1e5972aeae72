/**
 * The server answers every list a page at a time (keyset: `pageSize` rows after `cursor`, and the next page's
 * `nextCursor`). Pages that show a whole list in one table with client-side sorting and filters follow the
 * cursors up to `maxPages` pages (at 200 rows a page, 2,000 rows — four times what these lists returned before
 * they were paged); the 工作台 pages through its items itself ("加载更多").
 */
export const LIST_PAGE_SIZE = 200;
const maxPages = 10;

export async function fetchAllPages<T extends { items: unknown[]; nextCursor: string | null }>(fetchPage: (cursor: string | undefined) => Promise<T>): Promise<T> {
  const first = await fetchPage(undefined);
  let last = first;
  const items = [...first.items];
  for (let n = 1; n < maxPages && last.nextCursor; n += 1) {
    last = await fetchPage(last.nextCursor);
    items.push(...last.items);
  }
  return { ...first, items, nextCursor: last.nextCursor } as T;
}
