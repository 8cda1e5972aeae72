import { Button, Space, Tag, Typography } from 'antd';
import { formatDate } from '../../app/dates';

/** A due day: red with 逾期 when overdue, its explanation (how the clock was counted) under it in small type. */
export function DueCell({ due, isOverdue, explanation, testId }: { due: string | null | undefined; isOverdue: boolean; explanation?: string | null; testId?: string }) {
  if (!due) return <>—</>;
  return (
    <Space orientation="vertical" size={0} data-testid={testId}>
      <Space size={4}>
        <Typography.Text type={isOverdue ? 'danger' : undefined} data-overdue={isOverdue}>
          {formatDate(due)}
        </Typography.Text>
        {isOverdue && <Tag color="red">逾期</Tag>}
      </Space>
      {explanation && (
        <Typography.Text type={isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {explanation}
        </Typography.Text>
      )}
    </Space>
  );
}

/** 加载更多 under a keyset list, while there is a next page. */
export function LoadMore({ list }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  if (!list.hasNextPage) return null;
  return (
    <div style={{ textAlign: 'right', marginTop: 12 }}>
      <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
        加载更多
      </Button>
    </div>
  );
}
