import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fetchOutgoingList, outgoingKeys } from '../../api/outgoing';
import type { OutgoingIssuer, OutgoingListQuery, OutgoingStatus, OutgoingSummary } from '../../api/outgoing';
import { formatDateTime } from '../../app/dates';
import { FlagTags } from '../../lib/rule-feedback';
import { CursorPager, useCursorPages } from '../../lib/cursor-pages';
import { urgencyColors, urgencyLabels } from '../documents/document-labels';
import { OutgoingHeader, useOutgoingTools } from './outgoing-header';
import { issuerLabels, issuers, outgoingStatusColors, outgoingStatuses, outgoingStatusLabels } from './outgoing-labels';
import { ListTable } from '../../lib/list-table';

const pageSize = 20;

function isStatus(value: string | null): value is OutgoingStatus {
  return value !== null && (outgoingStatuses as readonly string[]).includes(value);
}

function isIssuer(value: string | null): value is OutgoingIssuer {
  return value !== null && (issuers as readonly string[]).includes(value);
}

type Filter = { status?: OutgoingStatus; issuer?: OutgoingIssuer; q?: string };

/** The filter as the URL holds it, so a search survives a reload and can be shared. */
function useListFilter(): [Filter, (next: Filter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status');
  const issuer = searchParams.get('issuer');
  const q = searchParams.get('q');
  const filter = useMemo<Filter>(() => ({ ...(isStatus(status) ? { status } : {}), ...(isIssuer(issuer) ? { issuer } : {}), ...(q ? { q } : {}) }), [status, issuer, q]);
  const setFilter = (next: Filter) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.issuer) params.set('issuer', next.issuer);
    if (next.q) params.set('q', next.q);
    setSearchParams(params, { replace: true });
  };
  return [filter, setFilter];
}

/** 发文: every outgoing document the caller may read, by status, issuer or words of the title and number. */
export default function OutgoingListPage() {
  const navigate = useNavigate();
  const tools = useOutgoingTools();
  const [filter, setFilter] = useListFilter();
  const filterKey = JSON.stringify(filter);
  // Keyset pages, for this filter.
  const pages = useCursorPages(filterKey);
  const cursor = pages.cursor;
  const query = useMemo<OutgoingListQuery>(() => ({ ...filter, pageSize, ...(cursor ? { cursor } : {}) }), [filter, cursor]);

  useEffect(() => {
    document.title = '发文 · 政务';
  }, []);

  const list = useQuery({ queryKey: outgoingKeys.list(query), queryFn: ({ signal }) => fetchOutgoingList(query, signal), placeholderData: (previous) => previous });
  const change = (next: Filter) => setFilter({ ...filter, ...next });

  const columns: TableColumnsType<OutgoingSummary> = [
    {
      title: '发文字号',
      dataIndex: 'documentNumber',
      width: 150,
      render: (value: string | null) => (value ? <span style={{ whiteSpace: 'nowrap' }}>{value}</span> : <Typography.Text type="secondary">印发时编号</Typography.Text>),
    },
    { title: '文种', dataIndex: 'docType', width: 60 },
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, doc) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/outgoing/${doc.id}`}>{title}</Link>
          {(doc.isPolicy || doc.needsRecheck || doc.flags.length > 0) && (
            <Space size={4} wrap>
              {doc.isPolicy && <Tag color="geekblue">政策文件</Tag>}
              {doc.needsRecheck && <Tag color="orange">待签发人复核</Tag>}
              <FlagTags flags={doc.flags} />
            </Space>
          )}
        </Space>
      ),
    },
    { title: '发文机关', dataIndex: 'issuerLabel', width: 110 },
    { title: '起草单位', key: 'drafting', width: 150, ellipsis: true, render: (_, doc) => doc.draftingUnit.name },
    {
      title: '紧急程度',
      dataIndex: 'urgency',
      width: 80,
      render: (urgency: OutgoingSummary['urgency']) => (
        <Tag color={urgencyColors[urgency]} style={{ marginInlineEnd: 0 }}>
          {urgencyLabels[urgency]}
        </Tag>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 84,
      render: (status: OutgoingStatus, doc) => (
        <Tag color={outgoingStatusColors[status]} style={{ marginInlineEnd: 0 }}>
          {doc.statusLabel}
        </Tag>
      ),
    },
    { title: '签发人', key: 'signer', width: 84, render: (_, doc) => doc.signer?.name ?? '—' },
    { title: '更新时间', dataIndex: 'updatedAt', width: 140, render: (value: string) => formatDateTime(value) },
  ];

  const hasFilter = Object.keys(filter).length > 0;
  const nextCursor = list.data?.nextCursor ?? null;
  return (
    <>
      <OutgoingHeader
        title="发文"
        extra={
          tools?.mayDraft && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/outgoing/new')}>
              拟稿
            </Button>
          )
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Space size={[12, 8]} wrap style={{ marginBottom: 12 }}>
          <Radio.Group
            aria-label="状态"
            size="small"
            optionType="button"
            value={filter.status ?? 'all'}
            onChange={(event) => {
              const value = event.target.value as OutgoingStatus | 'all';
              change({ status: value === 'all' ? undefined : value });
            }}
            options={[{ value: 'all', label: '全部' }, ...outgoingStatuses.map((status) => ({ value: status, label: outgoingStatusLabels[status] }))]}
          />
          <Select<OutgoingIssuer | 'all'>
            aria-label="发文机关"
            size="small"
            value={filter.issuer ?? 'all'}
            style={{ width: 130 }}
            onChange={(value) => change({ issuer: value === 'all' ? undefined : value })}
            options={[{ value: 'all', label: '全部发文机关' }, ...issuers.map((issuer) => ({ value: issuer, label: issuer === 'department' ? '部门' : issuerLabels[issuer] }))]}
          />
          <Input.Search
            aria-label="检索"
            size="small"
            placeholder="标题、发文字号"
            allowClear
            defaultValue={filter.q}
            key={filter.q ?? ''}
            onSearch={(value) => change({ q: value.trim() || undefined })}
            style={{ width: 240 }}
          />
          {hasFilter && (
            <Button size="small" onClick={() => setFilter({})}>
              清除筛选
            </Button>
          )}
        </Space>
        <ListTable<OutgoingSummary>
          list={list}
          errorTitle="发文列表加载失败"
          emptyText={hasFilter ? '没有符合条件的发文' : '暂无发文'}
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 1100 }}
          data-testid="outgoing-list"
        />
        {(pages.hasPrevious || nextCursor) && <CursorPager pages={pages} nextCursor={nextCursor} label={`第 ${pages.pageNumber} 页`} withFirst />}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十八条：凡以区政府或区政府办公室名义制发的公文，一般应由主管部门代拟文稿，区政府办公室负责审核、送签；区政府领导同志不直接签批未经区政府办公室审核的公文文稿。第七十一条：没有新内容、新政策的，一律不制发文件。
      </Typography.Paragraph>
    </>
  );
}
