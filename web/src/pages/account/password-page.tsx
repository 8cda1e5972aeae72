import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { changePassword, sessionQueryKey } from '../../api/session';
import type { Session } from '../../api/session';
import { useSession } from '../../app/use-session';
import { PageTitle } from '../../layout/app-layout';
import { ApiErrorAlert } from '../../lib/show-api-error';

type PasswordForm = { currentPassword: string; newPassword: string; confirmPassword: string };

function isSession(value: unknown): value is Session {
  return typeof value === 'object' && value !== null && 'user' in value && 'menu' in value;
}

export default function PasswordPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [form] = Form.useForm<PasswordForm>();
  const mustChange = session.data?.user.mustChangePassword ?? false;

  useEffect(() => {
    document.title = '修改密码 · 政务';
  }, []);

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async (result) => {
      form.resetFields();
      void message.success('密码已修改');
      if (isSession(result)) queryClient.setQueryData(sessionQueryKey, result);
      else await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      if (mustChange) void navigate('/', { replace: true });
    },
  });

  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle>修改密码</PageTitle>
      <Card>
        {mustChange && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="首次登录须修改密码"
            description="为保障账号安全，请先将初始密码修改为只有您本人知道的新密码，修改后方可使用平台其他功能。"
          />
        )}
        {mutation.isError && (
          <div style={{ marginBottom: 16 }} role="alert">
            <ApiErrorAlert error={mutation.error} title="修改失败" />
          </div>
        )}
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          onFinish={(values) => mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword })}
        >
          <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            dependencies={['currentPassword']}
            rules={[
              { required: true, message: '请输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value === getFieldValue('currentPassword')
                    ? Promise.reject(new Error('新密码不能与当前密码相同'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              确认修改
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
