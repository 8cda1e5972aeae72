import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';

export type CursorPages = { cursor: string | undefined; pageNumber: number; hasPrevious: boolean; first: () => void; previous: () => void; next: (cursor: string | null) => void };

/**
 * Keyset pages of a list (the server answers `nextCursor`): the cursors of the pages reached by 下一页, so 上一页
 * goes back without numbers. A change of `resetKey` (the list's filter) starts again at the first page.
 */
export function useCursorPages(resetKey = ''): CursorPages {
  const [pages, setPages] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  const cursors = pages.key === resetKey ? pages.cursors : [];
  return {
    cursor: cursors.at(-1),
    pageNumber: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    first: () => setPages({ key: resetKey, cursors: [] }),
    previous: () => setPages({ key: resetKey, cursors: cursors.slice(0, -1) }),
    next: (cursor) => {
      if (cursor) setPages({ key: resetKey, cursors: [...cursors, cursor] });
    },
  };
}

/** 上一页 / 下一页 under a list (and 第一页 with `withFirst`), right-aligned after `label`; buttons only when there is another page. */
export function CursorPager({ pages, nextCursor, label, withFirst = false }: { pages: CursorPages; nextCursor: string | null; label?: ReactNode; withFirst?: boolean }) {
  const hasOtherPage = pages.hasPrevious || nextCursor !== null;
  return (
    <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
      {label !== undefined && <Typography.Text type="secondary">{label}</Typography.Text>}
      {hasOtherPage && (
        <>
          {withFirst && (
            <Button disabled={!pages.hasPrevious} onClick={pages.first}>
              第一页
            </Button>
          )}
          <Button disabled={!pages.hasPrevious} onClick={pages.previous}>
            上一页
          </Button>
          <Button disabled={!nextCursor} onClick={() => pages.next(nextCursor)}>
            下一页
          </Button>
        </>
      )}
    </Space>
  );
}
