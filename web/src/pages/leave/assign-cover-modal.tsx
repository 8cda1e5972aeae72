import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { assignCover, leaveKeys } from '../../api/leave';
import { fetchLeaders, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { reportingLeaderPosts } from './leave-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type AssignForm = { absentPersonId: string; coverPersonId: string; period: [Dayjs, Dayjs]; reason: string };

/**
 * 另行安排补位 (art. 63: 特殊情况时，由区长安排其他领导同志进行工作补位). Shown to leaders; the server lets only the
 * 区长 do it and refuses anyone else with the article, which the form shows as it is.
 */
export function AssignCoverModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AssignForm>();
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });
  const options = (leaders.data?.items ?? [])
    .filter((leader) => (reportingLeaderPosts as readonly string[]).includes(leader.post.kind))
    .map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }));

  const mutation = useMutation({
    mutationFn: (values: AssignForm) =>
      assignCover({
        absentPersonId: values.absentPersonId,
        coverPersonId: values.coverPersonId,
        validFrom: values.period[0].format(dateFormat),
        validTo: values.period[1].format(dateFormat),
        reason: values.reason.trim(),
      }),
    onSuccess: async () => {
      void message.success('补位安排已保存');
      await queryClient.invalidateQueries({ queryKey: leaveKeys.all });
      onClose();
    },
  });

  return (
    <Modal
      title="另行安排补位（第六十三条）"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存安排"
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第六十三条：互相补位的区政府领导一般不同时外出。特殊情况时，由区长安排其他领导同志进行工作补位。
      </Typography.Paragraph>
      <Form<AssignForm>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => mutation.mutate(values)}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="外出领导" name="absentPersonId" rules={[{ required: true, message: '请选择外出的领导' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={leaders.isPending} options={options} placeholder="选择区政府领导" />
        </Form.Item>
        <Form.Item
          label="补位领导"
          name="coverPersonId"
          dependencies={['absentPersonId']}
          rules={[
            { required: true, message: '请选择补位的领导' },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                value && value === getFieldValue('absentPersonId') ? Promise.reject(new Error('补位领导不能是本人')) : Promise.resolve(),
            }),
          ]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} loading={leaders.isPending} options={options} placeholder="选择区政府领导" />
        </Form.Item>
        <Form.Item label="补位期间" name="period" rules={[{ required: true, message: '请选择补位期间' }]}>
          <DatePicker.RangePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：互相补位的两位领导同时外出" />
        </Form.Item>
      </Form>
      {mutation.isError && (
        <div data-testid="assign-refusal">
          <RuleRefusalAlert error={mutation.error} title="未能安排" />
        </div>
      )}
    </Modal>
  );
}
