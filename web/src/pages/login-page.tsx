import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { login, sessionQueryKey } from '../api/session';
import type { LoginInput } from '../api/session';
import { passwordPath } from '../app/require-session';
import { useSession } from '../app/use-session';
import { headerColor } from '../layout/app-layout';
import { ApiErrorAlert } from '../lib/show-api-error';

const appTitle = '政务 · 临淄区人民政府工作平台';

function targetAfterLogin(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only in-app paths: never bounce to another origin.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export default function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [form] = Form.useForm<LoginInput>();

  useEffect(() => {
    document.title = `登录 · ${appTitle}`;
  }, []);

  const loginMutation = useMutation({
    mutationFn: login,
    onSuccess: (next) => {
      // A different user may sign in on the same tab: nothing cached for the previous one survives.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, next);
      void navigate(next.user.mustChangePassword ? passwordPath : targetAfterLogin(location.state), { replace: true });
    },
    onError: () => form.setFieldValue('password', ''),
  });

  if (session.data && !loginMutation.isPending && !loginMutation.isSuccess) {
    return <Navigate to={session.data.user.mustChangePassword ? passwordPath : '/'} replace />;
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f0f2f5' }}>
      <div style={{ background: headerColor, color: '#fff', padding: '0 24px', height: 56, display: 'flex', alignItems: 'center' }}>
        <span style={{ fontSize: 18, fontWeight: 600, letterSpacing: 1 }}>{appTitle}</span>
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
        <Card style={{ width: 380 }} styles={{ body: { padding: '28px 32px 12px' } }}>
          <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0, marginBottom: 4 }}>
            政务
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
            临淄区人民政府工作平台
          </Typography.Paragraph>
          {loginMutation.isError && (
            <div style={{ marginBottom: 16 }} role="alert">
              <ApiErrorAlert error={loginMutation.error} />
            </div>
          )}
          <Form<LoginInput>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => loginMutation.mutate({ loginName: values.loginName.trim(), password: values.password })}
          >
            <Form.Item label="登录名" name="loginName" rules={[{ required: true, whitespace: true, message: '请输入登录名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
                登录
              </Button>
            </Form.Item>
          </Form>
        </Card>
      </div>
      <div style={{ textAlign: 'center', color: '#999', fontSize: 12, padding: 12 }}>临淄区人民政府办公室</div>
    </div>
  );
}
