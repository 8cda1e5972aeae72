import { FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { minutesDocxUrl, minutesSteps } from '../../api/meetings';
import type { MeetingDetail } from '../../api/meetings';
import { formatDateTime } from '../../app/dates';
import { meetingStatusColors } from './meetings-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useMeetingStep } from './use-meeting-step';

/** Who signs the minutes off (art. 56), said beside the buttons. */
function signerRule(meeting: MeetingDetail): string {
  if (meeting.kind !== 'topical') return '第五十六条：区政府全体会议、常务会议的纪要，由区长签发。';
  if (meeting.delegatedBy) return `第五十六条：区政府办公室主任、副主任受委托召开的专题会议，会议纪要须由委托的${meeting.delegatedBy}审定同意后印发。`;
  return '第五十六条：区政府专题会议纪要由会议主持人签发。';
}

/**
 * 纪要: the office drafts (and numbers) the minutes, the delegating leader approves a delegated topical meeting's,
 * the right person signs them off — after which every decision item is a follow-up task. Downloadable as Word.
 */
export function MinutesCard({ meeting, personName }: { meeting: MeetingDetail; personName: (personId: string) => string }) {
  const [form] = Form.useForm<{ text: string }>();
  const draft = useMeetingStep(meeting.id, (text: string) => minutesSteps.draft(meeting.id, { version: meeting.version, text }), (result) => `纪要已保存，编号 ${result.minutesNumber}`);
  const approve = useMeetingStep(meeting.id, () => minutesSteps.approve(meeting.id, meeting.version), () => '纪要已审定');
  const sign = useMeetingStep(meeting.id, () => minutesSteps.sign(meeting.id, meeting.version), (result) => `纪要已签发，${result.taskIds.length} 项议定事项转为督办任务`);
  const mayDraft = meeting.actions.includes('draft_minutes');
  const hasMinutes = meeting.minutesText !== null;

  const facts = [
    { key: 'number', label: '纪要编号', children: meeting.minutesNumber ? <strong data-testid="minutes-number">{meeting.minutesNumber}</strong> : '起草后编号' },
    { key: 'status', label: '状态', children: <Tag color={meetingStatusColors[meeting.status]}>{meeting.statusLabel}</Tag> },
    ...(meeting.minutesApprovedByPersonId ? [{ key: 'approved', label: '审定', children: personName(meeting.minutesApprovedByPersonId) }] : []),
    ...(meeting.minutesSignedByPersonId
      ? [
          {
            key: 'signed',
            label: '签发',
            children: (
              <span data-testid="minutes-signed">
                {personName(meeting.minutesSignedByPersonId)}
                {meeting.minutesSignedAt ? ` · ${formatDateTime(meeting.minutesSignedAt)}` : ''}
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title="纪要"
      data-testid="minutes"
      extra={
        hasMinutes && (
          <Typography.Link href={minutesDocxUrl(meeting.id)} download>
            <FileWordOutlined /> 下载纪要（Word）
          </Typography.Link>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 4 }} items={facts} style={{ marginBottom: 8 }} />
      {mayDraft ? (
        <Form<{ text: string }> form={form} layout="vertical" initialValues={{ text: meeting.minutesText ?? '' }} onFinish={(values) => draft.mutate(values.text.trim())} onValuesChange={() => draft.isError && draft.reset()}>
          <Form.Item label="纪要正文" name="text" rules={[{ required: true, whitespace: true, message: '请填写纪要正文' }]} style={{ marginBottom: 8 }}>
            <Input.TextArea maxLength={50_000} autoSize={{ minRows: 5, maxRows: 16 }} placeholder="会议听取了……会议议定：……" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draft.isPending}>
            {hasMinutes ? '保存修改' : '起草纪要'}
          </Button>
        </Form>
      ) : hasMinutes ? (
        <div style={{ whiteSpace: 'pre-wrap', padding: '8px 12px', background: '#fafafa', borderRadius: 4 }} data-testid="minutes-text">
          {meeting.minutesText}
        </div>
      ) : (
        <Typography.Text type="secondary">纪要尚未起草</Typography.Text>
      )}
      {draft.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={draft.error} title="未能保存纪要" />
        </div>
      )}
      {(meeting.actions.includes('approve_minutes') || meeting.actions.includes('sign_minutes')) && (
        <Space size={8} wrap style={{ marginTop: 12 }}>
          {meeting.actions.includes('approve_minutes') && (
            <Popconfirm title="审定同意这份纪要？" okText="审定" onConfirm={() => approve.mutate(undefined)}>
              <Button type="primary" loading={approve.isPending}>
                审定纪要
              </Button>
            </Popconfirm>
          )}
          {meeting.actions.includes('sign_minutes') && (
            <Popconfirm title="签发这份纪要？" description="签发后，议定事项转为督办任务（第五十七条）。" okText="签发" onConfirm={() => sign.mutate(undefined)}>
              <Button type="primary" danger loading={sign.isPending}>
                签发纪要
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {approve.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={approve.error} title="未能审定纪要" />
        </div>
      )}
      {sign.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={sign.error} title="未能签发纪要" />
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {signerRule(meeting)}
      </Typography.Paragraph>
    </Card>
  );
}
