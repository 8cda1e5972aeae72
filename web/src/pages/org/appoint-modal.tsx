import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { appointPerson, fetchPeople, orgKeys } from '../../api/org';
import type { AppointInput, Post } from '../../api/org';
import { dateFormat } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type PersonSource = 'existing' | 'new';

type AppointForm = { source: PersonSource; personId?: string; personName?: string; validFrom: Dayjs; validTo?: Dayjs | null };

/**
 * 任职: puts an existing person (from the directory) or a new one (by name) in a post from a date. A tenure
 * never ends another one by itself: a successor's predecessor is 免职 separately, so the record says both.
 */
export function AppointModal({ unitName, post, asOf, onClose }: { unitName: string; post: Post; asOf: string; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AppointForm>();
  const source = Form.useWatch('source', form) ?? 'existing';
  const people = useQuery({ queryKey: orgKeys.people, queryFn: ({ signal }) => fetchPeople(signal) });
  const currentHolders = post.holders.filter((holder) => holder.from <= asOf && (holder.to === null || holder.to >= asOf));

  const options = useMemo(() => {
    const items = people.data?.items ?? [];
    const counts = new Map<string, number>();
    for (const person of items) counts.set(person.name, (counts.get(person.name) ?? 0) + 1);
    return items.map((person) => {
      // Same-name people are told apart by their masked mobile number where one is on file.
      const isAmbiguous = (counts.get(person.name) ?? 0) > 1;
      const hint = person.mobileMasked ?? (isAmbiguous ? '未登记手机' : undefined);
      return { value: person.id, label: hint ? `${person.name}（${hint}）` : person.name };
    });
  }, [people.data]);

  const mutation = useMutation({
    mutationFn: (input: AppointInput) => appointPerson(input),
    onSuccess: async () => {
      void message.success('任职已登记');
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
  });

  const submit = (values: AppointForm) => {
    const period = { postId: post.id, validFrom: values.validFrom.format(dateFormat), validTo: values.validTo ? values.validTo.format(dateFormat) : null };
    if (values.source === 'existing' && values.personId) mutation.mutate({ ...period, personId: values.personId });
    if (values.source === 'new' && values.personName) mutation.mutate({ ...period, personName: values.personName.trim() });
  };

  return (
    <Modal
      title={`任职 · ${unitName} ${post.title}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记任职"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={520}
    >
      {currentHolders.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`现任：${currentHolders.map((holder) => holder.name).join('、')}`}
          description="任职不会自动免去现任人员；如为接任，请另对原任职人员办理免职。"
        />
      )}
      <Form<AppointForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ source: 'existing', validFrom: dayjs(asOf, dateFormat) }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item name="source" label="任职人员">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'existing', label: '选择已有人员' },
              { value: 'new', label: '登记新人员' },
            ]}
          />
        </Form.Item>
        {source === 'existing' ? (
          <Form.Item name="personId" rules={[{ required: true, message: '请选择人员' }]} extra="可输入姓名检索；同名人员以脱敏手机号码区分">
            <Select
              aria-label="选择人员"
              showSearch={{ optionFilterProp: 'label' }}
              loading={people.isPending}
              options={options}
              placeholder="输入姓名检索"
              notFoundContent={people.isPending ? '加载中…' : '没有匹配的人员，可改为“登记新人员”'}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="personName"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { max: 100, message: '姓名不能超过100字' },
            ]}
            extra="将在人员名录中新增此人；联系方式可在任职后补充"
          >
            <Input aria-label="新人员姓名" placeholder="姓名" maxLength={100} />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="任职日期" name="validFrom" rules={[{ required: true, message: '请选择任职日期' }]} style={{ flex: 1 }}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="任职截止日期"
            name="validTo"
            dependencies={['validFrom']}
            style={{ flex: 1 }}
            extra="可不填：任职持续至免职"
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error('截止日期不能早于任职日期')) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={dateFormat} style={{ width: '100%' }} allowClear />
          </Form.Item>
        </div>
      </Form>
      <RuleRefusalAlert error={mutation.error} title="任职未登记" />
      {people.isError && <Typography.Text type="danger">人员名录加载失败，可改为登记新人员</Typography.Text>}
    </Modal>
  );
}
