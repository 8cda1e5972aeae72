import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, InputNumber, List, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { fetchPlans, savePlan, type SupervisionPlan } from '../../api/supervision';
import { formatDateTime } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { errorText } from '../../lib/show-api-error';
import { SupervisionHeader } from './supervision-header';
import { useIsOffice } from './use-is-office';

type PlanForm = { year: number; title: string; text: string };

/** 制定或修改 a year's plan: a revision carries the version read, so a concurrent revision answers 409. */
function PlanModal({ plan, onClose }: { plan: SupervisionPlan | null; onClose: () => void }) {
  const [form] = Form.useForm<PlanForm>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (values: PlanForm) => savePlan({ year: values.year, title: values.title.trim(), text: values.text.trim(), version: plan?.version ?? null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['supervision', 'plans'] });
      void message.success('已保存', 3);
      onClose();
    },
  });
  return (
    <Modal title={plan ? `修改${plan.year}年督查工作计划` : '制定年度督查工作计划'} open width={720} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={save.isPending} destroyOnHidden>
      <Form<PlanForm> form={form} layout="vertical" name="supervision-plan" initialValues={plan ?? { year: dayjs().year(), title: `${dayjs().year()}年区政府督查工作计划`, text: '' }} onFinish={(values) => save.mutate(values)}>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} disabled={plan !== null} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="计划名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="计划内容" name="text" rules={[{ required: true, whitespace: true, message: '请填写计划内容' }]}>
          <Input.TextArea maxLength={20000} autoSize={{ minRows: 8, maxRows: 20 }} />
        </Form.Item>
      </Form>
      {save.isError && <RuleRefusalAlert error={save.error} title="未能保存" />}
    </Modal>
  );
}

/**
 * 年度计划: the office's annual supervision plan (art. 76 "区政府办公室要制定督查工作年度计划"), one per year;
 * the plan's tasks are registered in the ledger with source 年度督查计划 and one of the article's eight focus areas.
 */
export default function PlansPage() {
  const isOffice = useIsOffice();
  const [editing, setEditing] = useState<SupervisionPlan | null | 'new'>(null);
  const plans = useQuery({ queryKey: ['supervision', 'plans'], queryFn: ({ signal }) => fetchPlans(signal) });
  useEffect(() => {
    document.title = '年度计划 · 督查督办 · 政务';
  }, []);
  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          isOffice && (
            <Button type="primary" onClick={() => setEditing('new')}>
              制定年度计划
            </Button>
          )
        }
      />
      <Card size="small" title="督查工作年度计划（第七十六条）">
        {plans.isError ? (
          <Typography.Text type="danger">{errorText(plans.error)}</Typography.Text>
        ) : (
          <List<SupervisionPlan>
            loading={plans.isPending}
            dataSource={plans.data ?? []}
            locale={{ emptyText: <Empty description="尚未制定年度计划" /> }}
            renderItem={(plan) => (
              <List.Item data-testid="supervision-plan" actions={isOffice ? [<Button key="edit" size="small" onClick={() => setEditing(plan)}>修改</Button>] : []}>
                <List.Item.Meta title={`${plan.year}年 · ${plan.title}`} description={`第${plan.version}稿，${formatDateTime(plan.updatedAt)}更新`} />
                <div style={{ whiteSpace: 'pre-wrap', width: '100%' }}>{plan.text}</div>
              </List.Item>
            )}
          />
        )}
      </Card>
      {editing !== null && <PlanModal plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
