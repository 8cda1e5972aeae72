import { Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Countersignature, IncomingDocumentDetail } from '../../api/documents';
import { countersignColumns } from '../../lib/countersign-columns';

type Row = { unitId: string; signature: Countersignature | undefined };

/** Each related unit's countersignature (art. 64): who signed, agreed or not, and the grounds of a disagreement. */
export function CountersignList({ doc, unitName }: { doc: IncomingDocumentDetail; unitName: (id: string) => string }) {
  const rows: Row[] = doc.relatedUnitIds.map((unitId) => ({ unitId, signature: doc.countersignatures.find((signature) => signature.unitId === unitId) }));
  const columns: TableColumnsType<Row> = [
    { title: '相关单位', key: 'unit', width: 150, render: (_, row) => unitName(row.unitId) },
    ...countersignColumns<Row>((row) => row.signature ?? null),
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
