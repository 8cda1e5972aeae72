import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { DecisionInput, OutsideApprovalInput } from '../../api/events';
import { uploadAttachment } from '../../api/leave';
import type { Attachment } from '../../api/leave';
import { dateFormat, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { errorText } from '../../lib/show-api-error';

type DecisionForm = { decision: 'approved' | 'refused'; opinion: string };

/**
 * The signed-in decider's own decision: approve or not, with an opinion. Who decides (and for whom, when
 * standing in) comes from the session on the server — nobody types an approver's name.
 */
export function DecisionModal({
  title,
  hint,
  version,
  approveLabel = '批准',
  refuseLabel = '不批准',
  isOpen,
  onClose,
  onSubmit,
  onDone,
}: {
  title: string;
  /** The article the decision is taken under, quoted. */
  hint: string;
  version: number;
  approveLabel?: string;
  refuseLabel?: string;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (input: DecisionInput) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionForm>();
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      void message.success('已办理');
      await onDone();
      onClose();
    },
  });
  return (
    <Modal title={title} open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="确定" confirmLoading={mutation.isPending} destroyOnHidden width={520}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Paragraph>
      <Form<DecisionForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decision: 'approved', opinion: '同意' }}
        onFinish={(values) => mutation.mutate({ version, decision: values.decision, opinion: values.opinion.trim() })}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="结果" name="decision">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: approveLabel },
              { value: 'refused', label: refuseLabel },
            ]}
          />
        </Form.Item>
        <Form.Item label="意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写意见' }]}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能办理" />}
      </Form>
    </Modal>
  );
}

type OutsideForm = { decision: 'approved' | 'refused'; documentNumber?: string; decidedOn?: Dayjs; note?: string };

/**
 * The office records a decision the 区委 took outside the platform, from its document: the file is uploaded
 * and attached, and the record says the office recorded it from that document.
 */
export function OutsideApprovalModal({
  hint,
  version,
  isOpen,
  onClose,
  onSubmit,
  onDone,
}: {
  hint: string;
  version: number;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (input: OutsideApprovalInput) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OutsideForm>();
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);
  const attachmentId = files.find((f) => f.status === 'done' && f.response)?.response?.id;
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      void message.success('已记录');
      await onDone();
      onClose();
    },
  });
  const submit = (values: OutsideForm) => {
    if (!values.decidedOn || !attachmentId) return;
    mutation.mutate({ version, decision: values.decision, attachmentId, documentNumber: values.documentNumber?.trim() || null, decidedOn: values.decidedOn.format(dateFormat), note: values.note?.trim() || null });
  };
  return (
    <Modal title="依区委批准文件记录" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="记录" okButtonProps={{ disabled: !attachmentId }} confirmLoading={mutation.isPending} destroyOnHidden width={560}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Paragraph>
      <Form<OutsideForm> form={form} layout="vertical" preserve={false} initialValues={{ decision: 'approved', decidedOn: dayjs(today(), dateFormat) }} onFinish={submit}>
        <Form.Item label="区委的决定" name="decision">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: '批准' },
              { value: 'refused', label: '不批准' },
            ]}
          />
        </Form.Item>
        <Form.Item label="批准文件" required extra="须附区委的批准文件（PDF、OFD、DOCX、图片）">
          <Upload<Attachment>
            accept=".pdf,.ofd,.docx,.png,.jpg,.jpeg"
            maxCount={1}
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadAttachment(file as File, 'other')
                .then((attachment) => onSuccess?.(attachment))
                .catch((error: unknown) => {
                  const text = errorText(error);
                  void message.error(`上传失败：${text}`, 6);
                  onError?.(Object.assign(new Error(text), { status: 0, method: 'POST' as const, url: '/api/attachments' }));
                });
            }}
          >
            <Button size="small" icon={<UploadOutlined />}>
              上传批准文件
            </Button>
          </Upload>
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item label="文号" name="documentNumber">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="文件日期" name="decidedOn" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) > today()} />
          </Form.Item>
        </div>
        <Form.Item label="说明" name="note">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能记录" />}
      </Form>
    </Modal>
  );
}
