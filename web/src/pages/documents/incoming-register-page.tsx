import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { channelLabels, documentKeys, documentTypes, exportRegister, fetchIncomingDocuments, incomingStatuses, maxNumberedPage } from '../../api/documents';
import type { DocumentType, IncomingDocument, IncomingFilter, IncomingStatus } from '../../api/documents';
import { fetchUnits, orgKeys } from '../../api/org';
import { dateFormat, isValidDate, today } from '../../app/dates';
import { saveBlob } from '../../lib/download';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { statusColors, statusLabels, urgencyColors } from './document-labels';
import { DocumentsHeader, useIsRegistrar, useIsSubmitter } from './documents-header';
import { FlagTags } from '../../lib/rule-feedback';
import { StepClockCell } from './step-clock';

const pageSize = 20;

function isDocumentType(value: string | null): value is DocumentType {
  return value !== null && (documentTypes as readonly string[]).includes(value);
}

function isStatus(value: string | null): value is IncomingStatus {
  return value !== null && (incomingStatuses as readonly string[]).includes(value);
}

/** The filter as the URL holds it, so a search survives a reload and can be shared. */
function useRegisterFilter(): [IncomingFilter, (next: IncomingFilter) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q');
  const docType = searchParams.get('docType');
  const status = searchParams.get('status');
  const unitId = searchParams.get('unitId');
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const overdue = searchParams.get('overdue');
  const page = searchParams.get('page');
  const filter = useMemo<IncomingFilter>(
    () => ({
      ...(q ? { q } : {}),
      ...(isDocumentType(docType) ? { docType } : {}),
      ...(isStatus(status) ? { status } : {}),
      ...(unitId ? { unitId } : {}),
      ...(isValidDate(from) ? { from } : {}),
      ...(isValidDate(to) ? { to } : {}),
      ...(overdue === '1' ? { isOverdueOnly: true } : {}),
      page: Math.max(1, Number(page) || 1),
      pageSize,
    }),
    [q, docType, status, unitId, from, to, overdue, page],
  );
  const setFilter = (next: IncomingFilter) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.docType) params.set('docType', next.docType);
    if (next.status) params.set('status', next.status);
    if (next.unitId) params.set('unitId', next.unitId);
    if (next.from) params.set('from', next.from);
    if (next.to) params.set('to', next.to);
    if (next.isOverdueOnly) params.set('overdue', '1');
    if (next.page && next.page > 1) params.set('page', String(next.page));
    setSearchParams(params, { replace: true });
  };
  return [filter, setFilter];
}

/** 收文登记簿: every incoming document the caller may read, searched and filtered, and exported to Excel. */
export default function IncomingRegisterPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const isSubmitter = useIsSubmitter();
  const isRegistrar = useIsRegistrar();
  const [filter, setFilter] = useRegisterFilter();
  const { page: _page, pageSize: _pageSize, ...criteria } = filter;
  const hasCriteria = Object.keys(criteria).length > 0;
  const criteriaKey = JSON.stringify(criteria);
  // Deep pages go by cursor: the cursor of each page reached by 下一页, for these criteria. A page number alone
  // reaches only the first pages (a reload deep in the register starts again at the last of them).
  const [cursors, setCursors] = useState<{ criteria: string; byPage: Record<number, string> }>({ criteria: criteriaKey, byPage: {} });
  const byPage = cursors.criteria === criteriaKey ? cursors.byPage : {};
  const page = filter.page ?? 1;
  const cursor = page > 1 ? byPage[page] : undefined;
  const shownPage = cursor ? page : Math.min(page, maxNumberedPage);
  const request = useMemo<IncomingFilter>(() => ({ ...filter, page: shownPage, ...(cursor ? { cursor } : {}) }), [filter, shownPage, cursor]);

  useEffect(() => {
    document.title = '收文登记簿 · 政务';
  }, []);

  const documents = useQuery({
    queryKey: documentKeys.incoming(request),
    queryFn: ({ signal }) => fetchIncomingDocuments(request, signal),
    placeholderData: (previous) => previous,
  });
  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const unitOptions = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((unit) => unit.kind !== 'government' && unit.kind !== 'outside_body')
        .map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );

  const exporting = useMutation({
    mutationFn: async () => {
      const { blob, fileName } = await exportRegister(filter);
      saveBlob(blob, fileName ?? '收文登记簿.xlsx');
    },
    onSuccess: () => void message.success('已导出收文登记簿'),
    onError: (error) => showApiError(error, '导出失败'),
  });

  const change = (next: Partial<IncomingFilter>) => setFilter({ ...filter, ...next, page: 1 });

  const total = documents.data?.total ?? 0;
  const nextCursor = documents.data?.nextCursor ?? null;
  // Beyond the numbered pages the pager becomes 上一页/下一页 by cursor (a page number there would be refused).
  const isDeep = total > maxNumberedPage * pageSize;
  const goNext = () => {
    if (!nextCursor) return;
    setCursors({ criteria: criteriaKey, byPage: { ...byPage, [shownPage + 1]: nextCursor } });
    setFilter({ ...filter, page: shownPage + 1 });
  };

  const columns: TableColumnsType<IncomingDocument> = [
    {
      title: '登记号',
      dataIndex: 'registerNumber',
      width: 120,
      render: (value: string | null) => (value ? <span style={{ whiteSpace: 'nowrap' }}>{value}</span> : <Typography.Text type="secondary">未登记</Typography.Text>),
    },
    { title: '文种', dataIndex: 'docType', width: 60 },
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, doc) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/documents/incoming/${doc.id}`}>{title}</Link>
          {(doc.senderDocNumber || doc.flags.length > 0 || doc.isMajor || doc.channel !== 'platform') && (
            <Space size={4} wrap>
              {doc.channel !== 'platform' && (
                <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                  {channelLabels[doc.channel]}来文
                </Tag>
              )}
              {doc.senderDocNumber && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {doc.senderDocNumber}
                </Typography.Text>
              )}
              {doc.isMajor && <Tag color="magenta">重大事项</Tag>}
              <FlagTags flags={doc.flags} />
            </Space>
          )}
        </Space>
      ),
    },
    { title: '来文单位', key: 'unit', width: 150, ellipsis: true, render: (_, doc) => doc.sender },
    {
      title: '紧急程度',
      dataIndex: 'urgencyLabel',
      width: 80,
      render: (label: string, doc) => (
        <Tag color={urgencyColors[doc.urgency]} style={{ marginInlineEnd: 0 }}>
          {label}
        </Tag>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 84,
      render: (status: IncomingStatus, doc) => (
        <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
          {doc.statusLabel}
        </Tag>
      ),
    },
    { title: '批办领导', key: 'leader', width: 84, render: (_, doc) => doc.assignedLeader?.name ?? '—' },
    { title: '承办单位', key: 'handlingUnit', width: 140, ellipsis: true, render: (_, doc) => doc.handlingUnit?.name ?? '—' },
    { title: '当前环节期限', key: 'clock', width: 210, render: (_, doc) => <StepClockCell clock={doc.clock} /> },
  ];

  return (
    <>
      <DocumentsHeader
        title="收文登记簿"
        extra={
          <Space size={8}>
            <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
              导出 Excel
            </Button>
            {isRegistrar && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/documents/incoming/registration')}>
                来文登记
              </Button>
            )}
            {isSubmitter && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/documents/incoming/new')}>
                报送公文
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Space size={[12, 8]} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label="检索"
            placeholder="标题、正文、文号"
            allowClear
            defaultValue={filter.q}
            key={filter.q ?? ''}
            onSearch={(value) => change({ q: value.trim() || undefined })}
            style={{ width: 240 }}
          />
          <Select<DocumentType | 'all'>
            aria-label="文种"
            value={filter.docType ?? 'all'}
            style={{ width: 100 }}
            onChange={(value) => change({ docType: value === 'all' ? undefined : value })}
            options={[{ value: 'all', label: '全部文种' }, ...documentTypes.map((type) => ({ value: type, label: type }))]}
          />
          <Select<IncomingStatus | 'all'>
            aria-label="状态"
            value={filter.status ?? 'all'}
            style={{ width: 110 }}
            onChange={(value) => change({ status: value === 'all' ? undefined : value })}
            options={[{ value: 'all', label: '全部状态' }, ...incomingStatuses.map((status) => ({ value: status, label: statusLabels[status] }))]}
          />
          <Select<string>
            aria-label="来文单位"
            placeholder="来文单位"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.unitId}
            loading={units.isPending}
            style={{ width: 200 }}
            onChange={(value) => change({ unitId: value || undefined })}
            options={unitOptions}
          />
          <Space size={6}>
            <span>成文日期</span>
            <DatePicker.RangePicker
              aria-label="成文日期"
              format={dateFormat}
              value={[filter.from ? dayjs(filter.from, dateFormat) : null, filter.to ? dayjs(filter.to, dateFormat) : null]}
              allowEmpty={[true, true]}
              onChange={(values) => change({ from: values?.[0]?.format(dateFormat) ?? undefined, to: values?.[1]?.format(dateFormat) ?? undefined })}
              style={{ width: 250 }}
            />
          </Space>
          <Checkbox checked={filter.isOverdueOnly ?? false} onChange={(event) => change({ isOverdueOnly: event.target.checked || undefined })}>
            只看逾期
          </Checkbox>
          {hasCriteria && <Button onClick={() => setFilter({})}>清除筛选</Button>}
        </Space>
        {documents.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="收文登记簿加载失败" description={errorText(documents.error)} />}
        <Table<IncomingDocument>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={documents.isPending || documents.isFetching}
          columns={columns}
          dataSource={documents.data?.items ?? []}
          pagination={
            isDeep
              ? false
              : {
                  current: shownPage,
                  pageSize,
                  total: documents.data?.total ?? 0,
                  hideOnSinglePage: true,
                  showSizeChanger: false,
                  showTotal: (count) => `共 ${count} 件`,
                  onChange: (next) => setFilter({ ...filter, page: next }),
                }
          }
          scroll={{ x: 1150 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={hasCriteria ? '没有符合条件的公文' : '暂无收文'} /> }}
        />
        {isDeep && (
          <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
            <Typography.Text type="secondary">
              共 {total} 件 · 第 {shownPage} 页
            </Typography.Text>
            <Button disabled={shownPage <= 1} onClick={() => setFilter({ ...filter, page: 1 })}>
              第一页
            </Button>
            <Button disabled={shownPage <= 1} onClick={() => setFilter({ ...filter, page: shownPage - 1 })}>
              上一页
            </Button>
            <Button disabled={!nextCursor} onClick={goNext}>
              下一页
            </Button>
          </Space>
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十六条：区政府各部门和区政府办公室要提高公文办理效率，公文运转的各个环节都要在规定时限内完成。对属于急件的公文，即到即办。期限按工作日历计算，鼠标移到期限上可查看计算过程。
      </Typography.Paragraph>
    </>
  );
}
