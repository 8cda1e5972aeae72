import { Descriptions, Tag, Typography } from 'antd';
import type { Approval } from '../../api/events';
import { formatDate, formatDateTime } from '../../app/dates';

/** A recorded decision, as kept: approved or not, by whom, in what post, when, with what opinion. */
export function ApprovalDescriptions({ approval, emptyText }: { approval: Approval | null; emptyText: string }) {
  if (!approval) return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        { key: 'decision', label: '结果', children: approval.decision === 'approved' ? <Tag color="success">批准</Tag> : <Tag color="red">不批准</Tag> },
        { key: 'body', label: '批准机关', children: approval.bodyLabel },
        { key: 'approver', label: '批准人', children: `${approval.approverPost} ${approval.approverName}` },
        { key: 'decidedOn', label: '批准日期', children: formatDate(approval.decidedOn) },
        { key: 'opinion', label: '意见', span: 'filled', children: approval.opinion },
        { key: 'recordedAt', label: '记录时间', span: 'filled', children: formatDateTime(approval.recordedAt) },
      ]}
    />
  );
}
