import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { documentSteps } from '../../api/documents';
import type { IncomingDocumentDetail, PersonRef } from '../../api/documents';
import { formatDate, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useDocumentStep } from './use-document-step';

type InstructForm = { opinion: string };

/**
 * 领导批示 (art. 65): a request needs an explicit opinion with name and date; a report may simply be circled (圈阅),
 * which signs it with name and date. A cover signs for the absent leader (art. 62).
 */
export function InstructionPanel({ doc, actingFor }: { doc: IncomingDocumentDetail; actingFor: PersonRef | undefined }) {
  const session = useSession();
  const [form] = Form.useForm<InstructForm>();
  const isRequest = doc.docType === '请示';
  const step = useDocumentStep(
    doc.id,
    (input: { opinion: string; isCircled: boolean }) => documentSteps.instruct(doc.id, { version: doc.version, ...input }),
    () => (actingFor ? `已代${actingFor.name}批示` : '已批示'),
  );
  const signer = session.data?.user.displayName ?? '';
  return (
    <Card
      size="small"
      style={{ marginBottom: 12, borderColor: '#e8b4b4' }}
      styles={{ header: { background: '#fff1f0' } }}
      data-testid="instruction-panel"
      title={
        <Space size={8} wrap>
          <span>领导批示</span>
          <Tag color={isRequest ? 'red' : 'blue'}>{doc.docType}</Tag>
          {actingFor && <Tag color="orange">代{actingFor.name}批示（第六十二条）</Tag>}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 84 } }}
        items={[
          { key: 'title', label: '标题', children: <strong>{doc.title}</strong> },
          { key: 'issuer', label: '来文单位', children: `${doc.sender}${doc.senderDocNumber ? `（${doc.senderDocNumber}）` : ''}` },
          ...(doc.declaredMatters.length > 0 ? [{ key: 'matters', label: '请示事项', children: doc.declaredMatters.join('；') }] : []),
          { key: 'proposal', label: '拟办意见', children: doc.proposal ?? '—' },
          // After 呈区长 the 区长 reads the deputy's 批示 before his own.
          ...(doc.instructions.length > 0
            ? [{ key: 'earlier', label: '已有批示', children: <span style={{ whiteSpace: 'pre-wrap' }}>{doc.instructions.map((item) => `${item.isCircled ? '圈阅' : item.opinion}（${item.name}，${item.date}）`).join('\n')}</span> }]
            : []),
        ]}
      />
      <Alert
        type={isRequest ? 'warning' : 'info'}
        showIcon
        style={{ margin: '8px 0' }}
        title={isRequest ? '对有具体请示事项的，应签署明确意见、姓名和日期（第六十五条）' : '对一般报告性公文，应签署姓名和日期，可以圈阅（第六十五条）'}
      />
      <Form<InstructForm> form={form} name="instruct" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate({ opinion: values.opinion.trim(), isCircled: false })} onValuesChange={() => step.isError && step.reset()}>
        <Form.Item
          label="批示意见"
          name="opinion"
          required={isRequest}
          rules={[
            { required: true, whitespace: true, message: isRequest ? '请示须签署明确意见（第六十五条）' : '请签署意见，或点“圈阅”' },
            ...(isRequest ? [{ min: 2, message: '请示须签署明确意见（第六十五条）' }] : []),
          ]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} placeholder={isRequest ? '如：同意，请区财政局统筹安排。' : '可签署意见，或直接圈阅'} style={{ fontSize: 15 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'right', margin: '0 0 8px' }}>
          <span style={{ marginInlineEnd: 16 }}>签批人：{signer}</span>
          <span>日期：{formatDate(today())}</span>
        </Typography.Paragraph>
        {step.isError && (
          <div style={{ marginBottom: 8 }}>
            <RuleRefusalAlert error={step.error} title="未能批示" />
          </div>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={step.isPending && !step.variables?.isCircled}>
            签批
          </Button>
          {!isRequest && (
            <Button loading={step.isPending && step.variables?.isCircled} onClick={() => step.mutate({ opinion: '', isCircled: true })}>
              圈阅
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
