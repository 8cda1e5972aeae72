import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { LedgerFilter, ResultInput, ResultKind, SupervisionResult } from '../../api/supervision';
import { downloadCircular, downloadCircularList, draftCircular, fetchResults, filterBodyOf, recordResult, supervisionKeys } from '../../api/supervision';
import { dateFormat, formatDate } from '../../app/dates';
import { saveBlob } from '../../lib/download';
import { RuleRefusalAlert, useShowRuleError } from '../../lib/rule-feedback';
import { useLeaders, useUnits } from '../meetings/use-org';
import { LedgerFilterBar } from './ledger-filter';
import { SupervisionHeader } from './supervision-header';
import { useIsOffice } from './use-is-office';
import { useSupervisionStep } from './use-supervision-step';

const kindLabels: Record<ResultKind, string> = { circular: '通报', admonitory_talk: '约谈', referral: '移交问责' };

/** 通报: generated from the ledger under a filter (counts and the overdue list), edited by the office, then recorded and numbered. */
function CircularModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; text: string }>();
  const showError = useShowRuleError();
  const [filter, setFilter] = useState<LedgerFilter>({ isOverdue: 'true' });
  const [isDrafting, setIsDrafting] = useState(false);
  const [draft, setDraft] = useState<{ taskIds: string[]; unitIds: string[] } | null>(null);
  const step = useSupervisionStep(supervisionKeys.results(undefined), (values: { title: string; text: string }) => recordResult({ kind: 'circular', title: values.title.trim(), text: values.text.trim(), filter: filterBodyOf(filter), taskIds: draft?.taskIds ?? null, unitIds: draft?.unitIds ?? null }), (result) => `已记录通报 ${result.number ?? ''}`);
  const generate = () => {
    setIsDrafting(true);
    draftCircular(filter)
      .then((drafted) => {
        form.setFieldsValue({ title: drafted.title, text: drafted.text });
        setDraft({ taskIds: drafted.taskIds, unitIds: drafted.unitIds });
      })
      .catch((error: unknown) => showError(error, '未能生成'))
      .finally(() => setIsDrafting(false));
  };
  return (
    <Modal title="督查通报" open width={960} onCancel={onClose} onOk={() => form.submit()} okText="记录通报" okButtonProps={{ disabled: !draft }} confirmLoading={step.isPending} destroyOnHidden>
      <Typography.Text strong>按台账生成</Typography.Text>
      <div style={{ margin: '8px 0' }}>
        <LedgerFilterBar filter={filter} onChange={setFilter} />
      </div>
      <Button onClick={generate} loading={isDrafting} data-testid="circular-generate">
        生成通报草稿
      </Button>
      <Form form={form} layout="vertical" name="circular" style={{ marginTop: 12 }} onFinish={(values: { title: string; text: string }) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请先生成或填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="正文" name="text" rules={[{ required: true, whitespace: true, message: '请先生成或填写正文' }]}>
          <Input.TextArea maxLength={50000} autoSize={{ minRows: 8, maxRows: 20 }} />
        </Form.Item>
      </Form>
      {draft && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          涉及任务 {draft.taskIds.length} 项、单位 {draft.unitIds.length} 个。
        </Typography.Text>
      )}
      {step.isError && <RuleRefusalAlert error={step.error} title="未能记录" />}
    </Modal>
  );
}

type TalkForm = { unitId: string; personName: string; leaderPersonId: string; heldOn: Dayjs; notes: string };
type ReferralForm = { referredTo: string; unitIds: string[]; reason: string; heldOn: Dayjs };

/** 约谈 and 移交问责: recorded against the unit (and its tasks) so the unit's record lists them (art. 79). */
function RecordModal({ kind, onClose }: { kind: 'admonitory_talk' | 'referral'; onClose: () => void }) {
  const units = useUnits();
  const leaders = useLeaders(undefined);
  const [form] = Form.useForm();
  const step = useSupervisionStep(supervisionKeys.results(undefined), (input: ResultInput) => recordResult(input), () => `已记录${kindLabels[kind]}`);
  const finish = (values: TalkForm | ReferralForm) => {
    const input: ResultInput =
      kind === 'admonitory_talk'
        ? { kind, unitId: (values as TalkForm).unitId, personName: (values as TalkForm).personName.trim(), leaderPersonId: (values as TalkForm).leaderPersonId, heldOn: values.heldOn.format(dateFormat), notes: (values as TalkForm).notes.trim() }
        : { kind, referredTo: (values as ReferralForm).referredTo.trim(), unitIds: (values as ReferralForm).unitIds, reason: (values as ReferralForm).reason.trim(), heldOn: values.heldOn.format(dateFormat) };
    step.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal title={kindLabels[kind]} open width={600} onCancel={onClose} onOk={() => form.submit()} okText="记录" confirmLoading={step.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" name={kind} initialValues={{ heldOn: dayjs() }} onFinish={finish}>
        {kind === 'admonitory_talk' ? (
          <>
            <Form.Item label="被约谈单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={units.options} />
            </Form.Item>
            <Form.Item label="被约谈人" name="personName" rules={[{ required: true, whitespace: true, message: '请填写被约谈人' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item label="约谈领导" name="leaderPersonId" rules={[{ required: true, message: '请选择约谈领导' }]}>
              <Select options={leaders.items.map((leader) => ({ value: leader.personId, label: leader.name }))} />
            </Form.Item>
            <Form.Item label="约谈日期" name="heldOn" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item label="约谈情况" name="notes" rules={[{ required: true, whitespace: true, message: '请填写约谈情况' }]}>
              <Input.TextArea maxLength={10000} autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label="移交机关" name="referredTo" rules={[{ required: true, whitespace: true, message: '请填写移交机关' }]}>
              <Input maxLength={100} placeholder="如：区纪委监委" />
            </Form.Item>
            <Form.Item label="被移交问责单位" name="unitIds" rules={[{ required: true, message: '请选择被移交问责的单位' }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={units.options} />
            </Form.Item>
            <Form.Item label="移交日期" name="heldOn" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item label="移交理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写移交理由' }]}>
              <Input.TextArea maxLength={10000} autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </>
        )}
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能记录" />}
    </Modal>
  );
}

/** 结果运用: circulars generated from the ledger, admonitory talks and referrals for accountability (art. 79). */
export default function ResultsPage() {
  const isOffice = useIsOffice();
  const { message } = App.useApp();
  const showError = useShowRuleError();
  const [kind, setKind] = useState<ResultKind | 'all'>('all');
  const [opened, setOpened] = useState<ResultKind | null>(null);
  const results = useQuery({ queryKey: supervisionKeys.results(kind === 'all' ? undefined : kind), queryFn: ({ signal }) => fetchResults(kind === 'all' ? undefined : kind, signal) });
  useEffect(() => {
    document.title = '结果运用 · 督查督办 · 政务';
  }, []);
  const download = (result: SupervisionResult, format: 'docx' | 'xlsx') => {
    (format === 'docx' ? downloadCircular(result.id) : downloadCircularList(result.id))
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName ?? `${result.number ?? '督查通报'}.${format}`);
        void message.success('已下载', 3);
      })
      .catch((error: unknown) => showError(error, '下载失败'));
  };
  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          isOffice && (
            <Space>
              <Button type="primary" onClick={() => setOpened('circular')}>
                生成通报
              </Button>
              <Button onClick={() => setOpened('admonitory_talk')}>记录约谈</Button>
              <Button onClick={() => setOpened('referral')}>移交问责</Button>
            </Space>
          )
        }
      />
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第七十九条：对问题突出的地方、部门、单位，运用通报、约谈等方式，推动问题整改到位。对需要问责或纪律处分的，移交相关部门依纪依规作出处理。
        </Typography.Paragraph>
        <Tabs
          size="small"
          activeKey={kind}
          onChange={(key) => setKind(key as ResultKind | 'all')}
          items={[{ key: 'all', label: '全部' }, ...(Object.keys(kindLabels) as ResultKind[]).map((key) => ({ key, label: kindLabels[key] }))]}
        />
        <Table<SupervisionResult>
          className="zw-dense"
          size="small"
          rowKey="id"
          loading={results.isPending}
          dataSource={results.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="results-table"
          locale={{ emptyText: '暂无记录' }}
          expandable={{ expandedRowRender: (result) => <div style={{ whiteSpace: 'pre-wrap' }}>{result.text}</div> }}
          columns={[
            { title: '类别', dataIndex: 'kindLabel', width: 90, render: (label: string, result) => <Tag color={result.kind === 'circular' ? 'blue' : result.kind === 'referral' ? 'red' : 'orange'}>{label}</Tag> },
            { title: '编号', dataIndex: 'number', width: 170, render: (number: string | null) => number ?? '—' },
            { title: '标题', dataIndex: 'title' },
            { title: '单位', dataIndex: 'units', width: 200, render: (units: SupervisionResult['units']) => units.map((unit) => unit.name).join('、') || '—' },
            {
              title: '任务',
              dataIndex: 'tasks',
              width: 200,
              render: (tasks: SupervisionResult['tasks']) =>
                tasks.length === 0 ? '—' : (
                  <Space size={[4, 0]} wrap>
                    {tasks.slice(0, 5).map((task) => (
                      <Link key={task.id} to={`/supervision/tasks/${task.id}`}>
                        {task.number ?? task.title}
                      </Link>
                    ))}
                    {tasks.length > 5 && <span>等{tasks.length}项</span>}
                  </Space>
                ),
            },
            { title: '日期', dataIndex: 'heldOn', width: 110, render: (day: string) => formatDate(day) },
            {
              title: '',
              key: 'docx',
              width: 170,
              render: (_: unknown, result) =>
                result.docxHref && (
                  <Space size={4}>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => download(result, 'docx')}>
                      .docx
                    </Button>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => download(result, 'xlsx')}>
                      .xlsx
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {opened === 'circular' && <CircularModal onClose={() => setOpened(null)} />}
      {(opened === 'admonitory_talk' || opened === 'referral') && <RecordModal kind={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
