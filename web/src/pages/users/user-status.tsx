import { Space, Tag } from 'antd';
import type { UserAccount } from '../../api/users';

/** 停用 / 锁定 / 待改密 / 正常, as tags. */
export function UserStatusTags({ user }: { user: UserAccount }) {
  const tags = [
    user.isDisabled && (
      <Tag key="disabled" color="red">
        已停用
      </Tag>
    ),
    user.isLocked && (
      <Tag key="locked" color="orange">
        已锁定
      </Tag>
    ),
    user.mustChangePassword && (
      <Tag key="password" color="gold">
        待修改密码
      </Tag>
    ),
  ].filter(Boolean);
  return <Space size={[0, 4]} wrap>{tags.length > 0 ? tags : <Tag color="green">正常</Tag>}</Space>;
}

export function TotpTag({ isEnabled }: { isEnabled: boolean }) {
  return isEnabled ? <Tag color="green">已启用</Tag> : <Tag>未启用</Tag>;
}

/** The account's roles in Chinese, as the server names them. */
export function RoleTags({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return <span style={{ color: '#999' }}>未授予角色</span>;
  return (
    <Space size={[0, 4]} wrap>
      {labels.map((label) => (
        <Tag key={label} color="blue">
          {label}
        </Tag>
      ))}
    </Space>
  );
}

/** Whether a row matches the table's search box: login name or name. */
export function matchesKeyword(user: UserAccount, keyword: string): boolean {
  const needle = keyword.trim().toLowerCase();
  return !needle || user.loginName.toLowerCase().includes(needle) || user.displayName.toLowerCase().includes(needle);
}
