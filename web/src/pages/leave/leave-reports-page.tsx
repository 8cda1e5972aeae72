import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fetchLeaveReports, leaveKeys } from '../../api/leave';
import type { LeaveReport, LeaveReportFilter, LeaveStatus } from '../../api/leave';
import { dateFormat, formatDate, isValidDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { LeaveHeader } from './leave-header';
import { leaveStatusColors, leaveStatusLabels } from './leave-labels';
import { FlagTags } from '../../lib/rule-feedback';

const statuses: LeaveStatus[] = ['reported', 'returned', 'cancelled'];

function isStatus(value: string | null): value is LeaveStatus {
  return value !== null && (statuses as string[]).includes(value);
}

/** 请销假: the reports the caller may read (all for the office and leaders, one's own for a unit head). */
export default function LeaveReportsPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const rawStatus = searchParams.get('status');
  const rawFrom = searchParams.get('from');
  const rawTo = searchParams.get('to');
  const filter = useMemo<LeaveReportFilter>(
    () => ({
      ...(isStatus(rawStatus) ? { status: rawStatus } : {}),
      ...(isValidDate(rawFrom) ? { from: rawFrom } : {}),
      ...(isValidDate(rawTo) ? { to: rawTo } : {}),
    }),
    [rawStatus, rawFrom, rawTo],
  );

  useEffect(() => {
    document.title = '请销假 · 政务';
  }, []);

  const reports = useQuery({
    queryKey: leaveKeys.reports(filter),
    queryFn: ({ signal }) => fetchLeaveReports(filter, signal),
    placeholderData: (previous) => previous,
  });
  const canCreate = reports.data?.actions.includes('create') ?? false;

  const setFilter = (next: LeaveReportFilter) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.from) params.set('from', next.from);
    if (next.to) params.set('to', next.to);
    setSearchParams(params, { replace: true });
  };

  const columns: TableColumnsType<LeaveReport> = [
    {
      title: '外出人员',
      dataIndex: 'personName',
      width: 96,
      render: (name: string, report) => <Link to={`/leave/reports/${report.id}`}>{name}</Link>,
    },
    { title: '单位', dataIndex: 'unitName', width: 160, ellipsis: true, render: (name: string | null) => name ?? '—' },
    { title: '类别', dataIndex: 'kindLabel', width: 80 },
    {
      title: '外出日期',
      key: 'dates',
      width: 190,
      render: (_, report) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {report.startDate} 至 {report.endDate}
        </span>
      ),
    },
    { title: '天数', dataIndex: 'days', width: 56, align: 'right' },
    { title: '地点', dataIndex: 'place', width: 140, ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      width: 78,
      render: (status: LeaveStatus) => (
        <Tag color={leaveStatusColors[status]} style={{ marginInlineEnd: 0 }}>
          {leaveStatusLabels[status]}
        </Tag>
      ),
    },
    {
      title: '标注',
      key: 'flags',
      render: (_, report) =>
        report.flags.length === 0 && !report.isEmergency ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space size={4} wrap>
            {report.isEmergency && <Tag color="orange">紧急外出</Tag>}
            <FlagTags flags={report.flags} />
          </Space>
        ),
    },
    { title: '报告日期', dataIndex: 'reportedOn', width: 130, render: (date: string) => formatDate(date) },
  ];

  return (
    <>
      <LeaveHeader
        title="请销假"
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/leave/reports/new')}>
              报告外出
            </Button>
          )
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Space size={12} wrap style={{ marginBottom: 12 }}>
          <Space size={6}>
            <span>状态</span>
            <Select<LeaveStatus | 'all'>
              aria-label="状态"
              value={filter.status ?? 'all'}
              style={{ width: 110 }}
              onChange={(value) => setFilter({ ...filter, status: value === 'all' ? undefined : value })}
              options={[{ value: 'all', label: '全部' }, ...statuses.map((status) => ({ value: status, label: leaveStatusLabels[status] }))]}
            />
          </Space>
          <Space size={6}>
            <span>外出日期</span>
            <DatePicker.RangePicker
              aria-label="外出日期"
              format={dateFormat}
              value={[filter.from ? dayjs(filter.from, dateFormat) : null, filter.to ? dayjs(filter.to, dateFormat) : null]}
              allowEmpty={[true, true]}
              onChange={(values) =>
                setFilter({ ...filter, from: values?.[0]?.format(dateFormat) ?? undefined, to: values?.[1]?.format(dateFormat) ?? undefined })
              }
              style={{ width: 260 }}
            />
          </Space>
          {(filter.status || filter.from || filter.to) && <Button onClick={() => setFilter({})}>清除筛选</Button>}
        </Space>
        {reports.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="请销假报告加载失败" description={errorText(reports.error)} />}
        <Table<LeaveReport>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={reports.isPending || reports.isFetching}
          columns={columns}
          dataSource={reports.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 份` }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无请销假报告" /> }}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第八十二条：副区长，各镇镇长、街道办事处主任，各开发区管委会主任，区政府各部门主要负责人外出，应提前3天向区委书记、区长报告行止日期、地点、事由和代为主持工作的负责人；外出超过3天的，要附有关通知、方案及日程安排；因紧急事项临时外出的，要及时报备并说明理由。
      </Typography.Paragraph>
    </>
  );
}
