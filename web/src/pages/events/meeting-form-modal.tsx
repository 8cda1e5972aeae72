import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { eventsKeys, fetchInviteeOptions, requestMeeting } from '../../api/events';
import type { DepartmentMeeting, MeetingChair, MeetingFormat, MeetingInvitee, RequestMeetingInput } from '../../api/events';
import { fetchLeaders, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { articleText } from './events-labels';
import { RuleRefusalAlert, ruleText } from '../../lib/rule-feedback';
import { useRuleNumber } from './use-rule-parameter';

type MeetingForm = {
  title: string;
  meetingDate?: Dayjs;
  format: MeetingFormat;
  chairedBy: MeetingChair;
  chairPersonId?: string;
  inviteePostIds: string[];
  detail: string;
};

const inviteeLabel = (invitee: MeetingInvitee) => `${invitee.unitName} ${invitee.postTitle}${invitee.holderName ? ` ${invitee.holderName}` : ''}`;

/**
 * 申请召开本系统全区性会议 (art. 58). Video is preselected; the 区长 cannot be chosen; town principals only at a
 * meeting a 副区长 chairs, with the 区长's approval recorded. The server decides; the form only explains.
 */
export function MeetingFormModal({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (meeting: DepartmentMeeting) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MeetingForm>();
  const perYear = useRuleNumber('events.departmentSystemMeetingsPerYear', 1);
  const meetingDate = Form.useWatch('meetingDate', form);
  const chairedBy = Form.useWatch('chairedBy', form) ?? 'department_head';
  const format = Form.useWatch('format', form) ?? 'video';
  const chosen = Form.useWatch('inviteePostIds', form);
  const asOf = meetingDate?.format(dateFormat) ?? today();
  const options = useQuery({ queryKey: eventsKeys.invitees(asOf), queryFn: ({ signal }) => fetchInviteeOptions(asOf, signal) });
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });
  const invitees = useMemo(() => options.data?.items ?? [], [options.data]);
  const chosenInvitees = invitees.filter((invitee) => (chosen ?? []).includes(invitee.postId));
  const hasDeputy = chosenInvitees.some((invitee) => invitee.kind === 'deputy');
  const hasPrincipal = chosenInvitees.some((invitee) => invitee.kind === 'town_principal');

  const selectOptions = useMemo(() => {
    const group = (kind: MeetingInvitee['kind'], label: string, disabledNote?: string) => ({
      label,
      options: invitees
        .filter((invitee) => invitee.kind === kind)
        .map((invitee) => ({ value: invitee.postId, label: `${inviteeLabel(invitee)}${disabledNote ? `（${disabledNote}）` : ''}`, disabled: disabledNote !== undefined })),
    });
    return [
      group('head', '区长', '一律不邀请区长出席'),
      group('deputy', '副区长（须按程序报批）'),
      group('town_deputy', '镇街分管负责人'),
      group('town_principal', '镇街主要负责人', chairedBy === 'department_head' ? '部门会议只开到分管负责人' : undefined),
    ];
  }, [invitees, chairedBy]);

  const mutation = useMutation({
    mutationFn: requestMeeting,
    onSuccess: async (meeting) => {
      await queryClient.invalidateQueries({ queryKey: eventsKeys.all });
      if (meeting.flags.length > 0) void message.warning(`已报批，并标注：${meeting.flags.map(ruleText).join('；')}`, 6);
      else void message.success('已报批');
      onCreated(meeting);
    },
  });

  const submit = (values: MeetingForm) => {
    if (!values.meetingDate) return;
    const input: RequestMeetingInput = {
      title: values.title.trim(),
      meetingDate: values.meetingDate.format(dateFormat),
      format: values.format,
      chairedBy: values.chairedBy,
      chairPersonId: values.chairedBy === 'deputy' ? (values.chairPersonId ?? null) : null,
      inviteePostIds: values.inviteePostIds,
      detail: values.detail.trim(),
    };
    mutation.mutate(input);
  };

  return (
    <Modal title="申请召开本系统全区性会议" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="报批" confirmLoading={mutation.isPending} destroyOnHidden width={760}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="第五十八条 会议审批" description={articleText[58]} />
      <Form<MeetingForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ title: '', format: 'video', chairedBy: 'department_head', inviteePostIds: [], detail: '' }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="会议名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 12 }}>
          <Form.Item label="会议日期" name="meetingDate" rules={[{ required: true, message: '请选择日期' }]} extra={`本部门每年原则上不超过${perYear}次（第五十八条）`}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) < today()} />
          </Form.Item>
          <Form.Item label="会议形式" name="format" extra="能采取电视会议形式的不集中开会（第五十八条）">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'video', label: '视频会议' },
                { value: 'in_person', label: '集中开会' },
              ]}
            />
          </Form.Item>
          <Form.Item label="主持人" name="chairedBy">
            <Radio.Group
              options={[
                { value: 'department_head', label: '部门主要负责人' },
                { value: 'deputy', label: '副区长' },
              ]}
            />
          </Form.Item>
          {chairedBy === 'deputy' && (
            <Form.Item label="主持会议的副区长" name="chairPersonId" rules={[{ required: true, message: '请选择副区长' }]}>
              <Select
                loading={leaders.isPending}
                options={(leaders.data?.items ?? [])
                  .filter((leader) => leader.post.kind === 'deputy' || leader.post.kind === 'executive_deputy')
                  .map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }))}
              />
            </Form.Item>
          )}
        </div>
        <Form.Item label="邀请对象" name="inviteePostIds" extra="区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加（第五十八条）">
          <Select mode="multiple" allowClear loading={options.isPending} placeholder="可不选：本系统内部会议" options={selectOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        {format === 'in_person' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="第五十八条：能采取电视会议形式的不集中开会；集中开会的将标注提请审批人注意" />}
        {hasDeputy && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="第五十八条：邀请副区长出席的，要严格按程序报批" />}
        {chairedBy === 'deputy' && hasPrincipal && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="第五十八条：副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准"
            description="报批后申请先送区长本人审批，区长批准后再由办公室审批会议。"
          />
        )}
        <Form.Item label="会议内容、规模" name="detail">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          能不开的坚决不开，可合并召开的坚决合并，能用文件、电话等形式解决问题的不召开会议（第五十八条）。
        </Typography.Paragraph>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能报批" />}
      </Form>
    </Modal>
  );
}
