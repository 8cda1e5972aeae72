import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { leaveAttachmentKinds, uploadAttachment } from '../../api/leave';
import type { Attachment, LeaveAttachmentKind } from '../../api/leave';
import { errorText } from '../../lib/show-api-error';
import { leaveAttachmentLabels } from './leave-labels';

export type AttachmentFiles = Record<LeaveAttachmentKind, UploadFile<Attachment>[]>;

export const noAttachmentFiles: AttachmentFiles = { notice: [], plan: [], schedule: [] };

/** The ids of the files that finished uploading, for the report's `attachmentIds`. */
export function uploadedIds(files: AttachmentFiles): string[] {
  return leaveAttachmentKinds.flatMap((kind) => files[kind].flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : [])));
}

export function isUploading(files: AttachmentFiles): boolean {
  return leaveAttachmentKinds.some((kind) => files[kind].some((file) => file.status === 'uploading'));
}

const accept = '.pdf,.ofd,.docx,.png,.jpg,.jpeg';

/**
 * One upload per document art. 82 asks of a long absence (有关通知、方案、日程安排). Each file goes to
 * `POST /api/attachments` at once with its `kind`; the report then claims the uploaded ids.
 */
export function AttachmentUploads({ value, onChange }: { value: AttachmentFiles; onChange: (next: AttachmentFiles) => void }) {
  const { message } = App.useApp();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 12 }}>
      {leaveAttachmentKinds.map((kind) => (
        <div key={kind} data-attachment-kind={kind} style={{ border: '1px dashed #d9d9d9', borderRadius: 4, padding: 8, minWidth: 0 }}>
          <div style={{ marginBottom: 6, fontWeight: 500 }}>{leaveAttachmentLabels[kind]}</div>
          <Upload<Attachment>
            accept={accept}
            fileList={value[kind]}
            maxCount={5}
            onChange={({ fileList }) => onChange({ ...value, [kind]: fileList })}
            customRequest={({ file, onSuccess, onError }) => {
              uploadAttachment(file as File, kind)
                .then((attachment) => onSuccess?.(attachment))
                .catch((error: unknown) => {
                  const text = errorText(error);
                  void message.error(`“${(file as File).name}”上传失败：${text}`, 6);
                  onError?.(Object.assign(new Error(text), { status: 0, method: 'POST' as const, url: '/api/attachments' }));
                });
            }}
          >
            <Button size="small" icon={<UploadOutlined />} aria-label={`上传${leaveAttachmentLabels[kind]}`}>
              上传{leaveAttachmentLabels[kind]}
            </Button>
          </Upload>
        </div>
      ))}
    </div>
  );
}
