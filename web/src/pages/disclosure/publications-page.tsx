import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Publication, PublicationCategory, PublicationFilter, PublicationStatus } from '../../api/disclosure';
import { disclosureKeys, fetchPublications } from '../../api/disclosure';
import { formatDate, formatDateTime } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { DueCell, LoadMore } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { publicationCategories, publicationCategoryLabels, publicationStatusColors } from './disclosure-labels';
import { PrepareModal } from './publication-form';
import { useCan } from './use-can';

const statusTabs: { key: PublicationStatus; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'published', label: '已发布' },
  { key: 'rejected', label: '不予发布' },
  { key: 'withdrawn', label: '已撤回' },
];

const isStatus = (value: string | null): value is PublicationStatus => statusTabs.some((tab) => tab.key === value);

/** 发布审核: the queue of items waiting for the office's review, by their 20-working-day clock, and what became of the rest (art. 83). */
export default function PublicationsPage() {
  const canPrepare = useCan('disclosure.prepare');
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('status');
  const status: PublicationStatus = isStatus(tab) ? tab : 'pending';
  const [search, setSearch] = useState<{ category?: PublicationCategory; q?: string }>({});
  const [isPreparing, setIsPreparing] = useState(false);
  const filter: PublicationFilter = { status, ...(search.category ? { category: search.category } : {}), ...(search.q ? { q: search.q } : {}) };
  const list = useInfiniteQuery({
    queryKey: disclosureKeys.publications(filter),
    queryFn: ({ pageParam, signal }) => fetchPublications(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = '发布审核 · 政务公开 · 政务';
  }, []);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const summary = list.data?.pages[0]?.summary;
  const columns: TableColumnsType<Publication> = [
    { title: '栏目', dataIndex: 'categoryLabel', width: 130 },
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          <Link to={`/disclosure/publications/${row.id}`}>{title}</Link>
          {row.documentNumber && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.documentNumber}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: '发布机构', dataIndex: 'issuingBody', width: 160 },
    { title: '拟稿', dataIndex: 'preparedByName', width: 90 },
    ...(status === 'pending'
      ? [{ title: '公开期限', key: 'due', width: 300, render: (_: unknown, row: Publication) => <DueCell due={row.clock?.due} isOverdue={row.clock?.isOverdue ?? false} explanation={row.clock?.explanation} /> }]
      : status === 'published'
        ? [{ title: '发布时间', dataIndex: 'publishedAt', width: 150, render: (at: string | null) => (at ? formatDateTime(at) : '—') }]
        : status === 'rejected'
          ? [{ title: '不予发布理由', dataIndex: 'reviewOpinion', width: 240, render: (text: string | null, row: Publication) => <>{text ?? '—'}{row.reviewedAt && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.reviewedByName} {formatDate(row.reviewedAt)}</Typography.Text></div>}</> }]
          : [{ title: '撤回理由', dataIndex: 'withdrawnReason', width: 240, render: (text: string | null, row: Publication) => <>{text ?? '—'}{row.withdrawnAt && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(row.withdrawnAt)}</Typography.Text></div>}</> }]),
    { title: '状态', dataIndex: 'status', width: 110, render: (value: PublicationStatus, row) => <Tag color={publicationStatusColors[value]}>{row.statusLabel}</Tag> },
  ];
  const count = (key: PublicationStatus) => (summary ? summary[key] : undefined);
  return (
    <>
      <DisclosureHeader
        title="政务公开"
        extra={
          canPrepare && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsPreparing(true)}>
              拟稿
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="inline" onFinish={(values: { category?: PublicationCategory; q?: string }) => setSearch({ category: values.category, q: values.q?.trim() || undefined })} style={{ rowGap: 8 }} data-testid="publication-filter">
          <Form.Item name="category" label="栏目">
            <Select allowClear placeholder="全部" style={{ width: 220 }} options={publicationCategories.map((value) => ({ value, label: publicationCategoryLabels[value] }))} />
          </Form.Item>
          <Form.Item name="q" label="关键词">
            <Input allowClear style={{ width: 220 }} maxLength={100} placeholder="标题、文号" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Form.Item>
          {summary && summary.overdue > 0 && (
            <Form.Item>
              <Typography.Text type="danger" data-testid="publication-overdue-count">
                超过公开期限未发布 {summary.overdue} 项
              </Typography.Text>
            </Form.Item>
          )}
        </Form>
      </Card>
      <Card size="small">
        <Tabs
          size="small"
          activeKey={status}
          onChange={(key) => setSearchParams(key === 'pending' ? {} : { status: key })}
          items={statusTabs.map((item) => ({ key: item.key, label: count(item.key) === undefined ? item.label : `${item.label}（${count(item.key)}）` }))}
          data-testid="publication-tabs"
        />
        {status === 'pending' && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            第八十三条：凡须公开的信息，经办公室审核后及时在门户网站发布。按公开期限先后排列；期限按规则库参数计算（形成或变更之日起20个工作日）。
          </Typography.Paragraph>
        )}
        <ListTable<Publication>
          list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
          errorTitle="公开信息加载失败"
          emptyText={status === 'pending' ? '没有待审核的公开信息' : '暂无公开信息'}
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="publications-table"
        />
        <LoadMore list={list} />
      </Card>
      {isPreparing && <PrepareModal onClose={() => setIsPreparing(false)} />}
    </>
  );
}
