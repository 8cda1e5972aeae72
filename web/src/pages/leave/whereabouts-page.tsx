import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchWhereabouts, leaveKeys } from '../../api/leave';
import type { AwayReport, Whereabouts, WhereaboutsLeader } from '../../api/leave';
import { dateFormat, formatDate, isValidDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { CoverName } from './cover-tag';
import { LeaveContact } from './leave-contact';
import { LeaveHeader } from './leave-header';
import { FlagTags } from '../../lib/rule-feedback';

type LeaderRow = WhereaboutsLeader & { report: AwayReport | undefined };

function Period({ report }: { report: AwayReport }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {report.startDate} 至 {report.endDate}
      <Typography.Text type="secondary" style={{ marginInlineStart: 4, fontSize: 12 }}>
        （{report.days}天）
      </Typography.Text>
    </span>
  );
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** Who presides over the government's work that day (art. 7), as the first thing on the page. */
function PresidingBanner({ data }: { data: Whereabouts }) {
  const head = data.leaders.find((leader) => leader.post === '区长') ?? data.leaders.find((leader) => leader.cover?.basis === 'acting_head');
  const presiding = data.presiding;
  if (!presiding) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={<span style={{ fontSize: 16, fontWeight: 600 }}>区长、常务副区长均不在岗，当日没有主持区政府工作的领导</span>}
        description="第七条：区长因公外出期间，由负责区政府常务工作的副区长主持区政府全面工作。请区政府办公室及时报告区长另行安排。"
      />
    );
  }
  if (presiding.isActing) {
    return (
      <div
        data-testid="presiding"
        style={{ marginBottom: 12, padding: '12px 16px', borderRadius: 4, background: '#fff7e6', border: '1px solid #ffc069', display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}
      >
        <Tag color="volcano" style={{ fontSize: 14, padding: '2px 8px', marginInlineEnd: 0 }}>
          第七条
        </Tag>
        <span style={{ fontSize: 18, fontWeight: 600 }}>
          常务副区长 {presiding.name} 主持工作
        </span>
        <Typography.Text type="secondary">
          区长{head ? ` ${head.name} ` : ''}外出期间，由负责区政府常务工作的副区长主持区政府全面工作
        </Typography.Text>
      </div>
    );
  }
  return (
    <div
      data-testid="presiding"
      style={{ marginBottom: 12, padding: '10px 16px', borderRadius: 4, background: '#fff', border: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}
    >
      <Typography.Text type="secondary">主持区政府工作</Typography.Text>
      <span style={{ fontSize: 18, fontWeight: 600 }}>区长 {presiding.name}</span>
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        在岗
      </Tag>
      <Typography.Text type="secondary">第七条：区政府实行区长负责制，区长领导区政府的工作</Typography.Text>
    </div>
  );
}

/** 领导去向: on a day, who presides, each government leader in post or away with cover and contact, and unit principals away. */
export default function WhereaboutsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('date');
  const requested = isValidDate(raw) ? raw : undefined;

  useEffect(() => {
    document.title = '领导去向 · 政务';
  }, []);

  const whereabouts = useQuery({
    queryKey: leaveKeys.whereabouts(requested),
    queryFn: ({ signal }) => fetchWhereabouts(requested, signal),
    placeholderData: (previous) => previous,
  });
  const data = whereabouts.data;
  const shownDate = requested ?? data?.date;

  const leaderRows = useMemo<LeaderRow[]>(
    () => (data?.leaders ?? []).map((leader) => ({ ...leader, report: data?.away.find((report) => report.personId === leader.personId) })),
    [data],
  );
  const principals = useMemo(() => {
    const leaderIds = new Set((data?.leaders ?? []).map((leader) => leader.personId));
    return (data?.away ?? []).filter((report) => !leaderIds.has(report.personId));
  }, [data]);
  const awayCount = leaderRows.filter((row) => row.isAway).length;

  const setDate = (next: string | undefined) => setSearchParams(next ? { date: next } : {}, { replace: true });

  const leaderColumns: TableColumnsType<LeaderRow> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 90,
      render: (name: string, row) => (row.report ? <Link to={`/leave/reports/${row.report.id}`}>{name}</Link> : <Typography.Text strong>{name}</Typography.Text>),
    },
    { title: '职务', dataIndex: 'post', width: 150 },
    {
      title: '状态',
      key: 'isAway',
      width: 70,
      render: (_, row) => (row.isAway ? <Tag color="orange">外出</Tag> : <Tag color="green">在岗</Tag>),
    },
    {
      title: '去向',
      key: 'place',
      width: 160,
      render: (_, row) =>
        row.report ? (
          <Space size={4} wrap>
            <span>{row.report.place}</span>
            <Tag style={{ marginInlineEnd: 0 }}>{row.report.kindLabel}</Tag>
          </Space>
        ) : (
          dash
        ),
    },
    { title: '外出时间', key: 'period', width: 200, render: (_, row) => (row.report ? <Period report={row.report} /> : dash) },
    { title: '代为主持工作', key: 'acting', width: 110, render: (_, row) => row.report?.actingPersonName || dash },
    { title: '补位领导', key: 'cover', width: 220, render: (_, row) => (row.isAway ? <CoverName cover={row.cover} /> : dash) },
    { title: '24小时联系电话', key: 'contact', width: 150, render: (_, row) => (row.report ? <LeaveContact report={row.report} /> : dash) },
  ];

  const principalColumns: TableColumnsType<AwayReport> = [
    { title: '姓名', dataIndex: 'personName', width: 90, render: (name: string, report) => <Link to={`/leave/reports/${report.id}`}>{name}</Link> },
    { title: '单位', dataIndex: 'unitName', width: 170, render: (name: string | null) => name ?? '—' },
    {
      title: '去向',
      key: 'place',
      width: 160,
      render: (_, report) => (
        <Space size={4} wrap>
          <span>{report.place}</span>
          <Tag style={{ marginInlineEnd: 0 }}>{report.kindLabel}</Tag>
        </Space>
      ),
    },
    { title: '外出时间', key: 'period', width: 200, render: (_, report) => <Period report={report} /> },
    { title: '代为主持工作', dataIndex: 'actingPersonName', width: 110 },
    { title: '24小时联系电话', key: 'contact', width: 150, render: (_, report) => <LeaveContact report={report} /> },
    {
      title: '标注',
      key: 'flags',
      render: (_, report) => (
        <Space size={4} wrap>
          {report.isEmergency && <Tag color="orange">紧急外出</Tag>}
          <FlagTags flags={report.flags} />
        </Space>
      ),
    },
  ];

  return (
    <>
      <LeaveHeader
        title="领导去向"
        extra={
          <Space size={8} wrap>
            <span>日期</span>
            <DatePicker
              aria-label="日期"
              allowClear={false}
              value={shownDate ? dayjs(shownDate, dateFormat) : null}
              format={dateFormat}
              onChange={(value) => {
                if (value) setDate(value.format(dateFormat));
              }}
              style={{ width: 136 }}
            />
            {requested && <Button onClick={() => setDate(undefined)}>今天</Button>}
          </Space>
        }
      />
      {whereabouts.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="领导去向加载失败" description={errorText(whereabouts.error)} />}
      {data && <PresidingBanner data={data} />}
      <Card
        size="small"
        title={shownDate ? `区政府领导 · ${formatDate(shownDate)}` : '区政府领导'}
        extra={data && <Typography.Text type="secondary">外出 {awayCount} 人，在岗 {leaderRows.length - awayCount} 人</Typography.Text>}
        styles={{ body: { padding: 0 } }}
        style={{ marginBottom: 12 }}
      >
        <Table<LeaderRow>
          className="zw-dense"
          size="small"
          rowKey="personId"
          loading={whereabouts.isPending || whereabouts.isFetching}
          columns={leaderColumns}
          dataSource={leaderRows}
          pagination={false}
          scroll={{ x: 1060 }}
          onRow={(row) => ({ style: row.isAway ? { background: '#fffbe6' } : undefined, 'data-person-id': row.personId }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无区政府领导信息" /> }}
        />
      </Card>
      <Card size="small" title={`外出的单位主要负责人（${principals.length}）`} styles={{ body: { padding: 0 } }}>
        <Table<AwayReport>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={whereabouts.isPending}
          columns={principalColumns}
          dataSource={principals}
          pagination={false}
          scroll={{ x: 1060 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当日没有外出的单位主要负责人" /> }}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        依据《临淄区人民政府工作规则》第七条：区长因公外出期间，由负责区政府常务工作的副区长主持区政府全面工作；第六十二条：区政府领导外出期间实行工作补位制度；第六十三条：互相补位的领导一般不同时外出，特殊情况由区长安排其他领导补位；第八十二条：外出应提前3天向区委书记、区长报告行止日期、地点、事由和代为主持工作的负责人。
      </Typography.Paragraph>
    </>
  );
}
