import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { decideMeeting, decideTownPrincipals, eventsKeys, fetchMeeting, withdrawMeeting } from '../../api/events';
import type { DepartmentMeeting } from '../../api/events';
import { formatDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { ApprovalDescriptions } from './approval-descriptions';
import { DecisionModal } from './approval-modal';
import { articleText, meetingStatusColors } from './events-labels';
import { FlagAlert, useShowRuleError } from '../../lib/rule-feedback';

/** The actions this drawer offers as buttons (the others are outcomes chosen inside their dialogs). */
const buttonActions: readonly string[] = ['approve_town_principals', 'approve', 'withdraw'];

/** One meeting request: what is asked, what the approver should weigh (flags), the decision once recorded. */
export function MeetingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const showRuleError = useShowRuleError();
  const [dialog, setDialog] = useState<'head' | 'office' | undefined>();
  const meeting = useQuery({ queryKey: eventsKeys.meeting(id), queryFn: ({ signal }) => fetchMeeting(id, signal) });
  const data = meeting.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: eventsKeys.all });
  const withdraw = useMutation({
    mutationFn: (current: DepartmentMeeting) => withdrawMeeting(current.id, { version: current.version }),
    onSuccess: refresh,
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await refresh();
      showRuleError(error, '撤回失败');
    },
  });

  return (
    <Drawer open title={data ? data.title : '会议申请'} size={720} onClose={onClose} destroyOnHidden>
      {meeting.isError ? (
        meeting.error instanceof ApiError && meeting.error.status === 404 ? (
          <Result status="404" title="会议申请不存在或您无权查看" />
        ) : (
          <Alert type="error" showIcon title="会议申请加载失败" description={errorText(meeting.error)} />
        )
      ) : !data ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {/* Without a button the empty bar would still take a row of the drawer. */}
          {data.actions.some((action) => buttonActions.includes(action)) && (
            <Space size={8} wrap>
              {data.actions.includes('approve_town_principals') && (
                <Button type="primary" onClick={() => setDialog('head')}>
                  区长审批
                </Button>
              )}
              {data.actions.includes('approve') && (
                <Button type="primary" onClick={() => setDialog('office')}>
                  审批
                </Button>
              )}
              {data.actions.includes('withdraw') && (
                <Popconfirm title={data.status === 'approved' ? '取消这次已批准的会议？' : '撤回这份会议申请？'} okText="确定" okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutate(data)}>
                  <Button danger loading={withdraw.isPending}>
                    {data.status === 'approved' ? '取消会议' : '撤回'}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )}
          <FlagAlert flags={data.flags} title="本申请有以下情况，提请审批人注意" />
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'status', label: '状态', children: <Tag color={meetingStatusColors[data.status]}>{data.statusLabel}</Tag> },
              { key: 'unit', label: '申请部门', children: data.unitName },
              { key: 'date', label: '会议日期', children: formatDate(data.meetingDate) },
              { key: 'format', label: '会议形式', children: data.format === 'video' ? data.formatLabel : <Tag color="orange">{data.formatLabel}</Tag> },
              { key: 'chair', label: '主持人', span: 'filled', children: data.chairName },
              {
                key: 'invitees',
                label: '邀请对象',
                span: 'filled',
                children:
                  data.invitees.length === 0 ? (
                    '本系统内部'
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {data.invitees.map((invitee) => (
                        <Tag key={invitee.postId} color={invitee.kind === 'deputy' ? 'orange' : undefined}>
                          {invitee.unitName} {invitee.postTitle} {invitee.holderName ?? ''}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              ...(data.headApproval
                ? [
                    {
                      key: 'head',
                      label: '区长批准',
                      span: 'filled' as const,
                      children: `${data.headApproval.grounds?.length ? `同意${data.headApproval.grounds.join('、')}。` : ''}${data.headApproval.approverName}${data.headApproval.actingForName ? `（代${data.headApproval.actingForName}）` : ''}，${formatDate(data.headApproval.approvedOn)}：${data.headApproval.opinion}`,
                    },
                  ]
                : []),
              { key: 'submittedOn', label: '报批日期', children: formatDate(data.submittedOn) },
              { key: 'detail', label: '会议内容', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.detail || '—'}</span> },
            ]}
          />
          <Typography.Text strong>审批结果（第五十八条）</Typography.Text>
          <ApprovalDescriptions approval={data.approval} emptyText="尚未审批" />
          {dialog && (
            <DecisionModal
              title={dialog === 'head' ? '区长审批（第五十八条）' : '会议审批'}
              hint={`第五十八条：${articleText[58]}`}
              version={data.version}
              isOpen
              onClose={() => setDialog(undefined)}
              onSubmit={(input) => (dialog === 'head' ? decideTownPrincipals(data.id, input) : decideMeeting(data.id, input))}
              onDone={refresh}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
