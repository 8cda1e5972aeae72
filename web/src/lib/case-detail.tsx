import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { fetchWorkbench, workbenchQueryKey } from '../api/workbench';
import { errorText } from './show-api-error';

/** 返回: to the page the user came from, or to a named list (`to`, `text`). */
export function BackButton({ to, text = '返回' }: { to?: string; text?: string }) {
  const navigate = useNavigate();
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void (to === undefined ? navigate(-1) : navigate(to))}>
      {text}
    </Button>
  );
}

/**
 * A case's own page: the area's header always, then the case once loaded — or a 404 that says the case does not
 * exist or is outside the caller's scope (one answer for both, as the server gives), any other failure in one
 * sentence, a spinner while loading. `what` names the kind (发文, 公文, 会议).
 */
export function CaseDetail<T>({ query, header, what, list, children }: { query: UseQueryResult<T>; header: ReactNode; what: string; list: { to: string; text: string }; children: (data: T) => ReactNode }) {
  if (query.isError) {
    const isMissing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        {header}
        {isMissing ? (
          <Card size="small">
            <Result status="404" title={`${what}不存在或您无权查看`} extra={<Link to={list.to}>{list.text}</Link>} />
          </Card>
        ) : (
          <Alert type="error" showIcon title={`${what}加载失败`} description={errorText(query.error)} />
        )}
      </>
    );
  }
  if (query.data === undefined) {
    return (
      <>
        {header}
        <Spin style={{ display: 'block', marginTop: 80 }} />
      </>
    );
  }
  return (
    <>
      {header}
      {children(query.data)}
    </>
  );
}

/**
 * Whether the caller acts on this case as someone's cover (代某某签发 / 批示, art. 62), as the 工作台 says. Its own
 * key under the 工作台's: the 工作台 page keeps its pages (加载更多) under `workbenchQueryKey`, a different shape
 * from one page. Asked only when `isNeeded` (the caller has the action a cover may take).
 */
export function useActingFor(id: string, isNeeded: boolean, area?: string) {
  const workbench = useQuery({ queryKey: [...workbenchQueryKey, 'first-page'], queryFn: ({ signal }) => fetchWorkbench(signal), enabled: isNeeded });
  return workbench.data?.items.find((item) => (area === undefined || item.area === area) && item.id === id)?.actingFor;
}

/**
 * The line that names a case at the top of its page: tags before the title (紧急程度, 文种), the title, its status
 * as the server labels it, tags after, and a secondary line (who issued it, its numbers).
 */
export function CaseTitleCard({ leading, title, status, trailing, subtitle }: { leading: ReactNode; title: string; status: { color: string; label: string }; trailing?: ReactNode; subtitle: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: '10px 16px' } }}>
      <Space size={8} wrap>
        {leading}
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="document-title">
          {title}
        </Typography.Text>
        <Tag color={status.color} data-testid="document-status">
          {status.label}
        </Tag>
        {trailing}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {subtitle}
        </Typography.Text>
      </div>
    </Card>
  );
}
