import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, QRCode, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '../../api/account';
import type { TotpEnrolment } from '../../api/account';
import { fetchSession, sessionQueryKey } from '../../api/session';
import type { Session, SessionUser } from '../../api/session';
import { ApiErrorAlert, useShowApiError } from '../../lib/show-api-error';
import { isTotpCode, TotpCodeInput } from './totp-code-input';

/** "JBSW Y3DP EHPK 3PXP": the secret in groups of four, easier to type by hand. */
function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * 动态口令 (TOTP): bind one with an authenticator app (scan the QR code or type the key, then confirm with a code),
 * or turn it off with a current code — except for the three administrators, who must keep it.
 */
export function TotpCard({ user, onBound }: { user: SessionUser; onBound: (session: Session | null) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [resetKey, setResetKey] = useState(0);
  const [isDisabling, setIsDisabling] = useState(false);
  // The server says whether this account may turn its second factor off (the three administrators, and the roles
  // the security policy names, may not: 等保 8.1.4.1d); the page does not work it out from role names.
  const isTotpRequired = !user.canDisableTotp;

  const refreshSession = () => queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 0 });
  const clearCode = () => {
    setCode('');
    setResetKey((key) => key + 1);
  };

  const start = useMutation({
    mutationFn: startTotpEnrolment,
    onSuccess: (started) => {
      clearCode();
      setEnrolment(started);
    },
    onError: (error) => showApiError(error, '无法开始绑定'),
  });

  const confirm = useMutation({
    mutationFn: confirmTotpEnrolment,
    onSuccess: async () => {
      setEnrolment(null);
      clearCode();
      void message.success('动态口令已绑定，今后登录须输入动态口令');
      onBound(await refreshSession());
    },
    onError: clearCode,
  });

  const disable = useMutation({
    mutationFn: disableTotp,
    onSuccess: async () => {
      setIsDisabling(false);
      clearCode();
      void message.success('动态口令已停用');
      await refreshSession();
    },
    onError: clearCode,
  });

  const status = user.isTotpEnabled ? <Tag color="green">已启用</Tag> : <Tag color={user.needsTotpEnrolment ? 'red' : 'default'}>未启用</Tag>;

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <SafetyCertificateOutlined />
          动态口令
          {status}
        </Space>
      }
    >
      {user.isTotpEnabled ? (
        <>
          <Typography.Paragraph>登录时，在密码之后还须输入身份验证器上的6位动态口令。</Typography.Paragraph>
          {isTotpRequired ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              按安全策略，您的账号必须使用动态口令，不能停用。请妥善保管已绑定的手机。
            </Typography.Paragraph>
          ) : isDisabling ? (
            <Space orientation="vertical" size={12}>
              {disable.isError && <ApiErrorAlert error={disable.error} title="停用失败" />}
              <span>请输入身份验证器上当前的动态口令以确认停用：</span>
              <TotpCodeInput resetKey={resetKey} autoFocus disabled={disable.isPending} onCodeChange={setCode} />
              <Space>
                <Popconfirm title="停用后登录只凭密码，安全性降低。确定停用？" okText="停用" okButtonProps={{ danger: true }} onConfirm={() => disable.mutate(code)}>
                  <Button danger disabled={!isTotpCode(code)} loading={disable.isPending}>
                    确认停用
                  </Button>
                </Popconfirm>
                <Button onClick={() => setIsDisabling(false)}>取消</Button>
              </Space>
            </Space>
          ) : (
            <Button danger onClick={() => setIsDisabling(true)}>
              停用动态口令
            </Button>
          )}
        </>
      ) : enrolment ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Steps
            orientation="vertical"
            size="small"
            items={[
              {
                status: 'process',
                title: '用身份验证器扫描二维码',
                content: (
                  <div style={{ paddingBlock: 8 }}>
                    <QRCode value={enrolment.uri} size={176} errorLevel="M" data-testid="totp-qr" />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      可使用“腾讯身份验证器”“Google Authenticator”“Microsoft Authenticator”等应用
                    </Typography.Text>
                  </div>
                ),
              },
              {
                status: 'process',
                title: '无法扫码时，手动输入密钥',
                content: (
                  <div style={{ paddingBlock: 4 }}>
                    <Typography.Text
                      code
                      copyable={{ text: enrolment.secret, tooltips: ['复制密钥', '已复制'] }}
                      data-testid="totp-secret"
                      data-secret={enrolment.secret}
                      style={{ fontSize: 15, letterSpacing: 1 }}
                    >
                      {groupedSecret(enrolment.secret)}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        类型选“基于时间”，6位数字，30秒。密钥等同于密码，请勿告诉他人或截图外传。
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              {
                status: 'process',
                title: '输入身份验证器显示的动态口令，完成绑定',
                content: (
                  <Space orientation="vertical" size={8} style={{ paddingBlock: 8 }}>
                    {confirm.isError && <ApiErrorAlert error={confirm.error} title="绑定失败" />}
                    <TotpCodeInput resetKey={resetKey} disabled={confirm.isPending} onCodeChange={setCode} />
                    <Space>
                      <Button type="primary" disabled={!isTotpCode(code)} loading={confirm.isPending} onClick={() => confirm.mutate(code)}>
                        确认绑定
                      </Button>
                      <Button onClick={() => setEnrolment(null)}>取消</Button>
                    </Space>
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      ) : (
        <>
          <Typography.Paragraph>
            绑定后，登录时在密码之外还须输入手机身份验证器上的动态口令，他人即使知道密码也无法登录。
          </Typography.Paragraph>
          {user.needsTotpEnrolment && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="系统管理员、安全管理员、审计管理员须绑定动态口令（等保三级要求双因素鉴别），绑定后方可使用平台其他功能。"
            />
          )}
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate()}>
            开始绑定
          </Button>
        </>
      )}
    </Card>
  );
}
