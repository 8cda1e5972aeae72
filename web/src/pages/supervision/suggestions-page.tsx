import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Radio, Select, Space, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Suggestion, SuggestionFilter, SuggestionKind, SuggestionRow, SuggestionStatus } from '../../api/supervision';
import { cleanFilter, fetchSuggestions, importSuggestions, registerSuggestions, supervisionKeys } from '../../api/supervision';
import { formatDate } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { suggestionKindLabels, suggestionStatusColors, suggestionStatusLabels } from './suggestion-labels';
import { SupervisionHeader } from './supervision-header';
import { useIsOffice } from './use-is-office';
import { useSupervisionStep } from './use-supervision-step';

/** Pasted rows, one a line, cells separated by tabs (as copied from Excel): 编号, 标题, 领衔人/提案人 (、), 内容摘要. */
export function parseRows(text: string): { rows: SuggestionRow[]; errors: string[] } {
  const rows: SuggestionRow[] = [];
  const errors: string[] = [];
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .forEach((line, index) => {
      const [code = '', title = '', proposers = '', summary = ''] = line.split('\t').map((cell) => cell.trim());
      if (!code || !title || !proposers) errors.push(`第${index + 1}行：编号、标题、领衔人须填写，各列以制表符分隔`);
      else rows.push({ code, title, proposers: proposers.split(/[、,，]/).map((name) => name.trim()).filter(Boolean), summary: summary || null });
    });
  return { rows, errors };
}

type BatchForm = { kind: SuggestionKind; session: string; mode: 'paste' | 'file'; text: string };

/** 批量登记: the 人大/政协 list pasted from Excel or uploaded as .xlsx; all rows or none (art. 40). */
function BatchModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<BatchForm>();
  const [file, setFile] = useState<File | null>(null);
  const [parseErrors, setParseErrors] = useState<string[]>([]);
  const mode = Form.useWatch('mode', form) ?? 'paste';
  const step = useSupervisionStep(
    ['supervision', 'suggestions'],
    async (values: BatchForm) => {
      if (values.mode === 'file') {
        if (!file) throw new Error('请选择Excel文件');
        return importSuggestions(values.kind, values.session.trim(), file);
      }
      const { rows, errors } = parseRows(values.text ?? '');
      setParseErrors(errors);
      if (errors.length > 0) throw new Error('粘贴的内容有误，请按提示修改');
      return registerSuggestions({ kind: values.kind, session: values.session.trim(), items: rows });
    },
    () => '已登记',
  );
  return (
    <Modal title="批量登记建议提案" open width={720} onCancel={onClose} onOk={() => form.submit()} okText="登记" confirmLoading={step.isPending} destroyOnHidden>
      <Form<BatchForm> form={form} layout="vertical" name="suggestion-batch" initialValues={{ kind: 'deputy', mode: 'paste', text: '', session: '' }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Space wrap>
          <Form.Item label="类别" name="kind">
            <Radio.Group optionType="button" buttonStyle="solid" options={(['deputy', 'cppcc'] as const).map((value) => ({ value, label: suggestionKindLabels[value] }))} />
          </Form.Item>
          <Form.Item label="届次" name="session" rules={[{ required: true, whitespace: true, message: '请填写届次，如：区十九届人大三次会议' }]}>
            <Input style={{ width: 280 }} placeholder="区十九届人大三次会议" maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item name="mode">
          <Radio.Group
            options={[
              { value: 'paste', label: '从Excel粘贴' },
              { value: 'file', label: '上传.xlsx' },
            ]}
          />
        </Form.Item>
        {mode === 'paste' ? (
          <Form.Item label="编号 ⇥ 标题 ⇥ 领衔人/提案人（、分隔） ⇥ 内容摘要，每行一件" name="text" rules={[{ required: true, whitespace: true, message: '请粘贴建议提案清单' }]}>
            <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        ) : (
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(picked) => {
              setFile(picked);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>选择文件（列：编号、标题、领衔人/提案人、内容摘要）</Button>
          </Upload>
        )}
      </Form>
      {parseErrors.length > 0 && <Alert type="error" showIcon style={{ marginTop: 8 }} title="粘贴的内容有误" description={<ul style={{ margin: 0 }}>{parseErrors.map((error) => <li key={error}>{error}</li>)}</ul>} />}
      {step.isError && parseErrors.length === 0 && <RuleRefusalAlert error={step.error} title="未能登记" />}
    </Modal>
  );
}

/** 建议提案: deputies' suggestions and CPPCC proposals — assigned, answered within the time limit, satisfaction recorded (art. 40). */
export default function SuggestionsPage() {
  const isOffice = useIsOffice();
  const [filter, setFilter] = useState<SuggestionFilter>({});
  const [isBatch, setIsBatch] = useState(false);
  const list = useInfiniteQuery({
    queryKey: supervisionKeys.suggestions(filter, undefined),
    queryFn: ({ pageParam, signal }) => fetchSuggestions(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = '建议提案 · 督查督办 · 政务';
  }, []);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableColumnsType<Suggestion> = [
    { title: '类别', dataIndex: 'kindLabel', width: 110 },
    { title: '编号', dataIndex: 'code', width: 90 },
    { title: '标题', dataIndex: 'title', render: (title: string, row) => <Link to={`/supervision/suggestions/${row.id}`}>{title}</Link> },
    { title: '领衔人/提案人', dataIndex: 'proposers', width: 140, render: (names: string[]) => names.join('、') },
    { title: '承办单位', dataIndex: 'leadUnitId', width: 150, render: (_: string | null, row) => row.leadUnitName ?? '—' },
    {
      title: '答复期限',
      key: 'due',
      width: 160,
      render: (_: unknown, row) =>
        row.task?.dueOn ? (
          <Space size={4}>
            <Typography.Text type={row.task.isOverdue ? 'danger' : undefined}>{formatDate(row.task.dueOn)}</Typography.Text>
            {row.task.isOverdue && <Tag color="red">逾期</Tag>}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '状态', dataIndex: 'status', width: 110, render: (status: SuggestionStatus, row) => <Tag color={suggestionStatusColors[status]}>{row.statusLabel}</Tag> },
  ];
  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          isOffice && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsBatch(true)}>
              批量登记
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form<SuggestionFilter> layout="inline" onFinish={(values) => setFilter(cleanFilter(values))} style={{ rowGap: 8 }} data-testid="suggestion-filter">
          <Form.Item name="kind" label="类别">
            <Select allowClear placeholder="全部" style={{ width: 140 }} options={(['deputy', 'cppcc'] as const).map((value) => ({ value, label: suggestionKindLabels[value] }))} />
          </Form.Item>
          <Form.Item name="session" label="届次">
            <Input allowClear style={{ width: 200 }} maxLength={100} />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" style={{ width: 130 }} options={(Object.keys(suggestionStatusLabels) as SuggestionStatus[]).map((value) => ({ value, label: suggestionStatusLabels[value] }))} />
          </Form.Item>
          <Form.Item name="isOverdue" label="逾期">
            <Select
              allowClear
              placeholder="全部"
              style={{ width: 100 }}
              options={[
                { value: 'true', label: '逾期' },
                { value: 'false', label: '未逾期' },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第四十条：区政府各部门要依法认真办理人大代表建议和政协提案，加强与代表委员沟通，严格责任，限时办结，主动公开办理结果。办理期限按规则库参数：自交办之日起3个月，经批准延期最长6个月（依据待核实）。
        </Typography.Paragraph>
        <ListTable<Suggestion>
          list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
          errorTitle="建议提案加载失败"
          emptyText="暂无建议提案"
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="suggestions-table"
        />
        {list.hasNextPage && (
          <div style={{ textAlign: 'right', marginTop: 12 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
      {isBatch && <BatchModal onClose={() => setIsBatch(false)} />}
    </>
  );
}
