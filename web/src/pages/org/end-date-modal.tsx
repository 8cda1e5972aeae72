import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type EndForm = { validTo: Dayjs };

/**
 * Ends a dated record (a tenure, a cover arrangement) on a chosen last day. The record is kept as history; the
 * server checks the date, and its refusal shows inside the dialog.
 */
export function EndDateModal({
  title,
  description,
  dateLabel,
  okText,
  successText,
  minDate,
  onEnd,
  onClose,
}: {
  title: string;
  description: ReactNode;
  dateLabel: string;
  okText: string;
  successText: string;
  /** The earliest allowed last day (the record's own start). */
  minDate: string;
  onEnd: (validTo: string) => Promise<void>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EndForm>();
  const defaultDate = today() < minDate ? minDate : today();

  const mutation = useMutation({
    mutationFn: (validTo: string) => onEnd(validTo),
    onSuccess: async () => {
      void message.success(successText);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
  });

  return (
    <Modal title={title} open onCancel={onClose} onOk={() => form.submit()} okText={okText} okButtonProps={{ danger: true }} confirmLoading={mutation.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>
      <Form<EndForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ validTo: dayjs(defaultDate, dateFormat) }}
        onFinish={(values) => mutation.mutate(values.validTo.format(dateFormat))}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label={dateLabel} name="validTo" rules={[{ required: true, message: `请选择${dateLabel}` }]} extra="含当日：该日为最后一天">
          <DatePicker format={dateFormat} minDate={dayjs(minDate, dateFormat)} style={{ width: 200 }} />
        </Form.Item>
      </Form>
      <RuleRefusalAlert error={mutation.error} title={`${okText}失败`} />
    </Modal>
  );
}
