import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { accountKeys } from '../../api/account';
import { ApiError } from '../../api/client';
import { changePassword, fetchSession, sessionQueryKey } from '../../api/session';
import type { Session } from '../../api/session';
import { ApiErrorAlert } from '../../lib/show-api-error';

type PasswordForm = { currentPassword: string; newPassword: string; confirmPassword: string };

/** The policy's objections to a new password, one per line, when the server listed them. */
function policyProblems(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.problem.details?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}

function ChangeError({ error }: { error: unknown }) {
  const problems = policyProblems(error);
  if (problems.length === 0) return <ApiErrorAlert error={error} title="修改失败" />;
  return (
    <Alert
      type="error"
      showIcon
      title="新密码不符合密码策略"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * 修改密码: the current password, then the new one twice. The server checks the policy (length, character classes,
 * not the login name, none of the recent ones) and says what is wrong; the user's other sessions end.
 */
export function ChangePasswordForm({ onChanged }: { onChanged?: (session: Session | null) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordForm>();

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      form.resetFields();
      void message.success('密码已修改，您在其他设备上的登录已结束');
      const next = await queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 0 });
      void queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
      onChanged?.(next);
    },
  });

  return (
    <>
      {mutation.isError && (
        <div style={{ marginBottom: 16 }} role="alert">
          <ChangeError error={mutation.error} />
        </div>
      )}
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        onFinish={(values) => mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword })}
      >
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          dependencies={['currentPassword']}
          extra="须符合安全管理员设定的密码策略：长度、字符种类，不含登录名，不与最近使用过的密码相同"
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
    </>
  );
}
