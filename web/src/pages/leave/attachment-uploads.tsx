import type { UploadFile } from 'antd';
import { leaveAttachmentKinds, uploadAttachment } from '../../api/leave';
import type { Attachment, LeaveAttachmentKind } from '../../api/leave';
import { AttachmentUpload, isAnyUploading, uploadedIds as uploadedIdsOf } from '../../lib/attachment-upload';
import { leaveAttachmentLabels } from './leave-labels';

export type AttachmentFiles = Record<LeaveAttachmentKind, UploadFile<Attachment>[]>;

export const noAttachmentFiles: AttachmentFiles = { notice: [], plan: [], schedule: [] };

/** The ids of the files that finished uploading, for the report's `attachmentIds`. */
export function uploadedIds(files: AttachmentFiles): string[] {
  return leaveAttachmentKinds.flatMap((kind) => uploadedIdsOf(files[kind]));
}

export function isUploading(files: AttachmentFiles): boolean {
  return leaveAttachmentKinds.some((kind) => isAnyUploading(files[kind]));
}

/**
 * One upload per document art. 82 asks of a long absence (有关通知、方案、日程安排). Each file goes to
 * `POST /api/attachments` at once with its `kind`; the report then claims the uploaded ids.
 */
export function AttachmentUploads({ value, onChange }: { value: AttachmentFiles; onChange: (next: AttachmentFiles) => void }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 12 }}>
      {leaveAttachmentKinds.map((kind) => (
        <div key={kind} data-attachment-kind={kind} style={{ border: '1px dashed #d9d9d9', borderRadius: 4, padding: 8, minWidth: 0 }}>
          <div style={{ marginBottom: 6, fontWeight: 500 }}>{leaveAttachmentLabels[kind]}</div>
          <AttachmentUpload<Attachment>
            files={value[kind]}
            onChange={(fileList) => onChange({ ...value, [kind]: fileList })}
            upload={(file) => uploadAttachment(file, kind)}
            buttonText={`上传${leaveAttachmentLabels[kind]}`}
            maxCount={5}
            isSmall
          />
        </div>
      ))}
    </div>
  );
}
