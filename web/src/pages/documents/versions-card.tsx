import { Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import type { DocumentVersion } from '../../api/documents';
import { formatDateTime } from '../../app/dates';

/** The fields a revision changed against the one before, by their names on the form. */
const fieldLabels: Record<string, string> = {
  title: '标题',
  body: '正文',
  docType: '文种',
  senderDocNumber: '来文字号',
  signerName: '签发人',
  urgency: '紧急程度',
  declaredMatters: '申报事项',
  relatedUnitIds: '涉及单位',
  attachmentNote: '附件说明',
  attachmentIds: '附件',
  note: '附注',
  cc: '抄送',
  mainRecipients: '主送机关',
  writtenOn: '成文日期',
};

function changedFields(version: DocumentVersion, previous: DocumentVersion | undefined): string[] {
  if (!previous) return [];
  const now = version.fields as Record<string, unknown>;
  const before = previous.fields as Record<string, unknown>;
  return Object.keys(fieldLabels).filter((key) => JSON.stringify(now[key] ?? null) !== JSON.stringify(before[key] ?? null)).map((key) => fieldLabels[key] ?? key);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '无';
  if (Array.isArray(value)) return value.length === 0 ? '无' : value.join('；');
  return String(value);
}

/**
 * Every revision of the document as filed: a returned document revised and resubmitted is the same document,
 * one revision on; each is kept with who filed it and when, and what it changed.
 */
export function VersionsList({ versions }: { versions: readonly DocumentVersion[] }) {
  if (versions.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  const ordered = [...versions].sort((a, b) => b.revision - a.revision);
  return (
    <div data-testid="versions">
      <Collapse
        size="small"
        items={ordered.map((version) => {
          const previous = versions.find((v) => v.revision === version.revision - 1);
          const changed = changedFields(version, previous);
          const fields = version.fields as Record<string, unknown>;
          return {
            key: String(version.revision),
            label: (
              <Space size={8} wrap data-revision={version.revision}>
                <strong>第{version.revision}稿</strong>
                <span>{version.recordedByName}</span>
                <Typography.Text type="secondary">{formatDateTime(version.recordedAt)}</Typography.Text>
                {version.revision === ordered[0]?.revision && <Tag color="green">现行</Tag>}
                {changed.length > 0 && <Tag color="orange">修改：{changed.join('、')}</Tag>}
              </Space>
            ),
            children: (
              <Descriptions
                size="small"
                column={1}
                bordered
                styles={{ label: { width: 88 } }}
                items={[
                  { key: 'title', label: '标题', children: show(fields.title) },
                  { key: 'body', label: '正文', children: <div style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>{show(fields.body)}</div> },
                  { key: 'matters', label: '申报事项', children: show(fields.declaredMatters) },
                  ...(version.note ? [{ key: 'note', label: '说明', children: version.note }] : []),
                ]}
              />
            ),
          };
        })}
      />
    </div>
  );
}
