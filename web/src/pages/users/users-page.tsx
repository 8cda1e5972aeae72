import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { fetchUnits, orgKeys } from '../../api/org';
import { disableUser, enableUser, fetchAdminUsers, resetPassword, userKeys } from '../../api/users';
import type { UserAccount } from '../../api/users';
import { formatDateTime, today } from '../../app/dates';
import { PageTitle } from '../../layout/app-layout';
import { ForbiddenResult, isForbidden } from '../../lib/forbidden-result';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { buildUnitTree } from '../org/unit-tree';
import { CreateUserModal } from './create-user-modal';
import { OneTimePasswordModal } from './one-time-password-modal';
import type { OneTimePassword } from './one-time-password-modal';
import { matchesKeyword, RoleTags, TotpTag, UserStatusTags } from './user-status';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/**
 * 用户管理 (system administrator): open accounts, disable and enable them, reset passwords. Roles are the security
 * administrator's; each row shows only the buttons the server lists in its `actions`.
 */
export default function UsersPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const [keyword, setKeyword] = useState('');
  const [isCreating, setIsCreating] = useState(false);
  const [shownPassword, setShownPassword] = useState<OneTimePassword | null>(null);

  useEffect(() => {
    document.title = '用户管理 · 政务';
  }, []);

  const list = useQuery({ queryKey: userKeys.admin, queryFn: ({ signal }) => fetchAdminUsers(signal) });
  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal) });
  const unitNames = useMemo(() => new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const unitTree = useMemo(() => buildUnitTree(units.data?.items ?? [], '').nodes, [units.data]);
  const rows = useMemo(() => (list.data?.items ?? []).filter((user) => matchesKeyword(user, keyword)), [list.data, keyword]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });

  const setDisabled = useMutation({
    mutationFn: ({ user, isDisabled }: { user: UserAccount; isDisabled: boolean }) => (isDisabled ? disableUser(user.id) : enableUser(user.id)),
    onSuccess: async (_, { user, isDisabled }) => {
      void message.success(isDisabled ? `已停用 ${user.displayName}，其全部登录已结束` : `已启用 ${user.displayName}`);
      await refresh();
    },
    onError: (error, { isDisabled }) => showApiError(error, isDisabled ? '停用失败' : '启用失败'),
  });

  const reset = useMutation({
    mutationFn: (user: UserAccount) => resetPassword(user.id),
    onSuccess: async (result, user) => {
      setShownPassword({ title: '密码已重置', loginName: user.loginName, displayName: user.displayName, password: result.temporaryPassword });
      await refresh();
    },
    onError: (error) => showApiError(error, '重置失败'),
  });

  const columns: TableColumnsType<UserAccount> = [
    { title: '登录名', dataIndex: 'loginName', width: 130, render: (value: string) => <span style={mono}>{value}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    { title: '所在单位', dataIndex: 'unitId', width: 170, render: (id: string | null) => (id ? (unitNames.get(id) ?? id) : '—') },
    { title: '角色', key: 'roles', render: (_, user) => <RoleTags labels={user.roleLabels} /> },
    { title: '状态', key: 'status', width: 150, render: (_, user) => <UserStatusTags user={user} /> },
    { title: '动态口令', dataIndex: 'isTotpEnabled', width: 90, render: (value: boolean) => <TotpTag isEnabled={value} /> },
    { title: '密码修改时间', dataIndex: 'passwordChangedAt', width: 140, render: (value: string) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, user) => {
        const buttons = [
          user.actions.includes('disable') && (
            <Popconfirm
              key="disable"
              title={`停用 ${user.displayName}？`}
              description="停用后该账号立即退出登录，且不能再登录。"
              okText="停用"
              okButtonProps={{ danger: true }}
              onConfirm={() => setDisabled.mutate({ user, isDisabled: true })}
            >
              <Button type="link" size="small" danger style={{ paddingInline: 0 }}>
                停用
              </Button>
            </Popconfirm>
          ),
          user.actions.includes('enable') && (
            <Button key="enable" type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setDisabled.mutate({ user, isDisabled: false })}>
              启用
            </Button>
          ),
          user.actions.includes('reset_password') && (
            <Popconfirm
              key="reset"
              title={`重置 ${user.displayName} 的密码？`}
              description="将生成一次性密码，该账号的全部登录随即结束，下次登录须修改密码。"
              okText="重置"
              onConfirm={() => reset.mutate(user)}
            >
              <Button type="link" size="small" style={{ paddingInline: 0 }} loading={reset.isPending && reset.variables.id === user.id}>
                重置密码
              </Button>
            </Popconfirm>
          ),
        ].filter(Boolean);
        return buttons.length > 0 ? <Space size={12}>{buttons}</Space> : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
  ];

  if (isForbidden(list.error)) {
    return <ForbiddenResult error={list.error} hint="用户管理仅系统管理员可以使用（三员分立）。" />;
  }

  return (
    <>
      <PageTitle
        extra={
          <Space size={8}>
            <Input.Search allowClear placeholder="登录名或姓名" value={keyword} onChange={(event) => setKeyword(event.target.value)} style={{ width: 200 }} />
            {list.data?.actions.includes('create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                开设账号
              </Button>
            )}
          </Space>
        }
      >
        用户管理
      </PageTitle>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        系统管理员负责开设账号、停用启用和重置密码；角色由安全管理员授予，审计记录由审计管理员查阅（三员分立）。
      </Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="账号列表加载失败" description={errorText(list.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<UserAccount>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={list.isPending}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个账号` }}
          scroll={{ x: 1100 }}
        />
      </Card>
      {isCreating && (
        <CreateUserModal
          isOpen={isCreating}
          units={unitTree}
          onClose={() => setIsCreating(false)}
          onCreated={(input, password) => {
            setIsCreating(false);
            setShownPassword({ title: '账号已开设', loginName: input.loginName, displayName: input.displayName, password });
            void refresh();
          }}
        />
      )}
      <OneTimePasswordModal shown={shownPassword} onClose={() => setShownPassword(null)} />
    </>
  );
}
