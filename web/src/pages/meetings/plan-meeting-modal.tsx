import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { meetingKeys, meetingKinds, planMeeting } from '../../api/meetings';
import type { MeetingKind } from '../../api/meetings';
import type { Leader } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { convenerHints, meetingKindLabels } from './meetings-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useLeaders, useUnits } from './use-org';

type PlanForm = {
  kind: MeetingKind;
  title: string;
  meetingDate?: Dayjs;
  startTime?: Dayjs | null;
  place: string;
  convenerPersonId?: string;
  chairPersonId?: string;
  attendeeUnitIds: string[];
};

const convenerKinds = ['head', 'executive_deputy', 'deputy'];
const chairKinds = ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director'];

const leaderOption = (leader: Leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` });

/**
 * 安排会议: kind, title, date, time, place, who convenes and who chairs (chosen from the leaders on the meeting date),
 * and for a topical meeting the units concerned. The form preselects what the rulebook says; the server decides.
 */
export function PlanMeetingModal({ isOpen, onClose, onPlanned }: { isOpen: boolean; onClose: () => void; onPlanned: (id: string) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanForm>();
  const kind = Form.useWatch('kind', form) ?? 'executive';
  const meetingDate = Form.useWatch('meetingDate', form);
  const convener = Form.useWatch('convenerPersonId', form);
  const chair = Form.useWatch('chairPersonId', form);
  const asOf = meetingDate?.format(dateFormat) ?? today();
  const leaders = useLeaders(asOf);
  const units = useUnits();
  const head = leaders.items.find((leader) => leader.post.kind === 'head');

  // Once the leaders of the day are known, the 区长 convenes and chairs unless someone was chosen already.
  useEffect(() => {
    if (head && kind !== 'topical' && !form.getFieldValue('convenerPersonId')) form.setFieldsValue({ convenerPersonId: head.personId, chairPersonId: head.personId });
  }, [head, kind, form]);

  const convenerOptions = useMemo(() => leaders.items.filter((leader) => convenerKinds.includes(leader.post.kind)).map(leaderOption), [leaders.items]);
  const chairOptions = useMemo(() => leaders.items.filter((leader) => chairKinds.includes(leader.post.kind)).map(leaderOption), [leaders.items]);
  const isDelegated = Boolean(convener && chair && convener !== chair);
  const convenerName = convener ? leaders.byPerson.get(convener)?.name : undefined;
  const chairName = chair ? leaders.byPerson.get(chair)?.name : undefined;

  const mutation = useMutation({
    mutationFn: planMeeting,
    onSuccess: async ({ id, flags }) => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      // What still waits on the 区长 (art. 49, 58) is said at once; the meeting page shows it too.
      void message.success(flags.length > 0 ? `会议已安排。${flags.map((f) => f.message).join('；')}` : '会议已安排', flags.length > 0 ? 8 : 3);
      onPlanned(id);
    },
  });

  const submit = (values: PlanForm) => {
    if (!values.meetingDate || !values.convenerPersonId || !values.chairPersonId) return;
    mutation.mutate({
      kind: values.kind,
      title: values.title.trim(),
      meetingDate: values.meetingDate.format(dateFormat),
      startTime: values.startTime ? values.startTime.format('HH:mm') : null,
      place: values.place.trim(),
      convenerPersonId: values.convenerPersonId,
      chairPersonId: values.chairPersonId,
      attendeeUnitIds: values.kind === 'topical' ? values.attendeeUnitIds : [],
    });
  };

  return (
    <Modal title="安排会议" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="安排" confirmLoading={mutation.isPending} destroyOnHidden width={720}>
      <Form<PlanForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'executive', title: '', place: '', attendeeUnitIds: [] }}
        onFinish={submit}
        onValuesChange={(changed: Partial<PlanForm>) => {
          if (mutation.isError) mutation.reset();
          // The rulebook's choice first: the 区长 for the plenary, executive and head's office meetings (art. 8).
          if (changed.kind && changed.kind !== 'topical' && head) form.setFieldsValue({ convenerPersonId: head.personId, chairPersonId: head.personId });
          if (changed.convenerPersonId) form.setFieldsValue({ chairPersonId: changed.convenerPersonId });
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', columnGap: 12 }}>
          <Form.Item label="会议类别" name="kind" rules={[{ required: true, message: '请选择会议类别' }]}>
            <Select options={meetingKinds.map((value) => ({ value, label: meetingKindLabels[value] }))} />
          </Form.Item>
          <Form.Item label="会议名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}>
            <Input maxLength={100} placeholder="如：区政府第5次常务会议" />
          </Form.Item>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr', columnGap: 12 }}>
          <Form.Item label="会议日期" name="meetingDate" rules={[{ required: true, message: '请选择会议日期' }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) < today()} />
          </Form.Item>
          <Form.Item label="开始时间" name="startTime">
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
            <Input maxLength={100} placeholder="如：区政府第一会议室" />
          </Form.Item>
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }}>
          {convenerHints[kind]}
        </Typography.Paragraph>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item label="召集人" name="convenerPersonId" rules={[{ required: true, message: '请选择召集人' }]}>
            <Select loading={leaders.isPending} options={convenerOptions} placeholder={meetingDate ? undefined : '按会议日期的领导班子'} />
          </Form.Item>
          <Form.Item label="主持人" name="chairPersonId" rules={[{ required: true, message: '请选择主持人' }]}>
            <Select loading={leaders.isPending} options={chairOptions} />
          </Form.Item>
        </div>
        {isDelegated && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={`受委托主持：${convenerName ?? ''}委托${chairName ?? ''}${kind === 'executive' ? '召集并主持（第四十九条）' : '主持（第五十一条）'}`}
            description={kind === 'topical' ? '第五十六条：受委托召开的专题会议，纪要须由委托的区长或副区长审定同意后印发。' : undefined}
          />
        )}
        {kind === 'topical' && (
          <Form.Item
            label="参加单位"
            name="attendeeUnitIds"
            rules={[{ type: 'array', min: 1, message: '专题会议须列明参加的有关部门、单位' }]}
            extra="第五十一条：有关部门、单位负责人出席"
          >
            <Select mode="multiple" allowClear loading={units.isPending} options={units.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
        {kind !== 'topical' && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            组成人员与列席人员按会议日期的组织机构自动确定；当日已报告外出的领导标为请假外出。
          </Typography.Paragraph>
        )}
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能安排会议" />}
      </Form>
    </Modal>
  );
}
