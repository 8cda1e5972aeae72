import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Space, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AnnualReport } from '../../api/disclosure';
import { disclosureKeys, downloadAnnualReport, fetchAnnualReport, prepareAnnualReport } from '../../api/disclosure';
import { formatDate } from '../../app/dates';
import { saveBlob } from '../../lib/download';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { DisclosureHeader } from './disclosure-header';
import { useCan } from './use-can';
import { useDisclosureStep } from './use-disclosure-step';

type Cell = AnnualReport['proactive']['documents'][number];
type RequestRow = AnnualReport['requests']['rows'][number];

/** A count, or 另行填报 where the platform has no data for the item. */
const countText = (value: number | null | undefined) => (value === null || value === undefined ? <Typography.Text type="secondary">另行填报</Typography.Text> : value);

function ProactiveTables({ report }: { report: AnnualReport }) {
  const documents = report.proactive.documents;
  const decisions = report.proactive.decisions;
  return (
    <Card size="small" title="二、主动公开政府信息情况" style={{ marginBottom: 12 }} data-testid="report-proactive">
      <Table<Cell>
        size="small"
        bordered
        pagination={false}
        rowKey="item"
        dataSource={documents}
        columns={[
          { title: '信息内容', dataIndex: 'item' },
          { title: '本年制发件数', key: 'issued', width: 130, render: (_: unknown, row) => countText(row.values.issued) },
          { title: '本年废止件数', key: 'repealed', width: 130, render: (_: unknown, row) => countText(row.values.repealed) },
          { title: '现行有效件数', key: 'inForce', width: 130, render: (_: unknown, row) => countText(row.values.inForce) },
        ]}
      />
      <Table<Cell>
        size="small"
        bordered
        pagination={false}
        rowKey="item"
        dataSource={decisions}
        style={{ marginTop: 12 }}
        columns={[
          { title: '信息内容', dataIndex: 'item' },
          { title: '本年处理决定数量', key: 'value', width: 200, render: (_: unknown, row) => countText(Object.values(row.values)[0]) },
          { title: '说明', dataIndex: 'note', width: 240, render: (note: string | null) => note ?? '' },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>本年在门户网站主动公开政府信息 {report.proactive.publishedTotal} 条，各栏目：</Typography.Paragraph>
      <Space size={[16, 4]} wrap>
        {report.proactive.byCategory.map((row) => (
          <span key={row.category}>
            {row.label} <Typography.Text strong>{row.published}</Typography.Text>
          </span>
        ))}
      </Space>
    </Card>
  );
}

function RequestTable({ report }: { report: AnnualReport }) {
  const columns = report.requests.columns;
  return (
    <Card size="small" title="三、收到和处理政府信息公开申请情况" style={{ marginBottom: 12 }} data-testid="report-requests">
      <Table<RequestRow>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={report.requests.rows}
        scroll={{ x: 900 }}
        columns={[
          { title: '', dataIndex: 'label', render: (label: string, row) => <span style={{ paddingInlineStart: row.level * 16, fontWeight: row.level === 0 ? 600 : undefined }}>{label}</span> },
          ...columns.map((column) => ({ title: column.label, key: column.key, width: 90, align: 'right' as const, render: (_: unknown, row: RequestRow) => (row.counts ? row.counts[column.key] : '') })),
        ]}
      />
    </Card>
  );
}

function ChallengeTable({ report }: { report: AnnualReport }) {
  const { kinds, outcomes, counts } = report.challenges;
  const rows = [{ key: 'counts' }];
  return (
    <Card size="small" title="四、政府信息公开行政复议、行政诉讼情况" style={{ marginBottom: 12 }} data-testid="report-challenges">
      <Table<{ key: string }>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        scroll={{ x: 900 }}
        columns={kinds.map((kind) => ({
          title: kind.label,
          key: kind.kind,
          children: outcomes.map((outcome) => ({ title: outcome.label, key: `${kind.kind}-${outcome.outcome}`, align: 'right' as const, render: () => counts[kind.kind][outcome.outcome] })),
        }))}
      />
    </Card>
  );
}

/** 年度报告: the annual report's tables in the national template, from the platform's data; .docx; and its publication (条例 第四十九条、第五十条). */
export default function AnnualReportPage() {
  const canReview = useCan('disclosure.review');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [year, setYear] = useState(() => dayjs().year() - (dayjs().month() < 3 ? 1 : 0));
  const [isDownloading, setIsDownloading] = useState(false);
  const report = useQuery({ queryKey: disclosureKeys.annualReport(year), queryFn: ({ signal }) => fetchAnnualReport(year, signal) });
  const prepare = useDisclosureStep(disclosureKeys.annualReport(year), () => prepareAnnualReport(year), () => '已提交发布审核');
  useEffect(() => {
    document.title = '年度报告 · 政务公开 · 政务';
  }, []);
  const download = () => {
    setIsDownloading(true);
    downloadAnnualReport(year)
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName ?? `${year}年政府信息公开工作年度报告.docx`);
        void message.success('已下载');
      })
      .catch((error: unknown) => showError(error, '未能下载'))
      .finally(() => setIsDownloading(false));
  };
  return (
    <>
      <DisclosureHeader
        title="政务公开"
        extra={
          <Space wrap>
            <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(value) => value && setYear(value.year())} disabledDate={(day) => day.year() > dayjs().year()} data-testid="report-year" />
            <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={download}>
              下载 Word
            </Button>
            {canReview && (
              <Button type="primary" icon={<SendOutlined />} loading={prepare.isPending} onClick={() => prepare.mutate(undefined, { onSuccess: (created) => void navigate(`/disclosure/publications/${created.id}`) })}>
                提交发布审核
              </Button>
            )}
          </Space>
        }
      />
      {prepare.isError && (
        <div style={{ marginBottom: 12 }}>
          <RuleRefusalAlert error={prepare.error} title="未能提交发布审核" />
        </div>
      )}
      {report.isError && <Alert type="error" showIcon title="年度报告加载失败" description={errorText(report.error)} />}
      {report.isPending && <Spin style={{ display: 'block', marginTop: 80 }} />}
      {report.data && (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Typography.Title level={4} style={{ textAlign: 'center', margin: 0 }} data-testid="report-title">
              {report.data.title}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
              统计截至 {formatDate(report.data.asOf)}
            </Typography.Paragraph>
          </Card>
          <ProactiveTables report={report.data} />
          <RequestTable report={report.data} />
          <ChallengeTable report={report.data} />
          <Card size="small" title="说明">
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {report.data.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </>
  );
}
