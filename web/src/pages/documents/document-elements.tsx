import { PaperClipOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import { documentAttachmentUrl } from '../../api/documents';
import type { DocumentAttachment, IncomingDocumentDetail } from '../../api/documents';
import { formatDate } from '../../app/dates';
import { urgencyColors } from './document-labels';

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function none() {
  return <Typography.Text type="secondary">无</Typography.Text>;
}

/** Each file with its size and SM3 digest, so a recipient can check the copy is the one filed. */
export function AttachmentList({ attachments }: { attachments: readonly DocumentAttachment[] }) {
  if (attachments.length === 0) return none();
  return (
    <Space orientation="vertical" size={4} data-testid="attachments">
      {attachments.map((attachment, index) => (
        <div key={attachment.id}>
          <Typography.Link href={documentAttachmentUrl(attachment.id)} download={attachment.fileName}>
            <PaperClipOutlined /> 附件{index + 1}：{attachment.fileName}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {fileSize(attachment.size)}
          </Typography.Text>
          <div>
            <Tooltip title="国密SM3摘要：下载后可据此核对文件未被改动">
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }} copyable={{ text: attachment.sm3, tooltips: ['复制SM3摘要', '已复制'] }}>
                SM3 {attachment.sm3.slice(0, 16)}…{attachment.sm3.slice(-8)}
              </Typography.Text>
            </Tooltip>
          </div>
        </div>
      ))}
    </Space>
  );
}

function text(value: string | null | undefined) {
  return value ? <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> : none();
}

/**
 * The elements of the document in the order GB/T 9704 prints them (份号 … 抄送), plus what the office adds on
 * receipt: the register number, the declared matters and the units whose powers it touches.
 */
export function DocumentElements({ doc, unitName }: { doc: IncomingDocumentDetail; unitName: (id: string) => string }) {
  // The 主送 the document states (art. 64); otherwise where it was sent.
  const addressedTo = doc.mainRecipients.length > 0 ? doc.mainRecipients.join('、') : doc.addressedTo === 'government' ? '临淄区人民政府' : '区政府领导同志个人';
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2 }}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      data-testid="document-elements"
      items={[
        { key: 'copyNumber', label: '份号', children: doc.copyNumber ?? none() },
        {
          key: 'classification',
          label: '密级',
          children: <Tag color={doc.classification === 'none' ? 'default' : 'red'}>{doc.classificationLabel}</Tag>,
        },
        { key: 'urgency', label: '紧急程度', children: <Tag color={urgencyColors[doc.urgency]}>{doc.urgencyLabel}</Tag> },
        { key: 'docType', label: '文种', children: doc.docType },
        { key: 'issuer', label: '发文机关', children: doc.sender },
        // What the office recorded on receiving a body's document (条例 第二十四条 登记).
        ...(doc.sourceKind === 'platform'
          ? []
          : [
              { key: 'sourceKind', label: '机关类别', children: doc.sourceKindLabel },
              { key: 'channel', label: '来文方式', children: <span data-testid="channel">{doc.channelLabel}</span> },
              { key: 'copies', label: '份数', children: doc.copies ?? none() },
              { key: 'pages', label: '页数', children: doc.pages ?? none() },
              { key: 'disclosure', label: '公开属性', children: doc.disclosureLabel ?? none() },
              { key: 'routing', label: '归口单位', children: doc.routingUnit?.name ?? none() },
              { key: 'secrecyPeriod', label: '保密期限', children: doc.secrecyPeriod ?? none() },
            ]),
        { key: 'senderDocNumber', label: '发文字号', children: doc.senderDocNumber ?? none() },
        { key: 'signer', label: '签发人', children: doc.signerName || none() },
        { key: 'registerNumber', label: '收文登记号', children: doc.registerNumber ?? <Typography.Text type="secondary">未登记</Typography.Text> },
        { key: 'title', label: '标题', span: 'filled', children: <strong>{doc.title}</strong> },
        { key: 'addressedTo', label: '主送', span: 'filled', children: addressedTo },
        {
          key: 'body',
          label: '正文',
          span: 'filled',
          children: (
            <div style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto', lineHeight: 1.8 }} data-testid="document-body">
              {doc.body}
            </div>
          ),
        },
        { key: 'attachmentNote', label: '附件说明', span: 'filled', children: text(doc.attachmentNote) },
        { key: 'writtenOn', label: '成文日期', children: formatDate(doc.writtenOn) },
        { key: 'note', label: '附注', children: text(doc.note) },
        { key: 'attachments', label: '附件', span: 'filled', children: <AttachmentList attachments={doc.attachments} /> },
        { key: 'cc', label: '抄送', span: 'filled', children: text(doc.cc) },
        {
          key: 'matters',
          label: '申报事项',
          span: 'filled',
          children:
            doc.declaredMatters.length === 0 ? (
              none()
            ) : (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {doc.declaredMatters.map((matter, index) => (
                  <li key={`${index}-${matter}`}>{matter}</li>
                ))}
              </ol>
            ),
        },
        {
          key: 'related',
          label: '涉及单位',
          span: 'filled',
          children:
            doc.relatedUnitIds.length === 0 ? (
              none()
            ) : (
              <Space size={[4, 4]} wrap>
                {doc.relatedUnitIds.map((id) => (
                  <Tag key={id}>{unitName(id)}</Tag>
                ))}
                {doc.isJoint && <Tag color="blue">联合行文</Tag>}
              </Space>
            ),
        },
      ]}
    />
  );
}
