import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../api/client';

/** Whether a page's first query was refused for the caller's role (the server answered 403). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/**
 * A page the caller's role may not open, said once for the whole page instead of an error on every card. The
 * server's sentence is shown as it is.
 */
export function ForbiddenResult({ error, hint }: { error: unknown; hint: string }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={
        <>
          {error instanceof ApiError ? error.detail : '无权进行此操作'}
          <br />
          {hint}
        </>
      }
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
