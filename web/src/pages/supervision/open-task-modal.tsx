import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { fetchParameters } from '../../api/rules';
import type { OpenTaskInput, TaskSource } from '../../api/supervision';
import { openTask } from '../../api/supervision';
import { dateFormat, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useLeaders, useUnits } from '../meetings/use-org';
import { manualTaskSources, outsideSources, taskSourceLabels } from './supervision-labels';
import { useSupervisionStep } from './use-supervision-step';

type OpenForm = {
  sourceType: TaskSource;
  sourceId?: string;
  sourceRef?: string;
  title: string;
  description?: string;
  leadUnitId?: string;
  coUnitIds: string[];
  leaderPersonId?: string;
  focusArea?: string;
  dueOn?: Dayjs;
  reportEveryWorkingDays?: number | null;
};

/** The annual plan's focus areas (art. 76), as the rulebook's parameter `supervision.focusAreas` lists them. */
function useFocusAreas(): string[] {
  const asOf = today();
  const parameters = useQuery({ queryKey: ['rules', 'parameters', asOf], queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === 'supervision.focusAreas')?.value;
  return Array.isArray(value) ? value.flatMap((area: unknown) => (area && typeof area === 'object' && 'category' in area ? [String((area as { category: unknown }).category)] : [])) : [];
}

/**
 * 新建督办任务 (office): the source (a leader's 批示 names its incoming document; the annual plan a focus area; an
 * outside source the report or document it comes from), title, units, the leader in charge, the due day and an
 * optional recurring report duty. The server numbers it 督〔年份〕N号 and opens its clock.
 */
export function OpenTaskModal({ onClose, initial }: { onClose: () => void; initial?: Partial<OpenForm> }) {
  const [form] = Form.useForm<OpenForm>();
  const navigate = useNavigate();
  const units = useUnits();
  const leaders = useLeaders(undefined);
  const focusAreas = useFocusAreas();
  const sourceType = Form.useWatch('sourceType', form) ?? initial?.sourceType ?? 'assigned_by_leader';
  const step = useSupervisionStep(
    ['supervision', 'new'],
    (input: OpenTaskInput) => openTask(input),
    (result) => `已立项 ${result.number}`,
  );
  const finish = (values: OpenForm) => {
    const input: OpenTaskInput = {
      sourceType: values.sourceType,
      sourceId: values.sourceId ?? null,
      sourceRef: values.sourceRef?.trim() || null,
      title: values.title.trim(),
      description: values.description?.trim() || null,
      category: 'task',
      leadUnitId: values.leadUnitId ?? '',
      coUnitIds: values.coUnitIds ?? [],
      leaderPersonId: values.leaderPersonId ?? null,
      focusArea: values.focusArea ?? null,
      dueOn: values.dueOn?.format(dateFormat) ?? '',
      reportEveryWorkingDays: values.reportEveryWorkingDays ?? null,
    };
    step.mutate(input, {
      onSuccess: (result) => {
        onClose();
        void navigate(`/supervision/tasks/${result.id}`);
      },
    });
  };
  return (
    <Modal title="新建督办任务" open width={640} onCancel={onClose} onOk={() => form.submit()} okText="立项" confirmLoading={step.isPending} destroyOnHidden>
      <Form<OpenForm> form={form} layout="vertical" name="open-task" initialValues={{ sourceType: 'assigned_by_leader', coUnitIds: [], ...initial }} onFinish={finish}>
        <Form.Item label="来源" name="sourceType" rules={[{ required: true }]}>
          <Select disabled={Boolean(initial?.sourceId)} options={manualTaskSources.map((value) => ({ value, label: taskSourceLabels[value] }))} />
        </Form.Item>
        {sourceType === 'leader_instruction' && (
          <>
            <Form.Item name="sourceId" hidden rules={[{ required: true, message: '领导批示件请在收文详情页点击“立项督办”' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="批示件" extra="第七十五条：对区委、区政府的重要决策和区政府领导同志批示件，有关部门主要负责人要亲自抓落实。">
              <Typography.Text>{initial?.sourceId ? (initial.title ?? '本收文') : '请在收文详情页点击“立项督办”'}</Typography.Text>
            </Form.Item>
          </>
        )}
        {sourceType === 'annual_plan' && (
          <Form.Item label="督查重点" name="focusArea" rules={[{ required: true, message: '请选择年度督查计划的督查重点' }]} extra="第七十六条">
            <Select options={focusAreas.map((value) => ({ value, label: value }))} />
          </Form.Item>
        )}
        {outsideSources.includes(sourceType) && (
          <Form.Item label="来源文件" name="sourceRef" rules={[{ required: true, whitespace: true, message: '请填写来源报告名称或文号' }]}>
            <Input maxLength={300} placeholder="如：临审报〔2026〕3号" />
          </Form.Item>
        )}
        <Form.Item label="任务名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="任务内容" name="description">
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label="牵头单位" name="leadUnitId" rules={[{ required: true, message: '请选择牵头单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units.options} />
        </Form.Item>
        <Form.Item label="配合单位" name="coUnitIds">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={units.options} />
        </Form.Item>
        <Form.Item label="分管区政府领导" name="leaderPersonId" extra="不填的，按牵头单位的分管领导确定。">
          <Select allowClear options={leaders.items.map((leader) => ({ value: leader.personId, label: leader.name }))} />
        </Form.Item>
        <Form.Item label="完成时限" name="dueOn" rules={[{ required: true, message: '请选择完成时限' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="定期报送进展（每N个工作日）" name="reportEveryWorkingDays">
          <InputNumber min={1} max={60} style={{ width: 160 }} placeholder="不定期" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        编号由系统按年度顺序编为“督〔年份〕N号”。
      </Typography.Paragraph>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能立项" />}
    </Modal>
  );
}
