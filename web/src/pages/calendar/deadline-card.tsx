import { CalculatorOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Form, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { calendarKeys, fetchDeadline } from '../../api/calendar';
import type { Deadline, DeadlineBasis, DeadlineInput, SkippedDay } from '../../api/calendar';
import { dateFormat, formatDate } from '../../app/dates';
import { dayReasonLabels, deadlineBasisLabels, deadlineBasisOrder } from '../../lib/calendar-labels';
import { errorText } from '../../lib/show-api-error';

type DeadlineForm = { start: Dayjs; amount: number; basis: DeadlineBasis };

const skippedColumns: TableColumnsType<SkippedDay> = [
  { title: '日期', dataIndex: 'date', width: 128, render: (date: string) => formatDate(date) },
  {
    title: '原因',
    dataIndex: 'reason',
    width: 72,
    render: (reason: SkippedDay['reason']) => <Tag color={reason === 'holiday' ? 'red' : undefined}>{dayReasonLabels[reason]}</Tag>,
  },
  { title: '节日', dataIndex: 'holidayName', render: (name?: string) => name ?? '—' },
];

function DeadlineResult({ deadline }: { deadline: Deadline }) {
  const isWorkingDays = deadline.basis === 'working_days';
  return (
    <div data-testid="deadline-result">
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary">截止日期</Typography.Text>
        <Typography.Text strong style={{ fontSize: 20 }}>
          {formatDate(deadline.due)}
        </Typography.Text>
        {deadline.provisional && (
          <Tooltip title={`${deadline.provisionalYears.join('、')}年尚无国务院放假通知，期限按法定节假日暂定，通知公布后将重新计算`}>
            <Tag color="gold">暂定</Tag>
          </Tooltip>
        )}
      </div>
      <Typography.Paragraph style={{ margin: '6px 0 0', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, padding: '8px 10px' }}>
        {deadline.explanation}
      </Typography.Paragraph>
      {isWorkingDays && (
        <>
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 6px' }}>
            跳过的日期
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              （{deadline.skipped.length} 天）
            </Typography.Text>
          </Typography.Text>
          {deadline.skipped.length === 0 ? (
            <Typography.Text type="secondary">未跳过任何日期</Typography.Text>
          ) : (
            <Table<SkippedDay>
              className="zw-dense"
              size="small"
              rowKey="date"
              columns={skippedColumns}
              dataSource={deadline.skipped}
              pagination={false}
              scroll={deadline.skipped.length > 10 ? { y: 300 } : undefined}
            />
          )}
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 6px' }}>
            计入的调休上班日
          </Typography.Text>
          {deadline.adjustedWorkingDays.length === 0 ? (
            <Typography.Text type="secondary">无</Typography.Text>
          ) : (
            <Space size={[4, 4]} wrap>
              {deadline.adjustedWorkingDays.map((date) => (
                <Tag key={date} color="geekblue">
                  {formatDate(date)}
                </Tag>
              ))}
            </Space>
          )}
        </>
      )}
    </div>
  );
}

/** The deadline for `input`, shared by the card and the month grid (which marks its due date). */
export function useDeadline(input: DeadlineInput): UseQueryResult<Deadline> {
  return useQuery({
    queryKey: calendarKeys.deadline(input),
    queryFn: ({ signal }) => fetchDeadline(input, signal),
    placeholderData: (previous) => previous,
  });
}

/**
 * 期限计算: how every deadline in the system is counted and explains itself — the due date, whether it is
 * provisional, the days skipped and the 调休 days counted. `input` is what was last asked; picking a day on the
 * month grid asks again from that day.
 */
export function DeadlineCard({
  input,
  onInputChange,
  deadline,
}: {
  input: DeadlineInput;
  onInputChange: (next: DeadlineInput) => void;
  deadline: UseQueryResult<Deadline>;
}) {
  const [form] = Form.useForm<DeadlineForm>();

  // A day picked on the grid changes `input` from outside the form.
  useEffect(() => {
    form.setFieldsValue({ start: dayjs(input.start, dateFormat), amount: input.amount, basis: input.basis });
  }, [form, input]);

  return (
    <Card size="small" title="期限计算" extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>起算当日不计，截止日当日有效</Typography.Text>}>
      <Form<DeadlineForm>
        form={form}
        layout="vertical"
        initialValues={{ start: dayjs(input.start, dateFormat), amount: input.amount, basis: input.basis }}
        onFinish={(values) => onInputChange({ start: values.start.format(dateFormat), amount: values.amount, basis: values.basis })}
        requiredMark={false}
      >
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
          <Form.Item label="起算日" name="start" rules={[{ required: true, message: '请选择起算日' }]} style={{ marginBottom: 8 }}>
            <DatePicker allowClear={false} format={dateFormat} style={{ width: 132 }} />
          </Form.Item>
          <Form.Item label="期限" required style={{ marginBottom: 8 }}>
            <Space.Compact>
              <Form.Item name="amount" noStyle rules={[{ required: true, message: '请输入期限' }]}>
                <InputNumber min={0} max={3650} precision={0} style={{ width: 76 }} aria-label="期限数量" />
              </Form.Item>
              <Form.Item name="basis" noStyle>
                <Select
                  aria-label="计算方式"
                  style={{ width: 88 }}
                  options={deadlineBasisOrder.map((basis) => ({ value: basis, label: deadlineBasisLabels[basis] }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={deadline.isFetching}>
              计算
            </Button>
          </Form.Item>
        </div>
      </Form>
      {deadline.isError && <Alert type="error" showIcon title="期限计算失败" description={errorText(deadline.error)} />}
      {deadline.data ? (
        <DeadlineResult deadline={deadline.data} />
      ) : (
        !deadline.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="正在计算…" />
      )}
    </Card>
  );
}
