import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Result, Space, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { fetchCoverCalendar, fetchLeaderItem, handleLeaderItem, leaveKeys } from '../../api/leave';
import type { LeaderItemDetail } from '../../api/leave';
import { fetchLeaders, orgKeys } from '../../api/org';
import { workbenchQueryKey } from '../../api/workbench';
import { formatDate, formatDateTime, toLocalDate, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { articleLabel } from '../../lib/article-number';
import { errorText } from '../../lib/show-api-error';
import { LeaveHeader } from './leave-header';
import { coverBasisArticles, coverBasisLabels, leaderItemStatusColors, leaderItemStatusLabels } from './leave-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

/**
 * Who handled an item. The item carries the handler's user id only: the signed-in user is recognised by it; an
 * item handled for nobody was handled by its addressee; one handled for an absent leader by whoever covered that
 * leader on the day (the cover calendar of that day says who).
 */
function useHandlerName(item: LeaderItemDetail | undefined, addresseeName: string | undefined): string | undefined {
  const session = useSession();
  const handledOn = item?.handledAt ? toLocalDate(item.handledAt) : undefined;
  const needsLookup = Boolean(item?.handledActingForPersonId && handledOn && item.handledByUserId !== session.data?.user.id);
  const day = useQuery({
    queryKey: leaveKeys.coverCalendar(handledOn ?? '', handledOn ?? ''),
    queryFn: ({ signal }) => fetchCoverCalendar(handledOn ?? '', handledOn ?? '', signal),
    enabled: needsLookup,
  });
  if (!item?.handledByUserId) return undefined;
  if (item.handledByUserId === session.data?.user.id) return session.data.user.displayName;
  if (!item.handledActingForPersonId) return addresseeName;
  return day.data?.days[0]?.away.find((absent) => absent.personId === item.handledActingForPersonId)?.cover?.name ?? '补位领导';
}

function HandleForm({ item, actingForName }: { item: LeaderItemDetail; actingForName: string | undefined }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const mutation = useMutation({
    mutationFn: (note: string) => handleLeaderItem(item.id, { version: item.version, note }),
    onSuccess: async () => {
      void message.success(actingForName ? `已代${actingForName}办理` : '已办理');
      await Promise.all([queryClient.invalidateQueries({ queryKey: leaveKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: leaveKeys.item(item.id) });
    },
  });
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={
        <Space size={8}>
          <span>办理</span>
          {actingForName && <Tag color="orange">代{actingForName}处理</Tag>}
        </Space>
      }
    >
      <Form<{ note: string }> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values.note.trim())} onValuesChange={() => mutation.isError && mutation.reset()}>
        <Form.Item label="办理情况" name="note" rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 8 }} showCount />
        </Form.Item>
        {mutation.isError && (
          <div style={{ marginBottom: 12 }}>
            <RuleRefusalAlert error={mutation.error} title="未能办理" />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          办理
        </Button>
      </Form>
    </Card>
  );
}

/** One item for a leader: what it is, who covers while the leader is away, and 办理 when the server allows it. */
export default function LeaderItemPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const item = useQuery({ queryKey: leaveKeys.item(id), queryFn: ({ signal }) => fetchLeaderItem(id, signal) });
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });
  const data = item.data;
  const addresseeName = data ? leaders.data?.items.find((leader) => leader.personId === data.addresseePersonId)?.name : undefined;
  // The item says whether the caller handles it as someone's cover (代某某处理); the 工作台 is paged now, so its
  // first page cannot tell (and its cache holds the paged form).
  const actingFor = data?.actingFor ?? undefined;
  const handlerName = useHandlerName(data, addresseeName);
  const handledForName = data?.handledActingForPersonId
    ? (leaders.data?.items.find((leader) => leader.personId === data.handledActingForPersonId)?.name ?? addresseeName)
    : undefined;

  useEffect(() => {
    document.title = data ? `${data.title} · 政务` : '领导事项 · 政务';
  }, [data]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      返回
    </Button>
  );

  if (item.isError) {
    const isMissing = item.error instanceof ApiError && item.error.status === 404;
    return (
      <>
        <LeaveHeader title="领导事项" extra={back} />
        {isMissing ? (
          <Card size="small">
            <Result status="404" title="事项不存在或您无权查看" subTitle="领导返回后，补位期间转来的事项不再由补位领导办理" extra={<Link to="/">返回工作台</Link>} />
          </Card>
        ) : (
          <Alert type="error" showIcon title="事项加载失败" description={errorText(item.error)} />
        )}
      </>
    );
  }
  if (!data) {
    return (
      <>
        <LeaveHeader title="领导事项" extra={back} />
        <Spin style={{ display: 'block', marginTop: 80 }} />
      </>
    );
  }

  const cover = data.cover;
  return (
    <>
      <LeaveHeader title="领导事项" extra={back} />
      {data.status === 'open' && cover && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${addresseeName ?? '该领导'}外出期间，${data.isUrgent ? '本紧急事项' : '紧急事项'}由${cover.name}补位处理（${coverBasisLabels[cover.basis]}，${articleLabel(coverBasisArticles[cover.basis])}）`}
          description={data.isUrgent ? undefined : '本事项不属紧急事项，待领导返回后办理。'}
        />
      )}
      <Card
        size="small"
        title={
          <Space size={8} wrap>
            {data.isUrgent && <Tag color="red">急</Tag>}
            <span>{data.title}</span>
            <Tag color={leaderItemStatusColors[data.status]}>{leaderItemStatusLabels[data.status]}</Tag>
            {actingFor && data.status === 'open' && <Tag color="orange">代{actingFor.name}处理</Tag>}
          </Space>
        }
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            { key: 'kind', label: '类别', children: data.kindLabel },
            { key: 'addressee', label: '领导', children: addresseeName ?? '—' },
            { key: 'urgent', label: '紧急事项', children: data.isUrgent ? '是' : '否' },
            { key: 'due', label: '办理期限', children: data.dueOn ? formatDate(data.dueOn) : '—' },
            { key: 'createdAt', label: '登记时间', children: formatDateTime(data.createdAt) },
            { key: 'detail', label: '详细情况', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.detail || '—'}</span> },
          ]}
        />
        {data.status === 'handled' && (
          <Descriptions
            size="small"
            bordered
            style={{ marginTop: 12 }}
            title="办理情况"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'handler',
                label: '办理人',
                children: (
                  <Space size={6} wrap data-testid="handled-by">
                    <span>{handlerName ?? '—'}</span>
                    {handledForName && <Tag color="orange">代{handledForName}处理</Tag>}
                  </Space>
                ),
              },
              { key: 'handledAt', label: '办理时间', children: data.handledAt ? formatDateTime(data.handledAt) : '—' },
              { key: 'note', label: '办理情况', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.handlingNote ?? '—'}</span> },
            ]}
          />
        )}
      </Card>
      {data.actions.includes('handle') && <HandleForm item={data} actingForName={actingFor?.name} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十二条：区政府领导外出期间实行工作补位制度，由相对固定的其他区政府领导代为处理临时性或紧急性的工作；补位领导办理的事项记为代外出领导处理。
      </Typography.Paragraph>
    </>
  );
}
