import { Button, Divider, Form, Input, Radio, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { RuleRefusalAlert } from './rule-feedback';

/** One action's block: a heading, an explanation citing the article, the controls, and the refusal if any. */
export function ActionSection({ title, hint, error, errorTitle, children, testId }: { title: string; hint?: ReactNode; error: unknown; errorTitle: string; children: ReactNode; testId: string }) {
  return (
    <section data-testid={testId} style={{ marginBottom: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {hint && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
          {hint}
        </Typography.Paragraph>
      )}
      <div style={{ marginTop: hint ? 0 : 8 }}>{children}</div>
      {Boolean(error) && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={error} title={errorTitle} />
        </div>
      )}
    </section>
  );
}

/**
 * The controls for what the caller may do now, exactly as the server's `actions` say, in the area's `order`
 * (the way a case goes), each under the last; `render` gives an action's block (null: shown elsewhere). Nothing
 * when nothing. Each block is keyed by the case's version so a moved case starts with fresh forms.
 */
export function CaseActionPanel<A extends string>({ order, actions, version, render }: { order: readonly A[]; actions: readonly A[]; version: number; render: (action: A) => ReactNode }) {
  const shown = order.filter((action) => actions.includes(action));
  if (shown.length === 0) return null;
  return (
    <div data-testid="action-panel">
      {shown.map((action, index) => (
        <div key={`${action}-${version}`}>
          {index > 0 && <Divider style={{ margin: '8px 0 12px' }} />}
          {render(action)}
        </div>
      ))}
    </div>
  );
}

const agreementOptions = [
  { value: true, label: '同意' },
  { value: false, label: '不同意' },
];

/** 会签's answer (arts. 52, 64, 68): 同意 or 不同意, as the form's boolean `isAgreed`. */
export function AgreementField({ label, style }: { label?: string; style?: CSSProperties }) {
  return (
    <Form.Item label={label} name="isAgreed" style={style}>
      <Radio.Group optionType="button" buttonStyle="solid" options={agreementOptions} />
    </Form.Item>
  );
}

export type CountersignValues = { isAgreed: boolean; opinion: string; grounds: string };

/**
 * A unit's 会签 with an opinion: 同意 or 不同意, and for 不同意 the grounds (`groundsMessage` names the article
 * that asks for them). The area turns the values into its own request.
 */
export function CountersignForm({ onFinish, isPending, groundsMessage }: { onFinish: (values: CountersignValues) => void; isPending: boolean; groundsMessage: string }) {
  const [form] = Form.useForm<CountersignValues>();
  const isAgreed = Form.useWatch('isAgreed', form) ?? true;
  return (
    <Form<CountersignValues> form={form} name="countersign" layout="vertical" initialValues={{ isAgreed: true, opinion: '', grounds: '' }} onFinish={onFinish}>
      <AgreementField style={{ marginBottom: 8 }} />
      <Form.Item label="会签意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写会签意见' }]} style={{ marginBottom: 8 }}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {!isAgreed && (
        <Form.Item label="理据" name="grounds" rules={[{ required: true, whitespace: true, message: groundsMessage }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder="不同意的事实和依据" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={isPending}>
        会签
      </Button>
    </Form>
  );
}
