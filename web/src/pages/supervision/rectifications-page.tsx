import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RectificationInput, SupervisionTask } from '../../api/supervision';
import { fetchLedger, openRectification, supervisionKeys } from '../../api/supervision';
import { dateFormat } from '../../app/dates';
import { ListTable } from '../../lib/list-table';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useUnits } from '../meetings/use-org';
import { outsideSources, taskSourceLabels } from './supervision-labels';
import { SupervisionHeader } from './supervision-header';
import { taskColumns } from './task-columns';
import { useIsOffice } from './use-is-office';
import { useSupervisionStep } from './use-supervision-step';

type ListForm = { title: string; sourceType: RectificationInput['sourceType']; sourceRef: string; leadUnitId?: string; dueOn?: Dayjs; problems: { title: string; leadUnitId?: string; dueOn?: Dayjs }[] };

/** 新建整改清单: where the problems were found (审计, 检察建议 …), and each problem with its lead unit and due day (art. 77). */
function OpenListModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ListForm>();
  const units = useUnits();
  const navigate = useNavigate();
  const step = useSupervisionStep(
    ['supervision', 'new-rectification'],
    (values: ListForm) => {
      const input: RectificationInput = {
        title: values.title.trim(),
        sourceType: values.sourceType,
        sourceRef: values.sourceRef.trim() || null,
        leadUnitId: values.leadUnitId ?? '',
        dueOn: values.dueOn?.format(dateFormat) ?? '',
        coUnitIds: [],
        problems: values.problems.map((problem) => ({ title: problem.title.trim(), leadUnitId: problem.leadUnitId ?? values.leadUnitId ?? '', coUnitIds: [], weight: 1, dueOn: problem.dueOn?.format(dateFormat) ?? values.dueOn?.format(dateFormat) ?? '' })),
      };
      return openRectification(input);
    },
    () => '已建立整改清单',
  );
  return (
    <Modal title="新建整改清单" open width={820} onCancel={onClose} onOk={() => form.submit()} okText="建立" confirmLoading={step.isPending} destroyOnHidden>
      <Form<ListForm> form={form} layout="vertical" name="rectification" initialValues={{ sourceType: 'audit_finding', problems: [{ title: '' }] }} onFinish={(values) => step.mutate(values, { onSuccess: (result) => { onClose(); void navigate(`/supervision/rectifications/${result.id}`); } })}>
        <Form.Item label="清单名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写清单名称' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="来源" name="sourceType">
            <Select style={{ width: 180 }} options={outsideSources.map((value) => ({ value, label: taskSourceLabels[value] }))} />
          </Form.Item>
          <Form.Item label="来源文件" name="sourceRef" rules={[{ required: true, whitespace: true, message: '请填写来源报告名称或文号' }]}>
            <Input style={{ width: 260 }} maxLength={300} />
          </Form.Item>
          <Form.Item label="牵头单位" name="leadUnitId" rules={[{ required: true, message: '请选择牵头单位' }]}>
            <Select style={{ width: 200 }} showSearch={{ optionFilterProp: 'label' }} options={units.options} />
          </Form.Item>
          <Form.Item label="整改时限" name="dueOn" rules={[{ required: true, message: '请选择整改时限' }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Typography.Text strong>问题清单</Typography.Text>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, whitespace: true, message: '请填写问题' }]}>
                    <Input placeholder={`问题${index + 1}`} style={{ width: 320 }} maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'leadUnitId']}>
                    <Select placeholder="责任单位（默认牵头单位）" allowClear style={{ width: 200 }} showSearch={{ optionFilterProp: 'label' }} options={units.options} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']}>
                    <DatePicker placeholder="时限（默认清单时限）" />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="删除" />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '' })}>
                增加问题
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能建立" />}
    </Modal>
  );
}

/** 整改清单: problem lists from audits, recommendations and spot checks; each problem 挂账 until closed (art. 77). */
export default function RectificationsPage() {
  const isOffice = useIsOffice();
  const [isOpening, setIsOpening] = useState(false);
  const filter = { category: 'rectification' as const };
  const list = useInfiniteQuery({
    queryKey: supervisionKeys.ledger(filter, undefined),
    queryFn: ({ pageParam, signal }) => fetchLedger(filter, pageParam, 50, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = '整改清单 · 督查督办 · 政务';
  }, []);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  // A list opens on its problems (挂账 / 销号), not on the plain task page.
  const columns = taskColumns(['leader']).map((column) => (column.key === 'number' || column.key === 'title' ? { ...column, render: (value: string | null, task: SupervisionTask) => <Link to={`/supervision/rectifications/${task.id}`}>{value ?? '—'}</Link> } : column));
  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          isOffice && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsOpening(true)}>
              新建整改清单
            </Button>
          )
        }
      />
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第七十七条：对督查中发现的问题，要盯住不放、加强督办、列出清单、挂账整改……对整改落实情况要经常组织开展“回头看”。
        </Typography.Paragraph>
        <RectificationTable items={items} list={list} columns={columns} />
        {list.hasNextPage && (
          <div style={{ textAlign: 'right', marginTop: 12 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
      {isOpening && <OpenListModal onClose={() => setIsOpening(false)} />}
    </>
  );
}

function RectificationTable({ items, list, columns }: { items: SupervisionTask[]; list: { isError: boolean; error: unknown; isPending: boolean; isFetching: boolean; isFetchingNextPage: boolean }; columns: ReturnType<typeof taskColumns> }) {
  return (
    <ListTable<SupervisionTask>
      list={{ isError: list.isError, error: list.error, isPending: list.isPending, isFetching: list.isFetching && !list.isFetchingNextPage, data: { items } }}
      errorTitle="整改清单加载失败"
      emptyText="暂无整改清单"
      rowKey="id"
      columns={columns}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="rectifications-table"
    />
  );
}
