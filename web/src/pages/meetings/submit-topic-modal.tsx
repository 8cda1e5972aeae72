import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { meetingKeys, submitTopic } from '../../api/meetings';
import type { MeetingDetail, SubmitTopicInput, TopicStatus } from '../../api/meetings';
import { workbenchQueryKey } from '../../api/workbench';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useUnits } from './use-org';
import { useRuleNumber } from './use-rule-number';

type TopicForm = { title: string; summary: string; isMajor: boolean; majorCategory?: string; relatedUnitIds: string[] };

const submittedText: Record<TopicStatus, string> = {
  coordinating: '议题已提交，待相关单位主要负责人会签',
  awaiting_exception: '已申请区长同意逾期上会',
  awaiting_review: '议题已提交，待区长、分管副区长审定',
  ready: '议题已提交，可上会',
  scheduled: '议题已列入议程',
  decided: '议题已决定',
};

/** Whether a refusal is the lead time alone (art. 53), which the 区长 may waive: the unit can ask. */
function isLateOnly(error: unknown): boolean {
  return error instanceof ApiError && error.violations.length > 0 && error.violations.every((violation) => violation.ruleId === 'meetings.topic-lead-time');
}

/**
 * 提交议题: title, summary, whether it is a major matter (and which, art. 27), the related units that must countersign
 * (art. 52). Refused only for lead time (art. 53), the unit may ask the 区长 to take it all the same, with a reason.
 */
export function SubmitTopicModal({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TopicForm>();
  const isMajor = Form.useWatch('isMajor', form) ?? false;
  const units = useUnits();
  const leadDays = useRuleNumber('meetings.topicLeadWorkingDays', 5);
  const [reason, setReason] = useState('');
  // Kept while the request with the exception is on its way, so the box does not vanish under the button.
  const [isLate, setIsLate] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: SubmitTopicInput) => submitTopic(meeting.id, input),
    onSuccess: async (result) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
      void message.success(submittedText[result.status], 5);
      onClose();
    },
    onError: (error) => setIsLate(isLateOnly(error)),
  });

  const inputOf = (values: TopicForm, requestException: SubmitTopicInput['requestException']): SubmitTopicInput => ({
    title: values.title.trim(),
    summary: values.summary.trim(),
    isMajor: values.isMajor,
    majorCategory: values.isMajor ? (values.majorCategory ?? null) : null,
    relatedUnitIds: values.relatedUnitIds,
    requestException,
  });
  const askException = async () => {
    const values = await form.validateFields();
    mutation.mutate(inputOf(values, { reason: reason.trim() }));
  };

  return (
    <Modal title={`提交议题 · ${meeting.title}`} open onCancel={onClose} onOk={() => form.submit()} okText="提交议题" confirmLoading={mutation.isPending && !isLate} destroyOnHidden width={720}>
      {meeting.kind === 'executive' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`第五十三条：拟提交区政府常务会议研究的议题，一般应于会前${leadDays}个工作日按程序提报区长、分管副区长审定`} />
      )}
      <Form<TopicForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ title: '', summary: '', isMajor: false, relatedUnitIds: [] }}
        onFinish={(values) => mutation.mutate(inputOf(values, null))}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
          setIsLate(false);
        }}
      >
        <Form.Item label="议题名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写议题名称' }]}>
          <Input maxLength={200} placeholder="如：关于2026年重点项目计划的议题" />
        </Form.Item>
        <Form.Item label="议题说明" name="summary" rules={[{ required: true, whitespace: true, message: '请填写议题说明' }]}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} placeholder="需研究的事项、依据、建议意见" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item name="isMajor" valuePropName="checked" extra="第八、二十七条：重大事项须经区政府全体会议或常务会议讨论决定">
            <Checkbox>重大事项</Checkbox>
          </Form.Item>
          {isMajor && (
            <Form.Item label="重大事项类别" name="majorCategory" rules={[{ required: true, message: '重大事项须选择类别（第二十七条）' }]}>
              <Select options={meeting.majorCategories.map((value) => ({ value, label: value }))} />
            </Form.Item>
          )}
        </div>
        <Form.Item label="相关单位" name="relatedUnitIds" extra="第五十二条：提交议题的单位会前应与相关单位协调一致，有关单位主要负责人须在会签意见上签字">
          <Select mode="multiple" allowClear loading={units.isPending} options={units.options} showSearch={{ optionFilterProp: 'label' }} placeholder="不涉及其他单位可不选" />
        </Form.Item>
      </Form>
      {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能提交议题" />}
      {isLate && (
        <div style={{ marginTop: 12, padding: 12, border: '1px solid #ffd591', background: '#fff7e6', borderRadius: 6 }} data-testid="request-exception">
          <Typography.Text strong>申请区长同意逾期上会</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
            第五十三条规定“一般应于会前{leadDays}个工作日”提报；确需上会的，说明理由，报区长同意后方可列入议程。
          </Typography.Paragraph>
          <Input.TextArea aria-label="逾期上会理由" maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} value={reason} onChange={(event) => setReason(event.target.value)} placeholder="如：上级督办，须本月研究" />
          <Button style={{ marginTop: 8 }} type="primary" disabled={!reason.trim()} loading={mutation.isPending} onClick={() => void askException()}>
            申请区长同意逾期上会
          </Button>
        </div>
      )}
    </Modal>
  );
}
