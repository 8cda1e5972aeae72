import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Radio, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { eventsKeys, fetchInvitations } from '../../api/events';
import type { Invitation, InvitationStatus } from '../../api/events';
import { formatDate } from '../../app/dates';
import { invitationStatusColors, invitationStatusLabels } from './events-labels';
import { InvitationDrawer } from './invitation-drawer';
import { InvitationFormModal } from './invitation-form-modal';
import { browserPagination, ListTable } from '../../lib/list-table';

const statuses = Object.keys(invitationStatusLabels) as InvitationStatus[];
const isStatus = (value: string | null): value is InvitationStatus => value !== null && (statuses as string[]).includes(value);

/** 活动邀请: the unit's own invitations, the leader's, or — for the office — all of them. */
export function InvitationsTab({ openId }: { openId: string | undefined }) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const [isCreating, setIsCreating] = useState(false);
  const list = useQuery({ queryKey: eventsKeys.invitations(status), queryFn: ({ signal }) => fetchInvitations(status, signal), placeholderData: (previous) => previous });

  const columns: TableColumnsType<Invitation> = [
    {
      title: '活动',
      key: 'title',
      render: (_, item) => (
        <Space size={4} wrap>
          <Link to={`/events/invitations/${item.id}${status ? `?status=${status}` : ''}`}>{item.title}</Link>
          {item.needsApproval && <Tag color="purple">第九十一条</Tag>}
          {item.flags.length > 0 && <Tag color="orange">有标注</Tag>}
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'kindLabel', width: 130, ellipsis: true },
    { title: '邀请领导', dataIndex: 'invitedName', width: 130 },
    { title: '邀请单位', dataIndex: 'invitingUnitName', width: 160, ellipsis: true },
    { title: '活动日期', dataIndex: 'activityDate', width: 130, render: (value: string) => formatDate(value) },
    { title: '状态', dataIndex: 'status', width: 100, render: (value: InvitationStatus, item) => <Tag color={invitationStatusColors[value]}>{item.statusLabel}</Tag> },
  ];

  return (
    <>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12, flexWrap: 'wrap' }}>
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          value={status ?? 'all'}
          onChange={(event) => {
            const value = event.target.value as string;
            setSearchParams(value === 'all' ? {} : { status: value }, { replace: true });
          }}
          options={[{ value: 'all', label: '全部' }, ...statuses.map((value) => ({ value, label: invitationStatusLabels[value] }))]}
        />
        <div style={{ flex: 1 }} />
        {list.data?.actions.includes('create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            报送邀请
          </Button>
        )}
      </div>
      <ListTable<Invitation>
        list={list}
        errorTitle="邀请加载失败"
        emptyText="暂无邀请"
        rowKey="id"
        columns={columns}
        pagination={browserPagination}
        scroll={{ x: 900 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第九十条：邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排，应提前3天报区政府办公室按规定程序办理。安排后列入被邀请领导的事项；领导外出期间，临近的邀请转补位领导（第六十二条）。
      </Typography.Paragraph>
      {isCreating && (
        <InvitationFormModal
          isOpen={isCreating}
          onClose={() => setIsCreating(false)}
          onCreated={(invitation) => {
            setIsCreating(false);
            void navigate(`/events/invitations/${invitation.id}`);
          }}
        />
      )}
      {openId && <InvitationDrawer id={openId} onClose={() => void navigate(`/events/invitations${status ? `?status=${status}` : ''}`)} />}
    </>
  );
}
