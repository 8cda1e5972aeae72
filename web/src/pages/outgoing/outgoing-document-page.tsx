import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Divider, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { documentAttachmentUrl } from '../../api/documents';
import { downloadOutgoingFile, fetchOutgoing, outgoingKeys } from '../../api/outgoing';
import type { OutgoingDetail, OutgoingFile, Recipient } from '../../api/outgoing';
import { formatDate, formatDateTime } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { BackButton, CaseDetail, CaseTitleCard, useActingFor } from '../../lib/case-detail';
import { saveBlob } from '../../lib/download';
import { FlagAlert } from '../../lib/rule-feedback';
import { errorText } from '../../lib/show-api-error';
import { classificationLabels, urgencyColors, urgencyLabels } from '../documents/document-labels';
import { BodyView } from './body-editor';
import { hasPanelActions, OutgoingActionPanel } from './outgoing-action-panel';
import { OutgoingHeader } from './outgoing-header';
import { contentKindLabels, disclosureLabels, outgoingStatusColors } from './outgoing-labels';
import { OutgoingCountersignList, OutgoingReceipts, OutgoingTimeline, OutgoingVersions } from './outgoing-parts';

function recipientsText(recipients: readonly Recipient[]): string {
  return recipients.length === 0 ? '—' : recipients.map((recipient) => recipient.name).join('、');
}

/** The elements of the document (条例 第九条) as the record holds them. */
function Elements({ doc }: { doc: OutgoingDetail }) {
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'issuer', label: '发文机关', children: doc.issuerLabel },
    { key: 'drafting', label: '起草单位', children: doc.draftingUnit.name },
    { key: 'number', label: '发文字号', children: doc.documentNumber ? <strong data-testid="document-number">{doc.documentNumber}</strong> : <Typography.Text type="secondary">{doc.sequenceCode}（印发时编号）</Typography.Text> },
    { key: 'type', label: '文种', children: doc.docType },
    { key: 'main', label: '主送', children: recipientsText(doc.mainRecipients) },
    { key: 'copy', label: '抄送', children: recipientsText(doc.copyTo) },
    { key: 'urgency', label: '紧急程度', children: urgencyLabels[doc.urgency] },
    { key: 'classification', label: '密级', children: classificationLabels[doc.classification] },
    {
      key: 'disclosure',
      label: '公开属性',
      children: (
        <>
          {disclosureLabels[doc.disclosure]}
          {doc.disclosureReason ? `（${doc.disclosureReason}）` : ''}
          {doc.disclosureDueOn && <Typography.Text type="secondary">，{formatDate(doc.disclosureDueOn)}前公开</Typography.Text>}
        </>
      ),
    },
    { key: 'content', label: '文件内容', children: contentKindLabels[doc.checklist.contentKind] },
  ];
  if (doc.issuer === 'government' || doc.matterBasis) {
    items.push({
      key: 'matter-basis',
      label: '事项依据',
      children: (
        <span data-testid="matter-basis">
          {doc.matterBasisLabel ?? '其他（由区长签发）'}
          {doc.decidedAtMeeting && (
            <>
              ：<Link to={`/meetings/${doc.decidedAtMeeting.id}`}>{doc.decidedAtMeeting.title}</Link>（{formatDate(doc.decidedAtMeeting.meetingDate)}）
            </>
          )}
        </span>
      ),
    });
  }
  if (doc.note) items.push({ key: 'note', label: '附注', children: `（${doc.note}）` });
  if (doc.answersIncomingId) items.push({ key: 'answers', label: '答复的请示', children: <Link to={`/documents/incoming/${doc.answersIncomingId}`}>查看请示</Link> });
  if (doc.directsLowerGovernments) {
    items.push({
      key: 'directive',
      label: '经区政府同意',
      children: doc.directiveApproval ? `${doc.directiveApproval.name}审定：${doc.directiveApproval.opinion}（${formatDateTime(doc.directiveApproval.at)}）` : <Tag color="orange">待区政府领导审定（第七十条）</Tag>,
    });
  }
  if (doc.leaderReviewer) items.push({ key: 'leader', label: '审签', children: doc.leaderReviewer.name });
  if (doc.signOff) {
    items.push({
      key: 'signoff',
      label: '签发',
      children: (
        <span data-testid="sign-off-record">
          {doc.signOff.isCircled ? '圈阅' : doc.signOff.opinion}（{doc.signOff.name}
          {doc.signOff.actingFor ? `，代${doc.signOff.actingFor.name}` : ''}，{doc.signOff.date}）
        </span>
      ),
    });
  }
  if (doc.sealedBy) items.push({ key: 'seal', label: '用印', children: doc.sealedBy });
  if (doc.issuedAt) items.push({ key: 'issued', label: '印发', children: formatDateTime(doc.issuedAt) });
  if (doc.attachments.length > 0) {
    items.push({
      key: 'attachments',
      label: '附件',
      children: (
        <Space orientation="vertical" size={2}>
          {doc.attachments.map((attachment, index) => (
            <a key={attachment.id} href={documentAttachmentUrl(attachment.id)}>
              {doc.attachments.length > 1 ? `${index + 1}. ` : ''}
              {attachment.fileName}
            </a>
          ))}
        </Space>
      ),
    });
  }
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered styles={{ label: { width: 88, whiteSpace: 'nowrap' } }} items={items} data-testid="elements" />;
}

/** Download buttons for the rendered .docx and PDF; a refusal (no LibreOffice: 503) is shown as the server says it. */
function Downloads({ doc, part }: { doc: OutgoingDetail; part: 'document' | 'interpretation' }) {
  const [error, setError] = useState<unknown>(null);
  const download = useMutation({
    mutationFn: async (file: OutgoingFile) => {
      const { blob, fileName } = await downloadOutgoingFile(doc.id, file);
      saveBlob(blob, fileName ?? `${doc.title}.${file.endsWith('pdf') ? 'pdf' : 'docx'}`);
    },
    onMutate: () => setError(null),
    onError: (failure) => setError(failure),
  });
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <Space size={8} wrap>
        <Button size="small" icon={<FileWordOutlined />} loading={download.isPending && download.variables === `${part}.docx`} onClick={() => download.mutate(`${part}.docx`)}>
          下载 Word
        </Button>
        <Button size="small" icon={<FilePdfOutlined />} loading={download.isPending && download.variables === `${part}.pdf`} onClick={() => download.mutate(`${part}.pdf`)}>
          下载 PDF
        </Button>
      </Space>
      {Boolean(error) && <Alert type="warning" showIcon title="未能生成文件" description={errorText(error)} data-testid="download-error" closable onClose={() => setError(null)} />}
    </Space>
  );
}

/** Where the document stands now, said in a line. */
function CurrentState({ doc }: { doc: OutgoingDetail }) {
  switch (doc.status) {
    case 'returned':
      return (
        <Alert
          type="error"
          showIcon
          title="已退回起草单位修改"
          data-testid="return-reasons"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {doc.returnReasons.map((reason, index) => (
                <li key={index}>
                  {articleLabel(reason.article)}：{reason.message}
                </li>
              ))}
            </ul>
          }
        />
      );
    case 'countersigning': {
      const signed = doc.countersignatures.filter((row) => row.signedAt !== null).length;
      const overdue = doc.countersignatures.filter((row) => row.isOverdue);
      return (
        <Alert
          type={overdue.length > 0 ? 'warning' : 'info'}
          showIcon
          title={`待有关单位主要负责人会签（已会签 ${signed}/${doc.countersignatures.length}）`}
          description={overdue.length > 0 ? overdue.map((row) => `${row.unitName}逾期${row.overdueWorkingDays}个工作日未回复`).join('；') : '会签完毕后送区政府办公室审核（第六十八条）'}
        />
      );
    }
    case 'issued':
      return <Alert type="success" showIcon title={`已印发${doc.documentNumber ? `：${doc.documentNumber}` : ''}`} />;
    default:
      return <Tag color={outgoingStatusColors[doc.status]}>{doc.statusLabel}</Tag>;
  }
}

/** 发文详情: every element, the body as it reads, 会签, versions, receipts, every step, and what the caller may do now. */
export default function OutgoingDocumentPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: outgoingKeys.detail(id), queryFn: ({ signal }) => fetchOutgoing(id, signal) });
  const data = detail.data;
  const maySignOff = data?.actions.includes('sign_off') ?? false;
  // Whether the signer acts as someone's cover (代某某签发, art. 62).
  const actingFor = useActingFor(id, maySignOff);

  useEffect(() => {
    document.title = data ? `${data.title} · 政务` : '发文详情 · 政务';
  }, [data]);

  return (
    <CaseDetail query={detail} header={<OutgoingHeader title="发文详情" extra={<BackButton />} />} what="发文" list={{ to: '/outgoing', text: '返回发文列表' }}>
      {(data) => <OutgoingDocumentView data={data} actingFor={actingFor} />}
    </CaseDetail>
  );
}

/** The loaded document: its line, flags, elements, body, 会签, versions, receipts, steps and the action panel. */
function OutgoingDocumentView({ data, actingFor }: { data: OutgoingDetail; actingFor: { name: string } | null | undefined }) {
  const hasActions = hasPanelActions(data.actions);
  return (
    <>
      <CaseTitleCard
        leading={
          <>
            <Tag color={urgencyColors[data.urgency]}>{urgencyLabels[data.urgency]}</Tag>
            <Tag color="blue">{data.docType}</Tag>
          </>
        }
        title={data.title}
        status={{ color: outgoingStatusColors[data.status], label: data.statusLabel }}
        trailing={
          <>
            {data.isPolicy && <Tag color="geekblue">政策文件</Tag>}
            {data.needsRecheck && <Tag color="orange">签发后修改，待签发人复核（条例第二十五条）</Tag>}
          </>
        }
        subtitle={
          <>
            {data.issuerLabel} · {data.draftingUnit.name}起草
            {data.documentNumber ? ` · ${data.documentNumber}` : ''}
          </>
        }
      />
      {data.flags.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <FlagAlert flags={data.flags} title="以下情况请审核时注意" testId="document-flags" />
        </div>
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={15}>
          <Card size="small" title="公文要素">
            <Elements doc={data} />
          </Card>
          <Card size="small" title="正文" style={{ marginTop: 12 }} extra={<Downloads doc={data} part="document" />}>
            <Typography.Paragraph strong style={{ textAlign: 'center', fontSize: 18, fontFamily: '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", serif' }}>
              {data.title}
            </Typography.Paragraph>
            {data.mainRecipients.length > 0 && <Typography.Paragraph style={{ margin: 0, fontFamily: '"FangSong", "仿宋", serif', fontSize: 16 }}>{recipientsText(data.mainRecipients)}：</Typography.Paragraph>}
            <BodyView blocks={data.body} />
          </Card>
          {data.interpretation && (
            <Card
              size="small"
              title={
                <Space size={6}>
                  政策解读（第三十六条）
                  {data.interpretation.reviewedAt ? <Tag color="success">已同步审核</Tag> : <Tag color="orange">待同步审核</Tag>}
                </Space>
              }
              style={{ marginTop: 12 }}
              extra={<Downloads doc={data} part="interpretation" />}
              data-testid="interpretation"
            >
              <Typography.Paragraph strong style={{ textAlign: 'center' }}>
                {data.interpretation.title}
              </Typography.Paragraph>
              <BodyView blocks={data.interpretation.body} />
            </Card>
          )}
          {data.countersignUnitIds.length > 0 && (
            <Card size="small" title="会签（第六十八条）" style={{ marginTop: 12 }}>
              <OutgoingCountersignList doc={data} />
            </Card>
          )}
          <Card size="small" title="修改稿" style={{ marginTop: 12 }}>
            <OutgoingVersions versions={data.versions} />
          </Card>
          {data.receipts.length > 0 && (
            <Card size="small" title={`签收情况（${data.receipts.filter((receipt) => receipt.status === 'acknowledged').length}/${data.receipts.length}）`} style={{ marginTop: 12 }}>
              <OutgoingReceipts receipts={data.receipts} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="当前办理" data-testid="current-step">
            <CurrentState doc={data} />
            {hasActions && <Divider style={{ margin: '12px 0' }} />}
            <OutgoingActionPanel doc={data} actingFor={actingFor} />
            {!hasActions && data.status !== 'issued' && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
                本环节无需您办理。
              </Typography.Paragraph>
            )}
          </Card>
          <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
            <OutgoingTimeline steps={data.timeline} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
