import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Form, Select, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Draft, DraftFilter, DraftStatus } from '../../api/disclosure';
import { disclosureKeys, fetchDrafts } from '../../api/disclosure';
import { formatDate } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { LoadMore } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { draftStatusColors, draftStatusLabels } from './disclosure-labels';
import { CreateDraftModal } from './draft-form';
import { useCan } from './use-can';

/** 征求意见: drafts of normative documents and major decisions published for the public's comments (art. 36, 23). */
export default function DraftsPage() {
  const canPrepare = useCan('disclosure.prepare');
  const [filter, setFilter] = useState<DraftFilter>({});
  const [isCreating, setIsCreating] = useState(false);
  const list = useInfiniteQuery({
    queryKey: disclosureKeys.drafts(filter),
    queryFn: ({ pageParam, signal }) => fetchDrafts(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = '征求意见 · 政务公开 · 政务';
  }, []);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableColumnsType<Draft> = [
    { title: '类别', dataIndex: 'kindLabel', width: 130 },
    { title: '草案', dataIndex: 'title', render: (title: string, row) => <Link to={`/disclosure/drafts/${row.id}`}>{title}</Link> },
    { title: '起草单位', dataIndex: 'draftingUnitName', width: 160 },
    { title: '征求意见期', key: 'period', width: 220, render: (_: unknown, row) => (row.opensOn && row.closesOn ? `${formatDate(row.opensOn)} 至 ${formatDate(row.closesOn)}` : row.periodLabel) },
    { title: '意见', dataIndex: 'commentCount', width: 70 },
    { title: '状态', dataIndex: 'status', width: 140, render: (status: DraftStatus, row) => <Tag color={draftStatusColors[status]}>{row.statusLabel}</Tag> },
  ];
  return (
    <>
      <DisclosureHeader
        title="政务公开"
        extra={
          canPrepare && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              起草征求意见稿
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form<DraftFilter> layout="inline" onValuesChange={(_, values) => setFilter(values.status ? { status: values.status } : {})}>
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" style={{ width: 180 }} options={(Object.keys(draftStatusLabels) as DraftStatus[]).map((value) => ({ value, label: draftStatusLabels[value] }))} />
          </Form.Item>
        </Form>
      </Card>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第三十六条：决策前向社会公布决策草案、决策依据，广泛听取公众意见。征求意见期满后结束征求意见，并公布意见收集和采纳情况。
        </Typography.Paragraph>
        <ListTable<Draft>
          list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
          errorTitle="征求意见稿加载失败"
          emptyText="暂无征求意见稿"
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="drafts-table"
        />
        <LoadMore list={list} />
      </Card>
      {isCreating && <CreateDraftModal onClose={() => setIsCreating(false)} />}
    </>
  );
}
