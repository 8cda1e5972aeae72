import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, sessionQueryKey } from '../api/session';
import { accountPath, passwordPath } from '../app/require-session';
import { useSession } from '../app/use-session';
import { useShowApiError } from '../lib/show-api-error';
import { menuEntriesFor, selectedMenuKey } from './menu-entries';

const { Header, Sider, Content } = Layout;

/** Government red for the header strip only; the working area stays neutral. */
export const headerColor = '#b7201f';

export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const [isCollapsed, setIsCollapsed] = useState(false);

  const logoutMutation = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      void navigate('/login', { replace: true });
    },
    onError: (error) => showApiError(error, '退出失败'),
  });

  const user = session.data?.user;
  const entries = menuEntriesFor(session.data?.menu ?? []);
  const selected = selectedMenuKey(location.pathname, entries);
  const menuItems: MenuProps['items'] = entries.map((entry) => ({
    key: entry.key,
    icon: entry.icon,
    label: entry.isExternal ? (
      <a href={entry.path} target="_blank" rel="noopener noreferrer">
        {entry.label}
      </a>
    ) : (
      <Link to={entry.path}>{entry.label}</Link>
    ),
  }));

  const userMenu: MenuProps['items'] = [
    { key: 'account', icon: <SafetyOutlined />, label: <Link to={accountPath}>账号安全</Link> },
    { key: 'password', icon: <KeyOutlined />, label: <Link to={passwordPath}>修改密码</Link> },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          background: headerColor,
          height: 48,
          lineHeight: '48px',
          paddingInline: 16,
          display: 'flex',
          alignItems: 'center',
          gap: 16,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 17, fontWeight: 600, whiteSpace: 'nowrap', letterSpacing: 1 }}>
          政务 · 临淄区人民政府工作平台
        </Link>
        <div style={{ flex: 1 }} />
        {user && (
          <Space size={12} style={{ color: '#fff', minWidth: 0 }} data-testid="current-user">
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <a style={{ color: '#fff', whiteSpace: 'nowrap' }} onClick={(event) => event.preventDefault()}>
                <UserOutlined /> {user.displayName} <DownOutlined style={{ fontSize: 10 }} />
              </a>
            </Dropdown>
            {user.unit && <span style={{ whiteSpace: 'nowrap', opacity: 0.9 }}>{user.unit.name}</span>}
            <span style={{ whiteSpace: 'nowrap' }}>
              {user.roleLabels.map((label) => (
                <Tag key={label} variant="outlined" style={{ color: '#fff', borderColor: 'rgba(255,255,255,0.6)', background: 'transparent', marginInlineEnd: 4 }}>
                  {label}
                </Tag>
              ))}
            </span>
            <Button
              size="small"
              ghost
              icon={<LogoutOutlined />}
              loading={logoutMutation.isPending}
              onClick={() => logoutMutation.mutate()}
            >
              退出
            </Button>
          </Space>
        )}
      </Header>
      <Layout>
        <Sider
          width={184}
          collapsible
          collapsed={isCollapsed}
          onCollapse={setIsCollapsed}
          theme="light"
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={menuItems} style={{ borderInlineEnd: 0 }} />
        </Sider>
        <Content style={{ padding: 12, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

/** Page heading used across pages: one line, dense. */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12, gap: 12, flexWrap: 'wrap' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {children}
      </Typography.Title>
      <div style={{ flex: 1 }} />
      {extra}
    </div>
  );
}
