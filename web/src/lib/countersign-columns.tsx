import { Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatDateTime } from '../app/dates';

/** A unit's signed 会签 as every kind of case shows it; `null` while the unit has not signed. */
export type SignedCountersign = { isAgreed: boolean; opinion: string | null; grounds: string | null; signerName: string | null; signedAt: string };

/**
 * The 会签 and 意见与理据 columns of a countersign list (arts. 52, 64, 68): agreed or not, the opinion, the grounds
 * of a disagreement, by whom and when. The area adds its own unit and due-date columns around them.
 */
export function countersignColumns<Row>(signatureOf: (row: Row) => SignedCountersign | null): TableColumnsType<Row> {
  return [
    {
      title: '会签',
      key: 'result',
      width: 90,
      render: (_, row) => {
        const signature = signatureOf(row);
        return !signature ? <Tag color="processing">待会签</Tag> : signature.isAgreed ? <Tag color="success">同意</Tag> : <Tag color="error">不同意</Tag>;
      },
    },
    {
      title: '意见与理据',
      key: 'opinion',
      render: (_, row) => {
        const signature = signatureOf(row);
        return signature ? (
          <Space orientation="vertical" size={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{signature.opinion}</span>
            {signature.grounds && (
              <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>
                理据：{signature.grounds}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {signature.signerName} · {formatDateTime(signature.signedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    },
  ];
}
