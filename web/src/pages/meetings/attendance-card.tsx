import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { decideAbsence, meetingKeys, recordAttendance, requestAbsence } from '../../api/meetings';
import type { AbsenceRequest, MeetingDetail, Quorum, RecordAttendanceInput, Seat } from '../../api/meetings';
import { workbenchQueryKey } from '../../api/workbench';
import type { Leader } from '../../api/org';
import { attendanceColors, attendanceLabels } from './meetings-labels';
import { RuleRefusalAlert, useShowRuleError } from '../../lib/rule-feedback';

/**
 * 法定人数, live: members seated, members present, the least that makes a quorum and whether it is met (art. 49).
 * Red when short, green when met.
 */
export function QuorumPanel({ meeting }: { meeting: MeetingDetail }) {
  const { quorum } = meeting;
  // Art. 49 binds the executive meeting; for the others the same count is shown for reference, without the alarm.
  const isBinding = meeting.kind === 'executive';
  const tone = quorum.hasQuorum ? 'met' : isBinding ? 'short' : 'reference';
  const palette = {
    met: { color: '#389e0d', background: '#f6ffed', border: '#b7eb8f' },
    short: { color: '#cf1322', background: '#fff1f0', border: '#ffa39e' },
    reference: { color: 'rgba(0,0,0,0.65)', background: '#fafafa', border: '#f0f0f0' },
  }[tone];
  const figure = (label: string, value: number, testId: string) => (
    <div style={{ textAlign: 'center', minWidth: 64 }}>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{label}</div>
      <div style={{ fontSize: 24, fontWeight: 600, lineHeight: '32px' }} data-testid={testId}>
        {value}
      </div>
    </div>
  );
  return (
    <div
      data-testid="quorum"
      data-has-quorum={quorum.hasQuorum ? 'yes' : 'no'}
      style={{ padding: '10px 14px', borderRadius: 6, background: palette.background, border: `1px solid ${palette.border}`, marginBottom: 12 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Text strong>法定人数</Typography.Text>
        <Tag color="blue" variant="outlined">
          第四十九条
        </Tag>
        <div style={{ flex: 1 }} />
        <span style={{ color: palette.color, fontSize: 16, fontWeight: 700 }} data-testid="quorum-state">
          {quorum.hasQuorum ? '符合法定人数' : '不足法定人数'}
          {isBinding ? '' : '（参考）'}
        </span>
      </div>
      <div style={{ display: 'flex', gap: 8, margin: '6px 0', flexWrap: 'wrap' }}>
        {figure('应到', quorum.members, 'quorum-members')}
        {figure('实到', quorum.present, 'quorum-present')}
        {figure('至少', quorum.required, 'quorum-required')}
      </div>
      <Typography.Text style={{ fontSize: 12, color: tone === 'short' ? palette.color : undefined }} data-testid="quorum-explanation">
        {quorum.explanation}
      </Typography.Text>
      <div>
        {isBinding ? (
          !quorum.hasQuorum && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              不足法定人数，常务会议不能形成决定。
            </Typography.Text>
          )
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            法定人数的要求适用于常务会议，其他会议供参考。
          </Typography.Text>
        )}
      </div>
    </div>
  );
}

type AbsenceForm = { reason: string };

/**
 * 请假: the reason. A government leader's absence is the 区长's to consent to (art. 55): the office files the
 * request, which waits on the 区长's 工作台; other seats' absences the office records directly.
 */
function AbsenceModal({ meeting, seat, onClose }: { meeting: MeetingDetail; seat: Seat; onClose: () => void }) {
  const queryClient = useQueryClient();
  const needsHead = seat.absenceNeedsHead;
  const mutation = useMutation({
    mutationFn: async (values: AbsenceForm) => {
      if (needsHead) {
        await requestAbsence(meeting.id, { personId: seat.personId, reason: values.reason.trim() });
        return undefined;
      }
      return recordAttendance(meeting.id, { personId: seat.personId, status: 'absent', reason: values.reason.trim() || null });
    },
    onSuccess: async (quorum) => {
      if (quorum) queryClient.setQueryData<MeetingDetail>(meetingKeys.detail(meeting.id), (old) => (old ? { ...old, quorum } : old));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
      onClose();
    },
  });
  const [form] = Form.useForm<AbsenceForm>();
  return (
    <Modal title={`请假 · ${seat.name}`} open onCancel={onClose} onOk={() => form.submit()} okText={needsHead ? '报区长同意' : '登记请假'} confirmLoading={mutation.isPending} destroyOnHidden>
      <Form<AbsenceForm> form={form} layout="vertical" initialValues={{ reason: seat.absenceReason ?? '' }} onFinish={(values) => mutation.mutate(values)} onValuesChange={() => mutation.isError && mutation.reset()}>
        <Form.Item label="请假事由" name="reason" rules={[{ required: !seat.leaveReportId, whitespace: true, message: '请假须说明理由' }]}>
          <Input maxLength={200} placeholder="如：出差" />
        </Form.Item>
        {needsHead && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            第五十五条：区政府领导同志不能出席区政府全体会议、常务会议和区长办公会议，须向区长请假。请假报区长后，由区长在其工作台同意或不同意。
          </Typography.Paragraph>
        )}
        {!needsHead && meeting.kind !== 'topical' && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            第五十五条：列席人员请假，由区政府办公室汇总后向区长报告。
          </Typography.Paragraph>
        )}
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能登记请假" />}
      </Form>
    </Modal>
  );
}

/** 请假报区长: the requests on this meeting, and for the 区长 (or whoever presides for him) the buttons to decide. */
function AbsenceRequests({ meeting }: { meeting: MeetingDetail }) {
  const queryClient = useQueryClient();
  const showRuleError = useShowRuleError();
  const decide = useMutation({
    mutationFn: (input: { request: AbsenceRequest; isConsented: boolean }) => decideAbsence(input.request.id, { version: input.request.version, isConsented: input.isConsented, opinion: null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
      await queryClient.invalidateQueries({ queryKey: workbenchQueryKey });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
      showRuleError(error, '未能办理请假');
    },
  });
  if (meeting.absenceRequests.length === 0) return null;
  return (
    <div data-testid="absence-requests" style={{ marginTop: 8 }}>
      <Typography.Text strong>请假报区长</Typography.Text>
      {meeting.absenceRequests.map((request) => (
        <div key={request.id} data-absence-id={request.id} style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 4, flexWrap: 'wrap' }}>
          <span>
            {request.name}：{request.reason}
          </span>
          <Tag color={request.status === 'consented' ? 'gold' : request.status === 'declined' ? 'red' : 'processing'}>{request.statusLabel}</Tag>
          {request.decidedBy && <Typography.Text type="secondary">{request.decidedBy}</Typography.Text>}
          {request.actions.includes('consent') && (
            <Button size="small" type="primary" loading={decide.isPending} onClick={() => decide.mutate({ request, isConsented: true })}>
              同意请假
            </Button>
          )}
          {request.actions.includes('decline') && (
            <Button size="small" loading={decide.isPending} onClick={() => decide.mutate({ request, isConsented: false })}>
              不同意
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}

type SeatRow = Seat & { postTitle: string };

/**
 * 组成与出席: members (出席) and observers (列席) from the organisation on the meeting date, each 出席, 请假 or 未到;
 * absences from a leave report are marked 请假外出. The office marks who is present; the quorum panel follows.
 */
export function AttendanceCard({ meeting, leaders }: { meeting: MeetingDetail; leaders: ReadonlyMap<string, Leader> }) {
  const queryClient = useQueryClient();
  const showRuleError = useShowRuleError();
  const [absent, setAbsent] = useState<SeatRow | undefined>();
  const mayMark = meeting.actions.includes('record_attendance');
  const present = useMutation({
    mutationFn: (input: RecordAttendanceInput) => recordAttendance(meeting.id, input),
    onSuccess: async (quorum: Quorum) => {
      queryClient.setQueryData<MeetingDetail>(meetingKeys.detail(meeting.id), (old) => (old ? { ...old, quorum } : old));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
      showRuleError(error, '未能登记出席');
    },
  });

  // Members before observers, each in the order of the leaders' posts (区长, 常务副区长, 副区长 …).
  const rank = new Map([...leaders.keys()].map((personId, index) => [personId, index]));
  const rankOf = (seat: Seat) => (seat.role === 'member' ? 0 : 1000) + (rank.get(seat.personId) ?? 500);
  const rows: SeatRow[] = meeting.attendance
    .map((seat) => {
      const leader = leaders.get(seat.personId);
      return { ...seat, postTitle: leader?.post.title ?? seat.post };
    })
    .sort((a, b) => rankOf(a) - rankOf(b));
  const approverName = (personId: string) => leaders.get(personId)?.name ?? '区长';

  const columns: TableColumnsType<SeatRow> = [
    { title: '姓名', dataIndex: 'name', width: 90, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: '职务', dataIndex: 'postTitle', width: 160, ellipsis: true, render: (post: string, row) => post || (row.role === 'observer' ? '固定列席人员' : '—') },
    {
      title: '身份',
      dataIndex: 'role',
      width: 84,
      render: (role: Seat['role']) => (role === 'member' ? <Tag color="red" variant="outlined">组成人员</Tag> : <Tag variant="outlined">列席</Tag>),
    },
    {
      title: '出席情况',
      dataIndex: 'status',
      width: 80,
      render: (status: Seat['status']) => (
        <Tag color={attendanceColors[status]} data-testid="seat-status">
          {attendanceLabels[status]}
        </Tag>
      ),
    },
    {
      title: '说明',
      key: 'note',
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.leaveReportId && (
            <Link to={`/leave/reports/${row.leaveReportId}`}>
              <Tag color="orange">请假外出</Tag>
            </Link>
          )}
          {row.status === 'absent' && row.absenceReason && !(row.leaveReportId && row.absenceReason === '请假外出') && <span>{row.absenceReason}</span>}
          {row.absenceApprovedByPersonId && <Tag color="gold">经区长{approverName(row.absenceApprovedByPersonId)}同意</Tag>}
        </Space>
      ),
    },
    ...(mayMark
      ? [
          {
            title: '登记',
            key: 'mark',
            width: 150,
            render: (_: unknown, row: SeatRow) => (
              <Space size={4}>
                <Button
                  size="small"
                  type={row.status === 'present' ? 'default' : 'primary'}
                  disabled={row.status === 'present'}
                  loading={present.isPending && present.variables?.personId === row.personId}
                  onClick={() => present.mutate({ personId: row.personId, status: 'present' })}
                >
                  出席
                </Button>
                <Button size="small" disabled={row.status === 'absent'} onClick={() => setAbsent(row)}>
                  请假
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const members = rows.filter((row) => row.role === 'member').length;
  return (
    <Card size="small" title="组成与出席" extra={<Typography.Text type="secondary">组成人员 {members} 人，列席 {rows.length - members} 人</Typography.Text>} data-testid="attendance">
      <QuorumPanel meeting={meeting} />
      <Table<SeatRow>
        className="zw-dense"
        size="small"
        rowKey="personId"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 700 }}
        onRow={(row) => ({ 'data-person-id': row.personId }) as HTMLAttributes<HTMLElement>}
      />
      {meeting.kind !== 'topical' && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          第五十五条：区政府领导同志不能出席全体会议、常务会议和区长办公会议，须向区长请假；列席人员请假，由区政府办公室汇总后向区长报告。
        </Typography.Paragraph>
      )}
      <AbsenceRequests meeting={meeting} />
      {absent && <AbsenceModal meeting={meeting} seat={absent} onClose={() => setAbsent(undefined)} />}
    </Card>
  );
}
