import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ExtensionAction, ReportAction, SupervisionTask, TaskDetail, TaskExtension, TaskReport } from '../../api/supervision';
import { attachmentUrl, extensionSteps, fetchTask, reportSteps, supervisionKeys } from '../../api/supervision';
import { formatDate, formatDateTime } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import type { CaseStep } from '../../lib/case-timeline';
import { DueCell, StatusTag } from './task-columns';
import { AcceptParentModal, CloseIncompleteModal, ExtensionModal, OpinionModal, ReportModal, SplitModal } from './task-modals';
import { extensionStatusColors, reportStatusColors } from './supervision-labels';
import { SupervisionHeader } from './supervision-header';
import { useSupervisionStep } from './use-supervision-step';

type Opened = 'report' | 'extension' | 'split' | 'accept' | 'close' | null;

/** The task's source, linked back to its object when it is one of ours (meeting, 批示件, suggestion, task). */
function SourceLink({ task }: { task: TaskDetail }) {
  const { source } = task;
  return (
    <Space size={6} wrap data-testid="task-source" data-source-type={source.type}>
      <Tag color="blue" variant="outlined">
        {source.label}
      </Tag>
      {source.href ? <Link to={source.href}>{source.ref ?? '查看来源'}</Link> : source.ref && <span>{source.ref}</span>}
      {task.focusArea && <Typography.Text type="secondary">督查重点：{task.focusArea}</Typography.Text>}
    </Space>
  );
}

/** 完成时限, how it was counted, and whether it has run out (with the calculation). */
function ClockCell({ task }: { task: TaskDetail }) {
  return (
    <Space orientation="vertical" size={2}>
      <DueCell task={task} />
      {task.clock && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="task-clock">
          {task.clock.explanation}
          {task.clock.provisional ? '（暂定）' : ''}
        </Typography.Text>
      )}
      {task.overdue.explanation && (
        <Typography.Text type={task.overdue.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="task-overdue" data-overdue={task.overdue.isOverdue}>
          {task.overdue.explanation}
        </Typography.Text>
      )}
    </Space>
  );
}

function TaskFacts({ task }: { task: TaskDetail }) {
  const items: { key: string; label: string; span?: 'filled'; children: ReactNode }[] = [
    { key: 'source', label: '来源', span: 'filled', children: <SourceLink task={task} /> },
    ...(task.description ? [{ key: 'description', label: '任务内容', span: 'filled' as const, children: <span style={{ whiteSpace: 'pre-wrap' }}>{task.description}</span> }] : []),
    { key: 'lead', label: '牵头单位', children: <span data-testid="task-lead-unit">{task.leadUnitName}</span> },
    { key: 'co', label: '配合单位', children: task.coUnits.length > 0 ? task.coUnits.map((unit) => unit.name).join('、') : '—' },
    { key: 'leader', label: '分管领导', children: <span data-testid="task-leader">{task.leaderName ?? '—'}</span> },
    { key: 'owner', label: '单位主要负责人', children: task.owner?.name ?? '—' },
    { key: 'due', label: '完成时限', span: 'filled', children: <ClockCell task={task} /> },
    { key: 'progress', label: '进度', children: <Progress percent={task.progress} size="small" style={{ width: 160 }} data-testid="task-progress" /> },
    { key: 'weight', label: '权重', children: task.weight },
  ];
  if (task.reportEveryWorkingDays) {
    items.push({
      key: 'recurring',
      label: '定期报送',
      span: 'filled',
      children: (
        <Space orientation="vertical" size={0}>
          <span>
            每{task.reportEveryWorkingDays}个工作日报送一次进展{task.lastReportOn ? `，上次 ${formatDate(task.lastReportOn)}` : ''}
          </span>
          {task.nextReport && (
            <Typography.Text type={task.nextReport.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="task-next-report">
              下次应于 {formatDate(task.nextReport.due)} 前报送{task.nextReport.isOverdue ? '（已逾期）' : ''}：{task.nextReport.explanation}
            </Typography.Text>
          )}
        </Space>
      ),
    });
  }
  if (task.closedAt) items.push({ key: 'closed', label: task.status === 'closed_incomplete' ? '销号' : '办结', span: 'filled', children: `${formatDateTime(task.closedAt)}${task.closedReason ? `：${task.closedReason}` : ''}` });
  if (task.lookBackOn) items.push({ key: 'lookback', label: '回头看', children: `${formatDate(task.lookBackOn)} 起（第七十七条）` });
  if (task.lookBackOfId) items.push({ key: 'lookbackof', label: '回头看对象', children: <Link to={`/supervision/tasks/${task.lookBackOfId}`}>原任务</Link> });
  if (task.parent) items.push({ key: 'parent', label: '上级任务', span: 'filled', children: <Link to={`/supervision/tasks/${task.parent.id}`}>{`${task.parent.number ?? ''} ${task.parent.title}`}</Link> });
  if (task.article) items.push({ key: 'basis', label: '依据', children: articleLabel(task.article) });
  items.push({ key: 'created', label: '立项时间', children: formatDateTime(task.createdAt) });
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} items={items} />;
}

/** 子任务: each with its number, lead unit, weight, due day and progress; the task's progress is their weighted roll-up. */
function SubtaskTable({ task }: { task: TaskDetail }) {
  const totalWeight = task.children.reduce((sum, child) => sum + child.weight, 0);
  const columns: TableColumnsType<SupervisionTask> = [
    { title: '编号', dataIndex: 'number', width: 130, render: (number: string | null, child) => <Link to={`/supervision/tasks/${child.id}`}>{number ?? '—'}</Link> },
    { title: '子任务', dataIndex: 'title', render: (title: string, child) => <Link to={`/supervision/tasks/${child.id}`}>{title}</Link> },
    { title: '牵头单位', dataIndex: 'leadUnitName', width: 150 },
    { title: '权重', dataIndex: 'weight', width: 90, render: (weight: number) => `${weight}${totalWeight > 0 ? `（${Math.round((weight / totalWeight) * 100)}%）` : ''}` },
    { title: '完成时限', dataIndex: 'dueOn', width: 170, render: (_: string, child) => <DueCell task={child} /> },
    { title: '进度', dataIndex: 'progress', width: 120, render: (progress: number) => <Progress percent={progress} size="small" /> },
    { title: '状态', dataIndex: 'status', width: 100, render: (_: string, child) => <StatusTag task={child} /> },
  ];
  return <Table<SupervisionTask> className="zw-dense" size="small" rowKey="id" columns={columns} dataSource={task.children} pagination={false} scroll={{ x: 860 }} data-testid="subtasks" />;
}

type Pending = { kind: 'report'; action: ReportAction; report: TaskReport } | { kind: 'extension'; action: ExtensionAction; extension: TaskExtension } | null;

const reportActionLabels: Record<ReportAction, string> = { approve: '主要负责人审核同意', decline: '退回', accept: '审核通过', return: '退回补报' };
const extensionActionLabels: Record<ExtensionAction, string> = { approve: '批准延期', refuse: '不予延期' };

/** The step on a report or an extension the user chose, with its opinion (required for 退回). */
function PendingStep({ task, pending, onClose }: { task: TaskDetail; pending: NonNullable<Pending>; onClose: () => void }) {
  const step = useSupervisionStep(
    supervisionKeys.task(task.id),
    async (opinion: string | null) => {
      if (pending.kind === 'report') {
        const { id, version } = pending.report;
        if (pending.action === 'decline') return reportSteps.decline(id, { version, opinion: opinion ?? '' });
        if (pending.action === 'return') return reportSteps.return(id, { version, opinion: opinion ?? '' });
        return reportSteps[pending.action](id, { version, opinion });
      }
      const { id, version } = pending.extension;
      return extensionSteps[pending.action](id, { version, opinion });
    },
    () => (pending.kind === 'report' ? `已${reportActionLabels[pending.action]}` : `已${extensionActionLabels[pending.action]}`),
  );
  const label = pending.kind === 'report' ? reportActionLabels[pending.action] : extensionActionLabels[pending.action];
  const isRequired = pending.kind === 'report' && (pending.action === 'decline' || pending.action === 'return');
  const isDanger = pending.action === 'decline' || pending.action === 'return' || pending.action === 'refuse';
  return <OpinionModal title={label} okText={label} isRequired={isRequired} isDanger={isDanger} isPending={step.isPending} error={step.error} onOk={(opinion) => step.mutate(opinion, { onSuccess: onClose })} onClose={onClose} />;
}

function ReportItem({ report, onAction }: { report: TaskReport; onAction: (action: ReportAction) => void }) {
  return (
    <List.Item
      data-testid="task-report"
      data-report-status={report.status}
      actions={report.actions.map((action) => (
        <Button key={action} size="small" type={action === 'approve' || action === 'accept' ? 'primary' : 'default'} danger={action === 'decline' || action === 'return'} onClick={() => onAction(action)}>
          {reportActionLabels[action]}
        </Button>
      ))}
    >
      <div style={{ width: '100%' }}>
        <Space size={6} wrap>
          <strong>{report.kindLabel}</strong>
          <Tag color={reportStatusColors[report.status]} data-testid="report-status">
            {report.statusLabel}
          </Tag>
          <Typography.Text type="secondary">进度 {report.progress}%</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            报送于 {formatDateTime(report.createdAt)}
          </Typography.Text>
        </Space>
        <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{report.text}</div>
        {report.attachments.length > 0 && (
          <Space size={[8, 4]} wrap>
            {report.attachments.map((file) => (
              <a key={file.id} href={attachmentUrl(file.id)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {file.fileName}
              </a>
            ))}
          </Space>
        )}
        <div>
          {report.approvedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 12 }} data-testid="report-approved">
              主要负责人 {report.approvedBy} {report.approvedAt ? `于 ${formatDateTime(report.approvedAt)}` : ''} 审核同意
            </Typography.Text>
          )}
          {report.reviewedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="report-reviewed">
              {report.status === 'declined' ? '退回' : '督查室'} {report.reviewedBy} {report.reviewedAt ? `于 ${formatDateTime(report.reviewedAt)}` : ''}
              {report.reviewOpinion ? `：${report.reviewOpinion}` : ''}
            </Typography.Text>
          )}
        </div>
      </div>
    </List.Item>
  );
}

function ExtensionItem({ extension, onAction }: { extension: TaskExtension; onAction: (action: ExtensionAction) => void }) {
  return (
    <List.Item
      data-testid="task-extension"
      data-extension-status={extension.status}
      actions={extension.actions.map((action) => (
        <Button key={action} size="small" type={action === 'approve' ? 'primary' : 'default'} danger={action === 'refuse'} onClick={() => onAction(action)}>
          {extensionActionLabels[action]}
        </Button>
      ))}
    >
      <div>
        <Space size={6} wrap>
          <strong>
            {formatDate(extension.previousDueOn)} → {formatDate(extension.requestedDueOn)}
          </strong>
          <Tag color={extensionStatusColors[extension.status]}>{extension.statusLabel}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            申请于 {formatDateTime(extension.createdAt)}，审批人 {extension.approverName ?? '—'}
          </Typography.Text>
        </Space>
        <div style={{ whiteSpace: 'pre-wrap' }}>{extension.reason}</div>
        {extension.decidedBy && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {extension.decidedBy} {extension.decidedAt ? `于 ${formatDateTime(extension.decidedAt)}` : ''} {extension.statusLabel}
            {extension.opinion ? `：${extension.opinion}` : ''}
          </Typography.Text>
        )}
      </div>
    </List.Item>
  );
}

/**
 * The task's record. The server's task view carries no timeline yet; until it does, the steps are read from the
 * task itself, its reports and its extensions (who, when, with what opinion).
 */
function stepsOf(task: TaskDetail): CaseStep[] {
  const served = (task as TaskDetail & { timeline?: CaseStep[] }).timeline;
  if (served) return served;
  const steps: CaseStep[] = [{ key: 'open', kind: 'open', label: '立项', actorName: '区政府办公室', actingForName: null, article: task.article, occurredAt: task.createdAt, opinion: task.number }];
  for (const report of task.reports) {
    steps.push({ key: `r-${report.id}`, kind: 'report', label: `报送${report.kindLabel}`, actorName: task.leadUnitName, actingForName: null, article: 32, occurredAt: report.createdAt, opinion: null });
    if (report.approvedBy && report.approvedAt) steps.push({ key: `ra-${report.id}`, kind: 'approve', label: '主要负责人审核同意', actorName: report.approvedBy, actingForName: null, article: 75, occurredAt: report.approvedAt, opinion: null });
    if (report.reviewedBy && report.reviewedAt) steps.push({ key: `rr-${report.id}`, kind: report.status, label: report.statusLabel, actorName: report.reviewedBy, actingForName: null, article: report.status === 'declined' ? 75 : 57, occurredAt: report.reviewedAt, opinion: report.reviewOpinion });
  }
  for (const extension of task.extensions) {
    steps.push({ key: `e-${extension.id}`, kind: 'request_extension', label: `申请延期至${formatDate(extension.requestedDueOn)}`, actorName: task.leadUnitName, actingForName: null, article: 32, occurredAt: extension.createdAt, opinion: extension.reason });
    if (extension.decidedBy && extension.decidedAt) steps.push({ key: `ed-${extension.id}`, kind: `extension_${extension.status}`, label: extension.status === 'approved' ? '批准延期' : '不予延期', actorName: extension.decidedBy, actingForName: null, article: 32, occurredAt: extension.decidedAt, opinion: extension.opinion });
  }
  if (task.closedAt) steps.push({ key: 'closed', kind: task.status, label: task.statusLabel, actorName: '区政府办公室', actingForName: null, article: task.status === 'closed_incomplete' ? 79 : 57, occurredAt: task.closedAt, opinion: task.closedReason });
  return steps.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

const stepColor = (kind: string) => (kind === 'done' || kind === 'accepted' || kind === 'extension_approved' ? 'green' : kind === 'declined' || kind === 'returned' || kind === 'closed_incomplete' || kind === 'extension_refused' ? 'red' : 'blue');

function TaskView({ task }: { task: TaskDetail }) {
  const [opened, setOpened] = useState<Opened>(null);
  const [pending, setPending] = useState<Pending>(null);
  const has = (action: SupervisionTask['actions'][number]) => task.actions.includes(action);
  const suggestionHref = task.source.type === 'deputy_suggestion' || task.source.type === 'cppcc_proposal' ? task.source.href : null;
  const buttons = [
    has('report') && (
      <Button key="report" type="primary" onClick={() => setOpened('report')}>
        报送进展
      </Button>
    ),
    has('answer') && suggestionHref && (
      <Link key="answer" to={suggestionHref}>
        <Button type="primary">答复建议提案</Button>
      </Link>
    ),
    has('request_extension') && (
      <Button key="extension" onClick={() => setOpened('extension')}>
        申请延期
      </Button>
    ),
    has('split') && (
      <Button key="split" onClick={() => setOpened('split')}>
        分解子任务
      </Button>
    ),
    // A task in review is accepted through its final report; a parent, once its sub-tasks are all closed, as a whole.
    has('accept') && task.children.length > 0 && (
      <Button key="accept" type="primary" onClick={() => setOpened('accept')}>
        验收办结
      </Button>
    ),
    has('close_incomplete') && (
      <Button key="close" danger onClick={() => setOpened('close')}>
        未完成销号
      </Button>
    ),
  ].filter(Boolean);
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: '10px 16px' } }}>
        <Space size={8} wrap>
          <Typography.Text strong code data-testid="task-number">
            {task.number ?? '—'}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="task-title">
            {task.title}
          </Typography.Text>
          <span data-testid="task-status" data-status={task.status}>
            <StatusTag task={task} />
          </span>
          {task.category !== 'task' && <Tag variant="outlined">{task.categoryLabel}</Tag>}
          {task.overdue.isOverdue && <Tag color="red">逾期{task.overdue.days}天</Tag>}
        </Space>
        {buttons.length > 0 && (
          <div style={{ marginTop: 8 }} data-testid="task-actions">
            <Space wrap>{buttons}</Space>
          </div>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={15}>
          <Card size="small" title="任务信息">
            <TaskFacts task={task} />
          </Card>
          {task.children.length > 0 && (
            <Card size="small" title={`子任务（${task.children.length}）`} style={{ marginTop: 12 }}>
              <SubtaskTable task={task} />
            </Card>
          )}
          <Card size="small" title={`进展和办结报告（${task.reports.length}）`} style={{ marginTop: 12 }} data-testid="task-reports">
            {task.reports.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无报告" />
            ) : (
              <List<TaskReport> size="small" dataSource={[...task.reports].reverse()} renderItem={(report) => <ReportItem report={report} onAction={(action) => setPending({ kind: 'report', action, report })} />} />
            )}
          </Card>
          {task.extensions.length > 0 && (
            <Card size="small" title={`延期记录（${task.extensions.length}）`} style={{ marginTop: 12 }} data-testid="task-extensions">
              <List<TaskExtension> size="small" dataSource={task.extensions} renderItem={(extension) => <ExtensionItem extension={extension} onAction={(action) => setPending({ kind: 'extension', action, extension })} />} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="办理过程">
            <CaseTimeline steps={stepsOf(task)} colorOf={stepColor} />
          </Card>
        </Col>
      </Row>
      {opened === 'report' && <ReportModal task={task} onClose={() => setOpened(null)} />}
      {opened === 'extension' && <ExtensionModal task={task} onClose={() => setOpened(null)} />}
      {opened === 'split' && <SplitModal task={task} onClose={() => setOpened(null)} />}
      {opened === 'accept' && <AcceptParentModal task={task} onClose={() => setOpened(null)} />}
      {opened === 'close' && <CloseIncompleteModal task={task} onClose={() => setOpened(null)} />}
      {pending && <PendingStep key={`${pending.kind}-${pending.action}`} task={task} pending={pending} onClose={() => setPending(null)} />}
    </>
  );
}

/** 督办任务: one task of the ledger — source, units, leader, clock, sub-tasks, reports, extensions, steps (art. 32, 57, 75–79). */
export default function SupervisionTaskPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: supervisionKeys.task(id), queryFn: ({ signal }) => fetchTask(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.number ?? detail.data.title} · 政务` : '督办任务 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<SupervisionHeader title="督办任务" extra={<BackButton to="/supervision" text="督查台账" />} />} what="督办任务" list={{ to: '/supervision', text: '返回督查台账' }}>
      {(task) => (
        <>
          {task.status === 'reviewing' && task.reports.every((report) => report.actions.length === 0) && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="办结报告已报区政府办公室验收" />}
          <TaskView task={task} />
        </>
      )}
    </CaseDetail>
  );
}
