import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Descriptions, Form, Input, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { uploadDocumentAttachment } from '../../api/documents';
import type { DocumentAttachment } from '../../api/documents';
import type { Satisfaction, SuggestionAction, SuggestionDetail } from '../../api/supervision';
import { fetchSuggestion, suggestionSteps, supervisionKeys } from '../../api/supervision';
import { formatDate } from '../../app/dates';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { ActionSection, CaseActionPanel } from '../../lib/case-actions';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import { useUnits } from '../meetings/use-org';
import { satisfactionLabels, suggestionStatusColors } from './suggestion-labels';
import { SupervisionHeader } from './supervision-header';
import { useSupervisionStep } from './use-supervision-step';

const order: readonly SuggestionAction[] = ['assign', 'send_back', 'answer', 'record_satisfaction', 'reanswer'];

function AssignSection({ item }: { item: SuggestionDetail }) {
  const units = useUnits();
  const step = useSupervisionStep(supervisionKeys.suggestion(item.id), (values: { leadUnitId: string; coUnitIds?: string[] }) => suggestionSteps.assign(item.id, { version: item.version, leadUnitId: values.leadUnitId, coUnitIds: values.coUnitIds ?? [] }), () => '已交办');
  return (
    <ActionSection testId="suggestion-assign" title="交办" hint="第四十条：严格责任，限时办结。办理期限自交办之日起计算（规则库参数，依据待核实）。" error={step.error} errorTitle="未能交办">
      <Form layout="vertical" name="assign" initialValues={{ leadUnitId: item.status === 'sent_back' ? undefined : (item.leadUnitId ?? undefined), coUnitIds: item.coUnits.map((unit) => unit.id) }} onFinish={(values: { leadUnitId: string; coUnitIds?: string[] }) => step.mutate(values)}>
        <Form.Item label="主办单位" name="leadUnitId" rules={[{ required: true, message: '请选择主办单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units.options} />
        </Form.Item>
        <Form.Item label="协办单位" name="coUnitIds">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={units.options} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          交办
        </Button>
      </Form>
    </ActionSection>
  );
}

function SendBackSection({ item }: { item: SuggestionDetail }) {
  const step = useSupervisionStep(supervisionKeys.suggestion(item.id), (reason: string) => suggestionSteps.sendBack(item.id, { version: item.version, reason }), () => '已申请退回');
  return (
    <ActionSection testId="suggestion-send-back" title="申请退回" hint="交办有误的，承办单位在规定期限内申请退回，说明理由。" error={step.error} errorTitle="未能退回">
      <Form layout="vertical" name="send-back" onFinish={(values: { reason: string }) => step.mutate(values.reason.trim())}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="退回理由" />
        </Form.Item>
        <Button danger htmlType="submit" loading={step.isPending}>
          申请退回
        </Button>
      </Form>
    </ActionSection>
  );
}

function AnswerSection({ item }: { item: SuggestionDetail }) {
  const uploads = useUploads<DocumentAttachment>(() => [] as UploadFile<DocumentAttachment>[]);
  const step = useSupervisionStep(
    supervisionKeys.suggestion(item.id),
    (values: { answer: string; isForPublication: boolean }) => suggestionSteps.answer(item.id, { version: item.version, answer: values.answer.trim(), isForPublication: values.isForPublication, attachmentIds: uploads.attachmentIds }),
    () => '已答复',
  );
  return (
    <ActionSection testId="suggestion-answer" title={item.round && item.round > 1 ? '再次答复' : '答复'} error={step.error} errorTitle="未能答复">
      <Form layout="vertical" name="answer" initialValues={{ answer: '', isForPublication: true }} onFinish={(values: { answer: string; isForPublication: boolean }) => step.mutate(values)}>
        <Form.Item name="answer" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
          <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 12 }} placeholder="答复内容" />
        </Form.Item>
        <Form.Item>
          <AttachmentUpload files={uploads.files} onChange={uploads.setFiles} upload={(file) => uploadDocumentAttachment(file)} buttonText="上传答复函" />
        </Form.Item>
        <Form.Item name="isForPublication" valuePropName="checked">
          <Checkbox>答复结果公开</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending} disabled={uploads.isUploading}>
          答复
        </Button>
      </Form>
    </ActionSection>
  );
}

/** 满意度: the office records the deputy's answer; 不满意 in the first round sends it back for a second answer. */
function SatisfactionSection({ item }: { item: SuggestionDetail }) {
  const step = useSupervisionStep(supervisionKeys.suggestion(item.id), (values: { satisfaction: Satisfaction; opinion?: string }) => suggestionSteps.satisfaction(item.id, { version: item.version, satisfaction: values.satisfaction, opinion: values.opinion?.trim() || null }), (_, value) => `已记录：${satisfactionLabels[value.satisfaction]}`);
  return (
    <ActionSection testId="suggestion-satisfaction" title="满意度测评" hint="不满意的，承办单位再次答复（第四十条）。" error={step.error} errorTitle="未能记录">
      <Form layout="vertical" name="satisfaction" initialValues={{ satisfaction: 'satisfied' }} onFinish={(values: { satisfaction: Satisfaction; opinion?: string }) => step.mutate(values)}>
        <Form.Item name="satisfaction">
          <Radio.Group optionType="button" buttonStyle="solid" options={(Object.keys(satisfactionLabels) as Satisfaction[]).map((value) => ({ value, label: satisfactionLabels[value] }))} />
        </Form.Item>
        <Form.Item name="opinion">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="代表、委员意见（选填）" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          记录
        </Button>
      </Form>
    </ActionSection>
  );
}

function SuggestionView({ item }: { item: SuggestionDetail }) {
  const task = item.taskDetail;
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={
            <Space size={8} wrap>
              <Tag color="blue">{item.kindLabel}</Tag>
              <span>
                {item.code} {item.title}
              </span>
              <Tag color={suggestionStatusColors[item.status]} data-testid="suggestion-status">
                {item.statusLabel}
              </Tag>
            </Space>
          }
        >
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'session', label: '届次', children: item.session },
              { key: 'proposers', label: '领衔人/提案人', children: item.proposers.join('、') },
              ...(item.summary ? [{ key: 'summary', label: '内容摘要', children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.summary}</span> }] : []),
              { key: 'lead', label: '承办单位', children: item.leadUnitName ?? '未交办' },
              ...(item.coUnits.length > 0 ? [{ key: 'co', label: '协办单位', children: item.coUnits.map((unit) => unit.name).join('、') }] : []),
              ...(item.sendBackReason ? [{ key: 'sendBack', label: '退回理由', children: item.sendBackReason }] : []),
              ...(item.assignedOn ? [{ key: 'assigned', label: '交办日期', children: formatDate(item.assignedOn) }] : []),
              ...(task
                ? [
                    {
                      key: 'due',
                      label: '答复期限',
                      children: (
                        <Space orientation="vertical" size={0} data-testid="suggestion-due">
                          <span>
                            {formatDate(task.clock?.due ?? task.dueOn)}（<Link to={`/supervision/tasks/${task.id}`}>{task.number ?? '督办任务'}</Link>）
                          </span>
                          {task.clock && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {task.clock.explanation}
                            </Typography.Text>
                          )}
                          {task.overdue.explanation && (
                            <Typography.Text type={task.overdue.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="suggestion-overdue">
                              {task.overdue.explanation}
                            </Typography.Text>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
              ...(item.answer ? [{ key: 'answer', label: `答复${item.answeredOn ? `（${formatDate(item.answeredOn)}）` : ''}`, children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</span> }] : []),
              ...(item.round > 1 ? [{ key: 'round', label: '办理轮次', children: `第${item.round}轮（代表、委员不满意后再次办理）` }] : []),
              ...(item.satisfaction ? [{ key: 'satisfaction', label: '满意度', children: <Tag color={item.satisfaction === 'dissatisfied' ? 'red' : 'green'} data-testid="suggestion-satisfaction-value">{item.satisfactionLabel ?? satisfactionLabels[item.satisfaction]}</Tag> }] : []),
              {
                key: 'publication',
                label: '公开',
                children: item.publication ? (
                  <Tag color="cyan" data-testid="suggestion-publication">
                    {item.publication.publishedAt ? `已在门户网站发布（${formatDate(item.publication.publishedAt)}）` : item.publication.dueOn ? `已列入公开（${formatDate(item.publication.dueOn)}前）` : '已列入公开'}
                  </Tag>
                ) : item.isForPublication ? <Tag color="cyan" data-testid="suggestion-publication">标记公开</Tag> : '不公开',
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small" title="当前办理">
          <CaseActionPanel
            order={order}
            actions={item.actions}
            version={item.version}
            render={(action) => {
              if (action === 'assign') return <AssignSection item={item} />;
              if (action === 'send_back') return <SendBackSection item={item} />;
              if (action === 'answer') return <AnswerSection item={item} />;
              // 满意 / 不满意 is one form: the server takes `record_satisfaction` or `reanswer` by the answer.
              if (action === 'record_satisfaction') return <SatisfactionSection item={item} />;
              if (action === 'reanswer') return item.actions.includes('record_satisfaction') ? null : <SatisfactionSection item={item} />;
              return null;
            }}
          />
          {item.actions.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              本环节无需您办理。
            </Typography.Text>
          )}
        </Card>
        <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
          <CaseTimeline
            steps={item.timeline.map((entry, index) => ({ key: `${index}`, kind: entry.action, label: entry.actionLabel, actorName: entry.actorName, actingForName: entry.actingForName, article: entry.article, occurredAt: entry.occurredAt, opinion: entry.opinion }))}
            colorOf={(kind) => (kind === 'send_back' || kind === 'reanswer' ? 'red' : kind === 'record_satisfaction' ? 'green' : 'blue')}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** 建议提案: one deputy's suggestion or CPPCC proposal, its assignment, answer, satisfaction and clock (art. 40). */
export default function SuggestionPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: supervisionKeys.suggestion(id), queryFn: ({ signal }) => fetchSuggestion(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.title} · 政务` : '建议提案 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<SupervisionHeader title="建议提案" extra={<BackButton to="/supervision/suggestions" text="建议提案" />} />} what="建议提案" list={{ to: '/supervision/suggestions', text: '返回建议提案' }}>
      {(item) => <SuggestionView item={item} />}
    </CaseDetail>
  );
}
