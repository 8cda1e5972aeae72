import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { arrangeInvitation } from '../../api/events';
import type { Invitation } from '../../api/events';
import type { Attachment } from '../../api/leave';
import { uploadAttachment } from '../../api/leave';
import { fetchLeaders, orgKeys } from '../../api/org';
import { errorText } from '../../lib/show-api-error';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type ArrangeForm = { note: string; addressee: string; addresseeName: string };

/**
 * 安排邀请 (art. 90): the office registers the 请柬 as it received it — whom it is addressed to (a card addressed
 * to a leader personally is recorded against the inviting unit) — and, for a visit of city leaders, attaches
 * the plan coordinated with the offices of the 区委, 区人大 and 区政协 (art. 92).
 */
export function ArrangeInvitationModal({ invitation, onClose, onDone }: { invitation: Invitation; onClose: () => void; onDone: () => Promise<void> }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ArrangeForm>();
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);
  const planAttachmentId = files.find((f) => f.status === 'done' && f.response)?.response?.id;
  const leaders = useQuery({ queryKey: orgKeys.leaders(invitation.activityDate), queryFn: ({ signal }) => fetchLeaders(invitation.activityDate, signal) });
  const needsPlan = invitation.kind === 'city_leader_visit' && !invitation.planAttachmentId;
  const mutation = useMutation({
    mutationFn: (values: ArrangeForm) =>
      arrangeInvitation(invitation.id, {
        version: invitation.version,
        note: values.note.trim(),
        addresseePersonId: values.addressee === 'office' ? null : values.addressee,
        addresseeName: values.addresseeName.trim() || null,
        ...(planAttachmentId ? { planAttachmentId } : {}),
      }),
    onSuccess: async (arranged) => {
      const flagged = arranged.flags.some((f) => f.ruleId === 'events.invitation-through-office');
      void (flagged ? message.warning('已安排；请柬直接送领导个人，已标注（第九十条）', 6) : message.success('已安排'));
      await onDone();
      onClose();
    },
  });
  return (
    <Modal title="安排邀请（列入领导事项）" open onCancel={onClose} onOk={() => form.submit()} okText="安排" okButtonProps={{ disabled: needsPlan && !planAttachmentId }} confirmLoading={mutation.isPending} destroyOnHidden width={560}>
      <Form<ArrangeForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ note: '', addressee: invitation.addresseePersonId ?? 'office', addresseeName: invitation.addresseeName ?? '' }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item label="请柬抬头（按收到的请柬登记）" name="addressee" extra="第九十条：各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={leaders.isPending}
            options={[
              { value: 'office', label: '区政府办公室' },
              ...(leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.post.title}${leader.name}（个人）` })),
            ]}
          />
        </Form.Item>
        <Form.Item label="抬头原文" name="addresseeName">
          <Input maxLength={100} placeholder="如：尊敬的××副区长" />
        </Form.Item>
        {invitation.kind === 'city_leader_visit' && (
          <Form.Item label="接待方案" required={needsPlan} extra="第九十二条：根据与区委、区人大、区政协办公室协调确定的方案按程序办理">
            {invitation.planAttachmentId && <Typography.Text type="secondary">已附方案。</Typography.Text>}
            <Upload<Attachment>
              accept=".pdf,.ofd,.docx,.png,.jpg,.jpeg"
              maxCount={1}
              fileList={files}
              onChange={({ fileList }) => setFiles(fileList)}
              customRequest={({ file, onSuccess, onError }) => {
                uploadAttachment(file as File, 'other')
                  .then((attachment) => onSuccess?.(attachment))
                  .catch((error: unknown) => {
                    const text = errorText(error);
                    void message.error(`上传失败：${text}`, 6);
                    onError?.(Object.assign(new Error(text), { status: 0, method: 'POST' as const, url: '/api/attachments' }));
                  });
              }}
            >
              <Button size="small" icon={<UploadOutlined />}>
                上传协调确定的方案
              </Button>
            </Upload>
          </Form.Item>
        )}
        {invitation.kind === 'peer_visit' && invitation.isFullAccompaniment && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="第九十二条：全程陪同已经区长批准" />
        )}
        <Form.Item label="安排说明" name="note">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能安排" />}
      </Form>
    </Modal>
  );
}
