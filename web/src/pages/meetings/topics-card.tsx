import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { topicSteps } from '../../api/meetings';
import type { MeetingDetail, Topic } from '../../api/meetings';
import { formatDate, formatDateTime } from '../../app/dates';
import { topicStatusColors } from './meetings-labels';
import { AgreementField } from '../../lib/case-actions';
import { FlagTags, RuleRefusalAlert } from '../../lib/rule-feedback';
import { SubmitTopicModal } from './submit-topic-modal';
import { useMeetingStep } from './use-meeting-step';

type CountersignForm = { isAgreed: boolean; grounds: string };

/** 会签: the related unit's principal head agrees, or disagrees with grounds (art. 52). */
function CountersignModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const [form] = Form.useForm<CountersignForm>();
  const isAgreed = Form.useWatch('isAgreed', form) ?? true;
  const step = useMeetingStep(meeting.id, (values: CountersignForm) => topicSteps.countersign(topic.id, { version: topic.version, isAgreed: values.isAgreed, grounds: values.isAgreed ? null : values.grounds.trim() }), () => '已会签');
  return (
    <Modal title={`会签议题 · ${topic.title}`} open onCancel={onClose} onOk={() => form.submit()} okText="会签" confirmLoading={step.isPending} destroyOnHidden>
      <Form<CountersignForm> form={form} layout="vertical" initialValues={{ isAgreed: true, grounds: '' }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <AgreementField label="会签意见" />
        {!isAgreed && (
          <Form.Item label="理据" name="grounds" rules={[{ required: true, whitespace: true, message: '不同意的，须列明理据' }]} extra="第五十二条：经协调不能取得一致意见的，须列明各方理据，报请分管副区长协调">
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        )}
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能会签" />}
    </Modal>
  );
}

/** A leader's note on the topic: coordinating a disagreement (art. 52) or taking a late topic (art. 53). */
function OpinionModal({ title, label, okText, initial, hint, onSubmit, onClose, step }: { title: string; label: string; okText: string; initial: string; hint: string; onSubmit: (text: string) => void; onClose: () => void; step: { isPending: boolean; isError: boolean; error: unknown } }) {
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal title={title} open onCancel={onClose} onOk={() => form.submit()} okText={okText} confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Paragraph>
      <Form<{ text: string }> form={form} layout="vertical" initialValues={{ text: initial }} onFinish={(values) => onSubmit(values.text.trim())}>
        <Form.Item label={label} name="text" rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title={`未能${okText}`} />}
    </Modal>
  );
}

function CoordinateModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const step = useMeetingStep(meeting.id, (note: string) => topicSteps.coordinate(topic.id, { version: topic.version, note }), () => '已记录协调意见');
  return (
    <OpinionModal
      title={`协调议题 · ${topic.title}`}
      label="协调意见"
      okText="协调"
      initial=""
      hint="第五十二条：经协调不能取得一致意见的，报请分管副区长或协助其工作的区政府办公室副主任协调。"
      step={step}
      onSubmit={(note) => step.mutate(note, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

function ExceptionModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const step = useMeetingStep(meeting.id, (opinion: string) => topicSteps.approveException(topic.id, { version: topic.version, opinion }), () => '已同意逾期上会');
  return (
    <OpinionModal
      title={`同意逾期上会 · ${topic.title}`}
      label="意见"
      okText="同意逾期上会"
      initial="同意上会"
      hint={`第五十三条：议题一般应于会前按期提报；逾期的，经区长同意可例外上会。提报单位理由：${topic.leadTimeException?.reason ?? '—'}`}
      step={step}
      onSubmit={(opinion) => step.mutate(opinion, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

function ReviewModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const step = useMeetingStep(meeting.id, (opinion: string) => topicSteps.review(topic.id, { version: topic.version, opinion }), () => '已审定议题');
  return (
    <OpinionModal
      title={`审定议题 · ${topic.title}`}
      label="审定意见"
      okText="审定"
      initial="同意提交常务会议研究"
      hint="第五十三条：拟提交区政府常务会议研究的议题，提报区长、分管副区长审定。"
      step={step}
      onSubmit={(opinion) => step.mutate(opinion, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

function HeadReviewModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const step = useMeetingStep(meeting.id, (opinion: string) => topicSteps.headReview(topic.id, { version: topic.version, opinion }), () => '已审定议题');
  return (
    <OpinionModal
      title={`区长审定议题 · ${topic.title}`}
      label="审定意见"
      okText="审定"
      initial="同意提交常务会议研究"
      hint="第五十三条：拟提交区政府常务会议研究的议题，提报区长、分管副区长审定。"
      step={step}
      onSubmit={(opinion) => step.mutate(opinion, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

type ClassifyForm = { isMajor: boolean; majorCategory?: string; reason: string };

/** The office corrects whether a topic is a major matter, against art. 27's list, with its reason (art. 8, 27). */
function ClassifyModal({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic; onClose: () => void }) {
  const [form] = Form.useForm<ClassifyForm>();
  const isMajor = Form.useWatch('isMajor', form) ?? topic.isMajor;
  const step = useMeetingStep(meeting.id, (values: ClassifyForm) => topicSteps.classify(topic.id, { version: topic.version, isMajor: values.isMajor, majorCategory: values.isMajor ? (values.majorCategory ?? null) : null, reason: values.reason.trim() }), () => '已更正重大事项认定');
  return (
    <Modal title={`更正重大事项认定 · ${topic.title}`} open onCancel={onClose} onOk={() => form.submit()} okText="更正" confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第二十七条：关系全区经济社会发展的中长期规划、年度计划、财政预决算、区级社会管理事务、重要政策措施、重大建设项目等重要决策事项，由区政府全体会议或常务会议讨论决定。
      </Typography.Paragraph>
      <Form<ClassifyForm> form={form} layout="vertical" initialValues={{ isMajor: topic.isMajor, majorCategory: topic.majorCategory ?? undefined, reason: '' }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="是否重大事项" name="isMajor">
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: true, label: '重大事项' }, { value: false, label: '非重大事项' }]} />
        </Form.Item>
        {isMajor && (
          <Form.Item label="类别" name="majorCategory" rules={[{ required: true, message: '请选择第二十七条所列类别' }]}>
            <Select options={meeting.majorCategories.map((value) => ({ value, label: value }))} />
          </Form.Item>
        )}
        <Form.Item label="更正理由" name="reason" rules={[{ required: true, whitespace: true, message: '请说明更正理由' }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能更正" />}
    </Modal>
  );
}

type OpenStep = { kind: 'countersign' | 'coordinate' | 'exception' | 'review' | 'head_review' | 'classify'; topic: Topic };

/** The steps a topic's buttons open, from the server's actions (the office's agenda steps live on the agenda card). */
const stepOf: Partial<Record<Topic['actions'][number], OpenStep['kind']>> = { countersign: 'countersign', coordinate: 'coordinate', approve_exception: 'exception', review: 'review', head_review: 'head_review', classify: 'classify' };

/** One topic: unit, status, flags, the related units' countersignatures and the lead-time exception. */
function TopicItem({ topic, index, unitName, onStep, may }: { topic: Topic; index: number; unitName: (id: string) => string; onStep: (step: OpenStep) => void; may: (topic: Topic) => OpenStep['kind'][] }) {
  const steps = may(topic);
  const exception = topic.leadTimeException;
  return (
    <div data-topic-id={topic.id} data-testid="topic" style={{ padding: '10px 12px', border: '1px solid #f0f0f0', borderRadius: 6 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography.Text strong>
          {index}. {topic.title}
        </Typography.Text>
        <Tag color={topicStatusColors[topic.status]} data-testid="topic-status">
          {topic.statusLabel}
        </Tag>
        {topic.isMajor && <Tag color="magenta">重大事项{topic.majorCategory ? `·${topic.majorCategory}` : ''}</Tag>}
        <FlagTags flags={topic.flags} />
        <div style={{ flex: 1 }} />
        {steps.includes('countersign') && (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'countersign', topic })}>
            会签
          </Button>
        )}
        {steps.includes('coordinate') && (
          <Button size="small" onClick={() => onStep({ kind: 'coordinate', topic })}>
            协调
          </Button>
        )}
        {steps.includes('exception') && (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'exception', topic })}>
            同意逾期上会
          </Button>
        )}
        {steps.includes('review') && (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'review', topic })}>
            审定
          </Button>
        )}
        {steps.includes('head_review') && (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'head_review', topic })}>
            区长审定
          </Button>
        )}
        {steps.includes('classify') && (
          <Button size="small" onClick={() => onStep({ kind: 'classify', topic })}>
            更正重大事项认定
          </Button>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {topic.unitName} · {formatDate(topic.submittedOn)}提报
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
        {topic.summary}
      </Typography.Paragraph>
      {topic.relatedUnitIds.length > 0 && (
        <Space size={[4, 4]} wrap data-testid="countersignatures">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            会签：
          </Typography.Text>
          {topic.relatedUnitIds.map((unitId) => {
            const signature = topic.countersignatures.find((item) => item.unitId === unitId);
            if (!signature) return <Tag key={unitId}>{unitName(unitId)} 待会签</Tag>;
            return (
              <Tag key={unitId} color={signature.isAgreed ? 'green' : 'red'} title={signature.grounds ?? undefined}>
                {unitName(unitId)} {signature.signerName} {signature.isAgreed ? '同意' : `不同意：${signature.grounds ?? ''}`}
              </Tag>
            );
          })}
        </Space>
      )}
      {topic.reviewedBy && (
        <div style={{ fontSize: 12 }} data-testid="topic-review">
          <Typography.Text type="secondary">分管副区长审定：</Typography.Text>
          {topic.reviewedBy}
          {topic.reviewedAt ? `于${formatDateTime(topic.reviewedAt)}审定` : ''}
        </div>
      )}
      {topic.headReviewedBy && (
        <div style={{ fontSize: 12 }} data-testid="topic-head-review">
          <Typography.Text type="secondary">区长审定：</Typography.Text>
          {topic.headReviewedBy}
          {topic.headReviewedAt ? `于${formatDateTime(topic.headReviewedAt)}审定` : ''}
        </div>
      )}
      {topic.majorClassification && (
        <div style={{ fontSize: 12 }} data-testid="topic-classification">
          <Typography.Text type="secondary">重大事项认定：</Typography.Text>
          {topic.majorClassification.by}于{formatDateTime(topic.majorClassification.at)}更正为{topic.majorClassification.isMajor ? `重大事项（${topic.majorClassification.category ?? ''}）` : '非重大事项'}：{topic.majorClassification.reason}
        </div>
      )}
      {topic.coordinationNote && (
        <div style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">协调：</Typography.Text>
          {topic.coordinationNote}
        </div>
      )}
      {exception && (
        <div style={{ fontSize: 12 }} data-testid="lead-time-exception">
          <Typography.Text type="secondary">逾期上会：</Typography.Text>
          {exception.reason ? `理由“${exception.reason}”` : ''}
          {exception.approvedBy ? (
            <span>
              ；区长{exception.actingFor ? `${exception.actingFor}（${exception.approvedBy}代）` : exception.approvedBy}于{exception.approvedAt ? formatDateTime(exception.approvedAt) : ''}同意{exception.opinion ? `：${exception.opinion}` : ''}
            </span>
          ) : (
            <Typography.Text type="warning">，待区长同意</Typography.Text>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * 议题: each topic with its unit, status, flags, countersignatures and lead-time exception; units submit topics, related
 * units' heads countersign, leaders coordinate and take late topics. The server decides each step (art. 52–53).
 */
export function TopicsCard({ meeting, unitName }: { meeting: MeetingDetail; unitName: (id: string) => string }) {
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [open, setOpen] = useState<OpenStep | undefined>();
  // The buttons follow the server's per-topic actions; the web never works out permissions itself.
  const may = (topic: Topic): OpenStep['kind'][] => topic.actions.flatMap((action) => stepOf[action] ?? []);

  const topics = [...meeting.topics].sort((a, b) => (a.sortOrder || 999) - (b.sortOrder || 999) || a.createdAt.localeCompare(b.createdAt));
  return (
    <Card
      size="small"
      title={`议题（${meeting.topics.length}）`}
      data-testid="topics"
      extra={
        meeting.actions.includes('submit_topic') && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setIsSubmitting(true)}>
            提交议题
          </Button>
        )
      }
    >
      {topics.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无议题" />
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          {topics.map((topic, index) => (
            <TopicItem key={topic.id} topic={topic} index={index + 1} unitName={unitName} onStep={setOpen} may={may} />
          ))}
        </div>
      )}
      {isSubmitting && <SubmitTopicModal meeting={meeting} onClose={() => setIsSubmitting(false)} />}
      {open?.kind === 'countersign' && <CountersignModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
      {open?.kind === 'coordinate' && <CoordinateModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
      {open?.kind === 'exception' && <ExceptionModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
      {open?.kind === 'review' && <ReviewModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
      {open?.kind === 'head_review' && <HeadReviewModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
      {open?.kind === 'classify' && <ClassifyModal meeting={meeting} topic={open.topic} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
