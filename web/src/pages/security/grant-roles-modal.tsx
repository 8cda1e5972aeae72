import { useMutation } from '@tanstack/react-query';
import { Alert, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { grantRoles } from '../../api/users';
import type { Role, RoleOption, UserAccount } from '../../api/users';
import { ApiErrorAlert } from '../../lib/show-api-error';

/**
 * 授予角色: the account's whole role set, ticked. The server refuses two of the three administrator roles on one
 * account (三员分立) and says so in Chinese; the user's sessions end so the new roles apply at once.
 */
export function GrantRolesModal({
  user,
  roles,
  onClose,
  onGranted,
}: {
  user: UserAccount;
  roles: readonly RoleOption[];
  onClose: () => void;
  onGranted: () => void;
}) {
  // The account's roles among those that may be granted (the server names both).
  const [selected, setSelected] = useState<Role[]>(() => roles.map((option) => option.role).filter((role) => user.roles.includes(role)));
  const mutation = useMutation({ mutationFn: (next: Role[]) => grantRoles(user.id, next), onSuccess: onGranted });

  return (
    <Modal
      title={`授予角色：${user.displayName}（${user.loginName}）`}
      open
      onCancel={onClose}
      onOk={() => mutation.mutate(selected)}
      okText="保存"
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {mutation.isError && (
          <div role="alert">
            <ApiErrorAlert error={mutation.error} title="授予失败" />
          </div>
        )}
        <Checkbox.Group<Role> value={selected} onChange={(values) => setSelected(values)} style={{ display: 'block' }}>
          <Space orientation="vertical" size={6}>
            {roles.map((option) => (
              <Checkbox key={option.role} value={option.role}>
                {option.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
        <Alert
          type="info"
          showIcon
          title="系统管理员、安全管理员、审计管理员三者互斥（三员分立），同一账号只能担任其一。保存后该用户须重新登录，新角色随即生效。"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          不勾选任何角色即收回全部角色。
        </Typography.Text>
      </Space>
    </Modal>
  );
}
