import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { fetchUnits, orgKeys, setPortfolio } from '../../api/org';
import type { Leader, PortfolioInput, UnitKind } from '../../api/org';
import { dateFormat } from '../../app/dates';
import { unitKindLabels } from '../../lib/org-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type PortfolioForm = { validFrom: Dayjs; unitIds: string[]; areas: string[] };

/** Units a leader can be in charge of, in the order the picker groups them. */
const portfolioUnitKinds: UnitKind[] = ['office', 'department', 'town', 'subdistrict', 'development_zone'];

function dayBefore(date: Dayjs): string {
  return date.subtract(1, 'day').format(dateFormat);
}

/**
 * 调整分工 (art. 9): the leader's units in charge and areas from a day on. The server ends what was in force the
 * day before and keeps it as history; 一岗双责 follows from the post, so it is not edited here.
 */
export function PortfolioModal({ leader, asOf, areaSuggestions, onClose }: { leader: Leader; asOf: string; areaSuggestions: readonly string[]; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PortfolioForm>();
  const validFrom = Form.useWatch('validFrom', form);
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal) });

  const unitOptions = useMemo(() => {
    const items = units.data?.items ?? [];
    return portfolioUnitKinds
      .map((kind) => ({
        label: unitKindLabels[kind],
        title: unitKindLabels[kind],
        options: items
          .filter((unit) => unit.kind === kind)
          .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'))
          .map((unit) => ({ value: unit.id, label: unit.name })),
      }))
      .filter((group) => group.options.length > 0);
  }, [units.data]);
  const areaOptions = useMemo(() => [...new Set([...areaSuggestions, ...leader.portfolio.areas])].map((area) => ({ value: area, label: area })), [areaSuggestions, leader]);

  const mutation = useMutation({
    mutationFn: (input: PortfolioInput) => setPortfolio(leader.personId, input),
    onSuccess: async () => {
      void message.success('分工已调整');
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
  });

  const submit = (values: PortfolioForm) => {
    mutation.mutate({
      validFrom: values.validFrom.format(dateFormat),
      unitIds: values.unitIds,
      areas: [...new Set(values.areas.map((area) => area.trim()).filter(Boolean))],
    });
  };

  return (
    <Modal
      title={`调整分工 · ${leader.name}（${leader.post.title}）`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存分工"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={640}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={validFrom ? `自 ${validFrom.format(dateFormat)} 起按新分工；现行分工于 ${dayBefore(validFrom)} 结束` : '请选择新分工的生效日期'}
        description="原分工保留为历史记录，此前各项工作仍按当日的分工查询和办理（第九条：副区长按分工负责处理分管工作）。"
      />
      <Form<PortfolioForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ validFrom: dayjs(asOf, dateFormat), unitIds: leader.portfolio.units.map((unit) => unit.id), areas: leader.portfolio.areas }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <Form.Item label="生效日期" name="validFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker format={dateFormat} allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="分管单位" name="unitIds" extra="可输入名称检索；不分管单位的可不选">
          <Select
            mode="multiple"
            allowClear
            loading={units.isPending}
            options={unitOptions}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择工作部门、镇（街道）等"
            maxTagCount="responsive"
          />
        </Form.Item>
        <Form.Item
          label="分管领域"
          name="areas"
          extra="输入后按回车添加；可从其他领导已有的领域中选择"
          rules={[{ type: 'array', max: 50, message: '分管领域不能超过50项' }]}
        >
          <Select mode="tags" allowClear options={areaOptions} tokenSeparators={['，', ',', '、']} placeholder="如：教育、卫生健康" />
        </Form.Item>
      </Form>
      {leader.portfolio.dualDuty.duties.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          “一岗双责”（第九条）：对分管领域的{leader.portfolio.dualDuty.duties.join('、')}工作负责，领域随上面的分工而定，无需另行设置。
        </Typography.Paragraph>
      )}
      <RuleRefusalAlert error={mutation.error} title="分工未调整" />
    </Modal>
  );
}
