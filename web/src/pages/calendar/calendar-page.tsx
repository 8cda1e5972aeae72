import { LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { calendarKeys, fetchCalendarMonth, fetchCalendarYears } from '../../api/calendar';
import type { CalendarMonth, DeadlineInput } from '../../api/calendar';
import { today } from '../../app/dates';
import { PageTitle } from '../../layout/app-layout';
import { provisionalYearText, yearStatusColors, yearStatusHints, yearStatusLabels } from '../../lib/calendar-labels';
import { errorText } from '../../lib/show-api-error';
import { DeadlineCard, useDeadline } from './deadline-card';
import { ImportNoticeModal } from './import-notice-modal';
import { MonthGrid, MonthLegend } from './month-grid';
import { YearTable } from './year-table';

const monthFormat = 'YYYY-MM';
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format(monthFormat);
}

/** The year's source under the month's title: the notice and its 文号, or the provisional warning. */
function YearSource({ year }: { year: CalendarMonth['year'] }) {
  const source = year.source;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 8, fontSize: 13 }}>
      <Typography.Text type="secondary">{year.year}年日历依据</Typography.Text>
      <Tooltip title={yearStatusHints[year.status]}>
        <Tag color={yearStatusColors[year.status]} style={{ marginInlineEnd: 0 }}>
          {yearStatusLabels[year.status] ?? year.status}
        </Tag>
      </Tooltip>
      {source ? (
        <>
          {source.url ? (
            <Typography.Link href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </Typography.Link>
          ) : (
            <span>{source.title}</span>
          )}
          {source.documentNumber && <Typography.Text type="secondary">（{source.documentNumber}）</Typography.Text>}
          {source.issuedOn && <Typography.Text type="secondary">成文日期 {source.issuedOn}</Typography.Text>}
        </>
      ) : (
        <Typography.Text type="secondary">《全国年节及纪念日放假办法》规定的法定节假日</Typography.Text>
      )}
    </div>
  );
}

/** 工作日历: the official working-day calendar every deadline is counted on, where each year comes from, and 期限计算. */
export default function CalendarPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const todayText = today();
  const rawMonth = searchParams.get('month');
  const month = rawMonth && monthPattern.test(rawMonth) ? rawMonth : todayText.slice(0, 7);
  const [deadlineInput, setDeadlineInput] = useState<DeadlineInput>({ start: todayText, amount: 5, basis: 'working_days' });
  const [isImporting, setIsImporting] = useState(false);
  const deadline = useDeadline(deadlineInput);

  useEffect(() => {
    document.title = '工作日历 · 政务';
  }, []);

  const setMonth = (next: string) => {
    setSearchParams(next === todayText.slice(0, 7) ? {} : { month: next }, { replace: true });
  };

  const years = useQuery({ queryKey: calendarKeys.years(), queryFn: ({ signal }) => fetchCalendarYears(signal) });
  const monthData = useQuery({
    queryKey: calendarKeys.month(month),
    queryFn: ({ signal }) => fetchCalendarMonth(month, signal),
    placeholderData: (previous) => previous,
  });
  const canImport = years.data?.actions.includes('import') ?? false;
  const shown = monthData.data;
  const isProvisional = shown?.year.status === 'provisional';
  const currentYear = Number(month.slice(0, 4));

  return (
    <>
      <PageTitle
        extra={
          canImport && (
            <Button icon={<UploadOutlined />} onClick={() => setIsImporting(true)}>
              导入放假通知
            </Button>
          )
        }
      >
        工作日历
      </PageTitle>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 560px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
          <Card
            size="small"
            title={
              <Space size={8}>
                <Button size="small" icon={<LeftOutlined />} aria-label="上个月" onClick={() => setMonth(shiftMonth(month, -1))} />
                <DatePicker
                  picker="month"
                  size="small"
                  aria-label="月份"
                  allowClear={false}
                  value={dayjs(`${month}-01`)}
                  format="YYYY年M月"
                  onChange={(value) => {
                    if (value) setMonth(value.format(monthFormat));
                  }}
                  style={{ width: 120 }}
                />
                <Button size="small" icon={<RightOutlined />} aria-label="下个月" onClick={() => setMonth(shiftMonth(month, 1))} />
                {month !== todayText.slice(0, 7) && (
                  <Button size="small" onClick={() => setMonth(todayText.slice(0, 7))}>
                    本月
                  </Button>
                )}
              </Space>
            }
            extra={monthData.isFetching && <Spin size="small" />}
          >
            {monthData.isError && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="日历加载失败" description={errorText(monthData.error)} />}
            {shown && (
              <>
                <YearSource year={shown.year} />
                {isProvisional && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={provisionalYearText} />}
                <MonthGrid
                  days={shown.days}
                  today={todayText}
                  selectedDate={deadlineInput.start}
                  dueDate={deadline.data?.due}
                  onSelect={(date) => setDeadlineInput((current) => ({ ...current, start: date }))}
                />
                <MonthLegend isProvisional={isProvisional} />
              </>
            )}
            {!shown && !monthData.isError && <Spin style={{ display: 'block', margin: '80px auto' }} />}
          </Card>
          <Card size="small" title="各年度日历来源" styles={{ body: { padding: 0 } }}>
            {years.isError && <Alert type="error" showIcon title="年度列表加载失败" description={errorText(years.error)} />}
            <YearTable
              years={years.data?.items ?? []}
              isLoading={years.isPending}
              currentYear={currentYear}
              onOpenYear={(year) => setMonth(`${year}-${month.slice(5, 7)}`)}
            />
          </Card>
        </div>
        <div style={{ flex: '0 1 400px', minWidth: 340 }}>
          <DeadlineCard input={deadlineInput} onInputChange={setDeadlineInput} deadline={deadline} />
        </div>
      </div>
      {isImporting && <ImportNoticeModal isOpen={isImporting} onClose={() => setIsImporting(false)} defaultYear={currentYear} />}
    </>
  );
}
