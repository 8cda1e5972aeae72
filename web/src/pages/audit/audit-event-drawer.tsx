import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Typography } from 'antd';
import { auditKeys, fetchAuditEvent } from '../../api/audit';
import type { AuditEvent } from '../../api/audit';
import { formatDateTimeSeconds } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { ActText, articleText, mono, objectTypeText, ResultTag } from './audit-text';

function Hash({ value }: { value: string }) {
  return (
    <Typography.Text copyable={{ tooltips: ['复制', '已复制'] }} style={{ ...mono, fontSize: 12, wordBreak: 'break-all' }}>
      {value}
    </Typography.Text>
  );
}

function orDash(value: string | null) {
  return value ?? '—';
}

/**
 * One audit record, every stored field: who, for whom, what, on which object, by which article, and its place on
 * the SM3 hash chain (the previous record's hash and its own).
 */
export function AuditEventDrawer({ seq, row, onClose }: { seq: number | null; row: AuditEvent | undefined; onClose: () => void }) {
  const detail = useQuery({
    queryKey: auditKeys.event(seq ?? 0),
    queryFn: ({ signal }) => fetchAuditEvent(seq ?? 0, signal),
    enabled: seq !== null,
    placeholderData: row,
  });
  const event = detail.data;

  return (
    <Drawer title={seq === null ? '审计记录' : `审计记录 第 ${seq} 条`} open={seq !== null} onClose={onClose} size={640} destroyOnHidden>
      {detail.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="记录加载失败" description={errorText(detail.error)} />}
      {event && (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="audit-event-detail"
          styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'seq', label: '序号', children: event.seq },
            { key: 'id', label: '记录编号', children: <span style={mono}>{event.id}</span> },
            {
              key: 'time',
              label: '时间',
              children: (
                <>
                  {formatDateTimeSeconds(event.occurredAt)}（北京时间）
                  <br />
                  <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
                    {event.occurredAt}
                  </Typography.Text>
                </>
              ),
            },
            { key: 'actor', label: '操作人', children: event.actorName },
            { key: 'actorId', label: '操作人账号编号', children: <span style={mono}>{orDash(event.actorUserId)}</span> },
            {
              key: 'actingFor',
              label: '代为处理',
              children: event.actingForPersonId ? `${event.actingForName ?? '（姓名未知）'}（人员编号 ${event.actingForPersonId}）` : '—',
            },
            { key: 'act', label: '操作', children: <ActText event={event} /> },
            { key: 'objectType', label: '对象类型', children: objectTypeText(event) },
            { key: 'objectName', label: '对象', children: orDash(event.objectName) },
            { key: 'objectId', label: '对象编号', children: <span style={mono}>{orDash(event.objectId)}</span> },
            { key: 'result', label: '结果', children: <ResultTag result={event.result} /> },
            { key: 'article', label: '依据条款', children: articleText(event.article) },
            {
              key: 'summary',
              label: '摘要',
              children: (
                <pre style={{ ...mono, fontSize: 12, margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {typeof event.summary === 'string' ? event.summary : JSON.stringify(event.summary, null, 2)}
                </pre>
              ),
            },
            { key: 'requestId', label: '请求编号', children: <span style={mono}>{orDash(event.requestId)}</span> },
            { key: 'ip', label: 'IP 地址', children: orDash(event.ip) },
            { key: 'prevHash', label: '前序哈希', children: <Hash value={event.prevHash} /> },
            { key: 'hash', label: '本条哈希（SM3）', children: <Hash value={event.hash} /> },
          ]}
        />
      )}
    </Drawer>
  );
}
