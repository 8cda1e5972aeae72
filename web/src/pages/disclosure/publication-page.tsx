import { ExportOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PublicationAction, PublicationDetail } from '../../api/disclosure';
import { disclosureKeys, fetchPublication, publicationSteps } from '../../api/disclosure';
import { documentAttachmentUrl } from '../../api/documents';
import { formatDate, formatDateTime } from '../../app/dates';
import { ActionSection, CaseActionPanel } from '../../lib/case-actions';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import { stepColor, stepsOf } from './case-steps';
import { DueCell } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { publicationStatusColors } from './disclosure-labels';
import { ReviseModal } from './publication-form';
import { useDisclosureStep } from './use-disclosure-step';

const order: readonly PublicationAction[] = ['publish', 'reject', 'revise', 'withdraw'];

/** What the check before publication found: names, identity numbers, telephones … — nothing may be published with them. */
export function PersonalDataAlert({ found }: { found: readonly { label: string; masked: string }[] }) {
  if (found.length === 0) {
    return <Alert type="success" showIcon title="发布前检查：未发现个人信息" style={{ marginBottom: 12 }} data-testid="personal-data-clear" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`发布前检查：发现${found.length}处个人信息，删除或处理后才能发布`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {found.map((item, index) => (
            <li key={`${item.label}-${index}`}>
              {item.label}：{item.masked}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
      data-testid="personal-data-found"
    />
  );
}

function PublishSection({ item }: { item: PublicationDetail }) {
  const step = useDisclosureStep(disclosureKeys.publication(item.id), (opinion: string) => publicationSteps.publish(item.id, { version: item.version, opinion: opinion.trim() || null }), () => '已发布到门户网站');
  const isBlocked = item.personalData.length > 0;
  return (
    <ActionSection testId="publication-publish" title="审核发布" hint="第八十三条：公开信息要经过严格审定，由拟稿人以外的工作人员审核后发布。" error={step.error} errorTitle="未能发布">
      <Form layout="vertical" name="publish" initialValues={{ opinion: '' }} onFinish={(values: { opinion: string }) => step.mutate(values.opinion ?? '')}>
        <Form.Item name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="审核意见（选填）" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending} disabled={isBlocked}>
          审核发布
        </Button>
        {isBlocked && (
          <Typography.Text type="danger" style={{ marginInlineStart: 8, fontSize: 12 }}>
            正文含有个人信息，不能发布
          </Typography.Text>
        )}
      </Form>
    </ActionSection>
  );
}

function RejectSection({ item }: { item: PublicationDetail }) {
  const step = useDisclosureStep(disclosureKeys.publication(item.id), (opinion: string) => publicationSteps.reject(item.id, { version: item.version, opinion: opinion.trim() }), () => '已不予发布');
  return (
    <ActionSection testId="publication-reject" title="不予发布" error={step.error} errorTitle="未能办理">
      <Form layout="vertical" name="reject" onFinish={(values: { opinion: string }) => step.mutate(values.opinion)}>
        <Form.Item name="opinion" rules={[{ required: true, whitespace: true, message: '请填写不予发布的理由' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="不予发布的理由" />
        </Form.Item>
        <Button danger htmlType="submit" loading={step.isPending}>
          不予发布
        </Button>
      </Form>
    </ActionSection>
  );
}

function WithdrawSection({ item }: { item: PublicationDetail }) {
  const step = useDisclosureStep(disclosureKeys.publication(item.id), (reason: string) => publicationSteps.withdraw(item.id, { version: item.version, reason: reason.trim() }), () => '已撤回，门户网站保留撤回说明');
  return (
    <ActionSection testId="publication-withdraw" title="撤回" hint="撤回后门户网站上只显示撤回说明。" error={step.error} errorTitle="未能撤回">
      <Form layout="vertical" name="withdraw" onFinish={(values: { reason: string }) => step.mutate(values.reason)}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: '请填写撤回理由' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="撤回理由（在门户网站上公布）" />
        </Form.Item>
        <Button danger htmlType="submit" loading={step.isPending}>
          撤回
        </Button>
      </Form>
    </ActionSection>
  );
}

function PublicationView({ item }: { item: PublicationDetail }) {
  const [isRevising, setIsRevising] = useState(false);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={15}>
        <PersonalDataAlert found={item.personalData} />
        <Card
          size="small"
          title={
            <Space size={8} wrap>
              <Tag color="blue">{item.categoryLabel}</Tag>
              <span data-testid="document-title">{item.title}</span>
              <Tag color={publicationStatusColors[item.status]} data-testid="publication-status">
                {item.statusLabel}
              </Tag>
            </Space>
          }
          extra={
            item.portalHref && (
              <a href={item.portalHref} target="_blank" rel="noreferrer" data-testid="portal-link">
                <ExportOutlined /> 门户网站
              </a>
            )
          }
        >
          <Descriptions
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: '文号', children: item.documentNumber ?? '—' },
              { key: 'body', label: '发布机构', children: item.issuingBody },
              { key: 'written', label: '成文日期', children: item.writtenOn ? formatDate(item.writtenOn) : '—' },
              { key: 'prepared', label: '拟稿', children: item.preparedByName },
              ...(item.source ? [{ key: 'source', label: '来源', children: item.source.href ? <Link to={item.source.href}>查看来源</Link> : item.source.type }] : []),
              ...(item.clock && item.status === 'pending' ? [{ key: 'due', label: '公开期限', span: 2, children: <DueCell due={item.clock.due} isOverdue={item.clock.isOverdue} explanation={item.clock.explanation} testId="publication-due" /> }] : []),
              ...(item.publishedAt ? [{ key: 'published', label: '发布时间', children: formatDateTime(item.publishedAt) }] : []),
              ...(item.reviewedByName ? [{ key: 'reviewer', label: '审核人', children: item.reviewedByName }] : []),
              ...(item.reviewOpinion ? [{ key: 'opinion', label: item.status === 'rejected' ? '不予发布理由' : '审核意见', span: 2, children: item.reviewOpinion }] : []),
              ...(item.withdrawnReason ? [{ key: 'withdrawn', label: '撤回理由', span: 2, children: `${item.withdrawnReason}${item.withdrawnAt ? `（${formatDate(item.withdrawnAt)}）` : ''}` }] : []),
            ]}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }} data-testid="publication-body">
            {item.body}
          </Typography.Paragraph>
          {item.attachments.length > 0 && (
            <Space size={[12, 4]} wrap>
              {item.attachments.map((file) => (
                <a key={file.id} href={documentAttachmentUrl(file.id)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {file.fileName}
                </a>
              ))}
            </Space>
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
              if (action === 'publish') return <PublishSection item={item} />;
              if (action === 'reject') return <RejectSection item={item} />;
              if (action === 'withdraw') return <WithdrawSection item={item} />;
              if (action === 'revise')
                return (
                  <ActionSection testId="publication-revise" title="修改" error={null} errorTitle="未能修改">
                    <Button onClick={() => setIsRevising(true)}>修改</Button>
                  </ActionSection>
                );
              return null;
            }}
          />
          {item.actions.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.status === 'pending' ? '待办公室拟稿人以外的工作人员审核发布。' : '本环节无需您办理。'}
            </Typography.Text>
          )}
        </Card>
        <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
          <CaseTimeline steps={stepsOf(item.timeline)} colorOf={stepColor(['reject', 'withdraw'], ['publish'])} />
        </Card>
      </Col>
      {isRevising && <ReviseModal item={item} onClose={() => setIsRevising(false)} />}
    </Row>
  );
}

/** 公开信息: the text, the check before publication, the review and the portal link (art. 83). */
export default function PublicationPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: disclosureKeys.publication(id), queryFn: ({ signal }) => fetchPublication(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.title} · 政务` : '公开信息 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<DisclosureHeader title="发布审核" extra={<BackButton to="/disclosure" text="发布审核" />} />} what="公开信息" list={{ to: '/disclosure', text: '返回发布审核' }}>
      {(item) => <PublicationView item={item} />}
    </CaseDetail>
  );
}
