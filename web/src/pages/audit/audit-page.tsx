import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { auditKeys, exportAuditEvents, searchAuditEvents } from '../../api/audit';
import type { AuditEvent } from '../../api/audit';
import { formatDateTimeSeconds, today } from '../../app/dates';
import { PageTitle } from '../../layout/app-layout';
import { articleLabel } from '../../lib/article-number';
import { saveBlob } from '../../lib/download';
import { ForbiddenResult, isForbidden } from '../../lib/forbidden-result';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { AuditChainCard } from './audit-chain-card';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditSearchForm } from './audit-search-form';
import { ActText, mono, ObjectText, ResultTag, summaryText } from './audit-text';
import { pageSizes, useAuditSearch } from './use-audit-search';

/**
 * 审计日志 (audit administrator, 等保 8.1.4.3 and 8.1.5.2): search the tamper-evident trail, read one record with
 * its hashes, export the search to Excel, verify the chain and read its head. Every search, reading and export
 * is itself recorded on the chain.
 */
export default function AuditPage() {
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [search, setSearch] = useAuditSearch();
  const { filters, page, pageSize } = search;
  const [openSeq, setOpenSeq] = useState<number | null>(null);

  useEffect(() => {
    document.title = '审计日志 · 政务';
  }, []);

  const events = useQuery({
    queryKey: auditKeys.events(filters, page, pageSize),
    queryFn: ({ signal }) => searchAuditEvents(filters, page, pageSize, signal),
    placeholderData: (previous) => previous,
  });
  const rows = events.data?.items ?? [];

  const exporting = useMutation({
    mutationFn: () => exportAuditEvents(filters),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName ?? `审计记录-${today()}.xlsx`);
      void message.success('已导出');
    },
    onError: (error) => showApiError(error, '导出失败'),
  });

  const columns: TableColumnsType<AuditEvent> = [
    { title: '序号', dataIndex: 'seq', width: 64 },
    { title: '时间（北京时间）', dataIndex: 'occurredAt', width: 150, render: (value: string) => formatDateTimeSeconds(value) },
    { title: '操作人', dataIndex: 'actorName', width: 110 },
    {
      title: '代为处理',
      key: 'actingFor',
      width: 88,
      render: (_, event) => (event.actingForPersonId ? (event.actingForName ?? event.actingForPersonId) : '—'),
    },
    { title: '操作', key: 'act', width: 160, render: (_, event) => <ActText event={event} /> },
    { title: '对象', key: 'object', width: 220, render: (_, event) => <ObjectText event={event} /> },
    { title: '结果', dataIndex: 'result', width: 70, render: (result: string) => <ResultTag result={result} /> },
    {
      title: '条款',
      dataIndex: 'article',
      width: 84,
      render: (article: number | null) => (article === null ? '—' : <Link to={`/rules/${article}`}>{articleLabel(article)}</Link>),
    },
    {
      title: '摘要',
      dataIndex: 'summary',
      render: (summary: unknown) => {
        const text = summaryText(summary);
        return (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ ...mono, fontSize: 12, margin: 0, wordBreak: 'break-all' }}>
            {text}
          </Typography.Paragraph>
        );
      },
    },
    {
      title: '操作',
      key: 'open',
      width: 64,
      fixed: 'right',
      render: (_, event) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setOpenSeq(event.seq)}>
          详情
        </Button>
      ),
    },
  ];

  if (isForbidden(events.error)) {
    return <ForbiddenResult error={events.error} hint="审计日志仅审计管理员可以查阅（三员分立）。" />;
  }

  return (
    <>
      <PageTitle
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
            导出 Excel
          </Button>
        }
      >
        审计日志
      </PageTitle>
      <AuditChainCard />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { paddingBottom: 0 } }}>
        <AuditSearchForm filters={filters} onSearch={(next) => setSearch({ filters: next, page: 1, pageSize })} />
      </Card>
      {events.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="审计记录加载失败" description={errorText(events.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<AuditEvent>
          className="zw-dense"
          size="small"
          rowKey="seq"
          loading={events.isPending || events.isFetching}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 1200 }}
          onRow={(event) => ({ onDoubleClick: () => setOpenSeq(event.seq) })}
          pagination={{
            current: page,
            pageSize,
            total: events.data?.total ?? 0,
            pageSizeOptions: pageSizes,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (nextPage, nextPageSize) => setSearch({ filters, page: nextPageSize === pageSize ? nextPage : 1, pageSize: nextPageSize }),
          }}
        />
      </Card>
      <AuditEventDrawer seq={openSeq} row={rows.find((event) => event.seq === openSeq)} onClose={() => setOpenSeq(null)} />
    </>
  );
}
