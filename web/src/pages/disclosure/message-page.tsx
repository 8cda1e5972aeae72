import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import type { MessageAction, MessageDetail } from '../../api/disclosure';
import { disclosureKeys, fetchMessage, messageSteps } from '../../api/disclosure';
import { formatDate, formatDateTime } from '../../app/dates';
import { ActionSection, CaseActionPanel } from '../../lib/case-actions';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import { useUnits } from '../meetings/use-org';
import { stepColor, stepsOf } from './case-steps';
import { DueCell } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { messageStatusColors } from './disclosure-labels';
import { useDisclosureStep } from './use-disclosure-step';

const order: readonly MessageAction[] = ['assign', 'answer', 'publish'];

function AssignSection({ item }: { item: MessageDetail }) {
  const units = useUnits();
  const step = useDisclosureStep(disclosureKeys.message(item.id), (unitId: string | null) => messageSteps.assign(item.id, { version: item.version, unitId }), (_, unitId) => (unitId ? `已转交${units.unitName(unitId)}` : '已收回办公室办理'));
  return (
    <ActionSection testId="message-assign" title="转交办理" hint="第三十九条：办公室将留言转交有关单位答复；不选单位即由办公室答复。" error={step.error} errorTitle="未能转交">
      <Form layout="vertical" name="assign" initialValues={{ unitId: item.unit?.id }} onFinish={(values: { unitId?: string }) => step.mutate(values.unitId ?? null)}>
        <Form.Item name="unitId" style={{ marginBottom: 8 }}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={units.options} placeholder="办理单位（不选：办公室答复）" />
        </Form.Item>
        <Button htmlType="submit" loading={step.isPending}>
          转交
        </Button>
      </Form>
    </ActionSection>
  );
}

function AnswerSection({ item }: { item: MessageDetail }) {
  const step = useDisclosureStep(disclosureKeys.message(item.id), (answer: string) => messageSteps.answer(item.id, { version: item.version, answer: answer.trim() }), (result) => (result.isLate ? '已答复（超过答复期限，记为逾期）' : '已答复'));
  return (
    <ActionSection testId="message-answer" title="答复留言" error={step.error} errorTitle="未能答复">
      <Form layout="vertical" name="answer" onFinish={(values: { answer: string }) => step.mutate(values.answer)}>
        <Form.Item name="answer" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={10_000} autoSize={{ minRows: 3, maxRows: 10 }} placeholder="答复内容" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          答复
        </Button>
      </Form>
    </ActionSection>
  );
}

function PublishSection({ item }: { item: MessageDetail }) {
  const step = useDisclosureStep(disclosureKeys.message(item.id), () => messageSteps.publish(item.id, { version: item.version }), () => '已在门户网站公开');
  return (
    <ActionSection testId="message-publish" title="审核公开" hint="第三十九条、第八十三条：留言人同意公开的，由答复人以外的工作人员审核后公开留言及答复；不公开留言人的联系方式，含个人信息的不能公开。" error={step.error} errorTitle="未能公开">
      <Button type="primary" loading={step.isPending} onClick={() => step.mutate(undefined)}>
        审核公开
      </Button>
    </ActionSection>
  );
}

function MessageView({ item }: { item: MessageDetail }) {
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={
            <Space size={8} wrap>
              <span data-testid="document-title">{item.subject}</span>
              <Tag color={messageStatusColors[item.status]} data-testid="message-status">
                {item.statusLabel}
              </Tag>
              {item.wantsPublic ? <Tag color="cyan">同意公开</Tag> : <Tag>不公开</Tag>}
            </Space>
          }
        >
          <Descriptions
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: '编号', children: item.number },
              { key: 'received', label: '收到日期', children: formatDate(item.receivedOn) },
              { key: 'name', label: '署名', children: item.displayName ?? '匿名' },
              { key: 'contact', label: '联系方式', children: item.contactMasked ?? '—' },
              { key: 'unit', label: '办理单位', children: item.unit?.name ?? '办公室' },
              ...(item.status === 'received' ? [{ key: 'due', label: '答复期限', span: 2, children: <DueCell due={item.clock?.due ?? item.dueOn} isOverdue={item.clock?.isOverdue ?? item.isOverdue} explanation={item.clock?.explanation} testId="message-due" /> }] : []),
              ...(item.publishedAt ? [{ key: 'published', label: '公开时间', children: formatDateTime(item.publishedAt) }] : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            留言内容
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Typography.Paragraph>
          {item.answer && (
            <>
              <Typography.Title level={5}>
                答复{item.answeredOn ? `（${formatDate(item.answeredOn)}${item.answeredByName ? `，${item.answeredByName}` : ''}）` : ''}
              </Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="message-answer-text">
                {item.answer}
              </Typography.Paragraph>
            </>
          )}
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
              if (action === 'answer') return <AnswerSection item={item} />;
              if (action === 'publish') return <PublishSection item={item} />;
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
          <CaseTimeline steps={stepsOf(item.timeline)} colorOf={stepColor([], ['answer', 'publish'])} />
        </Card>
      </Col>
    </Row>
  );
}

/** 公众留言: the message, its answer period (basis unconfirmed), the unit answering it and its publication (art. 39). */
export default function MessagePage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: disclosureKeys.message(id), queryFn: ({ signal }) => fetchMessage(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.subject} · 政务` : '公众留言 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<DisclosureHeader title="政民互动" extra={<BackButton to="/disclosure/messages" text="政民互动" />} />} what="公众留言" list={{ to: '/disclosure/messages', text: '返回政民互动' }}>
      {(item) => <MessageView item={item} />}
    </CaseDetail>
  );
}
