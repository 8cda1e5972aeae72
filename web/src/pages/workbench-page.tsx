import { ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Radio, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchWorkbench, workbenchQueryKey } from '../api/workbench';
import type { WorkItem } from '../api/workbench';
import { formatDate, formatDateTime, toLocalDate, today } from '../app/dates';
import { PageTitle } from '../layout/app-layout';
import { errorText } from '../lib/show-api-error';

const allSources = 'all';

/**
 * Chinese names for the work-item kinds the areas send. The server owns the list; an unknown kind is shown as the
 * server sent it rather than hidden.
 */
const kindLabels: Record<string, string> = {
  review: '审核',
  sign_off: '签发',
  countersign: '会签',
  assign: '批办',
  handle: '承办',
  chase: '催办',
  complete: '办结',
  register: '登记',
  draft: '拟稿',
  issue: '印发',
  legality_review: '合法性审查',
  agenda_topic: '议题',
  minutes: '纪要',
  leave: '请销假',
  instruction: '批示',
  follow_up: '督办',
  report: '报告',
  request: '请示',
  information_report: '政务信息',
  disclosure_request: '依申请公开',
};

function ItemLink({ item }: { item: WorkItem }) {
  const isInApp = item.href.startsWith('/') && !item.href.startsWith('//') && !item.href.startsWith('/api/');
  return isInApp ? <Link to={item.href}>{item.title}</Link> : <a href={item.href}>{item.title}</a>;
}

export default function WorkbenchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const area = searchParams.get('source') ?? allSources;
  // The server sends the 工作台 a page at a time, soonest due first; the counts per source are of every item.
  const workbench = useInfiniteQuery({
    queryKey: workbenchQueryKey,
    queryFn: ({ signal, pageParam }) => fetchWorkbench(signal, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  useEffect(() => {
    document.title = '工作台 · 政务';
  }, []);

  const sources = useMemo(() => workbench.data?.pages[0]?.sources ?? [], [workbench.data]);
  const sourceLabels = useMemo(() => new Map(sources.map((source) => [source.area, source.label])), [sources]);
  const items = useMemo(() => {
    const all = workbench.data?.pages.flatMap((page) => page.items) ?? [];
    return area === allSources ? all : all.filter((item) => item.area === area);
  }, [workbench.data, area]);
  const todayText = today();

  const columns: TableColumnsType<WorkItem> = [
    {
      title: '事项',
      key: 'title',
      render: (_, item) => (
        <Space size={4} wrap>
          <ItemLink item={item} />
          {item.actingFor && <Tag color="orange">代{item.actingFor.name}处理</Tag>}
        </Space>
      ),
    },
    {
      title: '来源',
      dataIndex: 'area',
      width: 90,
      render: (value: string) => sourceLabels.get(value) ?? value,
    },
    {
      title: '类别',
      dataIndex: 'kind',
      // The server's labels run to nine characters (讲话文章报批待审批); keep them on one line.
      width: 150,
      render: (value: string) => kindLabels[value] ?? value,
    },
    { title: '单位', dataIndex: 'unitName', width: 160, ellipsis: true, render: (value?: string) => value ?? '—' },
    {
      title: '办理期限',
      key: 'due',
      width: 220,
      sorter: (a, b) => (a.due?.due ?? '9999').localeCompare(b.due?.due ?? '9999'),
      render: (_, item) => {
        if (!item.due) return <Typography.Text type="secondary">—</Typography.Text>;
        const isOverdue = toLocalDate(item.due.due) < todayText;
        return (
          <Space size={4} wrap={false}>
            <Tooltip title={item.due.explanation}>
              <Typography.Text type={isOverdue ? 'danger' : undefined} style={{ cursor: 'help', borderBottom: '1px dashed #bbb', whiteSpace: 'nowrap' }}>
                {formatDate(item.due.due)}
              </Typography.Text>
            </Tooltip>
            {item.due.provisional && (
              <Tooltip title="当年节假日安排尚未公布，期限按暂定日历计算，公布后可能调整">
                <Tag color="gold">暂定</Tag>
              </Tooltip>
            )}
            {isOverdue && <Tag color="red">已逾期</Tag>}
          </Space>
        );
      },
    },
    {
      title: '收到时间',
      dataIndex: 'createdAt',
      width: 160,
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (value: string) => formatDateTime(value),
    },
  ];

  const total = sources.reduce((sum, source) => sum + source.count, 0);
  const loaded = workbench.data?.pages.reduce((sum, page) => sum + page.items.length, 0) ?? 0;

  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void workbench.refetch()} loading={workbench.isFetching}>
            刷新
          </Button>
        }
      >
        工作台
      </PageTitle>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        {workbench.isError && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title="待办事项加载失败" description={errorText(workbench.error)} />
        )}
        {sources.length > 0 && (
          <Radio.Group
            size="small"
            value={area}
            optionType="button"
            buttonStyle="solid"
            style={{ marginBottom: 12 }}
            onChange={(event) => {
              const value = event.target.value as string;
              setSearchParams(value === allSources ? {} : { source: value }, { replace: true });
            }}
            options={[
              { value: allSources, label: `全部（${total}）` },
              ...sources.map((source) => ({ value: source.area, label: `${source.label}（${source.count}）` })),
            ]}
          />
        )}
        <Table<WorkItem>
          className="zw-dense"
          size="small"
          rowKey={(item) => `${item.area}:${item.id}`}
          loading={workbench.isPending}
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 项` }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" /> }}
          scroll={{ x: 900 }}
        />
        {workbench.hasNextPage && (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => void workbench.fetchNextPage()} loading={workbench.isFetchingNextPage}>
              加载更多（已显示 {loaded} / {total} 项）
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
