import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { auditKeys, fetchAuditVocabulary, type AuditFilters, type AuditResult } from '../../api/audit';
import { dateFormat } from '../../app/dates';
import { auditResultLabels, auditResultOrder } from '../../lib/audit-labels';

type SearchForm = {
  actor?: string;
  act?: string;
  objectType?: string;
  objectId?: string;
  article?: number | null;
  result?: AuditResult;
  dates?: [Dayjs | null, Dayjs | null] | null;
};


function toForm(filters: AuditFilters): SearchForm {
  return {
    actor: filters.actor,
    act: filters.act,
    objectType: filters.objectType,
    objectId: filters.objectId,
    article: filters.article ?? null,
    result: filters.result,
    dates: filters.from || filters.to ? [filters.from ? dayjs(filters.from, dateFormat) : null, filters.to ? dayjs(filters.to, dateFormat) : null] : null,
  };
}

function toFilters(values: SearchForm): AuditFilters {
  const trim = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const [from, to] = values.dates ?? [null, null];
  const filters: AuditFilters = {
    actor: trim(values.actor),
    act: trim(values.act),
    objectType: trim(values.objectType),
    objectId: trim(values.objectId),
    article: values.article ?? undefined,
    result: values.result,
    from: from?.format(dateFormat),
    to: to?.format(dateFormat),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as AuditFilters;
}

const filterOption = (input: string, option?: { value: string; label: string }) =>
  !!option && `${option.value}${option.label}`.toLowerCase().includes(input.trim().toLowerCase());

/** 检索条件. Every field may stay empty; dates are Beijing calendar days, both included. */
export function AuditSearchForm({ filters, onSearch }: { filters: AuditFilters; onSearch: (filters: AuditFilters) => void }) {
  const [form] = Form.useForm<SearchForm>();
  // The names come from the server, which knows every act it records.
  const vocabulary = useQuery({ queryKey: auditKeys.vocabulary, queryFn: ({ signal }) => fetchAuditVocabulary(signal), staleTime: Infinity });
  const actOptions = useMemo(() => (vocabulary.data?.acts ?? []).map(({ act, label }) => ({ value: act, label: `${label}（${act}）` })), [vocabulary.data]);
  const objectTypeOptions = useMemo(
    () => (vocabulary.data?.objectTypes ?? []).map(({ objectType, label }) => ({ value: objectType, label: `${label}（${objectType}）` })),
    [vocabulary.data],
  );

  // The URL is the truth: back/forward and links fill the form.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(filters));
  }, [form, filters]);

  return (
    <Form<SearchForm> form={form} layout="vertical" className="zw-audit-search" onFinish={(values) => onSearch(toFilters(values))}>
      <Row gutter={12}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="操作人" name="actor">
            <Input allowClear placeholder="姓名、登录名或账号编号" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="操作" name="act">
            <AutoComplete allowClear options={actOptions} filterOption={filterOption} placeholder="如 identity.login；填 identity 查全部账号类操作" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="对象类型" name="objectType">
            <AutoComplete allowClear options={objectTypeOptions} filterOption={filterOption} placeholder="如 user" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="对象编号" name="objectId">
            <Input allowClear maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="条款" name="article">
            <InputNumber min={1} max={999} precision={0} prefix="第" suffix="条" placeholder="条款号" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="结果" name="result">
            <Select allowClear placeholder="全部" options={auditResultOrder.map((result) => ({ value: result, label: auditResultLabels[result] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="起止日期（北京时间）" name="dates">
            <DatePicker.RangePicker allowEmpty={[true, true]} format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label=" " colon={false}>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onSearch({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
