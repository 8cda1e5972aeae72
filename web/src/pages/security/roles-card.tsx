import { TeamOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { fetchSecurityUsers, userKeys } from '../../api/users';
import type { UserAccount } from '../../api/users';
import { errorText } from '../../lib/show-api-error';
import { matchesKeyword, RoleTags, TotpTag, UserStatusTags } from '../users/user-status';
import { GrantRolesModal } from './grant-roles-modal';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** 账号角色: every account with its roles; 授予角色 where the server lists `grant_roles`. */
export function RolesCard() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [keyword, setKeyword] = useState('');
  const [granting, setGranting] = useState<UserAccount | null>(null);
  const list = useQuery({ queryKey: userKeys.security, queryFn: ({ signal }) => fetchSecurityUsers(signal) });
  const rows = useMemo(() => (list.data?.items ?? []).filter((user) => matchesKeyword(user, keyword)), [list.data, keyword]);

  const columns: TableColumnsType<UserAccount> = [
    { title: '登录名', dataIndex: 'loginName', width: 130, render: (value: string) => <span style={mono}>{value}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 130 },
    { title: '角色', key: 'roles', render: (_, user) => <RoleTags labels={user.roleLabels} /> },
    { title: '状态', key: 'status', width: 150, render: (_, user) => <UserStatusTags user={user} /> },
    { title: '动态口令', dataIndex: 'isTotpEnabled', width: 90, render: (value: boolean) => <TotpTag isEnabled={value} /> },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, user) =>
        user.actions.includes('grant_roles') ? (
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setGranting(user)}>
            授予角色
          </Button>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <TeamOutlined />
          账号角色
        </Space>
      }
      extra={<Input.Search allowClear size="small" placeholder="登录名或姓名" value={keyword} onChange={(event) => setKeyword(event.target.value)} style={{ width: 200 }} />}
      styles={{ body: { padding: 0 } }}
    >
      {list.isError && <Alert type="error" showIcon banner title={`账号列表加载失败：${errorText(list.error)}`} />}
      <Table<UserAccount>
        className="zw-dense"
        size="small"
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个账号` }}
        scroll={{ x: 900 }}
      />
      {granting && (
        <GrantRolesModal
          user={granting}
          roles={list.data?.roles ?? []}
          onClose={() => setGranting(null)}
          onGranted={() => {
            void message.success(`已更新 ${granting.displayName} 的角色，该用户须重新登录`);
            setGranting(null);
            void queryClient.invalidateQueries({ queryKey: userKeys.all });
          }}
        />
      )}
    </Card>
  );
}
