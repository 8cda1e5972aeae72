import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Card, DatePicker, Form, Input, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { leaveAttachmentKinds, leaveKeys, leaveKinds, reportLeave } from '../../api/leave';
import type { LeaveKind, ReportLeaveInput } from '../../api/leave';
import { fetchLeaders, orgKeys } from '../../api/org';
import { fetchParameters, rulesKeys } from '../../api/rules';
import { dateFormat, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { AttachmentUploads, isUploading, noAttachmentFiles, uploadedIds } from './attachment-uploads';
import type { AttachmentFiles } from './attachment-uploads';
import { LeaveHeader, useIsOfficeStaff } from './leave-header';
import { leaveAttachmentLabels, leaveKindLabels, reportingLeaderPosts } from './leave-labels';
import { ruleText, RuleRefusalAlert } from '../../lib/rule-feedback';

type ReportForm = {
  personId?: string;
  kind: LeaveKind;
  startDate?: Dayjs;
  endDate?: Dayjs;
  place: string;
  reason: string;
  actingPersonName: string;
  contact: string;
  isEmergency: boolean;
  emergencyReason?: string;
};

const contactPattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A number the rulebook sets as of today (e.g. `leave.noticeDays`), or the 2022 rulebook's value while loading. */
function useLeaveParameter(key: string, fallback: number): number {
  const asOf = today();
  const parameters = useQuery({ queryKey: rulesKeys.parameters(asOf), queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === key)?.value;
  return typeof value === 'number' ? value : fallback;
}

/** 报告外出 (art. 82): one's own, or — for the office — a leader's on their behalf. */
export default function LeaveReportFormPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const session = useSession();
  const isOffice = useIsOfficeStaff();
  const [form] = Form.useForm<ReportForm>();
  const [files, setFiles] = useState<AttachmentFiles>(noAttachmentFiles);
  const errorRef = useRef<HTMLDivElement>(null);
  const noticeDays = useLeaveParameter('leave.noticeDays', 3);
  const longAbsenceDays = useLeaveParameter('leave.longAbsenceDays', 3);

  useEffect(() => {
    document.title = '报告外出 · 政务';
  }, []);

  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal) });
  const reporters = useMemo(
    () => (leaders.data?.items ?? []).filter((leader) => (reportingLeaderPosts as readonly string[]).includes(leader.post.kind)),
    [leaders.data],
  );
  const actingOptions = useMemo(() => (leaders.data?.items ?? []).map((leader) => ({ value: leader.name, label: `${leader.name}（${leader.post.title}）` })), [leaders.data]);

  const startDate = Form.useWatch('startDate', form);
  const endDate = Form.useWatch('endDate', form);
  const isEmergency = Form.useWatch('isEmergency', form) ?? false;
  const start = startDate?.format(dateFormat);
  const end = endDate?.format(dateFormat);
  const daysAhead = start ? calendarDaysBetween(today(), start) : undefined;
  const days = start && end && end >= start ? calendarDaysBetween(start, end) + 1 : undefined;
  const isLate = daysAhead !== undefined && daysAhead < noticeDays;
  const isLong = days !== undefined && days > longAbsenceDays;
  const attachmentIds = uploadedIds(files);
  // Art. 82 asks for the notice, the plan and the schedule — all three.
  const missingKinds = leaveAttachmentKinds.filter((kind) => !files[kind].some((file) => file.status === 'done' && file.response));

  const mutation = useMutation({
    mutationFn: reportLeave,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: leaveKeys.all });
      if (result.flags.length > 0) {
        void message.warning(`已报备，并标注：${result.flags.map(ruleText).join('；')}`, 6);
      } else {
        void message.success('已报告，报送区委书记、区长');
      }
      void navigate(`/leave/reports/${result.id}`);
    },
  });

  // The refusal is shown above the buttons; bring it into view on a long form.
  useEffect(() => {
    if (mutation.isError) errorRef.current?.scrollIntoView({ block: 'center' });
  }, [mutation.isError, mutation.error]);

  const submit = (values: ReportForm) => {
    if (!values.startDate || !values.endDate) return;
    const input: ReportLeaveInput = {
      ...(isOffice && values.personId ? { personId: values.personId } : {}),
      kind: values.kind,
      startDate: values.startDate.format(dateFormat),
      endDate: values.endDate.format(dateFormat),
      place: values.place.trim(),
      reason: values.reason.trim(),
      actingPersonName: values.actingPersonName.trim(),
      contact: values.contact.trim(),
      isEmergency: values.isEmergency,
      emergencyReason: values.isEmergency ? (values.emergencyReason?.trim() ?? '') : null,
      attachmentIds,
    };
    mutation.mutate(input);
  };

  return (
    <>
      <LeaveHeader title="报告外出" />
      <Card size="small" style={{ maxWidth: 960 }}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="第八十二条 请销假制度"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              <li>须提前{noticeDays}天报告（第八十二条），向区委书记、区长报告行止日期、地点、事由和代为主持工作的负责人。</li>
              <li>外出超过{longAbsenceDays}天须附有关通知、方案及日程安排（第八十二条）。</li>
              <li>因紧急事项临时外出的，请打开“紧急外出”及时报备，并说明理由（第八十二条）。</li>
            </ul>
          }
        />
        <Form<ReportForm>
          form={form}
          layout="vertical"
          initialValues={{ kind: 'business_trip', isEmergency: false, place: '', reason: '', actingPersonName: '', contact: '' }}
          onFinish={submit}
          onValuesChange={() => {
            if (mutation.isError) mutation.reset();
          }}
        >
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', columnGap: 16 }}>
            {isOffice ? (
              <Form.Item
                label="外出领导"
                name="personId"
                rules={[{ required: true, message: '请选择外出的领导' }]}
                extra="区政府办公室代区政府领导报告"
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="选择区政府领导"
                  loading={leaders.isPending}
                  options={reporters.map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }))}
                />
              </Form.Item>
            ) : (
              <Form.Item label="外出人员">
                <Input value={`${session.data?.user.displayName ?? ''}（本人）`} disabled />
              </Form.Item>
            )}
            <Form.Item label="外出类别" name="kind" rules={[{ required: true, message: '请选择外出类别' }]}>
              <Select options={leaveKinds.map((kind) => ({ value: kind, label: leaveKindLabels[kind] }))} />
            </Form.Item>
            <Form.Item
              label="开始日期"
              name="startDate"
              rules={[{ required: true, message: '请选择开始日期' }]}
              extra={`须提前${noticeDays}天报告（第八十二条）`}
            >
              <DatePicker format={dateFormat} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label="结束日期"
              name="endDate"
              dependencies={['startDate']}
              rules={[
                { required: true, message: '请选择结束日期' },
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const from = getFieldValue('startDate') as Dayjs | undefined;
                    return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error('结束日期不能早于开始日期')) : Promise.resolve();
                  },
                }),
              ]}
              extra={days !== undefined ? `共 ${days} 天` : undefined}
            >
              <DatePicker format={dateFormat} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
              <Input maxLength={100} placeholder="如：北京市" />
            </Form.Item>
            <Form.Item
              label="代为主持工作的负责人"
              name="actingPersonName"
              rules={[{ required: true, whitespace: true, message: '请填写外出期间代为主持工作的负责人（第八十二条）' }]}
            >
              <AutoComplete options={actingOptions} maxLength={50} placeholder="姓名" filterOption={(input, option) => String(option?.value ?? '').includes(input)} />
            </Form.Item>
            <Form.Item
              label="24小时联系电话"
              name="contact"
              rules={[
                { required: true, whitespace: true, message: '请填写外出期间24小时可联系的电话' },
                { pattern: contactPattern, message: '应为手机号码或带区号的固定电话' },
              ]}
            >
              <Input maxLength={30} placeholder="手机号码或带区号的固定电话" />
            </Form.Item>
          </div>
          <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} showCount />
          </Form.Item>
          {isLate && !isEmergency && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={daysAhead !== undefined && daysAhead < 0 ? '外出已经开始' : `距外出仅 ${Math.max(daysAhead ?? 0, 0)} 天，不足 ${noticeDays} 天`}
              description={`须提前${noticeDays}天报告（第八十二条）。因紧急事项临时外出的，请打开下方“紧急外出”并说明理由。`}
            />
          )}
          <Space size={12} align="start" wrap style={{ marginBottom: 8 }}>
            <Form.Item label="紧急外出" name="isEmergency" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Switch aria-label="紧急外出" checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
            <Typography.Text type="secondary" style={{ display: 'inline-block', marginTop: 34 }}>
              因紧急事项临时外出的，要及时报备，并说明理由（第八十二条）
            </Typography.Text>
          </Space>
          {isEmergency && (
            <Form.Item
              label="紧急外出理由"
              name="emergencyReason"
              rules={[{ required: true, whitespace: true, message: '因紧急事项临时外出的，须说明理由（第八十二条）' }]}
            >
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          )}
          <Form.Item
            label="附件"
            extra={`外出超过${longAbsenceDays}天须附有关通知、方案及日程安排（第八十二条）。支持 PDF、OFD、DOCX、PNG、JPEG，单个不超过20MB。`}
          >
            <AttachmentUploads value={files} onChange={setFiles} />
          </Form.Item>
          {isLong && missingKinds.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`本次外出 ${days} 天，超过 ${longAbsenceDays} 天`}
              description={`外出超过${longAbsenceDays}天须附有关通知、方案及日程安排（第八十二条），尚缺${missingKinds.map((kind) => leaveAttachmentLabels[kind]).join('、')}，请先上传。`}
            />
          )}
          <div ref={errorRef}>
            {mutation.isError && (
              <div style={{ marginBottom: 16 }} data-testid="report-refusal">
                <RuleRefusalAlert error={mutation.error} title="未能报告" />
              </div>
            )}
          </div>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending} disabled={isUploading(files)}>
              {isEmergency ? '紧急报备' : '提交报告'}
            </Button>
            <Button onClick={() => void navigate('/leave/reports')}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
