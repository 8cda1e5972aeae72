import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Radio, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchTasks, meetingKeys } from '../../api/meetings';
import type { Task, TaskStatus } from '../../api/meetings';
import { formatDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { MeetingsHeader } from './meetings-header';
import { taskStatusColors, taskStatusLabels } from './meetings-labels';
import { useUnits } from './use-org';

const isStatus = (value: string | null): value is TaskStatus => value === 'open' || value === 'done';

/**
 * 督办任务: the decision items of signed minutes, each with its lead unit, co-units and deadline, overdue ones marked —
 * the office's regular report to the leaders (art. 57). A unit sees the tasks it leads or helps with.
 */
export default function TasksPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const units = useUnits();
  const tasks = useQuery({ queryKey: meetingKeys.tasks(status), queryFn: ({ signal }) => fetchTasks(status, signal), placeholderData: (previous) => previous });
  // The counts are the whole ledger's, whatever the filter below shows.
  const all = useQuery({ queryKey: meetingKeys.tasks(undefined), queryFn: ({ signal }) => fetchTasks(undefined, signal) });

  useEffect(() => {
    document.title = '督办任务 · 政务';
  }, []);

  const columns: TableColumnsType<Task> = [
    {
      title: '任务',
      dataIndex: 'title',
      render: (title: string, task) => (
        <Space size={4} wrap>
          <Link to={`/tasks/${task.id}`}>{title}</Link>
          {task.isOverdue && <Tag color="red">逾期</Tag>}
        </Space>
      ),
    },
    { title: '牵头单位', dataIndex: 'leadUnitName', width: 160 },
    {
      title: '配合单位',
      dataIndex: 'coUnitIds',
      width: 200,
      render: (ids: string[]) => (ids.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : ids.map(units.unitName).join('、')),
    },
    {
      title: '完成时限',
      dataIndex: 'dueOn',
      width: 140,
      sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
      render: (value: string, task) => <Typography.Text type={task.isOverdue ? 'danger' : undefined}>{formatDate(value)}</Typography.Text>,
    },
    { title: '状态', dataIndex: 'status', width: 90, render: (value: TaskStatus) => <Tag color={taskStatusColors[value]}>{taskStatusLabels[value]}</Tag> },
  ];

  const summary = all.data?.summary;
  return (
    <>
      <MeetingsHeader title="督办任务" />
      <Card size="small" style={{ marginBottom: 12 }} data-testid="task-summary">
        <Space size={48} wrap>
          <Statistic title="在办任务" value={summary?.open ?? 0} loading={all.isPending} />
          <Statistic title="逾期未办结" value={summary?.overdue ?? 0} loading={all.isPending} styles={{ content: { color: summary && summary.overdue > 0 ? '#cf1322' : undefined } }} />
          <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 520, display: 'inline-block' }}>
            第五十七条：区政府全体会议、常务会议、区长办公会议和专题会议决定事项，由区政府办公室负责督办，并定期将会议决定事项的落实情况向区政府领导报告。
          </Typography.Text>
        </Space>
      </Card>
      <Card size="small">
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          style={{ marginBottom: 12 }}
          value={status ?? 'all'}
          onChange={(event) => {
            const value = event.target.value as string;
            setSearchParams(value === 'all' ? {} : { status: value }, { replace: true });
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'open', label: taskStatusLabels.open },
            { value: 'done', label: taskStatusLabels.done },
          ]}
        />
        {tasks.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="督办任务加载失败" description={errorText(tasks.error)} />}
        <Table<Task>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={tasks.isPending || tasks.isFetching}
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 项` }}
          scroll={{ x: 800 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无督办任务" /> }}
        />
      </Card>
    </>
  );
}
