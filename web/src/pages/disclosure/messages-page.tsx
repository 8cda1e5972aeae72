import { useInfiniteQuery } from '@tanstack/react-query';
import { Card, Form, Select, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { MessageFilter, MessageStatus, PublicMessage } from '../../api/disclosure';
import { disclosureKeys, fetchMessages } from '../../api/disclosure';
import { formatDate } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { DueCell, LoadMore } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { messageStatusColors, messageStatusLabels } from './disclosure-labels';

/** 政民互动: the public's messages by their answer period, assigned to units, answered and, with the writer's consent, published (art. 39). */
export default function MessagesPage() {
  const [filter, setFilter] = useState<MessageFilter>({});
  const list = useInfiniteQuery({
    queryKey: disclosureKeys.messages(filter),
    queryFn: ({ pageParam, signal }) => fetchMessages(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = '政民互动 · 政务公开 · 政务';
  }, []);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableColumnsType<PublicMessage> = [
    { title: '编号', dataIndex: 'number', width: 150, render: (number: string, row) => <Link to={`/disclosure/messages/${row.id}`}>{number}</Link> },
    { title: '标题', dataIndex: 'subject', render: (subject: string, row) => <>{subject}<div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.displayName ?? '匿名'}{row.wantsPublic ? ' · 同意公开' : ''}</Typography.Text></div></> },
    { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: (day: string) => formatDate(day) },
    { title: '办理单位', dataIndex: 'unit', width: 150, render: (unit: PublicMessage['unit']) => unit?.name ?? '办公室' },
    { title: '答复期限', key: 'due', width: 160, render: (_: unknown, row) => (row.status === 'received' ? <DueCell due={row.dueOn} isOverdue={row.isOverdue} /> : row.answeredOn ? `${formatDate(row.answeredOn)}已答复` : '—') },
    { title: '状态', dataIndex: 'status', width: 120, render: (status: MessageStatus, row) => <Tag color={messageStatusColors[status]}>{row.statusLabel}</Tag> },
  ];
  return (
    <>
      <DisclosureHeader title="政务公开" />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form<MessageFilter> layout="inline" onValuesChange={(_, values) => setFilter(values.status ? { status: values.status } : {})}>
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" style={{ width: 160 }} options={(Object.keys(messageStatusLabels) as MessageStatus[]).map((value) => ({ value, label: messageStatusLabels[value] }))} />
          </Form.Item>
        </Form>
      </Card>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第三十九条：畅通政民互动渠道，及时回应社会关切。按答复期限先后排列；答复期限按规则库参数计算（5个工作日，依据待核实）。
        </Typography.Paragraph>
        <ListTable<PublicMessage>
          list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
          errorTitle="留言加载失败"
          emptyText="暂无公众留言"
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="messages-table"
        />
        <LoadMore list={list} />
      </Card>
    </>
  );
}
