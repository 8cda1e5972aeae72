import { DesktopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { accountKeys, fetchOwnSessions, revokeOwnSession } from '../../api/account';
import type { OwnSession } from '../../api/account';
import { formatDateTime } from '../../app/dates';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { userAgentText } from './user-agent';

/** 登录会话: where the user is signed in now; any other than this one can be ended from here. */
export function SessionsCard() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const sessions = useQuery({ queryKey: accountKeys.sessions, queryFn: ({ signal }) => fetchOwnSessions(signal) });

  const revoke = useMutation({
    mutationFn: revokeOwnSession,
    onSuccess: async () => {
      void message.success('该会话已注销');
      await queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
    },
    onError: (error) => showApiError(error, '注销失败'),
  });

  const columns: TableColumnsType<OwnSession> = [
    {
      title: '设备',
      key: 'device',
      render: (_, session) => (
        <Space size={6}>
          <Tooltip title={session.userAgent ?? '未知设备'}>
            <span>{userAgentText(session.userAgent)}</span>
          </Tooltip>
          {session.isCurrent && <Tag color="blue">当前会话</Tag>}
        </Space>
      ),
    },
    { title: 'IP 地址', dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
    { title: '登录时间', dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    { title: '最近活动', dataIndex: 'lastSeenAt', width: 150, render: (value: string) => formatDateTime(value) },
    { title: '最迟到期', dataIndex: 'expiresAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, session) =>
        session.isCurrent ? (
          '—'
        ) : (
          <Popconfirm title="注销后，该设备须重新登录。确定注销？" okText="注销" onConfirm={() => revoke.mutate(session.id)}>
            <Button type="link" size="small" danger style={{ paddingInline: 0 }} loading={revoke.isPending && revoke.variables === session.id}>
              注销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <DesktopOutlined />
          登录会话
        </Space>
      }
      styles={{ body: { padding: 0 } }}
    >
      {sessions.isError && <Alert type="error" showIcon banner title={`会话列表加载失败：${errorText(sessions.error)}`} />}
      <Table<OwnSession>
        className="zw-dense"
        size="small"
        rowKey="id"
        loading={sessions.isPending}
        columns={columns}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 760 }}
      />
    </Card>
  );
}
