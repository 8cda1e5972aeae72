import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import { createCoverPair, orgKeys } from '../../api/org';
import type { CoverPairInput, Leader } from '../../api/org';
import { dateFormat } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type PairForm = { firstPersonId: string; secondPersonId: string; validFrom: Dayjs };

/** The arrangement the server names when it refuses a leader who already has a cover in the period. */
export function clashingPairId(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const id = error.problem.details?.coverPairId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * 新增补位安排 (art. 62): two leaders who cover each other from a day on, until the arrangement is ended. A leader
 * has one cover partner at a time; the server refuses an overlap and names the arrangement in the way.
 */
export function CoverPairModal({
  leaders,
  asOf,
  onClash,
  onClose,
}: {
  leaders: readonly Leader[];
  asOf: string;
  onClash: (pairId: string | undefined) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PairForm>();
  const first = Form.useWatch('firstPersonId', form);
  const second = Form.useWatch('secondPersonId', form);
  const options = leaders.map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }));
  const currentCovers = [first, second]
    .map((id) => leaders.find((leader) => leader.personId === id))
    .filter((leader): leader is Leader => leader !== undefined && leader.cover !== null);

  const mutation = useMutation({
    mutationFn: (input: CoverPairInput) => createCoverPair(input),
    onSuccess: async () => {
      void message.success('补位安排已新增');
      onClash(undefined);
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
    onError: (error) => onClash(clashingPairId(error)),
  });

  const submit = (values: PairForm) =>
    mutation.mutate({ firstPersonId: values.firstPersonId, secondPersonId: values.secondPersonId, validFrom: values.validFrom.format(dateFormat) });

  return (
    <Modal title="新增补位安排（第六十二条）" open onCancel={onClose} onOk={() => form.submit()} okText="新增" confirmLoading={mutation.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第六十二条：区政府领导出区（出访）、考察、学习、休假期间，由相对固定的其他区政府领导补位，代为处理分管有关工作。两位领导互相补位，自生效日期起持续至结束该安排。
      </Typography.Paragraph>
      <Form<PairForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ validFrom: dayjs(asOf, dateFormat) }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) {
            mutation.reset();
            onClash(undefined);
          }
        }}
      >
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="领导" name="firstPersonId" rules={[{ required: true, message: '请选择领导' }]} style={{ flex: 1 }}>
            <Select aria-label="领导" showSearch={{ optionFilterProp: 'label' }} options={options} placeholder="选择区政府领导" />
          </Form.Item>
          <Form.Item
            label="互相补位的领导"
            name="secondPersonId"
            dependencies={['firstPersonId']}
            style={{ flex: 1 }}
            rules={[
              { required: true, message: '请选择补位领导' },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  value && value === getFieldValue('firstPersonId') ? Promise.reject(new Error('补位领导不能是本人')) : Promise.resolve(),
              }),
            ]}
          >
            <Select aria-label="互相补位的领导" showSearch={{ optionFilterProp: 'label' }} options={options.filter((option) => option.value !== first)} placeholder="选择区政府领导" />
          </Form.Item>
        </div>
        <Form.Item label="生效日期" name="validFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker format={dateFormat} allowClear={false} style={{ width: 200 }} />
        </Form.Item>
      </Form>
      {currentCovers.length > 0 && (
        <Typography.Paragraph type="warning" style={{ fontSize: 12 }}>
          {currentCovers.map((leader) => `${leader.name}截至 ${asOf} 已与${leader.cover?.name ?? ''}互相补位`).join('；')}。一位领导同一时间只能有一位补位领导，请先结束原安排。
        </Typography.Paragraph>
      )}
      <RuleRefusalAlert error={mutation.error} title="未能新增补位安排" />
    </Modal>
  );
}
