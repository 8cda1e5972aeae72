import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { fetchSession, login, logout, sessionQueryKey, verifyTotp } from '../api/session';
import type { LoginInput, Session } from '../api/session';
import { landingPath } from '../app/landing';
import { useSession } from '../app/use-session';
import { headerColor } from '../layout/app-layout';
import { ApiErrorAlert } from '../lib/show-api-error';
import { isTotpCode, TotpCodeInput } from './account/totp-code-input';

const appTitle = '政务 · 临淄区人民政府工作平台';

function targetAfterLogin(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  // Only in-app paths: never bounce to another origin.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : undefined;
}

export default function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  // Set once the sign-in is complete, so the redirect below does not race the navigation.
  const [isLeaving, setIsLeaving] = useState(false);
  // Why the 动态口令 step ended without signing in (the account locked), shown above the password step.
  const [mfaError, setMfaError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `登录 · ${appTitle}`;
  }, []);

  const enter = (next: Session) => {
    setIsLeaving(true);
    queryClient.setQueryData(sessionQueryKey, next);
    void navigate(landingPath(next, targetAfterLogin(location.state)), { replace: true });
  };

  const isMfaStep = session.data?.mfaPending === true;

  if (session.data && !session.data.mfaPending && !isLeaving) {
    return <Navigate to={landingPath(session.data, targetAfterLogin(location.state))} replace />;
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
          {session.isPending ? (
            <Spin style={{ display: 'block', margin: '24px auto' }} />
          ) : isMfaStep && session.data ? (
            <TotpStep
              session={session.data}
              onFailed={setMfaError}
              onVerified={async () => {
                const next = await queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 0 });
                if (next && !next.mfaPending) enter(next);
              }}
              onCancel={async () => {
                await logout().catch(() => undefined);
                queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
                queryClient.setQueryData(sessionQueryKey, null);
              }}
            />
          ) : (
            <PasswordStep
              priorError={mfaError}
              onSignedIn={(next) => {
                setMfaError(null);
                // A different user may sign in on the same tab: nothing cached for the previous one survives. The
                // session query stays (it is overwritten below) so this page keeps observing it.
                queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
                if (next.mfaPending) queryClient.setQueryData(sessionQueryKey, next);
                else enter(next);
              }}
            />
          )}
        </Card>
      </div>
      <div style={{ textAlign: 'center', color: '#999', fontSize: 12, padding: 12 }}>临淄区人民政府办公室</div>
    </div>
  );
}

/** The first step: login name and password. */
function PasswordStep({ priorError, onSignedIn }: { priorError: unknown; onSignedIn: (session: Session) => void }) {
  const [form] = Form.useForm<LoginInput>();
  const loginMutation = useMutation({
    mutationFn: login,
    onSuccess: onSignedIn,
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <>
      {(loginMutation.isError || Boolean(priorError)) && (
        <div style={{ marginBottom: 16 }} role="alert">
          <ApiErrorAlert error={loginMutation.error ?? priorError} />
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
    </>
  );
}

/**
 * The second step for an account with a 动态口令: the 6-digit code from the authenticator app. A wrong code counts
 * towards the lockout like a wrong password; when the account locks, the server ends the session and the first
 * step comes back.
 */
function TotpStep({
  session,
  onVerified,
  onFailed,
  onCancel,
}: {
  session: Session;
  onVerified: () => Promise<void>;
  onFailed: (error: unknown) => void;
  onCancel: () => Promise<void>;
}) {
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [resetKey, setResetKey] = useState(0);
  const mutation = useMutation({
    mutationFn: verifyTotp,
    onSuccess: onVerified,
    onError: async (error) => {
      onFailed(error);
      setCode('');
      setResetKey((key) => key + 1);
      // A lockout ends the session; asking again shows the password step if so.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
  const submit = (value: string) => {
    if (isTotpCode(value) && !mutation.isPending) mutation.mutate(value);
  };

  return (
    <div data-testid="totp-step">
      <Typography.Paragraph style={{ marginBottom: 12 }}>
        <SafetyOutlined /> {session.user.displayName}（{session.user.loginName}）已通过密码验证。请打开手机上的身份验证器，输入
        <Typography.Text strong>动态口令</Typography.Text>（6位数字）完成登录。
      </Typography.Paragraph>
      {mutation.isError && (
        <div style={{ marginBottom: 12 }} role="alert">
          <ApiErrorAlert error={mutation.error} />
        </div>
      )}
      <Form layout="vertical" requiredMark={false} onFinish={() => submit(code)}>
        <Form.Item label="动态口令" required>
          <TotpCodeInput resetKey={resetKey} autoFocus disabled={mutation.isPending} onCodeChange={setCode} onComplete={submit} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending} disabled={!isTotpCode(code)}>
            验证
          </Button>
        </Form.Item>
        <Form.Item>
          <Button type="link" block onClick={() => void onCancel()}>
            返回，重新输入登录名和密码
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
