import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Space, Upload } from 'antd';
import { exportOrg, importOrg, orgKeys } from '../../api/org';
import type { ImportResult } from '../../api/org';
import { today } from '../../app/dates';
import { useShowApiError } from '../../lib/show-api-error';

const resultLabels: Record<string, string> = {
  units: '单位',
  posts: '职务',
  people: '人员',
  appointments: '任职',
  portfolios: '分管',
  covers: '补位',
  users: '用户',
  created: '新增',
  updated: '更新',
  unchanged: '未变',
  skipped: '跳过',
  removed: '删除',
};

function resultValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => `${resultLabels[key] ?? key} ${resultValue(inner)}`)
      .join('，');
  }
  return '—';
}

function ImportSummary({ result }: { result: ImportResult }) {
  const entries = Object.entries(result);
  if (entries.length === 0) return <>导入完成。</>;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={entries.map(([key, value]) => ({ key, label: resultLabels[key] ?? key, children: resultValue(value) }))}
    />
  );
}

/** 导出 JSON / 导入 JSON for the whole organisation, each shown only if the server grants it. */
export function OrgTransfer({ canExport, canImport }: { canExport: boolean; canImport: boolean }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();

  const exportMutation = useMutation({
    mutationFn: exportOrg,
    onSuccess: ({ blob, fileName }) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName ?? `组织机构-${today()}.json`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onError: (error) => showApiError(error, '导出失败'),
  });

  const importMutation = useMutation({
    mutationFn: importOrg,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      modal.success({ title: '导入完成', width: 460, content: <ImportSummary result={result} />, okText: '知道了' });
    },
    onError: (error) => showApiError(error, '导入失败'),
  });

  const chooseFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      void message.error(`文件“${file.name}”不是有效的 JSON`);
      return;
    }
    modal.confirm({
      title: '确认导入组织机构数据？',
      content: `将按文件“${file.name}”更新单位、职务、人员等数据，操作将记入审计日志。`,
      okText: '导入',
      cancelText: '取消',
      onOk: () => importMutation.mutateAsync(data).catch(() => undefined),
    });
  };

  if (!canExport && !canImport) return null;
  return (
    <Space size={8}>
      {canExport && (
        <Button icon={<DownloadOutlined />} loading={exportMutation.isPending} onClick={() => exportMutation.mutate()}>
          导出 JSON
        </Button>
      )}
      {canImport && (
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            void chooseFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importMutation.isPending}>
            导入 JSON
          </Button>
        </Upload>
      )}
    </Space>
  );
}
