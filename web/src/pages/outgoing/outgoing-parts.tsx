import { Collapse, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { OutgoingCountersignature, OutgoingDetail, OutgoingReceipt, OutgoingTimelineStep, OutgoingVersion } from '../../api/outgoing';
import { formatDate, formatDateTime } from '../../app/dates';
import { CaseTimeline } from '../../lib/case-timeline';
import { countersignColumns } from '../../lib/countersign-columns';
import { BodyView } from './body-editor';
import { receivedStatusLabels } from './outgoing-labels';

function stepColor(action: string): string {
  switch (action) {
    case 'return':
      return 'red';
    case 'chase':
    case 'coordinate':
      return 'orange';
    case 'sign_off':
      return '#b7201f';
    case 'issue':
      return 'green';
    default:
      return 'blue';
  }
}

/** Every step the document went through: what, who (代某某 when a cover acted), when in Beijing time, opinion and article. */
export function OutgoingTimeline({ steps }: { steps: readonly OutgoingTimelineStep[] }) {
  return <CaseTimeline steps={steps.map((step, index) => ({ ...step, key: `${step.occurredAt}-${index}`, kind: step.action, label: step.actionLabel }))} colorOf={stepColor} />;
}

/** Each unit's countersignature (art. 68): agreed or not, grounds, by whom, and the reply's due date in working days. */
export function OutgoingCountersignList({ doc }: { doc: OutgoingDetail }) {
  const columns: TableColumnsType<OutgoingCountersignature> = [
    { title: '会签单位', dataIndex: 'unitName', width: 140 },
    ...countersignColumns<OutgoingCountersignature>((row) => (row.signedAt !== null && row.isAgreed !== null ? { ...row, isAgreed: row.isAgreed, signedAt: row.signedAt } : null)),
    {
      title: '回复期限',
      key: 'due',
      width: 170,
      render: (_, row) =>
        row.dueOn ? (
          <Space size={4} wrap>
            <Typography.Text type={row.isOverdue ? 'danger' : undefined}>{formatDate(row.dueOn)}</Typography.Text>
            {row.isOverdue && (
              <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="countersign-overdue">
                逾期{row.overdueWorkingDays}个工作日
              </Tag>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return (
    <Table<OutgoingCountersignature>
      size="small"
      rowKey="unitId"
      columns={columns}
      dataSource={doc.countersignatures}
      pagination={false}
      data-testid="countersignatures"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未送会签" /> }}
    />
  );
}

/** Every saved version of the text (a returned draft revised and resubmitted keeps them all), newest first. */
export function OutgoingVersions({ versions }: { versions: readonly OutgoingVersion[] }) {
  if (versions.length === 0) return <Typography.Text type="secondary">尚无修改稿</Typography.Text>;
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    <Collapse
      size="small"
      data-testid="versions"
      items={newestFirst.map((version) => ({
        key: String(version.number),
        label: (
          <Space size={8} wrap>
            <strong>第{version.number}稿</strong>
            <span>{version.reason}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {version.savedBy} · {formatDateTime(version.savedAt)}
            </Typography.Text>
          </Space>
        ),
        children: (
          <>
            <Typography.Paragraph strong style={{ textAlign: 'center' }}>
              {version.title}
            </Typography.Paragraph>
            <BodyView blocks={version.body} />
          </>
        ),
      }))}
    />
  );
}

/** Who the issued document went to inside the platform, and who has signed for it (签收). */
export function OutgoingReceipts({ receipts }: { receipts: readonly OutgoingReceipt[] }) {
  const columns: TableColumnsType<OutgoingReceipt> = [
    { title: '单位', key: 'unit', render: (_, row) => row.unit.name },
    { title: '', dataIndex: 'role', width: 60, render: (role: OutgoingReceipt['role']) => (role === 'main' ? '主送' : '抄送') },
    {
      title: '签收',
      key: 'status',
      width: 220,
      render: (_, row) =>
        row.status === 'acknowledged' ? (
          <Space size={4} wrap>
            <Tag color="success">{receivedStatusLabels.acknowledged}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.acknowledgedBy} · {row.acknowledgedAt ? formatDateTime(row.acknowledgedAt) : ''}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="processing">{receivedStatusLabels.pending}</Tag>
        ),
    },
  ];
  return <Table<OutgoingReceipt> size="small" rowKey="id" columns={columns} dataSource={[...receipts]} pagination={receipts.length > 10 ? { pageSize: 10, size: 'small' } : false} data-testid="receipts" />;
}
