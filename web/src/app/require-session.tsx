import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../lib/show-api-error';
import { useSession } from './use-session';

export const passwordPath = '/account/password';

/**
 * Lets signed-in users through. Nobody signed in → the login page, remembering where they were going; a user who
 * must change the initial password → the password page until they do.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <Result
        status="error"
        title="无法获取登录状态"
        subTitle={errorText(session.error)}
        extra={<Button onClick={() => void session.refetch()}>重试</Button>}
      />
    );
  }
  if (!session.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== passwordPath) {
    return <Navigate to={passwordPath} replace />;
  }
  return <>{children}</>;
}
