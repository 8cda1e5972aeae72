import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { LedgerFilter, SpotCheckPopulation, SpotCheckSummary } from '../../api/supervision';
import { drawSpotCheck, fetchSpotChecks, filterBodyOf, supervisionKeys } from '../../api/supervision';
import { formatDateTime } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { errorText } from '../../lib/show-api-error';
import { LedgerFilterBar } from './ledger-filter';
import { SupervisionHeader } from './supervision-header';
import { useIsOffice } from './use-is-office';
import { useSupervisionStep } from './use-supervision-step';

const populationLabels: Record<SpotCheckPopulation, string> = { open: '未办结任务', closed: '已办结或销号任务', all: '全部任务' };

type DrawForm = { title: string; population: SpotCheckPopulation; percent: number | null; seed: string };

/** 抽查: the population (open and/or closed tasks under a ledger filter), the percentage and, optionally, the seed. */
function DrawModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DrawForm>();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<LedgerFilter>({});
  const step = useSupervisionStep(
    supervisionKeys.spotChecks,
    (values: DrawForm) => drawSpotCheck({ title: values.title.trim(), population: values.population, filter: filterBodyOf(filter), percent: values.percent ?? null, seed: values.seed?.trim() || null }),
    (result) => `已抽取 ${result.sample.length} 项（共 ${result.populationSize} 项），随机种子 ${result.seed}`,
  );
  return (
    <Modal title="随机抽查" open width={1000} onCancel={onClose} onOk={() => form.submit()} okText="抽取" confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Text strong>台账筛选（可选，点击“查询”生效）</Typography.Text>
      <div style={{ margin: '8px 0 16px' }}>
        <LedgerFilterBar filter={filter} onChange={setFilter} />
      </div>
      <Form<DrawForm> form={form} layout="vertical" name="spot-check" initialValues={{ population: 'open', percent: null, seed: '' }} onFinish={(values) => step.mutate(values, { onSuccess: (result) => { onClose(); void navigate(`/supervision/spot-checks/${result.id}`); } })}>
        <Form.Item label="抽查名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写抽查名称' }]}>
          <Input maxLength={200} placeholder="如：2026年第二季度督办任务随机抽查" />
        </Form.Item>
        <Form.Item label="抽查范围" name="population">
          <Radio.Group optionType="button" buttonStyle="solid" options={(Object.keys(populationLabels) as SpotCheckPopulation[]).map((value) => ({ value, label: populationLabels[value] }))} />
        </Form.Item>
        <Form.Item label="抽查比例（%）" name="percent" extra="不填的，按规则参数的默认比例。">
          <InputNumber min={1} max={100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="随机种子" name="seed" extra="不填的，由系统随机生成并记录；同一种子可复现同一样本。">
          <Input maxLength={200} style={{ width: 320 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能抽取" />}
    </Modal>
  );
}

/** 随机抽查: draws of the ledger, each with its seed so the sample can be re-drawn and checked (art. 75). */
export default function SpotChecksPage() {
  const isOffice = useIsOffice();
  const [isDrawing, setIsDrawing] = useState(false);
  const list = useQuery({ queryKey: supervisionKeys.spotChecks, queryFn: ({ signal }) => fetchSpotChecks(signal) });
  useEffect(() => {
    document.title = '随机抽查 · 督查督办 · 政务';
  }, []);
  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          isOffice && (
            <Button type="primary" onClick={() => setIsDrawing(true)}>
              随机抽查
            </Button>
          )
        }
      />
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第七十五条：注重运用不打招呼、明察暗访、随机抽查等方法。样本按记录的随机种子抽取，可随时复核。
        </Typography.Paragraph>
        {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
        <Table<SpotCheckSummary>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          data-testid="spot-checks-table"
          locale={{ emptyText: '暂无抽查' }}
          columns={[
            { title: '抽查', dataIndex: 'title', render: (title: string, row) => <Link to={`/supervision/spot-checks/${row.id}`}>{title}</Link> },
            { title: '范围', dataIndex: 'populationLabel', width: 140 },
            { title: '比例', dataIndex: 'percent', width: 70, render: (percent: number) => `${percent}%` },
            { title: '抽取', key: 'size', width: 110, render: (_: unknown, row) => `${row.sampleSize} / ${row.populationSize}` },
            { title: '已检查', dataIndex: 'findingCount', width: 80 },
            { title: '随机种子', dataIndex: 'seed', width: 200, render: (seed: string) => <Typography.Text code>{seed}</Typography.Text> },
            { title: '抽取时间', dataIndex: 'drawnAt', width: 150, render: (at: string) => formatDateTime(at) },
          ]}
        />
      </Card>
      {isDrawing && <DrawModal onClose={() => setIsDrawing(false)} />}
    </>
  );
}
