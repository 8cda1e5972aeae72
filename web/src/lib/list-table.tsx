import { Alert, Empty, Table } from 'antd';
import type { TableProps } from 'antd';
import { errorText } from './show-api-error';

/** What a list page's query gives the table: its items, and whether it is loading or failed. */
type ListQuery<T> = { isError: boolean; error: unknown; isPending: boolean; isFetching: boolean; data?: { items: T[] } | undefined };

/** A list read whole and paged in the browser (20 a page, the count under it). */
export const browserPagination = { pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count: number) => `共 ${count} 项` } as const;

/**
 * Every list page's table: the query's failure in one sentence above it, the rows (dense unless `dense={false}`),
 * a spinner while loading or refreshing, and `emptyText` when there is nothing.
 */
export function ListTable<T extends object>({ list, errorTitle, emptyText, dense = true, ...table }: { list: ListQuery<T>; errorTitle: string; emptyText: string; dense?: boolean } & Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'size'>) {
  return (
    <>
      {list.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorTitle} description={errorText(list.error)} />}
      <Table<T>
        {...(dense ? { className: 'zw-dense' } : {})}
        size="small"
        loading={list.isPending || list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        {...table}
      />
    </>
  );
}
