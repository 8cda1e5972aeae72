import { Descriptions, Tag, Typography } from 'antd';
import type { Approval } from '../../api/events';
import { formatDate, formatDateTime } from '../../app/dates';

/** A decision as taken: approved or not, by whom in their own session (or for whom), or recorded from the 区委's document. */
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
        {
          key: 'approver',
          label: '批准人',
          children: `${approval.approverPost} ${approval.approverName}${approval.actingForName ? `（代${approval.actingForName}）` : ''}`,
        },
        {
          key: 'how',
          label: '办理方式',
          span: 'filled',
          children: approval.mode === 'recorded_from_document' ? `${approval.recordedByName ?? '办公室'}依批准文件记录（附件）` : '本人在平台办理',
        },
        { key: 'decidedOn', label: '批准日期', children: formatDate(approval.decidedOn) },
        { key: 'opinion', label: '意见', span: 'filled', children: approval.opinion },
        { key: 'recordedAt', label: '记录时间', span: 'filled', children: formatDateTime(approval.recordedAt) },
      ]}
    />
  );
}
