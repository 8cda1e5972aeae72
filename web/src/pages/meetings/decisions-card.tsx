import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { recordDecision } from '../../api/meetings';
import type { DecisionItem, MeetingDetail } from '../../api/meetings';
import { dateFormat, formatDate } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useMeetingStep } from './use-meeting-step';

type DecisionForm = { topicId?: string; content: string; leadUnitId?: string; coUnitIds: string[]; dueOn?: Dayjs };

type UnitOption = { value: string; label: string };

/** 记录议定事项: what was decided, the lead unit, co-units and the deadline, linked to its topic when there is one. */
function RecordDecisionModal({ meeting, unitOptions, onClose }: { meeting: MeetingDetail; unitOptions: UnitOption[]; onClose: () => void }) {
  const [form] = Form.useForm<DecisionForm>();
  const step = useMeetingStep(
    meeting.id,
    (values: DecisionForm) =>
      recordDecision(meeting.id, {
        topicId: values.topicId ?? null,
        content: values.content.trim(),
        leadUnitId: values.leadUnitId ?? '',
        coUnitIds: values.coUnitIds,
        dueOn: values.dueOn?.format(dateFormat) ?? '',
      }),
    () => '已记录议定事项',
  );
  const isShort = meeting.kind === 'executive' && !meeting.quorum.hasQuorum;
  return (
    <Modal title="记录议定事项" open onCancel={onClose} onOk={() => form.submit()} okText="记录" confirmLoading={step.isPending} destroyOnHidden width={680}>
      {/* The refusal at the top, where it is seen without scrolling; before it, the quorum as it stands. */}
      {step.isError ? (
        <div style={{ marginBottom: 12 }}>
          <RuleRefusalAlert error={step.error} title="未能记录议定事项" />
        </div>
      ) : (
        isShort && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`当前不足法定人数：${meeting.quorum.explanation}（第四十九条）`} />
      )}
      <Form<DecisionForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ content: '', coUnitIds: [] }}
        onFinish={(values) => step.mutate(values, { onSuccess: onClose })}
        onValuesChange={(changed: Partial<DecisionForm>) => {
          if (step.isError) step.reset();
          // A decision on a topic is usually led by the unit that submitted it.
          const topic = changed.topicId ? meeting.topics.find((item) => item.id === changed.topicId) : undefined;
          if (topic && !form.getFieldValue('leadUnitId')) form.setFieldsValue({ leadUnitId: topic.submittingUnitId });
        }}
      >
        <Form.Item label="关联议题" name="topicId">
          <Select allowClear placeholder="会议临时研究的事项可不选" options={meeting.topics.map((topic) => ({ value: topic.id, label: topic.title }))} />
        </Form.Item>
        <Form.Item label="议定事项" name="content" rules={[{ required: true, whitespace: true, message: '请填写议定事项' }]}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如：原则同意，由区发改局牵头编制重点项目清单" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
          <Form.Item label="牵头单位" name="leadUnitId" rules={[{ required: true, message: '请选择牵头单位' }]}>
            <Select options={unitOptions} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item label="完成时限" name="dueOn" rules={[{ required: true, message: '请选择完成时限' }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) <= meeting.meetingDate} />
          </Form.Item>
        </div>
        <Form.Item label="配合单位" name="coUnitIds">
          <Select mode="multiple" allowClear options={unitOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          第五十七条：会议决定事项由区政府办公室负责督办；纪要签发后，各议定事项转为督办任务。
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}

/** 议定事项: what the meeting decided, who leads, by when — and after the minutes are signed, the task each became. */
export function DecisionsCard({ meeting, unitName, unitOptions }: { meeting: MeetingDetail; unitName: (id: string) => string; unitOptions: UnitOption[] }) {
  const [isRecording, setIsRecording] = useState(false);
  const topicTitle = (id: string | null) => (id ? meeting.topics.find((topic) => topic.id === id)?.title : undefined);
  const hasTasks = meeting.decisions.some((item) => item.taskId);
  const columns: TableColumnsType<DecisionItem> = [
    { title: '序号', dataIndex: 'sortOrder', width: 56, align: 'center' },
    {
      title: '议定事项',
      dataIndex: 'content',
      render: (content: string, item) => (
        <div>
          <div style={{ whiteSpace: 'pre-wrap' }}>{content}</div>
          {topicTitle(item.topicId) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              议题：{topicTitle(item.topicId)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '牵头单位', dataIndex: 'leadUnitName', width: 150 },
    {
      title: '配合单位',
      dataIndex: 'coUnitIds',
      width: 170,
      render: (ids: string[]) => (ids.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : ids.map(unitName).join('、')),
    },
    { title: '完成时限', dataIndex: 'dueOn', width: 130, render: (value: string) => formatDate(value) },
    ...(hasTasks
      ? [
          {
            title: '督办任务',
            dataIndex: 'taskId',
            width: 130,
            render: (taskId: string | null, item: DecisionItem) => {
              if (!taskId) return '—';
              // The task's readable number (督〔2026〕N号) when the meeting's view carries it.
              const number = (item as DecisionItem & { taskNumber?: string | null }).taskNumber;
              return (
                <Tooltip title="在督查督办中查看">
                  <Link to={`/supervision/tasks/${taskId}`} data-task-id={taskId} data-testid="decision-task-link">
                    {number ?? '督办任务'}
                  </Link>
                </Tooltip>
              );
            },
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title={`议定事项（${meeting.decisions.length}）`}
      data-testid="decisions"
      extra={
        meeting.actions.includes('record_decision') && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>
            记录议定事项
          </Button>
        )
      }
    >
      <Table<DecisionItem>
        className="zw-dense"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={meeting.decisions}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无议定事项" /> }}
      />
      {hasTasks && (
        <Space style={{ marginTop: 8 }}>
          <Tag color="blue" variant="outlined">
            第五十七条
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            议定事项已转为督办任务，由区政府办公室督办，定期向区政府领导报告落实情况。
          </Typography.Text>
        </Space>
      )}
      {isRecording && <RecordDecisionModal meeting={meeting} unitOptions={unitOptions} onClose={() => setIsRecording(false)} />}
    </Card>
  );
}
