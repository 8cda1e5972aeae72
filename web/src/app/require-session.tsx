import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../lib/show-api-error';
import { homePath, requiredAccountPath } from './landing';
import { useSession } from './use-session';

export { accountPath, passwordPath } from './landing';

/**
 * Lets signed-in users through. Nobody signed in, or the 动态口令 still to be entered → the login page,
 * remembering where they were going; a password change or a 动态口令 binding due → the account page until it is
 * done; '/' for a user without a 工作台 → their home page.
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
  if (!session.data || session.data.mfaPending) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  const required = requiredAccountPath(session.data);
  if (required && location.pathname !== required) return <Navigate to={required} replace />;
  if (location.pathname === '/' && !session.data.menu.includes('workbench')) {
    return <Navigate to={homePath(session.data.menu)} replace />;
  }
  return <>{children}</>;
}
