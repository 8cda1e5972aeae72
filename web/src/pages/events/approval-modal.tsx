import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { ApprovalInput, ApprovingBody } from '../../api/events';
import { dateFormat, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type ApprovalForm = { decision: 'approved' | 'refused'; body: ApprovingBody; approverName: string; approverPost: string; decidedOn?: Dayjs; opinion: string };

/**
 * The office writes down a decision already taken: approved or not, by the 区委 or the 区政府, the approver's name
 * and post, the day and the opinion (e.g. "经区政府主要领导同意"). The server refuses an approval after the event.
 */
export function ApprovalModal({
  title,
  hint,
  version,
  canChooseBody,
  isOpen,
  onClose,
  onSubmit,
  onDone,
}: {
  title: string;
  /** The article the decision is taken under, quoted. */
  hint: string;
  version: number;
  /** Art. 91 names the 区委 or the 区政府; art. 58 and 81 only the 区政府. */
  canChooseBody: boolean;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (input: ApprovalInput) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ApprovalForm>();
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      void message.success('已记录');
      await onDone();
      onClose();
    },
  });
  const submit = (values: ApprovalForm) => {
    if (!values.decidedOn) return;
    mutation.mutate({
      version,
      decision: values.decision,
      body: values.body,
      approverName: values.approverName.trim(),
      approverPost: values.approverPost.trim(),
      decidedOn: values.decidedOn.format(dateFormat),
      opinion: values.opinion.trim(),
    });
  };
  return (
    <Modal title={title} open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="记录" confirmLoading={mutation.isPending} destroyOnHidden width={560}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Paragraph>
      <Form<ApprovalForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decision: 'approved', body: 'government', decidedOn: dayjs(today(), dateFormat), approverName: '', approverPost: '', opinion: '经区政府主要领导同意' }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="结果" name="decision">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: '批准（同意）' },
              { value: 'refused', label: '不批准' },
            ]}
          />
        </Form.Item>
        {canChooseBody && (
          <Form.Item label="批准机关" name="body">
            <Radio.Group
              options={[
                { value: 'government', label: '区政府' },
                { value: 'party_committee', label: '区委' },
              ]}
            />
          </Form.Item>
        )}
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item label="批准人" name="approverName" rules={[{ required: true, whitespace: true, message: '请填写批准人' }]}>
            <Input maxLength={50} placeholder="姓名" />
          </Form.Item>
          <Form.Item label="职务" name="approverPost" rules={[{ required: true, whitespace: true, message: '请填写批准人职务' }]}>
            <Input maxLength={50} placeholder="如：区长" />
          </Form.Item>
          <Form.Item label="批准日期" name="decidedOn" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) > today()} />
          </Form.Item>
        </div>
        <Form.Item label="意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写意见' }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能记录" />}
      </Form>
    </Modal>
  );
}
