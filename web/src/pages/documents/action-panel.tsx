import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Radio, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { documentSteps } from '../../api/documents';
import type { AssignResult, DocumentAction, IncomingDocumentDetail, ReturnReason } from '../../api/documents';
import { fetchParameters, rulesKeys } from '../../api/rules';
import { today } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { ActionSection, CaseActionPanel, CountersignForm } from '../../lib/case-actions';
import type { CountersignValues } from '../../lib/case-actions';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { CirculateAction, EscalateAction } from './reading-actions';
import { useDocumentStep } from './use-document-step';

type UnitOption = { value: string; label: string };

type SignOffForm = { opinion: string };

/** 签发: the filing unit's principal head signs off the 请示 in their own session (art. 64). */
function SignOffAction({ doc }: { doc: IncomingDocumentDetail }) {
  const [form] = Form.useForm<SignOffForm>();
  const step = useDocumentStep(
    doc.id,
    (values: SignOffForm) => documentSteps.signOff(doc.id, { version: doc.version, opinion: values.opinion.trim() || undefined }),
    (result) => (result.status === 'countersigning' ? '已签发，待相关单位主要负责人会签' : '已签发，公文已报送区政府办公室'),
  );
  return (
    <ActionSection testId="action-sign-off" title="签发" hint="报送区政府的请示性公文，须由报送单位主要负责人签发（第六十四条）" error={step.error} errorTitle="未能签发">
      <Form<SignOffForm> form={form} name="sign-off" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="签发意见" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="同意报送" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          签发
        </Button>
      </Form>
    </ActionSection>
  );
}

function ReceiveAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, () => documentSteps.receive(doc.id, doc.version), () => '已签收');
  return (
    <ActionSection testId="action-receive" title="签收" hint="区政府办公室收到公文后签收（第六十六条：各个环节都要在规定时限内完成）" error={step.error} errorTitle="未能签收">
      <Button type="primary" loading={step.isPending} onClick={() => step.mutate(undefined)}>
        签收
      </Button>
    </ActionSection>
  );
}

function RegisterAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, () => documentSteps.register(doc.id, doc.version), (result) => `已登记，收文登记号 ${result.registerNumber}`);
  return (
    <ActionSection testId="action-register" title="登记" hint="登记入收文登记簿，系统按年度顺序编收文登记号" error={step.error} errorTitle="未能登记">
      <Button type="primary" loading={step.isPending} onClick={() => step.mutate(undefined)}>
        登记
      </Button>
    </ActionSection>
  );
}

type ReviewForm = { outcome: 'pass' | 'return'; reasons: ReturnReason['key'][]; opinion: string };

function ReviewAction({ doc }: { doc: IncomingDocumentDetail }) {
  const [form] = Form.useForm<ReviewForm>();
  const outcome = Form.useWatch('outcome', form) ?? 'pass';
  const step = useDocumentStep(
    doc.id,
    (values: ReviewForm) =>
      documentSteps.review(doc.id, {
        version: doc.version,
        outcome: values.outcome,
        ...(values.outcome === 'return' ? { reasons: values.reasons } : {}),
        ...(values.opinion?.trim() ? { opinion: values.opinion.trim() } : {}),
      }),
    () => (form.getFieldValue('outcome') === 'return' ? '已退回报送单位' : '初审通过'),
  );
  return (
    <ActionSection testId="action-review" title="初审" hint="审核是否符合行文规则；不符合的退回，并注明理由与条款（第六十四条）" error={step.error} errorTitle="未能提交初审">
      <Form<ReviewForm> form={form} name="review" layout="vertical" initialValues={{ outcome: 'pass', reasons: [], opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item name="outcome" style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'pass', label: '通过' },
              { value: 'return', label: '退回' },
            ]}
          />
        </Form.Item>
        {outcome === 'return' && (
          <Form.Item label="退回理由" name="reasons" rules={[{ type: 'array', min: 1, message: '退回须写明理由' }]} style={{ marginBottom: 8 }}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              {doc.returnReasons.map((reason) => (
                <Checkbox key={reason.key} value={reason.key}>
                  <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 6 }}>
                    {articleLabel(reason.article)}
                  </Tag>
                  {reason.label}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
        <Form.Item label="初审意见" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={outcome === 'pass' ? '默认：初审通过' : '补充说明（可选）'} />
        </Form.Item>
        <Button type="primary" htmlType="submit" danger={outcome === 'return'} loading={step.isPending}>
          {outcome === 'return' ? '退回' : '初审通过'}
        </Button>
      </Form>
    </ActionSection>
  );
}

type ProposeForm = { proposal: string; isMajor: boolean };

function ProposeAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, (values: ProposeForm) => documentSteps.propose(doc.id, { version: doc.version, proposal: values.proposal.trim(), isMajor: values.isMajor }), () => '已拟办');
  return (
    <ActionSection testId="action-propose" title="拟办" hint="提出办理意见；重大事项报区长审批（第六十五条）" error={step.error} errorTitle="未能拟办">
      <Form<ProposeForm> name="propose" layout="vertical" initialValues={{ proposal: '', isMajor: doc.isMajor }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="拟办意见" name="proposal" rules={[{ required: true, whitespace: true, message: '请填写拟办意见' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如：拟请赵明远副区长阅批" />
        </Form.Item>
        <Space size={8} style={{ marginBottom: 8 }}>
          <Form.Item name="isMajor" valuePropName="checked" noStyle>
            <Switch aria-label="重大事项" checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <span>重大事项（报区长审批，第六十五条）</span>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            提交拟办
          </Button>
        </div>
      </Form>
    </ActionSection>
  );
}

const assignBasisLabels: Record<AssignResult['basis'], string> = {
  major_to_head: '重大事项报区长',
  portfolio: '按分工报分管副区长',
  no_portfolio_to_head: '无分管副区长，报区长',
  cover: '分管领导外出，急件转补位领导',
};

function AssignAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(
    doc.id,
    () => documentSteps.assign(doc.id, doc.version),
    (result) => `已呈${result.leader.name}同志阅批（${assignBasisLabels[result.basis]}${result.actingFor ? `，代${result.actingFor.name}` : ''}）`,
  );
  return (
    <ActionSection
      testId="action-assign"
      title="批办"
      hint={
        <>
          系统按当日区政府领导分工呈送：{doc.isMajor ? '本件为重大事项，报区长审批' : '呈来文单位的分管副区长审批，重大事项报区长'}（第六十五条）；分管领导外出时，急件转补位领导（第六十二条）。
        </>
      }
      error={step.error}
      errorTitle="未能批办"
    >
      <Button type="primary" loading={step.isPending} onClick={() => step.mutate(undefined)}>
        批办
      </Button>
    </ActionSection>
  );
}

type TransferForm = { handlingUnitId: string; coUnitIds: string[]; workingDays: number | null; opinion: string };

/** The rulebook's default handling time in working days (art. 66 第二款), as of today. */
function useHandlingWorkingDays(): number | undefined {
  const asOf = today();
  const parameters = useQuery({ queryKey: rulesKeys.parameters(asOf), queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === 'documents.handlingWorkingDays')?.value;
  return typeof value === 'number' ? value : undefined;
}

function TransferAction({ doc, unitOptions }: { doc: IncomingDocumentDetail; unitOptions: readonly UnitOption[] }) {
  const defaultDays = useHandlingWorkingDays();
  const [form] = Form.useForm<TransferForm>();
  const handlingUnitId = Form.useWatch('handlingUnitId', form);
  const step = useDocumentStep(
    doc.id,
    (values: TransferForm) =>
      documentSteps.transfer(doc.id, {
        version: doc.version,
        handlingUnitId: values.handlingUnitId,
        coUnitIds: values.coUnitIds ?? [],
        ...(values.workingDays ? { workingDays: values.workingDays } : {}),
        ...(values.opinion?.trim() ? { opinion: values.opinion.trim() } : {}),
      }),
    () => '已转办承办单位',
  );
  return (
    <ActionSection
      testId="action-transfer"
      title="转办"
      hint="区政府领导批示的公文，由区政府办公室统一转办（第六十五条），承办单位在规定时限内办理完毕并回复办理结果（第六十六条）"
      error={step.error}
      errorTitle="未能转办"
    >
      <Form<TransferForm> form={form} name="transfer" layout="vertical" initialValues={{ handlingUnitId: doc.routingUnit?.id ?? (doc.sourceKind === 'platform' ? doc.issuingUnit.id : undefined), coUnitIds: [], workingDays: null, opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="承办单位" name="handlingUnitId" rules={[{ required: true, message: '请选择承办单位' }]} style={{ marginBottom: 8 }}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={[...unitOptions]} />
        </Form.Item>
        <Form.Item label="协办单位" name="coUnitIds" style={{ marginBottom: 8 }}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={unitOptions.filter((option) => option.value !== handlingUnitId)} placeholder="可不选" />
        </Form.Item>
        <Form.Item
          label="办理时限（工作日）"
          name="workingDays"
          style={{ marginBottom: 8 }}
          extra={defaultDays !== undefined ? `不填按规定 ${defaultDays} 个工作日（第六十六条）` : '不填按规定时限（第六十六条）'}
        >
          <InputNumber min={1} max={250} precision={0} placeholder={defaultDays !== undefined ? String(defaultDays) : undefined} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="转办意见" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="可选" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          转办
        </Button>
      </Form>
    </ActionSection>
  );
}

function CompleteAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, (values: { result: string }) => documentSteps.complete(doc.id, { version: doc.version, result: values.result.trim() }), () => '已办结，办理结果已回复区政府办公室');
  return (
    <ActionSection testId="action-complete" title="办结" hint="在规定时限内办理完毕并回复办理结果，重要情况及时报告（第六十六条）" error={step.error} errorTitle="未能办结">
      <Form<{ result: string }> name="complete" layout="vertical" initialValues={{ result: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="办理结果" name="result" rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          办结
        </Button>
      </Form>
    </ActionSection>
  );
}

function ArchiveAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, () => documentSteps.archive(doc.id, doc.version), () => '已归档');
  const isReading = doc.status === 'instructed';
  return (
    <ActionSection testId="action-archive" title="归档" hint={isReading ? '报告经领导阅知，无需转办的，可直接归档' : '承办单位已回复办理结果，办结归档'} error={step.error} errorTitle="未能归档">
      <Popconfirm title="确认归档？" description="归档后不再办理。" okText="归档" onConfirm={() => step.mutate(undefined)}>
        <Button type={isReading ? 'default' : 'primary'} loading={step.isPending}>
          {isReading ? '阅知归档' : '归档'}
        </Button>
      </Popconfirm>
    </ActionSection>
  );
}

type ExtendForm = { workingDays: number | null; approver: string; reason: string };

function ExtendAction({ doc }: { doc: IncomingDocumentDetail }) {
  const [isOpen, setIsOpen] = useState(false);
  const [form] = Form.useForm<ExtendForm>();
  const step = useDocumentStep(
    doc.id,
    (values: ExtendForm) => documentSteps.extend(doc.id, { version: doc.version, workingDays: values.workingDays ?? 0, approver: values.approver.trim(), reason: values.reason.trim() }),
    () => '已延期',
  );
  return (
    <ActionSection testId="action-extend" title="延期" hint="办理期限只能经批准延期，记录批准人和理由（第六十六条）" error={null} errorTitle="未能延期">
      <Button onClick={() => setIsOpen(true)}>延期</Button>
      <Modal
        title="延期办理"
        open={isOpen}
        okText="确认延期"
        confirmLoading={step.isPending}
        onOk={() => form.submit()}
        onCancel={() => setIsOpen(false)}
        destroyOnHidden
      >
        <Form<ExtendForm>
          form={form}
          name="extend"
          layout="vertical"
          initialValues={{ workingDays: 5, approver: '', reason: '' }}
          onFinish={(values) => step.mutate(values, { onSuccess: () => setIsOpen(false) })}
        >
          <Form.Item label="延期工作日" name="workingDays" rules={[{ required: true, message: '请填写延期的工作日数' }]} extra="新期限自今日起按工作日重新计算">
            <InputNumber min={1} max={250} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="批准人" name="approver" rules={[{ required: true, whitespace: true, message: '请填写批准人' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="延期理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Form>
        {Boolean(step.error) && <RuleRefusalAlert error={step.error} title="未能延期" />}
      </Modal>
    </ActionSection>
  );
}

function CountersignAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(
    doc.id,
    (values: CountersignValues) => documentSteps.countersign(doc.id, { version: doc.version, isAgreed: values.isAgreed, opinion: values.opinion.trim(), grounds: values.isAgreed ? null : values.grounds.trim() }),
    (result) => (result.status === 'submitted' ? '已会签，各相关单位会签完毕，公文已报送区政府办公室' : '已会签'),
  );
  return (
    <ActionSection
      testId="action-countersign"
      title="会签"
      hint="由相关单位主要负责人会签；单位之间有分歧的，应列明各方理据（第六十四条）"
      error={step.error}
      errorTitle="未能会签"
    >
      <CountersignForm onFinish={(values) => step.mutate(values)} isPending={step.isPending} groundsMessage="不同意的，须列明理据（第六十四条）" />
    </ActionSection>
  );
}

/** The order actions are shown in when several are open at once (a report after 批示: 转办 or 阅知归档). */
const actionOrder: DocumentAction[] = ['sign_off', 'countersign', 'receive', 'register', 'review', 'propose', 'assign', 'escalate', 'circulate', 'transfer', 'complete', 'archive', 'extend'];

/**
 * The controls for what the caller may do now, exactly as the server's `actions` say; 批示 has its own panel.
 * Renders nothing when there is nothing to do.
 */
export function ActionPanel({ doc, unitOptions }: { doc: IncomingDocumentDetail; unitOptions: readonly UnitOption[] }) {
  return <CaseActionPanel order={actionOrder} actions={doc.actions} version={doc.version} render={(action) => renderAction(action, doc, unitOptions)} />;
}

function renderAction(action: DocumentAction, doc: IncomingDocumentDetail, unitOptions: readonly UnitOption[]): ReactNode {
  switch (action) {
    case 'receive':
      return <ReceiveAction doc={doc} />;
    case 'register':
      return <RegisterAction doc={doc} />;
    case 'review':
      return <ReviewAction doc={doc} />;
    case 'propose':
      return <ProposeAction doc={doc} />;
    case 'assign':
      return <AssignAction doc={doc} />;
    case 'transfer':
      return <TransferAction doc={doc} unitOptions={unitOptions} />;
    case 'complete':
      return <CompleteAction doc={doc} />;
    case 'archive':
      return <ArchiveAction doc={doc} />;
    case 'extend':
      return <ExtendAction doc={doc} />;
    case 'countersign':
      return <CountersignAction doc={doc} />;
    case 'sign_off':
      return <SignOffAction doc={doc} />;
    case 'escalate':
      return <EscalateAction doc={doc} />;
    case 'circulate':
      return <CirculateAction doc={doc} />;
    // 退回 is the other outcome of 初审; 批示 and 阅 have their own panels, and so has a returned document (修改后
    // 重新报送, 撤回); 催办 runs from the chase list.
    case 'return':
    case 'instruct':
    case 'read':
    case 'resubmit':
    case 'withdraw':
    case 'chase':
      return null;
  }
}
