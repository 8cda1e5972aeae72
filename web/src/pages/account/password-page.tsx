import { Alert, Card } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { accountPath, landingPath } from '../../app/landing';
import { useSession } from '../../app/use-session';
import { PageTitle } from '../../layout/app-layout';
import { ChangePasswordForm } from './change-password-form';

/**
 * 修改密码, on its own page: where a user whose change is due (first login, after a reset, expired) is kept until
 * they make it, then sent on — to bind the 动态口令 if they are one of the three administrators.
 */
export default function PasswordPage() {
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user;
  const mustChange = user?.mustChangePassword ?? false;

  useEffect(() => {
    document.title = '修改密码 · 政务';
  }, []);

  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle extra={mustChange ? undefined : <Link to={accountPath}>返回账号安全</Link>}>修改密码</PageTitle>
      <Card>
        {mustChange && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={user?.isPasswordExpired ? '密码已过有效期，须修改密码' : '首次登录须修改密码'}
            description={
              user?.needsTotpEnrolment
                ? '为保障账号安全，请先将密码修改为只有您本人知道的新密码，然后绑定动态口令，完成后方可使用平台其他功能。'
                : '为保障账号安全，请先将密码修改为只有您本人知道的新密码，修改后方可使用平台其他功能。'
            }
          />
        )}
        <ChangePasswordForm
          onChanged={(next) => {
            if (mustChange && next) void navigate(landingPath(next, undefined), { replace: true });
          }}
        />
      </Card>
    </div>
  );
}
