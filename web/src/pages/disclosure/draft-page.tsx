import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, List, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DraftAction, DraftComment, DraftDetail } from '../../api/disclosure';
import { disclosureKeys, downloadComments, draftSteps, fetchComments, fetchDraft, fetchPublications } from '../../api/disclosure';
import { formatDate, formatDateTime } from '../../app/dates';
import { ActionSection, CaseActionPanel } from '../../lib/case-actions';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import { saveBlob } from '../../lib/download';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useShowApiError } from '../../lib/show-api-error';
import { stepColor, stepsOf } from './case-steps';
import { DueCell, LoadMore } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { draftStatusColors } from './disclosure-labels';
import { ReviseDraftModal } from './draft-form';
import { PersonalDataAlert } from './publication-page';
import { useCan } from './use-can';
import { useDisclosureStep } from './use-disclosure-step';

const order: readonly DraftAction[] = ['revise', 'publish', 'close', 'conclude'];

function PublishSection({ draft }: { draft: DraftDetail }) {
  const step = useDisclosureStep(disclosureKeys.draft(draft.id), () => draftSteps.publish(draft.id, { version: draft.version }), (result) => `已发布征求意见，${formatDate(result.opensOn)}至${formatDate(result.closesOn)}`);
  return (
    <ActionSection testId="draft-publish" title="审核发布征求意见" hint={`第三十六条、第八十三条：起草人以外的工作人员审核；当日起计征求意见期（${draft.periodLabel}）。${draft.minimumLabel}`} error={step.error} errorTitle="未能发布">
      <Button type="primary" loading={step.isPending} disabled={draft.personalData.length > 0} onClick={() => step.mutate(undefined)}>
        审核发布
      </Button>
    </ActionSection>
  );
}

function CloseSection({ draft }: { draft: DraftDetail }) {
  const step = useDisclosureStep(disclosureKeys.draft(draft.id), () => draftSteps.close(draft.id, { version: draft.version }), () => '已结束征求意见');
  return (
    <ActionSection testId="draft-close" title="结束征求意见" hint="征求意见期满后结束；截止日当日仍可提交意见。" error={step.error} errorTitle="未能结束">
      <Button loading={step.isPending} onClick={() => step.mutate(undefined)}>
        结束征求意见
      </Button>
    </ActionSection>
  );
}

/** The final text on the portal: a published item, found by its title. */
function PublishedPicker({ value, onChange }: { value?: string | null; onChange?: (value: string | null) => void }) {
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: disclosureKeys.publishedPicker(q), queryFn: ({ signal }) => fetchPublications({ status: 'published', ...(q ? { q } : {}) }, undefined, signal) });
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={found.isFetching}
      placeholder="按标题搜索已发布的公开信息"
      options={(found.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.title}${item.documentNumber ? `（${item.documentNumber}）` : ''}` }))}
    />
  );
}

type ConcludeForm = { commentsSummary: string; response: string; finalPublicationId?: string | null };

function ConcludeSection({ draft }: { draft: DraftDetail }) {
  const step = useDisclosureStep(disclosureKeys.draft(draft.id), (values: ConcludeForm) => draftSteps.conclude(draft.id, { version: draft.version, commentsSummary: values.commentsSummary.trim(), response: values.response.trim(), finalPublicationId: values.finalPublicationId ?? null }), () => '已公布意见采纳情况');
  return (
    <ActionSection testId="draft-conclude" title="公布意见采纳情况" hint="第三十六条：与正式文本一并在门户网站公布意见收集和采纳情况。" error={step.error} errorTitle="未能公布">
      <Form<ConcludeForm> layout="vertical" name="conclude" onFinish={(values) => step.mutate(values)}>
        <Form.Item label="意见收集情况" name="commentsSummary" rules={[{ required: true, whitespace: true, message: '请填写意见收集情况' }]} initialValue={`共收到公众意见${draft.commentCount}条。`}>
          <Input.TextArea maxLength={20_000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label="意见采纳情况及理由" name="response" rules={[{ required: true, whitespace: true, message: '请填写意见采纳情况及理由' }]}>
          <Input.TextArea maxLength={20_000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label="正式文本" name="finalPublicationId">
          <PublishedPicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          公布
        </Button>
      </Form>
    </ActionSection>
  );
}

function HideModal({ draft, comment, onClose }: { draft: DraftDetail; comment: DraftComment; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const step = useDisclosureStep(disclosureKeys.draft(draft.id), (reason: string) => draftSteps.hideComment(draft.id, comment.id, { reason: reason.trim() }), () => '已屏蔽');
  return (
    <Modal title="屏蔽意见" open onCancel={onClose} onOk={() => form.submit()} okText="屏蔽" okButtonProps={{ danger: true }} confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.body}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="hide-comment" onFinish={(values) => step.mutate(values.reason, { onSuccess: onClose })}>
        <Form.Item label="屏蔽理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写屏蔽理由' }]}>
          <Input maxLength={500} placeholder="如：广告、辱骂、与草案无关" />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能屏蔽" />}
    </Modal>
  );
}

function CommentsCard({ draft }: { draft: DraftDetail }) {
  const canReview = useCan('disclosure.review');
  const showError = useShowApiError();
  const { message } = App.useApp();
  const [hiding, setHiding] = useState<DraftComment | null>(null);
  const comments = useInfiniteQuery({
    queryKey: disclosureKeys.comments(draft.id),
    queryFn: ({ pageParam, signal }) => fetchComments(draft.id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];
  const exportComments = () =>
    downloadComments(draft.id)
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName ?? `${draft.title}公众意见.xlsx`);
        void message.success('已导出');
      })
      .catch((error: unknown) => showError(error, '未能导出'));
  return (
    <Card
      size="small"
      title={`公众意见（${draft.commentCount}条${draft.hiddenCommentCount > 0 ? `，已屏蔽${draft.hiddenCommentCount}条` : ''}）`}
      style={{ marginTop: 12 }}
      extra={
        canReview &&
        draft.commentCount > 0 && (
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportComments()}>
            导出Excel
          </Button>
        )
      }
      data-testid="draft-comments"
    >
      <List<DraftComment>
        size="small"
        loading={comments.isPending}
        dataSource={items}
        locale={{ emptyText: '暂无意见' }}
        renderItem={(comment) => (
          <List.Item
            actions={canReview && !comment.isHidden ? [<Button key="hide" size="small" danger type="link" onClick={() => setHiding(comment)}>屏蔽</Button>] : []}
          >
            <div style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Typography.Text strong>{comment.displayName ?? '匿名'}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(comment.createdAt)}
                </Typography.Text>
                {comment.isHidden && <Tag>已屏蔽</Tag>}
                {comment.personalData.length > 0 && <Tag color="orange">含个人信息：{comment.personalData.map((found) => found.label).join('、')}</Tag>}
              </Space>
              <div style={{ whiteSpace: 'pre-wrap', color: comment.isHidden ? 'rgba(0,0,0,0.45)' : undefined }}>{comment.body}</div>
            </div>
          </List.Item>
        )}
      />
      <LoadMore list={comments} />
      {hiding && <HideModal draft={draft} comment={hiding} onClose={() => setHiding(null)} />}
    </Card>
  );
}

function DraftView({ draft }: { draft: DraftDetail }) {
  const [isRevising, setIsRevising] = useState(false);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={15}>
        {draft.status === 'draft' && <PersonalDataAlert found={draft.personalData} />}
        <Card
          size="small"
          title={
            <Space size={8} wrap>
              <Tag color="blue">{draft.kindLabel}</Tag>
              <span data-testid="document-title">{draft.title}</span>
              <Tag color={draftStatusColors[draft.status]} data-testid="draft-status">
                {draft.statusLabel}
              </Tag>
            </Space>
          }
          extra={
            draft.portalHref && (
              <a href={draft.portalHref} target="_blank" rel="noreferrer">
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
              { key: 'unit', label: '起草单位', children: draft.draftingUnitName },
              { key: 'prepared', label: '起草人', children: draft.preparedByName },
              { key: 'business', label: '涉及市场主体', children: draft.bearsOnBusiness ? '与生产经营活动密切相关' : '否' },
              { key: 'period', label: '征求意见期', children: draft.periodLabel },
              { key: 'minimum', label: '最短期限', span: 2, children: draft.minimumLabel },
              ...(draft.clock ? [{ key: 'clock', label: '征求意见截止', span: 2, children: <DueCell due={draft.clock.due} isOverdue={false} explanation={draft.clock.explanation} testId="draft-clock" /> }] : []),
              ...(draft.reviewedByName ? [{ key: 'reviewer', label: '审核发布', children: `${draft.reviewedByName}${draft.publishedAt ? ` ${formatDate(draft.publishedAt)}` : ''}` }] : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            起草说明
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{draft.explanation}</Typography.Paragraph>
          <Typography.Title level={5}>草案正文</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{draft.body}</Typography.Paragraph>
          {draft.status === 'concluded' && (
            <>
              <Typography.Title level={5}>意见收集和采纳情况</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{draft.commentsSummary}</Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{draft.response}</Typography.Paragraph>
              {draft.finalPublication && (
                <Typography.Paragraph>
                  正式文本：<Link to={`/disclosure/publications/${draft.finalPublication.id}`}>{draft.finalPublication.title}</Link>
                </Typography.Paragraph>
              )}
            </>
          )}
        </Card>
        {draft.status !== 'draft' && <CommentsCard draft={draft} />}
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small" title="当前办理">
          <CaseActionPanel
            order={order}
            actions={draft.actions}
            version={draft.version}
            render={(action) => {
              if (action === 'revise')
                return (
                  <ActionSection testId="draft-revise" title="修改" error={null} errorTitle="未能修改">
                    <Button onClick={() => setIsRevising(true)}>修改草案</Button>
                  </ActionSection>
                );
              if (action === 'publish') return <PublishSection draft={draft} />;
              if (action === 'close') return <CloseSection draft={draft} />;
              if (action === 'conclude') return <ConcludeSection draft={draft} />;
              return null;
            }}
          />
          {draft.actions.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {draft.status === 'open' ? '征求意见期满后方可结束征求意见。' : '本环节无需您办理。'}
            </Typography.Text>
          )}
        </Card>
        <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
          <CaseTimeline steps={stepsOf(draft.timeline)} colorOf={stepColor([], ['conclude'])} />
        </Card>
      </Col>
      {isRevising && <ReviseDraftModal draft={draft} onClose={() => setIsRevising(false)} />}
    </Row>
  );
}

/** 征求意见稿: the draft, its comment period and its clock, the public's comments, and the conclusion (art. 36). */
export default function DraftPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: disclosureKeys.draft(id), queryFn: ({ signal }) => fetchDraft(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.title} · 政务` : '征求意见稿 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<DisclosureHeader title="征求意见" extra={<BackButton to="/disclosure/drafts" text="征求意见" />} />} what="征求意见稿" list={{ to: '/disclosure/drafts', text: '返回征求意见' }}>
      {(draft) => <DraftView draft={draft} />}
    </CaseDetail>
  );
}
