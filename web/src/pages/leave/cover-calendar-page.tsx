import { LeftOutlined, RightOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fetchCoverCalendar, leaveKeys } from '../../api/leave';
import { today } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { AssignCoverModal } from './assign-cover-modal';
import { CoverLegend, CoverMonthGrid } from './cover-month-grid';
import { LeaveHeader } from './leave-header';

const monthFormat = 'YYYY-MM';
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format(monthFormat);
}

/** 补位日历: each day of a month, which leaders are away and who covers them (art. 7, 62, 63). */
export default function CoverCalendarPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const todayText = today();
  const rawMonth = searchParams.get('month');
  const month = rawMonth && monthPattern.test(rawMonth) ? rawMonth : todayText.slice(0, 7);
  const from = `${month}-01`;
  const to = dayjs(from).endOf('month').format('YYYY-MM-DD');
  const [isAssigning, setIsAssigning] = useState(false);

  useEffect(() => {
    document.title = '补位日历 · 政务';
  }, []);

  const calendar = useQuery({
    queryKey: leaveKeys.coverCalendar(from, to),
    queryFn: ({ signal }) => fetchCoverCalendar(from, to, signal),
    placeholderData: (previous) => previous,
  });
  const setMonth = (next: string) => setSearchParams(next === todayText.slice(0, 7) ? {} : { month: next }, { replace: true });
  const absentDays = calendar.data?.days.filter((day) => day.away.length > 0).length ?? 0;

  return (
    <>
      <LeaveHeader
        title="补位日历"
        extra={
          (calendar.data?.actions ?? []).includes('assign_cover') && (
            <Button icon={<SwapOutlined />} onClick={() => setIsAssigning(true)}>
              另行安排补位
            </Button>
          )
        }
      />
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
        extra={calendar.isFetching ? <Spin size="small" /> : <Typography.Text type="secondary">本月有领导外出 {absentDays} 天</Typography.Text>}
      >
        {calendar.isError && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="补位日历加载失败" description={errorText(calendar.error)} />}
        {calendar.data ? <CoverMonthGrid days={calendar.data.days} today={todayText} /> : !calendar.isError && <Spin style={{ display: 'block', margin: '80px auto' }} />}
        <CoverLegend />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十二条：区政府领导出区、考察、学习、休假期间，由相对固定的其他区政府领导代为处理分管有关工作。第六十三条：互相补位的区政府领导一般不同时外出；特殊情况时，由区长安排其他领导同志进行工作补位。第七条：区长因公外出期间，由负责区政府常务工作的副区长主持区政府全面工作。
      </Typography.Paragraph>
      {isAssigning && <AssignCoverModal isOpen={isAssigning} onClose={() => setIsAssigning(false)} />}
    </>
  );
}
