import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SpotCheck } from '../../api/supervision';
import { fetchSpotCheck, recordFinding, supervisionKeys } from '../../api/supervision';
import { dateFormat, formatDateTime } from '../../app/dates';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { SupervisionHeader } from './supervision-header';
import { useIsOffice } from './use-is-office';
import { useSupervisionStep } from './use-supervision-step';

type Sampled = SpotCheck['sample'][number];
type FindingForm = { text: string; isProblem: boolean; dueOn?: Dayjs };

/** 检查情况 of one sampled task; a problem may open a rectification task at once. */
function FindingModal({ check, task, onClose }: { check: SpotCheck; task: Sampled; onClose: () => void }) {
  const [form] = Form.useForm<FindingForm>();
  const isProblem = Form.useWatch('isProblem', form) ?? false;
  const step = useSupervisionStep(
    supervisionKeys.spotCheck(check.id),
    (values: FindingForm) => recordFinding(check.id, { version: check.version, taskId: task.taskId, text: values.text.trim(), isProblem: values.isProblem, rectification: values.isProblem && values.dueOn ? { dueOn: values.dueOn.format(dateFormat) } : null }),
    (result) => (result.rectification ? `已记录，整改任务 ${result.rectification.number}` : '已记录检查情况'),
  );
  return (
    <Modal title={`检查情况 · ${task.number ?? task.title}`} open onCancel={onClose} onOk={() => form.submit()} okText="记录" confirmLoading={step.isPending} destroyOnHidden>
      <Form<FindingForm> form={form} layout="vertical" name="finding" initialValues={{ text: '', isProblem: false }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="检查情况" name="text" rules={[{ required: true, whitespace: true, message: '请填写检查情况' }]}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="isProblem" valuePropName="checked">
          <Checkbox>发现问题</Checkbox>
        </Form.Item>
        {isProblem && (
          <Form.Item label="整改时限（填写即立整改任务）" name="dueOn">
            <DatePicker />
          </Form.Item>
        )}
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能记录" />}
    </Modal>
  );
}

function SpotCheckView({ check }: { check: SpotCheck }) {
  const isOffice = useIsOffice();
  const [recording, setRecording] = useState<Sampled | null>(null);
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }} title={check.title}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'population', label: '抽查范围', children: `${check.populationLabel}（共 ${check.populationSize} 项）` },
            { key: 'percent', label: '比例', children: `${check.percent}%，抽取 ${check.sampleSize} 项` },
            {
              key: 'seed',
              label: '随机种子',
              children: (
                <Typography.Text code copyable data-testid="spot-check-seed">
                  {check.seed}
                </Typography.Text>
              ),
            },
            { key: 'drawn', label: '抽取时间', children: formatDateTime(check.drawnAt) },
          ]}
        />
        <Alert
          style={{ marginTop: 12 }}
          type={check.verify.isReproduced ? 'success' : 'error'}
          showIcon
          data-testid="spot-check-verified"
          data-reproduced={check.verify.isReproduced}
          title={check.verify.isReproduced ? '复核一致：按记录的范围和随机种子重新抽取，样本相同' : '复核不一致'}
          description={check.verify.explanation}
        />
      </Card>
      <Card size="small" title={`样本（${check.sample.length}）`}>
        <Table<Sampled>
          className="zw-dense"
          size="small"
          rowKey="taskId"
          dataSource={check.sample}
          pagination={false}
          data-testid="spot-check-sample"
          columns={[
            { title: '编号', dataIndex: 'number', width: 130, render: (number: string | null, row) => <Link to={`/supervision/tasks/${row.taskId}`}>{number ?? '—'}</Link> },
            { title: '任务', dataIndex: 'title' },
            { title: '牵头单位', dataIndex: 'leadUnitName', width: 150 },
            { title: '状态', dataIndex: 'statusLabel', width: 100 },
            {
              title: '检查情况',
              dataIndex: 'finding',
              width: 300,
              render: (finding: Sampled['finding'], row) =>
                finding ? (
                  <div data-testid="spot-check-finding">
                    {finding.isProblem && <Tag color="red">发现问题</Tag>}
                    {finding.text}
                    {finding.rectificationTaskId && (
                      <div>
                        整改任务 <Link to={`/supervision/tasks/${finding.rectificationTaskId}`}>{finding.rectificationNumber}</Link>
                      </div>
                    )}
                  </div>
                ) : isOffice ? (
                  <Button size="small" onClick={() => setRecording(row)}>
                    记录检查情况
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      {recording && <FindingModal check={check} task={recording} onClose={() => setRecording(null)} />}
    </>
  );
}

/** 随机抽查: one draw — its population, seed, the re-draw check and the findings per sampled task (art. 75). */
export default function SpotCheckPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: supervisionKeys.spotCheck(id), queryFn: ({ signal }) => fetchSpotCheck(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.title} · 政务` : '随机抽查 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<SupervisionHeader title="随机抽查" extra={<BackButton to="/supervision/spot-checks" text="随机抽查" />} />} what="抽查" list={{ to: '/supervision/spot-checks', text: '返回随机抽查' }}>
      {(check) => <SpotCheckView check={check} />}
    </CaseDetail>
  );
}
