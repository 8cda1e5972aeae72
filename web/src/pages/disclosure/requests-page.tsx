import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Challenge, ChallengeOutcome, DisclosureRequest, RequestFilter, RequestStatus } from '../../api/disclosure';
import { disclosureKeys, fetchChallenges, fetchRequests, updateChallenge } from '../../api/disclosure';
import { dateFormat, formatDate } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { useShowRuleError } from '../../lib/rule-feedback';
import { DueCell, LoadMore } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { challengeOutcomeLabels, requestStatusColors, requestStatusLabels } from './disclosure-labels';
import { ChallengeModal, RegisterRequestModal } from './request-forms';
import { useCan } from './use-can';
import { useDisclosureStep } from './use-disclosure-step';

type FilterForm = { status?: RequestStatus; isOverdue?: 'true' | 'false'; received?: [Dayjs, Dayjs] | null; q?: string };

/** How far a request is from its due day: 剩N个工作日, or 超期N个工作日 in red. */
function daysText(row: DisclosureRequest): string | null {
  if (row.daysLeft === null) return null;
  return row.daysLeft < 0 ? `超期${-row.daysLeft}个工作日` : `剩${row.daysLeft}个工作日`;
}

function RequestsTab() {
  const canRegister = useCan('disclosure.requests');
  const [filter, setFilter] = useState<RequestFilter>({});
  const [isRegistering, setIsRegistering] = useState(false);
  const list = useInfiniteQuery({
    queryKey: disclosureKeys.requests(filter),
    queryFn: ({ pageParam, signal }) => fetchRequests(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const summary = list.data?.pages[0]?.summary;
  const columns: TableColumnsType<DisclosureRequest> = [
    { title: '编号', dataIndex: 'number', width: 150, render: (number: string, row) => <Link to={`/disclosure/requests/${row.id}`}>{number}</Link> },
    { title: '申请人', dataIndex: 'applicantName', width: 140, render: (name: string, row) => <>{name}<div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.applicantKindLabel} · {row.channelLabel}</Typography.Text></div></> },
    { title: '所需信息', dataIndex: 'description', render: (text: string) => <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{text}</Typography.Paragraph> },
    { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: (day: string) => formatDate(day) },
    {
      title: '答复期限',
      key: 'due',
      width: 190,
      render: (_: unknown, row) => <DueCell due={row.dueOn} isOverdue={row.isOverdue} explanation={[daysText(row), row.isExtended ? '已延长' : null].filter(Boolean).join('，') || null} />,
    },
    { title: '状态', dataIndex: 'status', width: 130, render: (status: RequestStatus, row) => <Tag color={requestStatusColors[status]}>{row.statusLabel}</Tag> },
  ];
  const submit = (values: FilterForm) =>
    setFilter(
      Object.fromEntries(
        Object.entries({
          status: values.status,
          isOverdue: values.isOverdue,
          receivedFrom: values.received?.[0]?.format(dateFormat),
          receivedTo: values.received?.[1]?.format(dateFormat),
          q: values.q?.trim(),
        }).filter(([, value]) => value !== undefined && value !== ''),
      ) as RequestFilter,
    );
  return (
    <>
      <Space size={40} wrap style={{ marginBottom: 12 }}>
        <Statistic title="全部" value={summary?.total ?? 0} loading={list.isPending} />
        {(['received', 'correction', 'consulting', 'answered'] as const).map((status) => (
          <Statistic key={status} title={requestStatusLabels[status]} value={summary?.byStatus[status] ?? 0} loading={list.isPending} />
        ))}
        <div data-testid="request-count-overdue">
          <Statistic title="超期未答复" value={summary?.overdue ?? 0} loading={list.isPending} styles={(summary?.overdue ?? 0) > 0 ? { content: { color: '#cf1322' } } : undefined} />
        </div>
        <div style={{ flex: 1 }} />
        {canRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsRegistering(true)}>
            登记申请
          </Button>
        )}
      </Space>
      <Form<FilterForm> layout="inline" onFinish={submit} style={{ rowGap: 8, marginBottom: 12 }} data-testid="request-filter">
        <Form.Item name="status" label="状态">
          <Select allowClear placeholder="全部" style={{ width: 150 }} options={(Object.keys(requestStatusLabels) as RequestStatus[]).map((value) => ({ value, label: requestStatusLabels[value] }))} />
        </Form.Item>
        <Form.Item name="isOverdue" label="超期">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 100 }}
            options={[
              { value: 'true', label: '超期' },
              { value: 'false', label: '未超期' },
            ]}
          />
        </Form.Item>
        <Form.Item name="received" label="收到日期">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="q" label="关键词">
          <Input allowClear style={{ width: 200 }} maxLength={100} placeholder="编号、申请人、内容" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第三十四条：依申请公开按《政府信息公开条例》办理。按答复期限先后排列；补正后重新计算，征求第三方意见的时间不计入，经负责人同意可延长一次。
      </Typography.Paragraph>
      <ListTable<DisclosureRequest>
        list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
        errorTitle="申请加载失败"
        emptyText="暂无政府信息公开申请"
        rowKey="id"
        columns={columns}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="requests-table"
      />
      <LoadMore list={list} />
      {isRegistering && <RegisterRequestModal onClose={() => setIsRegistering(false)} />}
    </>
  );
}

function ChallengeOutcomeSelect({ challenge, canEdit }: { challenge: Challenge; canEdit: boolean }) {
  const showError = useShowRuleError();
  const step = useDisclosureStep(disclosureKeys.challenges, (outcome: ChallengeOutcome) => updateChallenge(challenge.id, { version: challenge.version, outcome }), () => '已更新结果');
  if (!canEdit) return <>{challenge.outcomeLabel}</>;
  return (
    <Select<ChallengeOutcome>
      size="small"
      value={challenge.outcome}
      loading={step.isPending}
      style={{ width: 120 }}
      onChange={(outcome) => step.mutate(outcome, { onError: (error) => showError(error, '未能更新') })}
      options={(Object.keys(challengeOutcomeLabels) as ChallengeOutcome[]).map((value) => ({ value, label: challengeOutcomeLabels[value] }))}
    />
  );
}

function ChallengesTab() {
  const canRecord = useCan('disclosure.requests');
  const [isRecording, setIsRecording] = useState(false);
  const list = useInfiniteQuery({
    queryKey: disclosureKeys.challenges,
    queryFn: ({ pageParam, signal }) => fetchChallenges(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableColumnsType<Challenge> = [
    { title: '类别', dataIndex: 'kindLabel', width: 220 },
    { title: '提起日期', dataIndex: 'filedOn', width: 140, render: (day: string) => formatDate(day) },
    { title: '所涉申请', dataIndex: 'requestNumber', width: 160, render: (number: string | null, row) => (number && row.requestId ? <Link to={`/disclosure/requests/${row.requestId}`}>{number}</Link> : '—') },
    { title: '结果', dataIndex: 'outcome', width: 140, render: (_: ChallengeOutcome, row) => <ChallengeOutcomeSelect challenge={row} canEdit={canRecord} /> },
    { title: '备注', dataIndex: 'note', render: (note: string | null) => note ?? '—' },
    { title: '登记人', dataIndex: 'recordedByName', width: 90 },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          因政府信息公开申请提起的行政复议、行政诉讼，计入年度报告第四部分。
        </Typography.Text>
        {canRecord && (
          <Button icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>
            登记行政复议、行政诉讼
          </Button>
        )}
      </Space>
      <ListTable<Challenge>
        list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
        errorTitle="行政复议、行政诉讼加载失败"
        emptyText="暂无行政复议、行政诉讼"
        rowKey="id"
        columns={columns}
        pagination={false}
        data-testid="challenges-table"
      />
      <LoadMore list={list} />
      {isRecording && <ChallengeModal onClose={() => setIsRecording(false)} />}
    </>
  );
}

/** 依申请公开: the queue of disclosure requests by their statutory clock, and the reconsiderations and lawsuits (art. 34). */
export default function RequestsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'challenges' ? 'challenges' : 'requests';
  useEffect(() => {
    document.title = '依申请公开 · 政务公开 · 政务';
  }, []);
  return (
    <>
      <DisclosureHeader title="政务公开" />
      <Card size="small">
        <Tabs
          size="small"
          activeKey={view}
          onChange={(key) => setSearchParams(key === 'requests' ? {} : { view: key })}
          items={[
            { key: 'requests', label: '申请办理台账', children: <RequestsTab /> },
            { key: 'challenges', label: '行政复议、行政诉讼', children: <ChallengesTab /> },
          ]}
        />
      </Card>
    </>
  );
}
