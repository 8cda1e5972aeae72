import { Alert, Button, Card, Checkbox, Empty, Modal, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { agendaSteps } from '../../api/meetings';
import type { MeetingDetail } from '../../api/meetings';
import { formatDateTime } from '../../app/dates';
import { topicStatusColors, topicStatusLabels } from './meetings-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useMeetingStep } from './use-meeting-step';

/** 提出安排意见: the office picks which ready topics go on the agenda, in order. */
function ProposeModal({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const candidates = meeting.topics.filter((topic) => topic.status === 'ready' || topic.status === 'scheduled');
  const [chosen, setChosen] = useState<string[]>(() => candidates.filter((topic) => topic.status === 'scheduled').map((topic) => topic.id));
  const step = useMeetingStep(meeting.id, (topicIds: string[]) => agendaSteps.propose(meeting.id, { version: meeting.version, topicIds }), () => '已提出安排意见');
  const waiting = meeting.topics.filter((topic) => topic.status === 'coordinating' || topic.status === 'awaiting_exception');
  return (
    <Modal
      title="提出会议安排意见"
      open
      onCancel={onClose}
      onOk={() => step.mutate(chosen, { onSuccess: onClose })}
      okText="提出安排意见"
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      {meeting.agendaReviewedAt && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="重新提出安排意见后，须重新经办公室主任审定、报区长确定" />}
      {candidates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可上会的议题" />
      ) : (
        <Checkbox.Group value={chosen} onChange={(values) => setChosen(values)} style={{ display: 'flex', flexDirection: 'column', gap: 6 }} aria-label="列入议程的议题">
          {candidates.map((topic) => (
            <Checkbox key={topic.id} value={topic.id}>
              {topic.title}
              <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                {topic.unitName}
              </Typography.Text>
            </Checkbox>
          ))}
        </Checkbox.Group>
      )}
      {waiting.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
          尚未完成会签或审批、不能列入议程的议题：{waiting.map((topic) => `“${topic.title}”（${topic.statusLabel}）`).join('、')}
        </Typography.Paragraph>
      )}
      {step.isError && (
        <div style={{ marginTop: 12 }}>
          <RuleRefusalAlert error={step.error} title="未能提出安排意见" />
        </div>
      )}
    </Modal>
  );
}

/**
 * 会议安排 (art. 54): the office proposes, the office director reviews, the 区长 decides — who did each and when. Other
 * kinds of meeting take the office's arrangement with the 区长's decision.
 */
export function AgendaCard({ meeting, personName }: { meeting: MeetingDetail; personName: (personId: string) => string }) {
  const [isProposing, setIsProposing] = useState(false);
  const review = useMeetingStep(meeting.id, () => agendaSteps.review(meeting.id, meeting.version), () => '已审定会议安排');
  const decide = useMeetingStep(meeting.id, () => agendaSteps.decide(meeting.id, meeting.version), () => '已确定会议安排');
  const isExecutive = meeting.kind === 'executive';
  const agenda = meeting.topics.filter((topic) => topic.status === 'scheduled' || (topic.status === 'decided' && topic.sortOrder > 0)).sort((a, b) => a.sortOrder - b.sortOrder);

  const when = (at: string | null) => (at ? formatDateTime(at) : undefined);
  const items = [
    {
      key: 'propose',
      title: '办公室提出安排意见',
      content: meeting.agendaProposedAt ? `区政府办公室 · ${when(meeting.agendaProposedAt)}` : '待提出',
      status: meeting.agendaProposedAt ? ('finish' as const) : ('process' as const),
    },
    ...(isExecutive
      ? [
          {
            key: 'review',
            title: '办公室主任审定',
            content: meeting.agendaReviewedAt && meeting.agendaReviewedByPersonId ? `${personName(meeting.agendaReviewedByPersonId)} · ${when(meeting.agendaReviewedAt)}` : '待审定',
            status: meeting.agendaReviewedAt ? ('finish' as const) : meeting.agendaProposedAt ? ('process' as const) : ('wait' as const),
          },
        ]
      : []),
    {
      key: 'decide',
      title: '区长确定',
      content: meeting.agendaDecidedAt && meeting.agendaDecidedByPersonId ? `${personName(meeting.agendaDecidedByPersonId)} · ${when(meeting.agendaDecidedAt)}` : '待确定',
      status: meeting.agendaDecidedAt ? ('finish' as const) : (isExecutive ? meeting.agendaReviewedAt : meeting.agendaProposedAt) ? ('process' as const) : ('wait' as const),
    },
  ];

  const current = items.findIndex((item) => item.status !== 'finish');

  const actions = meeting.actions;
  const hasButtons = actions.includes('propose_agenda') || actions.includes('review_agenda') || actions.includes('decide_agenda');
  return (
    <Card size="small" title={isExecutive ? '会议安排（第五十四条）' : '会议安排'} data-testid="agenda">
      <Steps size="small" orientation="vertical" current={current < 0 ? items.length : current} items={items.map(({ key, title, content, status }) => ({ key, title, content, status }))} />
      <div style={{ marginTop: 4 }}>
        <Typography.Text strong>议程</Typography.Text>
        {agenda.length === 0 ? (
          <div>
            <Typography.Text type="secondary">尚未列入议题</Typography.Text>
          </div>
        ) : (
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="agenda-topics">
            {agenda.map((topic) => (
              <li key={topic.id}>
                {topic.title}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                  {topic.unitName}
                </Typography.Text>
                {topic.status === 'decided' && (
                  <Tag color={topicStatusColors.decided} style={{ marginInlineStart: 6 }}>
                    {topicStatusLabels.decided}
                  </Tag>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      {hasButtons && (
        <Space size={8} wrap style={{ marginTop: 12 }}>
          {actions.includes('propose_agenda') && (
            <Button type={meeting.agendaProposedAt ? 'default' : 'primary'} onClick={() => setIsProposing(true)}>
              {meeting.agendaProposedAt ? '重新提出安排意见' : '提出安排意见'}
            </Button>
          )}
          {actions.includes('review_agenda') && (
            <Popconfirm title="审定会议安排意见？" description="审定后报区长确定（第五十四条）。" okText="审定" onConfirm={() => review.mutate(undefined)}>
              <Button type="primary" loading={review.isPending}>
                审定
              </Button>
            </Popconfirm>
          )}
          {actions.includes('decide_agenda') && (
            <Popconfirm title="确定会议安排？" okText="确定" onConfirm={() => decide.mutate(undefined)}>
              <Button type="primary" loading={decide.isPending}>
                确定会议安排
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {review.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={review.error} title="未能审定" />
        </div>
      )}
      {decide.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={decide.error} title="未能确定" />
        </div>
      )}
      {isExecutive && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          第五十四条：区政府常务会议由区政府办公室提出安排意见，经办公室主任审定后报区长确定。
        </Typography.Paragraph>
      )}
      {isProposing && <ProposeModal meeting={meeting} onClose={() => setIsProposing(false)} />}
    </Card>
  );
}
