import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { LedgerFilter, TaskSource, TaskStatus } from '../../api/supervision';
import { cleanFilter } from '../../api/supervision';
import { dateFormat } from '../../app/dates';
import { useLeaders, useUnits } from '../meetings/use-org';
import { taskSourceLabels, taskSources, taskStatusLabels, taskStatuses } from './supervision-labels';

type FilterForm = {
  sourceType?: TaskSource;
  leadUnitId?: string;
  leaderPersonId?: string;
  status?: TaskStatus;
  isOverdue?: 'true' | 'false';
  due?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
};

function toForm(filter: LedgerFilter): FilterForm {
  return {
    sourceType: filter.sourceType,
    leadUnitId: filter.leadUnitId,
    leaderPersonId: filter.leaderPersonId,
    status: filter.status,
    isOverdue: filter.isOverdue,
    due: filter.dueFrom || filter.dueTo ? [filter.dueFrom ? dayjs(filter.dueFrom) : null, filter.dueTo ? dayjs(filter.dueTo) : null] : null,
    q: filter.q,
  };
}

function fromForm(values: FilterForm, base: LedgerFilter): LedgerFilter {
  return cleanFilter({
    ...base,
    sourceType: values.sourceType,
    leadUnitId: values.leadUnitId,
    leaderPersonId: values.leaderPersonId,
    status: values.status,
    isOverdue: values.isOverdue,
    dueFrom: values.due?.[0]?.format(dateFormat),
    dueTo: values.due?.[1]?.format(dateFormat),
    q: values.q?.trim() || undefined,
  });
}

/** Reads a ledger filter from the address (so a filtered ledger can be bookmarked and the dashboard opened on it). */
export function filterFromSearch(params: URLSearchParams): LedgerFilter {
  const get = (key: string) => params.get(key) ?? undefined;
  const bool = (key: string) => (params.get(key) === 'true' ? 'true' : params.get(key) === 'false' ? 'false' : undefined);
  return cleanFilter({
    sourceType: get('sourceType') as TaskSource | undefined,
    category: get('category') as LedgerFilter['category'],
    leadUnitId: get('leadUnitId'),
    leaderPersonId: get('leaderPersonId'),
    status: get('status') as TaskStatus | undefined,
    isOverdue: bool('isOverdue'),
    dueFrom: get('dueFrom'),
    dueTo: get('dueTo'),
    q: get('q'),
    isTopLevel: bool('isTopLevel'),
  });
}

export function filterToSearch(filter: LedgerFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(cleanFilter(filter)).map(([key, value]) => [key, String(value)]));
}

/**
 * The ledger's filter (来源, 牵头单位, 分管领导, 状态, 是否逾期, 完成时限, 关键词), shared by the ledger, the dashboard,
 * the periodic report and the spot check's population. `base` keeps fields the form does not show (category).
 */
export function LedgerFilterBar({ filter, onChange, base = {} }: { filter: LedgerFilter; onChange: (filter: LedgerFilter) => void; base?: LedgerFilter }) {
  const units = useUnits();
  const leaders = useLeaders(undefined);
  const [form] = Form.useForm<FilterForm>();
  return (
    <Form<FilterForm> form={form} layout="inline" initialValues={toForm(filter)} onFinish={(values) => onChange(fromForm(values, base))} data-testid="ledger-filter" style={{ rowGap: 8 }}>
      <Form.Item name="sourceType" label="来源">
        <Select allowClear style={{ width: 150 }} placeholder="全部" options={taskSources.map((value) => ({ value, label: taskSourceLabels[value] }))} />
      </Form.Item>
      <Form.Item name="leadUnitId" label="牵头单位">
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 180 }} placeholder="全部" options={units.options} loading={units.isPending} />
      </Form.Item>
      <Form.Item name="leaderPersonId" label="分管领导">
        <Select allowClear style={{ width: 120 }} placeholder="全部" options={leaders.items.map((leader) => ({ value: leader.personId, label: leader.name }))} />
      </Form.Item>
      <Form.Item name="status" label="状态">
        <Select allowClear style={{ width: 120 }} placeholder="全部" options={taskStatuses.map((value) => ({ value, label: taskStatusLabels[value] }))} />
      </Form.Item>
      <Form.Item name="isOverdue" label="是否逾期">
        <Select
          allowClear
          style={{ width: 100 }}
          placeholder="全部"
          options={[
            { value: 'true', label: '逾期' },
            { value: 'false', label: '未逾期' },
          ]}
        />
      </Form.Item>
      <Form.Item name="due" label="完成时限">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="q" label="关键词">
        <Input allowClear placeholder="编号或任务名称" style={{ width: 160 }} maxLength={100} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="ledger-filter-apply">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue(toForm({}));
              onChange(cleanFilter({ ...base }));
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
