import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { errorText } from './show-api-error';

/** What every upload accepts (the server checks again): the formats an office files and archives. */
export const attachmentAccept = '.pdf,.ofd,.docx,.png,.jpg,.jpeg';

/** The ids of the files that finished uploading, for a request's `attachmentIds`. */
export function uploadedIds<T extends { id: string }>(files: readonly UploadFile<T>[]): string[] {
  return files.flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

/** Whether a file is still on its way (the form waits for it before it saves). */
export function isAnyUploading(files: readonly UploadFile[]): boolean {
  return files.some((file) => file.status === 'uploading');
}

/** A form's uploaded files, with what the form sends (`attachmentIds`) and whether it must wait (`isUploading`). */
export function useUploads<T extends { id: string }>(initial: () => UploadFile<T>[] = () => []) {
  const [files, setFiles] = useState<UploadFile<T>[]>(initial);
  return { files, setFiles, attachmentIds: uploadedIds(files), isUploading: isAnyUploading(files) };
}

/**
 * One upload button: each file goes to `POST /api/attachments` at once through `upload` and the form later
 * claims the uploaded ids; a failure says which file and why.
 */
export function AttachmentUpload<T extends { id: string }>({
  files,
  onChange,
  upload,
  buttonText,
  maxCount = 20,
  accept = attachmentAccept,
  isSmall = false,
}: {
  files: UploadFile<T>[];
  onChange: (next: UploadFile<T>[]) => void;
  upload: (file: File) => Promise<T>;
  buttonText: string;
  maxCount?: number;
  accept?: string;
  isSmall?: boolean;
}) {
  const { message } = App.useApp();
  return (
    <Upload<T>
      accept={accept}
      fileList={files}
      maxCount={maxCount}
      onChange={({ fileList }) => onChange(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        upload(file as File)
          .then((attachment) => onSuccess?.(attachment))
          .catch((error: unknown) => {
            const text = errorText(error);
            void message.error(`“${(file as File).name}”上传失败：${text}`, 6);
            onError?.(Object.assign(new Error(text), { status: 0, method: 'POST' as const, url: '/api/attachments' }));
          });
      }}
    >
      <Button icon={<UploadOutlined />} {...(isSmall ? { size: 'small' as const, 'aria-label': buttonText } : {})}>
        {buttonText}
      </Button>
    </Upload>
  );
}
