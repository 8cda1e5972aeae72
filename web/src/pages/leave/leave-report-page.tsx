import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Modal, Popconfirm, Result, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { attachmentUrl, cancelLeave, fetchLeaveReport, leaveKeys, returnFromLeave } from '../../api/leave';
import type { Attachment, LeaveAttachmentKind, LeaveReport } from '../../api/leave';
import { dateFormat, formatDate, today } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { LeaveContact } from './leave-contact';
import { LeaveHeader } from './leave-header';
import { leaveAttachmentLabels, leaveStatusColors, leaveStatusLabels } from './leave-labels';
import { FlagAlert, useShowRuleError } from '../../lib/rule-feedback';

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {attachments.map((attachment) => (
        <span key={attachment.id}>
          <Tag style={{ marginInlineEnd: 6 }}>{leaveAttachmentLabels[attachment.kind as LeaveAttachmentKind] ?? '其他'}</Tag>
          <Typography.Link href={attachmentUrl(attachment.id)} download={attachment.fileName}>
            <PaperClipOutlined /> {attachment.fileName}
          </Typography.Link>
          <Tooltip title={`SM3 ${attachment.sm3}`}>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12, cursor: 'help' }}>
              {fileSize(attachment.size)}
            </Typography.Text>
          </Tooltip>
        </span>
      ))}
    </Space>
  );
}

/** 销假: the day the leader is back (today unless told otherwise). */
function ReturnModal({ report, isOpen, onClose }: { report: LeaveReport; isOpen: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showRuleError = useShowRuleError();
  const [returnedOn, setReturnedOn] = useState<Dayjs>(() => dayjs(today() < report.startDate ? report.startDate : today(), dateFormat));
  const mutation = useMutation({
    mutationFn: () => returnFromLeave(report.id, { version: report.version, returnedOn: returnedOn.format(dateFormat) }),
    onSuccess: async () => {
      void message.success('已销假');
      await queryClient.invalidateQueries({ queryKey: leaveKeys.all });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: leaveKeys.report(report.id) });
      showRuleError(error, '销假失败');
    },
  });
  return (
    <Modal title={`销假 · ${report.personName}`} open={isOpen} onCancel={onClose} onOk={() => mutation.mutate()} okText="确认销假" confirmLoading={mutation.isPending} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          外出 {report.startDate} 至 {report.endDate}，{report.place}
        </Typography.Text>
        <Space>
          <span>销假日期</span>
          <DatePicker aria-label="销假日期" allowClear={false} format={dateFormat} value={returnedOn} onChange={(value) => value && setReturnedOn(value)} />
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          销假后，补位安排自销假日起结束。
        </Typography.Text>
      </Space>
    </Modal>
  );
}

/** One leave report: what was reported, to whom, with which documents and flags; 销假 and 撤销 as the server allows. */
export default function LeaveReportPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showRuleError = useShowRuleError();
  const [isReturning, setIsReturning] = useState(false);

  const report = useQuery({ queryKey: leaveKeys.report(id), queryFn: ({ signal }) => fetchLeaveReport(id, signal) });
  const data = report.data;

  useEffect(() => {
    document.title = data ? `${data.personName}外出报告 · 政务` : '外出报告 · 政务';
  }, [data]);

  const cancel = useMutation({
    mutationFn: (current: LeaveReport) => cancelLeave(current.id, { version: current.version }),
    onSuccess: async () => {
      void message.success('已撤销');
      await queryClient.invalidateQueries({ queryKey: leaveKeys.all });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) await queryClient.invalidateQueries({ queryKey: leaveKeys.report(id) });
      showRuleError(error, '撤销失败');
    },
  });

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/leave/reports')}>
      返回列表
    </Button>
  );

  if (report.isError) {
    const isMissing = report.error instanceof ApiError && report.error.status === 404;
    return (
      <>
        <LeaveHeader title="外出报告" extra={back} />
        {isMissing ? (
          <Card size="small">
            <Result status="404" title="报告不存在或您无权查看" extra={<Link to="/leave/reports">返回请销假列表</Link>} />
          </Card>
        ) : (
          <Alert type="error" showIcon title="报告加载失败" description={errorText(report.error)} />
        )}
      </>
    );
  }

  if (!data) {
    return (
      <>
        <LeaveHeader title="外出报告" extra={back} />
        <Spin style={{ display: 'block', marginTop: 80 }} />
      </>
    );
  }

  return (
    <>
      <LeaveHeader
        title="外出报告"
        extra={
          <Space size={8} wrap>
            {data.actions.includes('return') && (
              <Button type="primary" onClick={() => setIsReturning(true)}>
                销假
              </Button>
            )}
            {data.actions.includes('cancel') && (
              <Popconfirm title="撤销这份外出报告？" description="撤销后视为未外出，补位安排随之取消。" okText="撤销" okButtonProps={{ danger: true }} onConfirm={() => cancel.mutate(data)}>
                <Button danger loading={cancel.isPending}>
                  撤销
                </Button>
              </Popconfirm>
            )}
            {back}
          </Space>
        }
      />
      {data.flags.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <FlagAlert flags={data.flags} title="本报告有以下情况，已报区政府办公室备查" testId="leave-flags" />
        </div>
      )}
      <Card
        size="small"
        title={
          <Space size={8}>
            <span>
              {data.personName} · {data.kindLabel} · {data.place}
            </span>
            <Tag color={leaveStatusColors[data.status]}>{leaveStatusLabels[data.status]}</Tag>
            {data.isEmergency && <Tag color="orange">紧急外出</Tag>}
          </Space>
        }
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            { key: 'person', label: '外出人员', children: data.personName },
            { key: 'unit', label: '单位', children: data.unitName ?? '—' },
            { key: 'kind', label: '外出类别', children: data.kindLabel },
            {
              key: 'dates',
              label: '行止日期',
              children: (
                <span>
                  {formatDate(data.startDate)} 至 {formatDate(data.endDate)}（{data.days}天）
                </span>
              ),
            },
            { key: 'place', label: '地点', children: data.place },
            { key: 'acting', label: '代为主持工作的负责人', children: data.actingPersonName || '—' },
            { key: 'contact', label: '24小时联系电话', children: <LeaveContact report={data} /> },
            { key: 'reportedOn', label: '报告日期', children: formatDate(data.reportedOn) },
            {
              key: 'status',
              label: '状态',
              children: data.returnedOn ? `${leaveStatusLabels[data.status]}（${formatDate(data.returnedOn)}）` : leaveStatusLabels[data.status],
            },
            { key: 'reason', label: '事由', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.reason}</span> },
            ...(data.isEmergency
              ? [{ key: 'emergency', label: '紧急外出理由', span: 'filled' as const, children: data.emergencyReason || '—' }]
              : []),
            {
              key: 'recipients',
              label: '报送',
              span: 'filled',
              children:
                data.recipients.length === 0 ? (
                  '—'
                ) : (
                  <Space size={[4, 4]} wrap data-testid="recipients">
                    {data.recipients.map((recipient) => (
                      <Tag key={recipient.personId} color="red" variant="outlined">
                        {recipient.post} {recipient.name}
                      </Tag>
                    ))}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      第八十二条：向区委书记、区长报告
                    </Typography.Text>
                  </Space>
                ),
            },
            { key: 'attachments', label: '附件', span: 'filled', children: <AttachmentList attachments={data.attachments} /> },
          ]}
        />
      </Card>
      {isReturning && <ReturnModal report={data} isOpen={isReturning} onClose={() => setIsReturning(false)} />}
    </>
  );
}
