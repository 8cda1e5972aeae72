import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, InputNumber, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { calendarKeys, importNotice } from '../../api/calendar';
import type { ImportNoticeInput, ImportNoticeResult } from '../../api/calendar';
import { formatDate } from '../../app/dates';
import { ApiErrorAlert } from '../../lib/show-api-error';

type ChosenFile = { name: string; format: ImportNoticeInput['format']; text: string };

/** The largest file the server takes (its limit is 1,000,000 characters). */
const maxChars = 1_000_000;

function ImportResultView({ result }: { result: ImportNoticeResult }) {
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'year', label: '年度', children: `${result.year}年` },
          { key: 'outcome', label: '结果', children: result.outcome === 'inserted' ? '新增该年度放假安排' : '替换该年度原有放假安排' },
          { key: 'recomputed', label: '重新计算的未结期限', children: `${result.recomputed} 项` },
          { key: 'changed', label: '截止日期变化', children: `${result.changed.length} 项` },
        ]}
      />
      {result.changed.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          className="zw-dense"
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ y: 240 }}
          dataSource={result.changed}
          columns={[
            { title: '期限', dataIndex: 'label' },
            { title: '原截止日期', dataIndex: 'previousDue', width: 130, render: (date: string) => formatDate(date) },
            { title: '新截止日期', dataIndex: 'due', width: 130, render: (date: string) => <Typography.Text strong>{formatDate(date)}</Typography.Text> },
          ]}
        />
      )}
    </>
  );
}

/**
 * 导入放假通知 (system administrator): a State Council holiday notice as JSON (the export format) or iCalendar,
 * read in the browser and sent as text. The server re-counts every open deadline that reaches into the year.
 */
export function ImportNoticeModal({ isOpen, onClose, defaultYear }: { isOpen: boolean; onClose: () => void; defaultYear: number }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [year, setYear] = useState<number | null>(defaultYear);

  const mutation = useMutation({
    mutationFn: (input: ImportNoticeInput) => importNotice(input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      onClose();
      modal.success({ title: `${result.year}年放假通知已导入`, width: 560, content: <ImportResultView result={result} />, okText: '知道了' });
    },
  });

  const choose = async (chosen: File) => {
    const lower = chosen.name.toLowerCase();
    const format = lower.endsWith('.ics') ? 'ics' : lower.endsWith('.json') ? 'json' : null;
    if (!format) {
      void message.error('请选择 .json 或 .ics 文件');
      return;
    }
    const text = await chosen.text();
    if (text.length > maxChars) {
      void message.error('文件过大，请确认是否为放假通知文件');
      return;
    }
    mutation.reset();
    setFile({ name: chosen.name, format, text });
    const named = /(20\d{2}|21\d{2})/.exec(chosen.name)?.[1];
    if (format === 'ics' && named) setYear(Number(named));
  };

  const submit = () => {
    if (!file) {
      void message.warning('请先选择文件');
      return;
    }
    if (file.format === 'ics' && !year) {
      void message.warning('导入 iCalendar 文件须指定年份');
      return;
    }
    mutation.mutate({ format: file.format, text: file.text, year: file.format === 'ics' ? (year ?? undefined) : undefined });
  };

  return (
    <Modal
      title="导入放假通知"
      open={isOpen}
      onCancel={onClose}
      onOk={submit}
      okText="导入"
      okButtonProps={{ disabled: !file }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        导入国务院办公厅某年度部分节假日安排的通知：JSON 文件（格式同“导出”）或 iCalendar（.ics）文件。导入后，涉及该年度的未结工作日期限将按新日历重新计算，操作记入审计日志。
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".json,.ics,application/json,text/calendar"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(chosen) => {
          void choose(chosen);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? `已选择：${file.name}` : '点击或拖入文件'}</p>
        <p className="ant-upload-hint">{file ? '可重新选择' : '支持 .json、.ics'}</p>
      </Upload.Dragger>
      {file?.format === 'ics' && (
        <Form layout="inline" style={{ marginTop: 12 }}>
          <Form.Item label="年度" required extra="iCalendar 文件可含多个年度，只导入所选年度">
            <InputNumber min={1990} max={2199} precision={0} value={year} onChange={(value) => setYear(value)} style={{ width: 120 }} aria-label="年度" />
          </Form.Item>
        </Form>
      )}
      {mutation.isError && (
        <div style={{ marginTop: 12 }}>
          <ApiErrorAlert error={mutation.error} title="导入失败" />
        </div>
      )}
      {file && !mutation.isError && (
        <Alert style={{ marginTop: 12 }} type="info" showIcon title={`将按 ${file.format === 'ics' ? 'iCalendar' : 'JSON'} 格式导入“${file.name}”`} />
      )}
    </Modal>
  );
}
