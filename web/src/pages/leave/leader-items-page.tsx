import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Radio, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchLeaderItems, leaveKeys } from '../../api/leave';
import type { LeaderItem, LeaderItemStatus } from '../../api/leave';
import { formatDate, formatDateTime, today } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { CreateLeaderItemModal } from './create-leader-item-modal';
import { LeaveHeader } from './leave-header';
import { leaderItemStatusColors, leaderItemStatusLabels } from './leave-labels';

const statuses: LeaderItemStatus[] = ['open', 'handled'];

function isStatus(value: string | null): value is LeaderItemStatus {
  return value !== null && (statuses as string[]).includes(value);
}

/** 领导事项: what the office logged for leaders (meetings, receptions, emergencies, urgent documents, invitations). */
export default function LeaderItemsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const [isCreating, setIsCreating] = useState(false);

  useEffect(() => {
    document.title = '领导事项 · 政务';
  }, []);

  const items = useQuery({
    queryKey: leaveKeys.items(status),
    queryFn: ({ signal }) => fetchLeaderItems(status, signal),
    placeholderData: (previous) => previous,
  });
  const canCreate = items.data?.actions.includes('create') ?? false;
  const todayText = today();

  const columns: TableColumnsType<LeaderItem> = [
    {
      title: '事项',
      key: 'title',
      render: (_, item) => (
        <Space size={4} wrap>
          {item.isUrgent && <Tag color="red">急</Tag>}
          <Link to={`/leave/items/${item.id}`}>{item.title}</Link>
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'kindLabel', width: 110 },
    { title: '领导', dataIndex: 'addresseeName', width: 90 },
    {
      title: '办理期限',
      dataIndex: 'dueOn',
      width: 150,
      render: (due: string | null, item) =>
        due ? (
          <Typography.Text type={item.status === 'open' && due < todayText ? 'danger' : undefined}>{formatDate(due)}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '状态',
      key: 'status',
      width: 190,
      render: (_, item) => (
        <Space size={4} wrap>
          <Tag color={leaderItemStatusColors[item.status]} style={{ marginInlineEnd: 0 }}>
            {leaderItemStatusLabels[item.status]}
          </Tag>
          {item.handledActingForName && <Tag color="orange">代{item.handledActingForName}处理</Tag>}
        </Space>
      ),
    },
    { title: '登记时间', dataIndex: 'createdAt', width: 140, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <>
      <LeaveHeader
        title="领导事项"
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              登记事项
            </Button>
          )
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          style={{ marginBottom: 12 }}
          value={status ?? 'all'}
          onChange={(event) => {
            const value = event.target.value as string;
            setSearchParams(value === 'all' ? {} : { status: value }, { replace: true });
          }}
          options={[{ value: 'all', label: '全部' }, ...statuses.map((value) => ({ value, label: leaderItemStatusLabels[value] }))]}
        />
        {items.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="领导事项加载失败" description={errorText(items.error)} />}
        <Table<LeaderItem>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={items.isPending || items.isFetching}
          columns={columns}
          dataSource={items.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 项` }}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无领导事项" /> }}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十二条：代为处理分管工作，主要是指临时性或紧急性的工作，包括出席有关会议和公务接待活动，处理有关突发事件和紧急事项，签署或审签以区政府名义下发或上报的紧急公文等。
      </Typography.Paragraph>
      {isCreating && (
        <CreateLeaderItemModal
          isOpen={isCreating}
          onClose={() => setIsCreating(false)}
          onCreated={() => setIsCreating(false)}
        />
      )}
    </>
  );
}
