import { KeyOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../app/dates';
import { homePath } from '../../app/landing';
import { useSession } from '../../app/use-session';
import { PageTitle } from '../../layout/app-layout';
import { ChangePasswordForm } from './change-password-form';
import { SessionsCard } from './sessions-card';
import { TotpCard } from './totp-card';

const dayMs = 86_400_000;

/** Days left before the password expires, by the browser's clock (for the reminder only; the server decides). */
function daysLeft(expiresAt: string): number {
  return Math.floor((new Date(expiresAt).getTime() - Date.now()) / dayMs);
}

/**
 * 账号安全: one's own password (with its expiry), 动态口令 and sessions. The three administrators are kept here
 * until they have bound a 动态口令.
 */
export default function AccountPage() {
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user;

  useEffect(() => {
    document.title = '账号安全 · 政务';
  }, []);

  if (!user) return null;
  const left = daysLeft(user.passwordExpiresAt);

  return (
    <>
      <PageTitle>账号安全</PageTitle>
      {user.needsTotpEnrolment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="请先绑定动态口令"
          description="您的账号为三员账号（系统管理员、安全管理员或审计管理员），须绑定动态口令后方可使用平台其他功能。"
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 12, background: '#fff' }}
        items={[
          { key: 'name', label: '姓名', children: `${user.displayName}（${user.loginName}）` },
          { key: 'unit', label: '所在单位', children: user.unit?.name ?? '—' },
          {
            key: 'roles',
            label: '角色',
            children: user.roleLabels.length > 0 ? user.roleLabels.map((label) => <Tag key={label}>{label}</Tag>) : '未授予角色',
          },
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={
              <Space size={8}>
                <KeyOutlined />
                登录密码
              </Space>
            }
          >
            <p style={{ marginTop: 0 }} data-testid="password-expiry">
              密码有效期至 <strong>{formatDate(user.passwordExpiresAt)}</strong>
              {user.isPasswordExpired ? (
                <Tag color="red" style={{ marginInlineStart: 8 }}>
                  已过期
                </Tag>
              ) : left >= 0 && left <= 14 ? (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {left} 天后到期
                </Tag>
              ) : null}
              ，到期后须修改密码方可继续使用。
            </p>
            <ChangePasswordForm />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <TotpCard
            user={user}
            onBound={(next) => {
              // Binding was the last step of a first login: go on to the user's own work.
              if (user.needsTotpEnrolment && next && !next.user.needsTotpEnrolment) void navigate(homePath(next.menu), { replace: true });
            }}
          />
        </Col>
        <Col span={24}>
          <SessionsCard />
        </Col>
      </Row>
    </>
  );
}
