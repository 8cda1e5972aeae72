import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Radio, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { eventsKeys, fetchMeetings } from '../../api/events';
import type { DepartmentMeeting, MeetingStatus } from '../../api/events';
import { formatDate } from '../../app/dates';
import { meetingStatusColors, meetingStatusLabels } from './events-labels';
import { MeetingDrawer } from './meeting-drawer';
import { MeetingFormModal } from './meeting-form-modal';
import { browserPagination, ListTable } from '../../lib/list-table';

const statuses = Object.keys(meetingStatusLabels) as MeetingStatus[];
const isStatus = (value: string | null): value is MeetingStatus => value !== null && (statuses as string[]).includes(value);

/** 系统会议: departments' requests to hold their system-wide meeting (art. 58). */
export function MeetingsTab({ openId }: { openId: string | undefined }) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const [isCreating, setIsCreating] = useState(false);
  const list = useQuery({ queryKey: eventsKeys.meetings(status), queryFn: ({ signal }) => fetchMeetings(status, signal), placeholderData: (previous) => previous });

  const columns: TableColumnsType<DepartmentMeeting> = [
    {
      title: '会议',
      key: 'title',
      render: (_, item) => (
        <Space size={4} wrap>
          <Link to={`/events/department-meetings/${item.id}${status ? `?status=${status}` : ''}`}>{item.title}</Link>
          {item.flags.length > 0 && <Tag color="orange">有标注</Tag>}
        </Space>
      ),
    },
    { title: '申请部门', dataIndex: 'unitName', width: 170, ellipsis: true },
    { title: '会议日期', dataIndex: 'meetingDate', width: 130, render: (value: string) => formatDate(value) },
    { title: '形式', dataIndex: 'formatLabel', width: 90 },
    { title: '主持人', dataIndex: 'chairName', width: 170, ellipsis: true },
    { title: '状态', dataIndex: 'status', width: 100, render: (value: MeetingStatus, item) => <Tag color={meetingStatusColors[value]}>{item.statusLabel}</Tag> },
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
          options={[{ value: 'all', label: '全部' }, ...statuses.map((value) => ({ value, label: meetingStatusLabels[value] }))]}
        />
        <div style={{ flex: 1 }} />
        {list.data?.actions.includes('create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            申请召开会议
          </Button>
        )}
      </div>
      <ListTable<DepartmentMeeting>
        list={list}
        errorTitle="会议申请加载失败"
        emptyText="暂无会议申请"
        rowKey="id"
        columns={columns}
        pagination={browserPagination}
        scroll={{ x: 900 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第五十八条：各部门召开本系统全区性会议原则上每年不超过1次，一律不邀请区长出席，邀请副区长出席的，要严格按程序报批；能采取电视会议形式的不集中开会。
      </Typography.Paragraph>
      {isCreating && (
        <MeetingFormModal
          isOpen={isCreating}
          onClose={() => setIsCreating(false)}
          onCreated={(meeting) => {
            setIsCreating(false);
            void navigate(`/events/department-meetings/${meeting.id}`);
          }}
        />
      )}
      {openId && <MeetingDrawer id={openId} onClose={() => void navigate(`/events/department-meetings${status ? `?status=${status}` : ''}`)} />}
    </>
  );
}
