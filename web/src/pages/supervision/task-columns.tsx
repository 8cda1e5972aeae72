import { Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { SupervisionTask } from '../../api/supervision';
import { formatDate } from '../../app/dates';
import { taskStatusColors } from './supervision-labels';

/** 完成时限 with its 逾期 tag; the calculation on hover. */
export function DueCell({ task }: { task: SupervisionTask }) {
  const due = task.clock?.due ?? task.dueOn;
  return (
    <Space size={4} wrap>
      <Tooltip title={task.overdue.explanation ?? task.clock?.explanation}>
        <Typography.Text type={task.overdue.isOverdue ? 'danger' : undefined}>{formatDate(due)}</Typography.Text>
      </Tooltip>
      {task.overdue.isOverdue && (
        <Tag color="red" data-testid="overdue-tag">
          逾期{task.overdue.days}天
        </Tag>
      )}
    </Space>
  );
}

export function StatusTag({ task }: { task: SupervisionTask }) {
  return (
    <Tag color={taskStatusColors[task.status]} data-status={task.status}>
      {task.statusLabel}
    </Tag>
  );
}

/** The ledger's columns (编号, 任务, 来源, 牵头单位, 分管领导, 完成时限, 进度, 状态); `without` drops some for small lists. */
export function taskColumns(without: readonly string[] = []): TableColumnsType<SupervisionTask> {
  const columns: TableColumnsType<SupervisionTask> = [
    {
      key: 'number',
      title: '编号',
      dataIndex: 'number',
      width: 130,
      render: (number: string | null, task) => (
        <Link to={`/supervision/tasks/${task.id}`} data-testid="ledger-number">
          {number ?? '—'}
        </Link>
      ),
    },
    {
      key: 'title',
      title: '任务',
      dataIndex: 'title',
      render: (title: string, task) => (
        <div>
          <Link to={`/supervision/tasks/${task.id}`}>{title}</Link>
          {task.category !== 'task' && (
            <Tag style={{ marginInlineStart: 6 }} variant="outlined">
              {task.categoryLabel}
            </Tag>
          )}
          {task.coUnits.length > 0 && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                配合：{task.coUnits.map((unit) => unit.name).join('、')}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      key: 'source',
      title: '来源',
      dataIndex: 'source',
      width: 130,
      render: (source: SupervisionTask['source']) => (
        <Tooltip title={source.ref ?? undefined}>
          <span>{source.href ? <Link to={source.href}>{source.label}</Link> : source.label}</span>
        </Tooltip>
      ),
    },
    { key: 'lead', title: '牵头单位', dataIndex: 'leadUnitName', width: 150 },
    { key: 'leader', title: '分管领导', dataIndex: 'leaderName', width: 90, render: (name: string | null) => name ?? '—' },
    { key: 'due', title: '完成时限', dataIndex: 'dueOn', width: 170, render: (_: string, task) => <DueCell task={task} /> },
    { key: 'progress', title: '进度', dataIndex: 'progress', width: 110, render: (progress: number) => <Progress percent={progress} size="small" /> },
    { key: 'status', title: '状态', dataIndex: 'status', width: 100, render: (_: string, task) => <StatusTag task={task} /> },
  ];
  return columns.filter((column) => !without.includes(String(column.key)));
}
