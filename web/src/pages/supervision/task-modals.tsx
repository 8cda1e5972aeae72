import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { uploadDocumentAttachment } from '../../api/documents';
import type { DocumentAttachment } from '../../api/documents';
import type { ReportKind, TaskDetail } from '../../api/supervision';
import { supervisionKeys, taskSteps } from '../../api/supervision';
import { dateFormat, formatDate } from '../../app/dates';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useUnits } from '../meetings/use-org';
import { useSupervisionStep } from './use-supervision-step';

type ReportForm = { kind: ReportKind; text: string; progress: number | null };

/** 报送进展: a progress or final report with attachments; it goes to the unit's principal head first (art. 75). */
export function ReportModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const [form] = Form.useForm<ReportForm>();
  const uploads = useUploads<DocumentAttachment>(() => [] as UploadFile<DocumentAttachment>[]);
  const kind = Form.useWatch('kind', form) ?? 'progress';
  const step = useSupervisionStep(supervisionKeys.task(task.id), (values: ReportForm) => taskSteps.report(task.id, { version: task.version, kind: values.kind, text: values.text.trim(), progress: values.kind === 'final' ? 100 : values.progress, attachmentIds: uploads.attachmentIds }), () => '已报送，待本单位主要负责人审核');
  return (
    <Modal title={`报送进展 · ${task.number ?? task.title}`} open width={600} onCancel={onClose} onOk={() => form.submit()} okText="报送" okButtonProps={{ disabled: uploads.isUploading }} confirmLoading={step.isPending} destroyOnHidden>
      <Form<ReportForm> form={form} layout="vertical" name="task-report" initialValues={{ kind: 'progress', text: '', progress: task.progress }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="报告类别" name="kind">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'progress', label: '进展报告' },
              { value: 'final', label: '办结报告' },
            ]}
          />
        </Form.Item>
        <Form.Item label="报告内容" name="text" rules={[{ required: true, whitespace: true, message: '请填写报告内容' }]}>
          <Input.TextArea maxLength={10000} autoSize={{ minRows: 4, maxRows: 10 }} />
        </Form.Item>
        {kind === 'progress' && (
          <Form.Item label="完成进度（%）" name="progress">
            <InputNumber min={0} max={100} style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item label="附件">
          <AttachmentUpload files={uploads.files} onChange={uploads.setFiles} upload={(file) => uploadDocumentAttachment(file)} buttonText="上传附件" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第七十五条“有关部门主要负责人要亲自抓落实”：报告经本单位主要负责人审核同意后报区政府办公室；办结报告审核同意即报请验收。
      </Typography.Paragraph>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能报送" />}
    </Modal>
  );
}

/** 申请延期: a new due day after the current one and the reason; the leader in charge decides (art. 32). */
export function ExtensionModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ dueOn?: Dayjs; reason: string }>();
  const due = task.clock?.due ?? task.dueOn;
  const step = useSupervisionStep(supervisionKeys.task(task.id), (values: { dueOn?: Dayjs; reason: string }) => taskSteps.requestExtension(task.id, { version: task.version, dueOn: values.dueOn?.format(dateFormat) ?? '', reason: values.reason.trim() }), () => '已申请延期，待分管区政府领导审批');
  return (
    <Modal title="申请延期" open onCancel={onClose} onOk={() => form.submit()} okText="申请" confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">现完成时限：{formatDate(due)}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="task-extension" onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="延期至" name="dueOn" rules={[{ required: true, message: '请选择延期后的完成时限' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => !day.isAfter(dayjs(due), 'day')} />
        </Form.Item>
        <Form.Item label="延期理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能申请延期" />}
    </Modal>
  );
}

/** 验收办结 of a parent whose sub-tasks are all closed: the office accepts it as a whole (art. 57, 76). */
export function AcceptParentModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const step = useSupervisionStep(supervisionKeys.task(task.id), (opinion: string | null) => taskSteps.accept(task.id, { version: task.version, opinion }), () => '已验收办结');
  return <OpinionModal title="验收办结" okText="验收办结" isRequired={false} isPending={step.isPending} error={step.error} onOk={(opinion) => step.mutate(opinion, { onSuccess: onClose })} onClose={onClose} />;
}

/** 未完成销号: the office closes the task without completion, with its reason; counted apart from 已办结 (art. 79). */
export function CloseIncompleteModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const step = useSupervisionStep(supervisionKeys.task(task.id), (reason: string) => taskSteps.closeIncomplete(task.id, { version: task.version, reason }), () => '已未完成销号');
  return (
    <Modal title="未完成销号" open onCancel={onClose} onOk={() => form.submit()} okText="销号" okButtonProps={{ danger: true }} confirmLoading={step.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" name="close-incomplete" onFinish={(values) => step.mutate(values.reason.trim(), { onSuccess: onClose })}>
        <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写未完成销号理由' }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能销号" />}
    </Modal>
  );
}

type SplitForm = { items: { title: string; leadUnitId?: string; coUnitIds?: string[]; weight: number; dueOn?: Dayjs }[] };

/** 分解子任务: each with its lead unit, weight and a due day no later than the task's (art. 76). */
export function SplitModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const [form] = Form.useForm<SplitForm>();
  const units = useUnits();
  const due = dayjs(task.clock?.due ?? task.dueOn);
  const step = useSupervisionStep(
    supervisionKeys.task(task.id),
    (values: SplitForm) =>
      taskSteps.split(task.id, {
        version: task.version,
        items: values.items.map((item) => ({ title: item.title.trim(), leadUnitId: item.leadUnitId ?? '', coUnitIds: item.coUnitIds ?? [], weight: item.weight, dueOn: item.dueOn?.format(dateFormat) ?? '' })),
      }),
    (result) => `已分解为 ${result.numbers.join('、')}`,
  );
  return (
    <Modal title="分解子任务" open width={860} onCancel={onClose} onOk={() => form.submit()} okText="分解" confirmLoading={step.isPending} destroyOnHidden>
      <Form<SplitForm> form={form} name="split-task" initialValues={{ items: [{ title: '', leadUnitId: task.leadUnitId, weight: 1, dueOn: due }] }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true, message: '请填写子任务名称' }]}>
                    <Input placeholder="子任务名称" style={{ width: 240 }} maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'leadUnitId']} rules={[{ required: true, message: '请选择牵头单位' }]}>
                    <Select placeholder="牵头单位" showSearch={{ optionFilterProp: 'label' }} style={{ width: 180 }} options={units.options} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} label="权重">
                    <InputNumber min={1} max={100} style={{ width: 70 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: '请选择完成时限' }]}>
                    <DatePicker placeholder="完成时限" disabledDate={(day) => day.isAfter(due, 'day')} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除" />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', weight: 1, dueOn: due })}>
                增加子任务
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        子任务完成时限不得晚于本任务（{formatDate(due.format(dateFormat))}）；本任务进度按子任务权重汇总。
      </Typography.Paragraph>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能分解" />}
    </Modal>
  );
}

/** An opinion for a step on a report or an extension; `isRequired` where the server asks for one (退回). */
export function OpinionModal({ title, okText, isRequired, isDanger, isPending, error, onOk, onClose }: { title: string; okText: string; isRequired: boolean; isDanger?: boolean; isPending: boolean; error: unknown; onOk: (opinion: string | null) => void; onClose: () => void }) {
  const [form] = Form.useForm<{ opinion: string }>();
  return (
    <Modal title={title} open onCancel={onClose} onOk={() => form.submit()} okText={okText} okButtonProps={{ danger: isDanger }} confirmLoading={isPending} destroyOnHidden>
      <Form form={form} layout="vertical" name="opinion" onFinish={(values) => onOk(values.opinion?.trim() || null)}>
        <Form.Item label="意见" name="opinion" rules={isRequired ? [{ required: true, whitespace: true, message: '请填写意见' }] : []}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {Boolean(error) && <RuleRefusalAlert error={error} title={`未能${okText}`} />}
    </Modal>
  );
}
