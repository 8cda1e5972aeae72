import { Tag, Typography } from 'antd';
import { articleLabel } from '../../lib/article-number';
import { auditActLabels, auditObjectTypeLabels, auditResultColors, auditResultLabels, isAuditResult } from '../../lib/audit-labels';

export const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** The summary on one line: `{}` and null say nothing, so they show as a dash. */
export function summaryText(summary: unknown): string {
  if (summary === null || summary === undefined) return '—';
  if (typeof summary === 'string') return summary || '—';
  const text = JSON.stringify(summary);
  return text === '{}' || text === '[]' ? '—' : text;
}

export function ResultTag({ result }: { result: string }) {
  return isAuditResult(result) ? <Tag color={auditResultColors[result]}>{auditResultLabels[result]}</Tag> : <Tag>{result}</Tag>;
}

/** "登录" over `identity.login`; an act the web does not name shows as recorded. */
export function ActText({ act }: { act: string }) {
  const label = auditActLabels[act];
  if (!label) return <span style={mono}>{act}</span>;
  return (
    <span>
      {label}
      <br />
      <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
        {act}
      </Typography.Text>
    </span>
  );
}

export function objectTypeText(objectType: string): string {
  const label = auditObjectTypeLabels[objectType];
  return label ? `${label}（${objectType}）` : objectType;
}

export function articleText(article: number | null): string {
  return article === null ? '—' : articleLabel(article);
}
