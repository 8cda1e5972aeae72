import { ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { documentKeys, fetchDoneDocuments } from '../../api/documents';
import type { DoneDocument } from '../../api/documents';
import { formatDateTime } from '../../app/dates';
import { PageTitle } from '../../layout/app-layout';
import { errorText } from '../../lib/show-api-error';
import { statusColors } from './document-labels';

const pageSize = 20;

/**
 * 已办: every document the signed-in user acted on (报送, 签收, 批示, 已阅 …), the latest act first — the other
 * half of the 工作台. A page at a time by cursor ("加载更多").
 */
export default function DoneListPage() {
  const done = useInfiniteQuery({
    queryKey: documentKeys.done,
    queryFn: ({ signal, pageParam }) => fetchDoneDocuments({ cursor: pageParam, pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  useEffect(() => {
    document.title = '已办 · 政务';
  }, []);

  const items = useMemo(() => done.data?.pages.flatMap((page) => page.items) ?? [], [done.data]);

  const columns: TableColumnsType<DoneDocument> = [
    {
      title: '标题',
      key: 'title',
      render: (_, doc) => (
        <div>
          <Link to={`/documents/incoming/${doc.id}`}>{doc.title}</Link>
          {doc.senderDocNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {doc.senderDocNumber}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '文种', dataIndex: 'docType', width: 60 },
    { title: '来文单位', key: 'unit', width: 160, ellipsis: true, render: (_, doc) => doc.sender },
    { title: '登记号', dataIndex: 'registerNumber', width: 120, render: (value: string | null) => value ?? '—' },
    {
      title: '我的办理',
      key: 'act',
      width: 120,
      render: (_, doc) => <Tag style={{ marginInlineEnd: 0 }}>{doc.lastStepLabel}</Tag>,
    },
    { title: '办理时间', key: 'at', width: 150, render: (_, doc) => formatDateTime(doc.actedAt) },
    {
      title: '当前状态',
      dataIndex: 'status',
      width: 90,
      render: (_, doc) => (
        <Tag color={statusColors[doc.status]} style={{ marginInlineEnd: 0 }}>
          {doc.statusLabel}
        </Tag>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void done.refetch()} loading={done.isFetching}>
            刷新
          </Button>
        }
      >
        已办
      </PageTitle>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        {done.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="已办事项加载失败" description={errorText(done.error)} />}
        <Table<DoneDocument>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={done.isPending}
          columns={columns}
          dataSource={items}
          pagination={false}
          data-testid="done-list"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无已办事项" /> }}
          scroll={{ x: 900 }}
        />
        {done.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => void done.fetchNextPage()} loading={done.isFetchingNextPage}>
              加载更多（已显示 {items.length} 件）
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
