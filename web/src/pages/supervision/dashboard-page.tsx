import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Table } from 'antd';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CountRow } from '../../api/supervision';
import { fetchDashboard, supervisionKeys } from '../../api/supervision';
import { errorText } from '../../lib/show-api-error';
import { barOption, Chart, pieOption } from './chart';
import { filterFromSearch, filterToSearch, LedgerFilterBar } from './ledger-filter';
import { LedgerCounts } from './ledger-page';
import { SupervisionHeader } from './supervision-header';

/** The numbers under a chart, so they are readable (and testable) without the picture. */
function CountTable({ rows, what, testId }: { rows: readonly CountRow[]; what: string; testId: string }) {
  return (
    <Table<CountRow>
      className="zw-dense"
      size="small"
      rowKey="key"
      dataSource={[...rows]}
      pagination={false}
      data-testid={testId}
      columns={[
        { title: what, dataIndex: 'label', render: (label: string, row) => <span data-key={row.key}>{label}</span> },
        { title: '任务数', dataIndex: 'count', width: 90, align: 'right', render: (count: number) => <span data-count={count}>{count}</span> },
      ]}
      summary={(data) => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {data.reduce((sum, row) => sum + row.count, 0)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

function ChartCard({ title, rows, what, testId, kind }: { title: string; rows: readonly CountRow[]; what: string; testId: string; kind: 'pie' | 'bar' | 'hbar' }) {
  const option = useMemo(() => (kind === 'pie' ? pieOption(rows) : barOption(rows, kind === 'hbar')), [rows, kind]);
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Chart option={option} height={kind === 'hbar' ? Math.max(220, rows.length * 28) : 260} testId={`${testId}-chart`} />
      <CountTable rows={rows} what={what} testId={`${testId}-table`} />
    </Card>
  );
}

/**
 * 统计分析: the ledger's counts under the same filter as the ledger — totals, by status, by lead unit, by source
 * and by month due — from the same SQL, so the dashboard and the ledger say the same numbers (art. 57, 76).
 */
export default function DashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromSearch(searchParams);
  const dashboard = useQuery({ queryKey: supervisionKeys.dashboard(filter), queryFn: ({ signal }) => fetchDashboard(filter, signal), placeholderData: (previous) => previous });
  useEffect(() => {
    document.title = '统计分析 · 督查督办 · 政务';
  }, []);
  const data = dashboard.data;
  return (
    <>
      <SupervisionHeader title="督查督办" />
      <Card size="small" style={{ marginBottom: 12 }}>
        <LedgerFilterBar key={searchParams.toString()} filter={filter} onChange={(next) => setSearchParams(filterToSearch(next), { replace: true })} />
      </Card>
      {dashboard.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="统计加载失败" description={errorText(dashboard.error)} />}
      <Card size="small" style={{ marginBottom: 12 }} data-testid="dashboard-summary">
        <LedgerCounts summary={data?.totals} testPrefix="dashboard" isLoading={dashboard.isPending} />
      </Card>
      {data && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={12}>
            <ChartCard title="按状态" rows={data.byStatus} what="状态" testId="dashboard-status" kind="pie" />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title="按来源" rows={data.bySource} what="来源" testId="dashboard-source" kind="bar" />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title="按牵头单位" rows={data.byUnit} what="牵头单位" testId="dashboard-unit" kind="hbar" />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title="按完成时限月份" rows={data.byMonth} what="月份" testId="dashboard-month" kind="bar" />
          </Col>
        </Row>
      )}
    </>
  );
}
