import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Segmented, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fetchMeetings, meetingKeys } from '../../api/meetings';
import type { MeetingKind, MeetingListItem, MeetingStatus } from '../../api/meetings';
import { formatDate, today } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { MeetingMonthGrid } from './meeting-month-grid';
import { MeetingsHeader } from './meetings-header';
import { meetingKindColors, meetingStatusColors } from './meetings-labels';
import { PlanMeetingModal } from './plan-meeting-modal';
import { ruleText } from '../../lib/rule-feedback';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
type View = 'month' | 'list';

function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');
}

/**
 * 会议日历: the government's meetings by month (or the year as a list), with the rhythm reminders of art. 48–49 —
 * warnings, never refusals. The office arranges meetings here.
 */
export default function MeetingsPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const todayText = today();
  const view: View = searchParams.get('view') === 'list' ? 'list' : 'month';
  const rawMonth = searchParams.get('month');
  const month = rawMonth && monthPattern.test(rawMonth) ? rawMonth : todayText.slice(0, 7);
  const year = month.slice(0, 4);
  const from = view === 'month' ? `${month}-01` : `${year}-01-01`;
  const to = view === 'month' ? dayjs(from).endOf('month').format('YYYY-MM-DD') : `${year}-12-31`;
  const [isPlanning, setIsPlanning] = useState(false);

  useEffect(() => {
    document.title = '会议日历 · 政务';
  }, []);

  const list = useQuery({ queryKey: meetingKeys.list(from, to), queryFn: ({ signal }) => fetchMeetings(from, to, signal), placeholderData: (previous) => previous });
  const data = list.data;

  const setParams = (next: { view?: View; month?: string }) => {
    const nextView = next.view ?? view;
    const nextMonth = next.month ?? month;
    const params: Record<string, string> = {};
    if (nextView === 'list') params.view = 'list';
    if (nextMonth !== todayText.slice(0, 7)) params.month = nextMonth;
    setSearchParams(params, { replace: true });
  };
  const step = view === 'month' ? 1 : 12;

  const columns: TableColumnsType<MeetingListItem> = [
    { title: '日期', dataIndex: 'meetingDate', width: 130, render: (value: string) => formatDate(value) },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 130,
      render: (value: MeetingKind, item) => <Tag color={meetingKindColors[value]}>{item.kindLabel}</Tag>,
    },
    { title: '会议名称', dataIndex: 'title', render: (value: string, item) => <Link to={`/meetings/${item.id}`}>{value}</Link> },
    { title: '地点', dataIndex: 'place', width: 180, ellipsis: true },
    { title: '主持人', dataIndex: 'chair', width: 100 },
    { title: '状态', dataIndex: 'status', width: 110, render: (value: MeetingStatus, item) => <Tag color={meetingStatusColors[value]}>{item.statusLabel}</Tag> },
  ];

  return (
    <>
      <MeetingsHeader
        title="会议日历"
        extra={
          data?.actions.includes('plan') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsPlanning(true)}>
              安排会议
            </Button>
          )
        }
      />
      {(data?.rhythm.warnings ?? []).length > 0 && (
        <div style={{ display: 'grid', gap: 8, marginBottom: 12 }} data-testid="rhythm-warnings">
          {data?.rhythm.warnings.map((warning) => (
            <Alert
              key={warning.ruleId}
              type="warning"
              showIcon
              title={ruleText(warning)}
              action={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  会议节奏提示，不影响安排和召开
                </Typography.Text>
              }
            />
          ))}
        </div>
      )}
      <Card
        size="small"
        title={
          <Space size={8} wrap>
            <Button size="small" icon={<LeftOutlined />} aria-label={view === 'month' ? '上个月' : '上一年'} onClick={() => setParams({ month: shiftMonth(month, -step) })} />
            <DatePicker
              picker={view === 'month' ? 'month' : 'year'}
              size="small"
              aria-label={view === 'month' ? '月份' : '年份'}
              allowClear={false}
              value={dayjs(`${month}-01`)}
              format={view === 'month' ? 'YYYY年M月' : 'YYYY年'}
              onChange={(value) => {
                if (value) setParams({ month: value.format('YYYY-MM') });
              }}
              style={{ width: 120 }}
            />
            <Button size="small" icon={<RightOutlined />} aria-label={view === 'month' ? '下个月' : '下一年'} onClick={() => setParams({ month: shiftMonth(month, step) })} />
            {month !== todayText.slice(0, 7) && (
              <Button size="small" onClick={() => setParams({ month: todayText.slice(0, 7) })}>
                本月
              </Button>
            )}
            <Segmented<View>
              size="small"
              value={view}
              onChange={(value) => setParams({ view: value })}
              options={[
                { value: 'month', label: '月历' },
                { value: 'list', label: '全年列表' },
              ]}
            />
          </Space>
        }
        extra={
          list.isFetching ? (
            <Spin size="small" />
          ) : (
            <Typography.Text type="secondary">
              {view === 'month' ? '本月' : `${year}年`}共 {data?.items.length ?? 0} 次会议
            </Typography.Text>
          )
        }
      >
        {list.isError && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="会议日历加载失败" description={errorText(list.error)} />}
        {view === 'month' &&
          (data ? <MeetingMonthGrid month={month} meetings={data.items} today={todayText} /> : !list.isError && <Spin style={{ display: 'block', margin: '80px auto' }} />)}
        {view === 'list' && (
          <Table<MeetingListItem>
            className="zw-dense"
            size="small"
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 次` }}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年尚未安排会议" /> }}
          />
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第四十七条：区政府实行全体会议、常务会议、区长办公会议和专题会议制度。第四十八条：全体会议一般每年召开1-2次。第四十九条：常务会议一般每月召开1次，遇有重要情况可以随时召开。
      </Typography.Paragraph>
      {isPlanning && (
        <PlanMeetingModal
          isOpen={isPlanning}
          onClose={() => setIsPlanning(false)}
          onPlanned={(id) => {
            setIsPlanning(false);
            void navigate(`/meetings/${id}`);
          }}
        />
      )}
    </>
  );
}
