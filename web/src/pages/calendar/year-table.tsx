import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { exportNotice } from '../../api/calendar';
import type { CalendarYear } from '../../api/calendar';
import { formatDateTime } from '../../app/dates';
import { yearStatusColors, yearStatusHints, yearStatusLabels } from '../../lib/calendar-labels';
import { saveBlob } from '../../lib/download';
import { useShowApiError } from '../../lib/show-api-error';

/** Each year's source — the State Council notice, an imported one, or provisional — with 导出 where there is a notice. */
export function YearTable({
  years,
  isLoading,
  currentYear,
  onOpenYear,
}: {
  years: readonly CalendarYear[];
  isLoading: boolean;
  currentYear: number;
  onOpenYear: (year: number) => void;
}) {
  const showApiError = useShowApiError();
  const exportMutation = useMutation({
    mutationFn: exportNotice,
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
    onError: (error) => showApiError(error, '导出失败'),
  });

  const columns: TableColumnsType<CalendarYear> = [
    {
      title: '年度',
      dataIndex: 'year',
      width: 76,
      render: (year: number) => (
        <Typography.Link strong={year === currentYear} onClick={() => onOpenYear(year)}>
          {year}年
        </Typography.Link>
      ),
    },
    {
      title: '来源',
      dataIndex: 'status',
      width: 104,
      render: (_, row) => (
        <Tooltip title={row.importedAt ? `${yearStatusHints[row.status]}，导入于 ${formatDateTime(row.importedAt)}` : yearStatusHints[row.status]}>
          <Tag color={yearStatusColors[row.status]}>{yearStatusLabels[row.status] ?? row.status}</Tag>
        </Tooltip>
      ),
    },
    {
      title: '放假通知',
      key: 'source',
      ellipsis: true,
      render: (_, row) =>
        row.source ? (
          row.source.url ? (
            <Typography.Link href={row.source.url} target="_blank" rel="noopener noreferrer" title={row.source.title}>
              {row.source.title}
            </Typography.Link>
          ) : (
            <span title={row.source.title}>{row.source.title}</span>
          )
        ) : (
          <Typography.Text type="secondary">尚无通知，按法定节假日暂定</Typography.Text>
        ),
    },
    {
      title: '文号',
      key: 'documentNumber',
      width: 186,
      render: (_, row) =>
        row.source?.documentNumber ? (
          <span style={{ whiteSpace: 'nowrap' }}>{row.source.documentNumber}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 76,
      render: (_, row) =>
        row.status === 'provisional' ? null : (
          <Tooltip title={`导出${row.year}年放假安排（JSON，可再导入）`}>
            <Button
              size="small"
              type="link"
              icon={<DownloadOutlined />}
              loading={exportMutation.isPending && exportMutation.variables === row.year}
              onClick={() => exportMutation.mutate(row.year)}
              style={{ paddingInline: 0 }}
            >
              导出
            </Button>
          </Tooltip>
        ),
    },
  ];

  return (
    <Table<CalendarYear>
      className="zw-dense"
      size="small"
      rowKey="year"
      loading={isLoading}
      columns={columns}
      dataSource={years.slice().reverse()}
      pagination={false}
      rowClassName={(row) => (row.year === currentYear ? 'ant-table-row-selected' : '')}
    />
  );
}
