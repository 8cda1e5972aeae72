import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { documentSteps } from '../../api/documents';
import type { IncomingDocumentDetail } from '../../api/documents';
import { fetchLeaders, orgKeys } from '../../api/org';
import { formatDate, formatDateTime, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { articleLabel } from '../../lib/article-number';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useDocumentStep } from './use-document-step';

/**
 * 呈区长: a deputy who has given his 批示 passes the matter up to the 区长 (or the executive deputy presiding for
 * him, art. 7) for a further 批示 (art. 65: 重大事项报区长审批).
 */
export function EscalateAction({ doc }: { doc: IncomingDocumentDetail }) {
  const step = useDocumentStep(doc.id, (values: { opinion: string }) => documentSteps.escalate(doc.id, { version: doc.version, opinion: values.opinion.trim() || undefined }), () => '已呈区长阅批');
  return (
    <section data-testid="action-escalate" style={{ marginBottom: 12 }}>
      <Typography.Text strong>呈区长</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
        需区长审定的，批示后呈区长阅批；区长外出时由主持工作的常务副区长阅批（第六十五、七条）
      </Typography.Paragraph>
      <Form<{ opinion: string }> name="escalate" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="呈报说明" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="可选，如：拟同意，呈林志远区长审定" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          呈区长
        </Button>
      </Form>
      {Boolean(step.error) && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={step.error} title="未能呈区长" />
        </div>
      )}
    </section>
  );
}

type CirculateForm = { readerPersonIds: string[]; beforeTransfer: boolean };

/** 传阅: the office sends the document to leaders to read; each marks 已阅 or adds an opinion. */
export function CirculateAction({ doc }: { doc: IncomingDocumentDetail }) {
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal), staleTime: 10 * 60_000 });
  const already = useMemo(() => new Set(doc.circulation.map((entry) => entry.personId)), [doc.circulation]);
  const options = useMemo(
    () => (leaders.data?.items ?? []).filter((leader) => !already.has(leader.personId)).map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` })),
    [leaders.data, already],
  );
  const step = useDocumentStep(
    doc.id,
    (values: CirculateForm) => documentSteps.circulate(doc.id, { version: doc.version, personIds: values.readerPersonIds, beforeTransfer: values.beforeTransfer }),
    () => '已送传阅',
  );
  return (
    <section data-testid="action-circulate" style={{ marginBottom: 12 }}>
      <Typography.Text strong>传阅</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
        送有关区政府领导同志阅知；阅件人标注已阅或签署意见、姓名和日期（第六十五条）
      </Typography.Paragraph>
      <Form<CirculateForm> name="circulate" layout="vertical" initialValues={{ readerPersonIds: [], beforeTransfer: true }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="传阅领导" name="readerPersonIds" rules={[{ type: 'array', min: 1, message: '请选择传阅的领导' }]} style={{ marginBottom: 8 }}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} loading={leaders.isPending} options={options} placeholder="选择领导" />
        </Form.Item>
        <Space size={8} style={{ marginBottom: 8 }}>
          <Form.Item name="beforeTransfer" valuePropName="checked" noStyle>
            <Switch aria-label="阅后转办" checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <span>全部阅后再转办</span>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            送传阅
          </Button>
        </div>
      </Form>
      {Boolean(step.error) && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={step.error} title="未能传阅" />
        </div>
      )}
    </section>
  );
}

/**
 * The reader's own 阅 of a circulated document: 已阅 (name and date), or an opinion (阅示意见). A cover reads for
 * an absent leader as for a 批示 (art. 62).
 */
export function ReadPanel({ doc }: { doc: IncomingDocumentDetail }) {
  const session = useSession();
  const [form] = Form.useForm<{ opinion: string }>();
  const step = useDocumentStep(
    doc.id,
    (input: { opinion: string }) => documentSteps.read(doc.id, { version: doc.version, opinion: input.opinion }),
    (_, input) => (input.opinion ? '已签署阅示意见' : '已阅'),
  );
  return (
    <Card
      size="small"
      style={{ marginBottom: 12, borderColor: '#b4c8e8' }}
      styles={{ header: { background: '#f0f5ff' } }}
      data-testid="read-panel"
      title={
        <Space size={8} wrap>
          <span>传阅</span>
          <Tag color="blue">{doc.docType}</Tag>
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <strong>{doc.title}</strong>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {doc.sender}
          {doc.senderDocNumber ? `（${doc.senderDocNumber}）` : ''}
        </Typography.Text>
      </Typography.Paragraph>
      <Form<{ opinion: string }> form={form} name="read" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate({ opinion: values.opinion.trim() })}>
        <Form.Item label="阅示意见" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder="可不填，直接点“已阅”" style={{ fontSize: 15 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'right', margin: '0 0 8px' }}>
          <span style={{ marginInlineEnd: 16 }}>阅件人：{session.data?.user.displayName ?? ''}</span>
          <span>日期：{formatDate(today())}</span>
        </Typography.Paragraph>
        {step.isError && (
          <div style={{ marginBottom: 8 }}>
            <RuleRefusalAlert error={step.error} title="未能提交" />
          </div>
        )}
        <Space>
          <Button type="primary" loading={step.isPending && !step.variables?.opinion} onClick={() => step.mutate({ opinion: '' })}>
            已阅
          </Button>
          <Button htmlType="submit" loading={step.isPending && Boolean(step.variables?.opinion)}>
            签署阅示意见
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/**
 * Why the office returned the document, as the server records the return (`returned`): each reason with the
 * article it rests on, the office's own words, who and when.
 */
export function ReturnReasons({ doc }: { doc: IncomingDocumentDetail }) {
  const returned = doc.returned;
  if (!returned) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title="区政府办公室退回本件，请按以下意见修改后重新报送"
      data-testid="return-reasons"
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
            {returned.reasons.map((reason, index) => (
              <li key={reason.key ?? index}>
                {/* A return recorded before the structured record came as the step's text, article included. */}
                {reason.message.startsWith(articleLabel(reason.article)) ? (
                  reason.message
                ) : (
                  <>
                    <strong>{articleLabel(reason.article)}</strong>：{reason.message}
                  </>
                )}
              </li>
            ))}
          </ul>
          {returned.opinion && <div style={{ whiteSpace: 'pre-wrap' }}>{returned.opinion}</div>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {returned.by}，{formatDateTime(returned.at)}
          </Typography.Text>
        </>
      }
    />
  );
}

/**
 * For the filing unit, a returned document: why the office returned it (each reason with its article) and the
 * way to revise and resubmit the same document, or withdraw it.
 */
export function ReturnedPanel({ doc }: { doc: IncomingDocumentDetail }) {
  const withdraw = useDocumentStep(doc.id, () => documentSteps.withdraw(doc.id, { version: doc.version }), () => '已撤回');
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="returned-panel" title="退回的公文">
      <ReturnReasons doc={doc} />
      <Space>
        {doc.actions.includes('resubmit') && (
          <Link to={`/documents/incoming/${doc.id}/resubmit`}>
            <Button type="primary">修改后重新报送</Button>
          </Link>
        )}
        {doc.actions.includes('withdraw') && (
          <Popconfirm title="确认撤回本件？" description="撤回后不再办理。" okText="撤回" onConfirm={() => withdraw.mutate(undefined)}>
            <Button danger loading={withdraw.isPending}>
              撤回
            </Button>
          </Popconfirm>
        )}
      </Space>
      {Boolean(withdraw.error) && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={withdraw.error} title="未能撤回" />
        </div>
      )}
    </Card>
  );
}
