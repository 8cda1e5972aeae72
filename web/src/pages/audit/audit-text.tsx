import { Tag, Typography } from 'antd';
import { articleLabel } from '../../lib/article-number';
import type { AuditEvent } from '../../api/audit';
import { auditResultColors, auditResultLabels, isAuditResult } from '../../lib/audit-labels';

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

/** "登录" over `identity.login`, as the server names it; an act it does not name shows as recorded. */
export function ActText({ event }: { event: Pick<AuditEvent, 'act' | 'actLabel'> }) {
  const { act, actLabel: label } = event;
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

export function objectTypeText(event: Pick<AuditEvent, 'objectType' | 'objectTypeLabel'>): string {
  return event.objectTypeLabel ? `${event.objectTypeLabel}（${event.objectType}）` : event.objectType;
}

/** The object as a person reads it (a name, a title), with its id beneath; the id alone where it has no name. */
export function ObjectText({ event }: { event: Pick<AuditEvent, 'objectType' | 'objectTypeLabel' | 'objectId' | 'objectName'> }) {
  return (
    <span>
      {event.objectTypeLabel ?? event.objectType}
      {event.objectName && <>：{event.objectName}</>}
      {event.objectId && (
        <>
          <br />
          <Typography.Text type="secondary" style={{ ...mono, fontSize: 12, wordBreak: 'break-all' }}>
            {event.objectId}
          </Typography.Text>
        </>
      )}
    </span>
  );
}

export function articleText(article: number | null): string {
  return article === null ? '—' : articleLabel(article);
}
