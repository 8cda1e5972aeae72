import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

/** One short text and a confirm: the note of an arrangement, the reason for declining. */
export function TextPromptModal({
  title,
  label,
  isRequired,
  okText,
  isOpen,
  onClose,
  onSubmit,
  onDone,
}: {
  title: string;
  label: string;
  isRequired: boolean;
  okText: string;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (text: string) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      void message.success(`已${okText}`);
      await onDone();
      onClose();
    },
  });
  return (
    <Modal title={title} open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText={okText} confirmLoading={mutation.isPending} destroyOnHidden>
      <Form<{ text: string }> form={form} layout="vertical" preserve={false} initialValues={{ text: '' }} onFinish={(values) => mutation.mutate(values.text.trim())}>
        <Form.Item label={label} name="text" rules={isRequired ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title={`未能${okText}`} />}
      </Form>
    </Modal>
  );
}
