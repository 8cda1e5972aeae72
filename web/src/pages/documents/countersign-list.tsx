import { Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Countersignature, IncomingDocumentDetail } from '../../api/documents';
import { formatDateTime } from '../../app/dates';

type Row = { unitId: string; signature: Countersignature | undefined };

/** Each related unit's countersignature (art. 64): who signed, agreed or not, and the grounds of a disagreement. */
export function CountersignList({ doc, unitName }: { doc: IncomingDocumentDetail; unitName: (id: string) => string }) {
  const rows: Row[] = doc.relatedUnitIds.map((unitId) => ({ unitId, signature: doc.countersignatures.find((signature) => signature.unitId === unitId) }));
  const columns: TableColumnsType<Row> = [
    { title: '相关单位', key: 'unit', width: 150, render: (_, row) => unitName(row.unitId) },
    {
      title: '会签',
      key: 'result',
      width: 90,
      render: (_, row) =>
        !row.signature ? (
          <Tag color="processing">待会签</Tag>
        ) : row.signature.isAgreed ? (
          <Tag color="success">同意</Tag>
        ) : (
          <Tag color="error">不同意</Tag>
        ),
    },
    {
      title: '意见与理据',
      key: 'opinion',
      render: (_, row) =>
        row.signature ? (
          <Space orientation="vertical" size={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{row.signature.opinion}</span>
            {row.signature.grounds && (
              <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>
                理据：{row.signature.grounds}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.signature.signerName} · {formatDateTime(row.signature.signedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="unitId"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="countersignatures"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="不涉及其他单位" /> }}
    />
  );
}
