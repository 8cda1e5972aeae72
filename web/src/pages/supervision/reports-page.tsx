import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { LedgerFilter } from '../../api/supervision';
import { downloadPeriodicReport } from '../../api/supervision';
import { dateFormat } from '../../app/dates';
import { saveBlob } from '../../lib/download';
import { useShowRuleError } from '../../lib/rule-feedback';
import { LedgerFilterBar } from './ledger-filter';
import { SupervisionHeader } from './supervision-header';

/**
 * 定期报告: the office's report to the government's leaders on the decision items and other tasks (art. 57) for a
 * period and a ledger filter — counts by status, the overdue list, each unit's record — as Word (GB/T 9704) and Excel.
 */
export default function PeriodicReportsPage() {
  const showError = useShowRuleError();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  useEffect(() => {
    document.title = '定期报告 · 督查督办 · 政务';
  }, []);
  const download = (format: 'docx' | 'xlsx') => {
    setBusy(format);
    downloadPeriodicReport(format, { ...filter, from: period[0].format(dateFormat), to: period[1].format(dateFormat) })
      .then(({ blob, fileName }) => saveBlob(blob, fileName ?? `督查情况报告.${format}`))
      .catch((error: unknown) => showError(error, '未能生成报告'))
      .finally(() => setBusy(null));
  };
  return (
    <>
      <SupervisionHeader title="督查督办" />
      <Card size="small" style={{ marginBottom: 12 }} title="报告期间">
        <DatePicker.RangePicker value={period} allowClear={false} onChange={(value) => value?.[0] && value[1] && setPeriod([value[0], value[1]])} data-testid="report-period" />
      </Card>
      <Card size="small" style={{ marginBottom: 12 }} title="台账范围（可选，点击“查询”生效）">
        <LedgerFilterBar filter={filter} onChange={setFilter} />
      </Card>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第五十七条：会议决定事项，由区政府办公室负责督办，并定期将会议决定事项的落实情况向区政府领导报告。报告含按状态统计、逾期任务清单和各单位办理情况。
        </Typography.Paragraph>
        <Space>
          <Button type="primary" icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => download('docx')} data-testid="report-docx">
            下载 Word（.docx）
          </Button>
          <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => download('xlsx')} data-testid="report-xlsx">
            下载 Excel（.xlsx）
          </Button>
        </Space>
      </Card>
    </>
  );
}
