import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { declineInvitation, decideInvitation, eventsKeys, fetchInvitation, recordOutsideInvitationApproval, withdrawInvitation } from '../../api/events';
import type { Invitation } from '../../api/events';
import { formatDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { ApprovalDescriptions } from './approval-descriptions';
import { DecisionModal, OutsideApprovalModal } from './approval-modal';
import { articleText, invitationStatusColors } from './events-labels';
import { FlagAlert, useShowRuleError } from '../../lib/rule-feedback';
import { ArrangeInvitationModal } from './arrange-invitation-modal';
import { TextPromptModal } from './text-prompt-modal';

type Dialog = 'decision' | 'outside' | 'arrange' | 'decline' | undefined;

/** The actions this drawer offers as buttons (the others are outcomes chosen inside their dialogs). */
const buttonActions: readonly string[] = ['approve', 'record_outside_approval', 'arrange', 'decline', 'withdraw'];

/** One invitation with what the caller may do with it, as the server says in `actions`. */
export function InvitationDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const showRuleError = useShowRuleError();
  const [dialog, setDialog] = useState<Dialog>();
  const invitation = useQuery({ queryKey: eventsKeys.invitation(id), queryFn: ({ signal }) => fetchInvitation(id, signal) });
  const data = invitation.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: eventsKeys.all });

  const withdraw = useMutation({
    mutationFn: (current: Invitation) => withdrawInvitation(current.id, { version: current.version }),
    onSuccess: refresh,
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await refresh();
      showRuleError(error, '撤回失败');
    },
  });

  return (
    <Drawer open title={data ? data.title : '活动邀请'} size={720} onClose={onClose} destroyOnHidden>
      {invitation.isError ? (
        invitation.error instanceof ApiError && invitation.error.status === 404 ? (
          <Result status="404" title="邀请不存在或您无权查看" />
        ) : (
          <Alert type="error" showIcon title="邀请加载失败" description={errorText(invitation.error)} />
        )
      ) : !data ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {/* Without a button the empty bar would still take a row of the drawer. */}
          {data.actions.some((action) => buttonActions.includes(action)) && (
            <Space size={8} wrap>
              {data.actions.includes('approve') && (
                <Button type="primary" onClick={() => setDialog('decision')}>
                  批准或不批准
                </Button>
              )}
              {data.actions.includes('record_outside_approval') && <Button onClick={() => setDialog('outside')}>依区委批准文件记录</Button>}
              {data.actions.includes('arrange') && (
                <Button type="primary" onClick={() => setDialog('arrange')}>
                  安排
                </Button>
              )}
              {data.actions.includes('decline') && <Button onClick={() => setDialog('decline')}>不予安排</Button>}
              {data.actions.includes('withdraw') && (
                <Popconfirm title="撤回这份邀请？" okText="撤回" okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutate(data)}>
                  <Button danger loading={withdraw.isPending}>
                    撤回
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )}
          <FlagAlert flags={data.flags} title="本邀请有以下情况，提请办公室注意" />
          {data.status === 'awaiting_approval' && <Alert type="warning" showIcon title="第九十一条：须经区委、区政府批准后方可安排" description={articleText[91]} />}
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'status', label: '状态', children: <Tag color={invitationStatusColors[data.status]}>{data.statusLabel}</Tag> },
              { key: 'kind', label: '类别', children: data.needsApproval ? `${data.kindLabel}（第九十一条）` : data.kindLabel },
              { key: 'invited', label: '邀请领导', children: data.invitedName },
              { key: 'unit', label: '邀请单位', children: data.invitingUnitName },
              { key: 'date', label: '活动时间', children: `${formatDate(data.activityDate)}${data.startTime ? ` ${data.startTime}` : ''}` },
              { key: 'place', label: '地点', children: data.place || '—' },
              { key: 'submittedOn', label: '报送日期', children: formatDate(data.submittedOn) },
              { key: 'addressedTo', label: '请柬抬头', children: data.addressedTo === 'office' ? '区政府办公室' : `${data.addresseeName ?? ''}（领导个人）` },
              ...(data.kind === 'peer_visit' ? [{ key: 'accompany', label: '陪同方式', children: data.isFullAccompaniment ? '请领导全程陪同（须经区长批准）' : '由对口部门陪同接待' }] : []),
              { key: 'detail', label: '活动内容', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.detail || '—'}</span> },
              ...(data.arrangedOn ? [{ key: 'arranged', label: '安排', span: 'filled' as const, children: `${formatDate(data.arrangedOn)} 已列入领导事项${data.arrangementNote ? `：${data.arrangementNote}` : ''}` }] : []),
              ...(data.declineReason ? [{ key: 'decline', label: '不予安排理由', span: 'filled' as const, children: data.declineReason }] : []),
            ]}
          />
          {data.needsApproval && (
            <>
              <Typography.Text strong>区委、区政府批准（第九十一条）</Typography.Text>
              <ApprovalDescriptions approval={data.approval} emptyText="尚未批准" />
            </>
          )}
          {dialog === 'decision' && (
            <DecisionModal
              title={data.kind === 'peer_visit' ? '区长批准全程陪同（第九十二条）' : '区政府批准（第九十一条）'}
              hint={data.kind === 'peer_visit' ? `第九十二条：${articleText[92]}` : `第九十一条：${articleText[91]}`}
              version={data.version}
              isOpen
              onClose={() => setDialog(undefined)}
              onSubmit={(input) => decideInvitation(data.id, input)}
              onDone={refresh}
            />
          )}
          {dialog === 'outside' && (
            <OutsideApprovalModal
              hint={`第九十一条：${articleText[91]} 区委在平台外作出决定的，由办公室附区委批准文件记录，记录写明由谁依哪份文件记录。`}
              version={data.version}
              isOpen
              onClose={() => setDialog(undefined)}
              onSubmit={(input) => recordOutsideInvitationApproval(data.id, input)}
              onDone={refresh}
            />
          )}
          {dialog === 'arrange' && <ArrangeInvitationModal invitation={data} onClose={() => setDialog(undefined)} onDone={refresh} />}
          {dialog === 'decline' && (
            <TextPromptModal
              title="不予安排"
              label="理由"
              isRequired
              okText="不予安排"
              isOpen
              onClose={() => setDialog(undefined)}
              onSubmit={(reason) => declineInvitation(data.id, { version: data.version, reason })}
              onDone={refresh}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
