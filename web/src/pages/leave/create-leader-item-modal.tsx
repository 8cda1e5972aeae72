import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { createLeaderItem, leaderItemKinds, leaveKeys } from '../../api/leave';
import type { LeaderItemKind } from '../../api/leave';
import { fetchLeaders, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { workbenchQueryKey } from '../../api/workbench';
import { leaderItemKindLabels } from './leave-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type ItemForm = { kind: LeaderItemKind; title: string; detail: string; addresseePersonId: string; isUrgent: boolean; dueOn?: Dayjs | null };

/** The office logs something a leader must attend to; while the leader is away an urgent one goes to the cover (art. 62). */
export function CreateLeaderItemModal({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemForm>();
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });

  const mutation = useMutation({
    mutationFn: (values: ItemForm) =>
      createLeaderItem({
        kind: values.kind,
        title: values.title.trim(),
        detail: values.detail.trim(),
        addresseePersonId: values.addresseePersonId,
        isUrgent: values.isUrgent,
        dueOn: values.dueOn ? values.dueOn.format(dateFormat) : null,
      }),
    onSuccess: async (result) => {
      void message.success('事项已登记');
      await Promise.all([queryClient.invalidateQueries({ queryKey: leaveKeys.all }), queryClient.invalidateQueries({ queryKey: workbenchQueryKey })]);
      onCreated(result.id);
    },
  });

  return (
    <Modal title="登记领导事项" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="登记" confirmLoading={mutation.isPending} destroyOnHidden width={560}>
      <Form<ItemForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'meeting', title: '', detail: '', isUrgent: false, dueOn: null }}
        onFinish={(values) => mutation.mutate(values)}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item label="事项类别" name="kind" rules={[{ required: true, message: '请选择事项类别' }]}>
            <Select options={leaderItemKinds.map((kind) => ({ value: kind, label: leaderItemKindLabels[kind] }))} />
          </Form.Item>
          <Form.Item label="领导" name="addresseePersonId" rules={[{ required: true, message: '请选择领导' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={leaders.isPending}
              placeholder="选择区政府领导"
              options={(leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }))}
            />
          </Form.Item>
        </div>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="详细情况" name="detail">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item label="紧急事项" name="isUrgent" valuePropName="checked" extra="领导外出期间，紧急事项转补位领导办理（第六十二条）">
            <Switch aria-label="紧急事项" checkedChildren="急" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item label="办理期限" name="dueOn">
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
      {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能登记" />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        第六十三条：区政府领导外出期间，区政府办公室及相关部门要及时、主动地向工作补位的区政府领导请示汇报有关工作。
      </Typography.Paragraph>
    </Modal>
  );
}
