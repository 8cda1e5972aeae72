import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Empty, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { fetchParameters, rulesKeys } from '../../api/rules';
import type { ParameterInForce } from '../../api/rules';
import { dateFormat } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { effectiveText, parameterValueText } from '../../lib/rule-labels';
import { errorText } from '../../lib/show-api-error';
import { useAsOf } from '../org/use-as-of';
import { RulesHeader } from './rules-header';

/**
 * 规则库 · 规则参数: the numbers the rules run on (5 working days, more than half …) as in force on a date, each
 * with the article that sets it. They are data with effective dates, so a past date shows the values then.
 */
export default function RuleParametersPage() {
  const [asOf, setAsOf] = useAsOf();

  useEffect(() => {
    document.title = '规则参数 · 政务';
  }, []);

  const parameters = useQuery({
    queryKey: rulesKeys.parameters(asOf),
    queryFn: ({ signal }) => fetchParameters(asOf, signal),
    placeholderData: (previous) => previous,
  });

  const columns: TableColumnsType<ParameterInForce> = [
    {
      title: '参数',
      key: 'summary',
      render: (_, parameter) => (
        <Space orientation="vertical" size={0}>
          <span>{parameter.summary}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}>
            {parameter.key}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '取值',
      key: 'value',
      width: 150,
      render: (_, parameter) => <Typography.Text strong>{parameterValueText(parameter.value, parameter.unit)}</Typography.Text>,
    },
    {
      title: '依据',
      key: 'citation',
      width: 300,
      render: (_, parameter) => (
        <Link to={`/rules/${parameter.cites.article}`} title={`查看${articleLabel(parameter.cites.article)}原文`}>
          {parameter.citation}
        </Link>
      ),
    },
    { title: '施行日期', key: 'effective', width: 150, render: (_, parameter) => effectiveText(parameter.effective) },
  ];

  return (
    <>
      <RulesHeader
        extra={
          <Space size={8}>
            <span>截至日期</span>
            <DatePicker
              aria-label="截至日期"
              allowClear={false}
              value={dayjs(asOf, dateFormat)}
              format={dateFormat}
              onChange={(value) => {
                if (value) setAsOf(value.format(dateFormat));
              }}
              style={{ width: 136 }}
            />
          </Space>
        }
      />
      {parameters.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="规则参数加载失败" description={errorText(parameters.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<ParameterInForce>
          className="zw-dense"
          size="small"
          rowKey="key"
          loading={parameters.isPending || parameters.isFetching}
          columns={columns}
          dataSource={parameters.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${asOf} 没有施行中的工作规则参数`} /> }}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        规则参数随工作规则版本施行，按行为发生之日施行中的版本适用；修订后的规则自施行之日起生效，此前的办理事项仍按原参数判断。
      </Typography.Paragraph>
    </>
  );
}
