import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { eventsKeys, submitInvitation } from '../../api/events';
import type { Invitation, InvitationKind, SubmitInvitationInput } from '../../api/events';
import { fetchLeaders, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { approvalActivityKinds, approvalTextKinds, articleText, calendarDaysBetween, invitationKindLabels } from './events-labels';
import { RuleRefusalAlert, ruleText } from '../../lib/rule-feedback';
import { useRuleNumber } from './use-rule-parameter';

type InvitationForm = {
  title: string;
  kind: InvitationKind;
  activityDate?: Dayjs;
  startTime?: Dayjs | null;
  place: string;
  invitedPersonId?: string;
  /** The 请柬's addressee (抬头): `office`, or the id of the person it names. */
  addressee: string;
  isFullAccompaniment: boolean;
  detail: string;
};

const kindOptions = [
  { label: '一般', options: [{ value: 'work_activity', label: invitationKindLabels.work_activity }] },
  { label: '第九十一条所列活动（须经区委、区政府批准）', options: approvalActivityKinds.map((kind) => ({ value: kind, label: invitationKindLabels[kind] })) },
  { label: '第九十一条所列请求（须经区委、区政府批准）', options: approvalTextKinds.map((kind) => ({ value: kind, label: invitationKindLabels[kind] })) },
  { label: '第九十二条', options: (['city_leader_visit', 'peer_visit', 'reception'] as const).map((kind) => ({ value: kind, label: invitationKindLabels[kind] })) },
];

/** 报送邀请 (art. 90): to the office, the rulebook's number of days ahead; art. 91 kinds wait for approval. */
export function InvitationFormModal({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (invitation: Invitation) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InvitationForm>();
  const leadDays = useRuleNumber('events.invitationLeadDays', 3);
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });

  const kind = Form.useWatch('kind', form) ?? 'work_activity';
  const activityDate = Form.useWatch('activityDate', form);
  const addressee = Form.useWatch('addressee', form) ?? 'office';
  const isFullAccompaniment = Form.useWatch('isFullAccompaniment', form) ?? false;
  const isVisit = kind === 'city_leader_visit' || kind === 'peer_visit' || kind === 'reception';
  // Whether the card names a government leader is read from the org data, as the server's rule reads it.
  const isAddressedToLeader = addressee !== 'office' && (leaders.data?.items ?? []).some((leader) => leader.personId === addressee);
  const needsApproval = approvalActivityKinds.includes(kind) || approvalTextKinds.includes(kind);
  const isTextRequest = approvalTextKinds.includes(kind);
  const daysAhead = activityDate ? calendarDaysBetween(asOf, activityDate.format(dateFormat)) : undefined;
  const isLate = daysAhead !== undefined && daysAhead < leadDays;

  const mutation = useMutation({
    mutationFn: submitInvitation,
    onSuccess: async (invitation) => {
      await queryClient.invalidateQueries({ queryKey: eventsKeys.all });
      if (invitation.flags.length > 0) void message.warning(`已报送，并标注：${invitation.flags.map(ruleText).join('；')}`, 6);
      else void message.success(invitation.status === 'awaiting_approval' ? '已报送区政府办公室，待区委、区政府批准' : '已报送区政府办公室');
      onCreated(invitation);
    },
  });

  const submit = (values: InvitationForm) => {
    if (!values.activityDate || !values.invitedPersonId) return;
    const input: SubmitInvitationInput = {
      title: values.title.trim(),
      kind: values.kind,
      activityDate: values.activityDate.format(dateFormat),
      startTime: values.startTime ? values.startTime.format('HH:mm') : null,
      place: values.place.trim(),
      detail: values.detail.trim(),
      invitedPersonId: values.invitedPersonId,
      addresseePersonId: values.addressee === 'office' ? null : values.addressee,
      isFullAccompaniment: values.kind === 'peer_visit' && values.isFullAccompaniment,
    };
    mutation.mutate(input);
  };

  return (
    <Modal title="报送邀请" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="报送" confirmLoading={mutation.isPending} destroyOnHidden width={720}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="第九十条" description={articleText[90]} />
      <Form<InvitationForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'work_activity', addressee: 'office', isFullAccompaniment: false, title: '', place: '', detail: '' }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="活动名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: 12 }}>
          <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item label="邀请的区政府领导" name="invitedPersonId" rules={[{ required: true, message: '请选择领导' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={leaders.isPending}
              placeholder="选择区政府领导"
              options={(leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }))}
            />
          </Form.Item>
          <Form.Item label="活动日期" name="activityDate" rules={[{ required: true, message: '请选择日期' }]} extra={`应提前${leadDays}天报送，报送当日不计入（第九十条）`}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="开始时间" name="startTime">
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {!isTextRequest && (
          <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写活动地点' }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item label="活动内容、联系人" name="detail">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item label="请柬抬头" name="addressee" extra="按请柬上写明的收件人选择；请柬一律报区政府办公室，由办公室统一安排（第九十条）">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: 'office', label: '区政府办公室' },
              ...(leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.post.title}${leader.name}（个人）` })),
            ]}
          />
        </Form.Item>
        {kind === 'peer_visit' && (
          <Form.Item label="陪同方式" name="isFullAccompaniment" extra="第九十二条：由对口部门负责陪同接待，区政府领导同志原则上不全程陪同；确需全程陪同的，须经区长批准">
            <Radio.Group
              options={[
                { value: false, label: '不全程陪同' },
                { value: true, label: '请领导全程陪同（报区长批准）' },
              ]}
            />
          </Form.Item>
        )}
        {kind === 'peer_visit' && isFullAccompaniment && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="第九十二条：请领导全程陪同的，须经区长批准后办公室方可安排" />}
        {isAddressedToLeader && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title="第九十条：各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬" />
        )}
        {isLate && (
          <Alert
            type={isVisit ? 'warning' : 'error'}
            showIcon
            style={{ marginBottom: 12 }}
            title={daysAhead !== undefined && daysAhead < 0 ? '活动日期已过' : daysAhead === 0 ? '活动当日才报送' : `距活动仅${daysAhead ?? 0}天，不足${leadDays}天`}
            description={isVisit ? '来访视察调研的日期由来访方确定，按第九十二条办理，报送后将标注提请办公室注意。' : `邀请区政府领导同志参加的重要活动，应提前${leadDays}天报区政府办公室（第九十条）。`}
          />
        )}
        {needsApproval && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="第九十一条：须经区委、区政府批准后，办公室方可安排" description={articleText[91]} />}
        {isVisit && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            第九十二条：{articleText[92]}
          </Typography.Paragraph>
        )}
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能报送" />}
      </Form>
    </Modal>
  );
}
