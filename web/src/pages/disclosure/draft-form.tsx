import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useNavigate } from 'react-router';
import type { DraftDetail, DraftInput, DraftKind } from '../../api/disclosure';
import { createDraft, disclosureKeys, draftSteps } from '../../api/disclosure';
import { fetchParameters } from '../../api/rules';
import { today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { draftKindLabels } from './disclosure-labels';
import { useDisclosureStep } from './use-disclosure-step';

type DraftForm = DraftInput;
type Basis = DraftInput['periodBasis'];

const basisUnit: Record<Basis, string> = { working_days: '个工作日', calendar_days: '日' };

/**
 * The least comment period for a kind of draft, as the rulebook says today (art. 36): 30 days for a major decision
 * or a draft bearing on businesses, otherwise 7 working days — read from the parameters, with their source.
 */
function useMinimum(kind: DraftKind | undefined, bearsOnBusiness: boolean | undefined) {
  const day = today();
  const parameters = useQuery({ queryKey: ['rules', 'parameters', day], queryFn: ({ signal }) => fetchParameters(day, signal), staleTime: 10 * 60_000 });
  const isLong = kind === 'major_decision' || bearsOnBusiness === true;
  const key = isLong ? 'disclosure.commentLongDays' : 'disclosure.commentWorkingDays';
  const found = parameters.data?.items.find((item) => item.key === key);
  const basis: Basis = isLong ? 'calendar_days' : 'working_days';
  const amount = typeof found?.value === 'number' ? found.value : isLong ? 30 : 7;
  return { basis, amount, source: found?.basis?.source ?? found?.citation ?? '', text: `${amount}${basisUnit[basis]}` };
}

function DraftFields({ form }: { form: ReturnType<typeof Form.useForm<DraftForm>>[0] }) {
  const kind = Form.useWatch('kind', form);
  const bearsOnBusiness = Form.useWatch('bearsOnBusiness', form);
  const minimum = useMinimum(kind, bearsOnBusiness);
  return (
    <>
      <Form.Item label="草案类别" name="kind" rules={[{ required: true, message: '请选择草案类别' }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={(Object.keys(draftKindLabels) as DraftKind[]).map((value) => ({ value, label: draftKindLabels[value] }))} />
      </Form.Item>
      <Form.Item label="草案标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写草案标题' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label="起草说明（决策依据）" name="explanation" rules={[{ required: true, whitespace: true, message: '请填写起草说明' }]}>
        <Input.TextArea maxLength={20_000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="草案正文" name="body" rules={[{ required: true, whitespace: true, message: '请填写草案正文' }]}>
        <Input.TextArea maxLength={200_000} autoSize={{ minRows: 6, maxRows: 16 }} />
      </Form.Item>
      <Form.Item name="bearsOnBusiness" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>与市场主体生产经营活动密切相关</Checkbox>
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item label="征求意见期" name="periodAmount" rules={[{ required: true, message: '请填写征求意见期' }]}>
          <InputNumber min={1} max={365} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label="计算方式" name="periodBasis">
          <Radio.Group
            options={[
              { value: 'working_days', label: '工作日' },
              { value: 'calendar_days', label: '自然日' },
            ]}
          />
        </Form.Item>
      </Space>
      <Alert
        type="info"
        showIcon
        data-testid="draft-minimum"
        title={`第三十六条：该类草案征求意见期不少于${minimum.text}`}
        description={minimum.source ? `依据：${minimum.source}。自发布之日起算，截止日当日仍可提交意见。` : '自发布之日起算，截止日当日仍可提交意见。'}
        style={{ marginBottom: 8 }}
      />
    </>
  );
}

/** 起草征求意见稿: the drafting unit prepares the draft; the office publishes it for the comment period (art. 36). */
export function CreateDraftModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DraftForm>();
  const navigate = useNavigate();
  const step = useDisclosureStep(disclosureKeys.all, (values: DraftForm) => createDraft({ ...values, title: values.title.trim() }), () => '已保存征求意见稿，待办公室审核发布');
  return (
    <Modal title="起草征求意见稿" open width={760} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={step.isPending} destroyOnHidden>
      <Form<DraftForm>
        form={form}
        layout="vertical"
        name="draft-create"
        initialValues={{ kind: 'normative', bearsOnBusiness: false, periodBasis: 'working_days', periodAmount: 7 }}
        onFinish={(values) => step.mutate(values, { onSuccess: (created) => void navigate(`/disclosure/drafts/${created.id}`) })}
      >
        <DraftFields form={form} />
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能保存" />}
    </Modal>
  );
}

/** 修改: the drafting unit's draft before it is published. */
export function ReviseDraftModal({ draft, onClose }: { draft: DraftDetail; onClose: () => void }) {
  const [form] = Form.useForm<DraftForm>();
  const step = useDisclosureStep(disclosureKeys.draft(draft.id), (values: DraftForm) => draftSteps.revise(draft.id, { ...values, title: values.title.trim(), version: draft.version }), () => '已修改');
  return (
    <Modal title={`修改 · ${draft.title}`} open width={760} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={step.isPending} destroyOnHidden>
      <Form<DraftForm>
        form={form}
        layout="vertical"
        name="draft-revise"
        initialValues={{ kind: draft.kind, title: draft.title, explanation: draft.explanation, body: draft.body, bearsOnBusiness: draft.bearsOnBusiness, periodBasis: draft.periodBasis, periodAmount: draft.periodAmount }}
        onFinish={(values) => step.mutate(values, { onSuccess: onClose })}
      >
        <DraftFields form={form} />
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能修改" />}
    </Modal>
  );
}

