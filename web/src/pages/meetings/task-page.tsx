import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Result, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { completeTask, fetchTasks, meetingKeys } from '../../api/meetings';
import { workbenchQueryKey } from '../../api/workbench';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import type { MeetingDetail, Task } from '../../api/meetings';
import { formatDate, formatDateTime, toLocalDate } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { errorText } from '../../lib/show-api-error';
import { MeetingsHeader } from './meetings-header';
import { meetingKindColors, taskStatusColors, taskStatusLabels } from './meetings-labels';
import { useFindMeeting } from './use-find-meeting';
import { useUnits } from './use-org';

/** Where the task came from: the meeting whose signed minutes made it, with the decision item as recorded. */
function SourceMeeting({ task }: { task: Task }) {
  const signedOn = toLocalDate(task.createdAt);
  // Minutes are signed on or after the meeting day; a year back covers a meeting signed after New Year.
  const range = { from: `${Number(signedOn.slice(0, 4)) - 1}-01-01`, to: signedOn };
  const holds = (meeting: MeetingDetail) => meeting.decisions.some((item) => item.taskId === task.id || item.id === task.sourceId);
  const found = useFindMeeting(range, (item) => item.status === 'minutes_signed', holds);
  if (found.isError) return <Typography.Text type="secondary">来源会议加载失败</Typography.Text>;
  if (!found.meeting) return found.isSearching ? <Spin size="small" /> : <Typography.Text type="secondary">未找到来源会议</Typography.Text>;
  const meeting = found.meeting;
  const decision = meeting.decisions.find((item) => item.taskId === task.id || item.id === task.sourceId);
  return (
    <Space orientation="vertical" size={2} data-testid="source-meeting">
      <Space size={6} wrap>
        <Tag color={meetingKindColors[meeting.kind]}>{meeting.kindLabel}</Tag>
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDate(meeting.meetingDate)} · {meeting.place} · 主持人 {meeting.chair}
        {meeting.minutesNumber ? ` · ${meeting.minutesNumber}` : ''}
        {decision ? ` · 第${decision.sortOrder}项议定事项` : ''}
      </Typography.Text>
    </Space>
  );
}

/** 办结: the lead unit reports what was done (art. 57); the task's clock stops. */
function CompleteModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const mutation = useMutation({
    mutationFn: (note: string) => completeTask(task.id, { version: task.version, note }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      await queryClient.invalidateQueries({ queryKey: workbenchQueryKey });
      onClose();
    },
  });
  return (
    <Modal title={`办结 · ${task.title}`} open onCancel={onClose} onOk={() => form.submit()} okText="办结" confirmLoading={mutation.isPending} destroyOnHidden>
      <Form<{ note: string }> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values.note.trim())}>
        <Form.Item label="办理情况" name="note" rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能办结" />}
    </Modal>
  );
}

/** 督办任务: one task from a meeting's decision item — what, who leads and helps, by when, and its source meeting (art. 57). */
export default function TaskPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const units = useUnits();
  const tasks = useQuery({ queryKey: meetingKeys.tasks(undefined), queryFn: ({ signal }) => fetchTasks(undefined, signal) });
  const task = tasks.data?.items.find((item) => item.id === id);
  const [isCompleting, setIsCompleting] = useState(false);

  useEffect(() => {
    document.title = task ? `${task.title} · 政务` : '督办任务 · 政务';
  }, [task]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/tasks')}>
      督办任务
    </Button>
  );

  if (tasks.isError) {
    return (
      <>
        <MeetingsHeader title="督办任务" extra={back} />
        <Alert type="error" showIcon title="督办任务加载失败" description={errorText(tasks.error)} />
      </>
    );
  }
  if (!tasks.data) {
    return (
      <>
        <MeetingsHeader title="督办任务" extra={back} />
        <Spin style={{ display: 'block', marginTop: 80 }} />
      </>
    );
  }
  if (!task) {
    return (
      <>
        <MeetingsHeader title="督办任务" extra={back} />
        <Card size="small">
          <Result status="404" title="督办任务不存在或您无权查看" extra={<Link to="/tasks">返回督办任务</Link>} />
        </Card>
      </>
    );
  }

  return (
    <>
      <MeetingsHeader title="督办任务" extra={back} />
      <Card
        size="small"
        data-testid="task"
        title={
          <Space size={8} wrap>
            <span>{task.title}</span>
            <Tag color={taskStatusColors[task.status]}>{taskStatusLabels[task.status]}</Tag>
            {task.isOverdue && <Tag color="red">逾期</Tag>}
          </Space>
        }
        extra={
          task.actions.includes('complete') && (
            <Button type="primary" size="small" onClick={() => setIsCompleting(true)}>
              办结
            </Button>
          )
        }
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'title', label: '任务', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{task.title}</span> },
            { key: 'lead', label: '牵头单位', children: task.leadUnitName },
            { key: 'co', label: '配合单位', children: task.coUnitIds.length > 0 ? task.coUnitIds.map(units.unitName).join('、') : '—' },
            {
              key: 'due',
              label: '完成时限',
              children: (
                <Space orientation="vertical" size={0}>
                  <Typography.Text type={task.isOverdue ? 'danger' : undefined}>{formatDate(task.clock?.due ?? task.dueOn)}</Typography.Text>
                  {task.clock && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {task.clock.explanation}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { key: 'created', label: '立项时间', children: formatDateTime(task.createdAt) },
            { key: 'basis', label: '依据', children: task.article ? `${articleLabel(task.article)}：会议决定事项由区政府办公室负责督办` : '—' },
            {
              key: 'id',
              label: '任务编号',
              children: (
                <Typography.Text code copyable style={{ fontSize: 12 }}>
                  {task.id}
                </Typography.Text>
              ),
            },
            { key: 'source', label: '来源会议', span: 'filled', children: task.sourceType === 'meeting_decision' ? <SourceMeeting task={task} /> : '—' },
          ]}
        />
      </Card>
      {isCompleting && <CompleteModal task={task} onClose={() => setIsCompleting(false)} />}
    </>
  );
}
