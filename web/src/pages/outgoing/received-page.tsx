import { useQuery } from '@tanstack/react-query';
import { Button, Card, Radio, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { acknowledgeReceipt, fetchReceived, outgoingKeys } from '../../api/outgoing';
import type { ReceivedItem, ReceivedStatus } from '../../api/outgoing';
import { formatDateTime } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { CursorPager, useCursorPages } from '../../lib/cursor-pages';
import { OutgoingHeader } from './outgoing-header';
import { receivedStatusLabels } from './outgoing-labels';
import { useOutgoingStep } from './use-outgoing-step';
import { ListTable } from '../../lib/list-table';

const pageSize = 20;

function AcknowledgeButton({ item }: { item: ReceivedItem }) {
  const step = useOutgoingStep(item.documentId, () => acknowledgeReceipt(item.receiptId, item.version), () => `已签收“${item.title}”`);
  return (
    <Space orientation="vertical" size={4}>
      <Button type="primary" size="small" loading={step.isPending} onClick={() => step.mutate(undefined)}>
        签收
      </Button>
      {Boolean(step.error) && <RuleRefusalAlert error={step.error} title="未能签收" />}
    </Space>
  );
}

/** 收到的文件: what the government, its office or a department issued to the caller's unit, to sign for (签收). */
export default function ReceivedPage() {
  const [status, setStatus] = useState<ReceivedStatus | undefined>(undefined);
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const query = useMemo(() => ({ pageSize, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }), [status, cursor]);

  useEffect(() => {
    document.title = '收到的文件 · 政务';
  }, []);

  const received = useQuery({ queryKey: outgoingKeys.received(query), queryFn: ({ signal }) => fetchReceived(query, signal), placeholderData: (previous) => previous });
  const nextCursor = received.data?.nextCursor ?? null;

  const columns: TableColumnsType<ReceivedItem> = [
    { title: '发文字号', dataIndex: 'documentNumber', width: 150, render: (value: string | null) => value ?? '—' },
    { title: '文种', dataIndex: 'docType', width: 60 },
    { title: '标题', dataIndex: 'title', render: (title: string, item) => <Link to={`/outgoing/${item.documentId}`}>{title}</Link> },
    { title: '发文机关', dataIndex: 'issuerLabel', width: 120 },
    { title: '', dataIndex: 'role', width: 56, render: (role: ReceivedItem['role']) => (role === 'main' ? '主送' : '抄送') },
    { title: '印发时间', dataIndex: 'issuedAt', width: 140, render: (value: string | null) => (value ? formatDateTime(value) : '—') },
    {
      title: '签收',
      key: 'status',
      width: 220,
      render: (_, item) =>
        item.actions.includes('acknowledge') ? (
          <AcknowledgeButton item={item} />
        ) : item.status === 'acknowledged' ? (
          <Space size={4} wrap>
            <Tag color="success">{item.statusLabel}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.acknowledgedBy} · {item.acknowledgedAt ? formatDateTime(item.acknowledgedAt) : ''}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="processing">{item.statusLabel}</Tag>
        ),
    },
  ];

  return (
    <>
      <OutgoingHeader title="收到的文件" />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Radio.Group
          size="small"
          optionType="button"
          value={status ?? 'all'}
          style={{ marginBottom: 12 }}
          onChange={(event) => {
            const value = event.target.value as ReceivedStatus | 'all';
            setStatus(value === 'all' ? undefined : value);
            pages.first();
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'pending', label: receivedStatusLabels.pending },
            { value: 'acknowledged', label: receivedStatusLabels.acknowledged },
          ]}
        />
        <ListTable<ReceivedItem>
          list={received}
          errorTitle="收到的文件加载失败"
          emptyText="暂无收到的文件"
          dense={false}
          rowKey="receiptId"
          columns={columns}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="received-list"
        />
        {(pages.hasPrevious || nextCursor) && <CursorPager pages={pages} nextCursor={nextCursor} />}
      </Card>
    </>
  );
}
