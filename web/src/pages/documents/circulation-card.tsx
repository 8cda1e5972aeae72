import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Empty, Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CirculationEntry, Instruction } from '../../api/documents';
import { formatDate, formatDateTime } from '../../app/dates';

/**
 * Every 批示 in order (a deputy's, then the 区长's after 呈区长), each as it reads on the 批办单: opinion, then
 * name and date, and for whom a cover signed (art. 62, 65).
 */
export function InstructionList({ instructions }: { instructions: readonly Instruction[] }) {
  if (instructions.length === 0) return <Typography.Text type="secondary">尚无批示</Typography.Text>;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="instructions">
      {instructions.map((instruction, index) => (
        <div
          key={`${index}-${instruction.name}-${instruction.date}`}
          style={{ border: '1px solid #f0c8c8', background: '#fff8f7', borderRadius: 4, padding: '8px 12px' }}
          data-testid="instruction"
        >
          <div style={{ fontFamily: '"KaiTi", "STKaiti", "楷体", serif', fontSize: 16, whiteSpace: 'pre-wrap' }}>
            {instruction.isCircled ? <Tag color="red">圈阅</Tag> : instruction.opinion}
          </div>
          <div style={{ textAlign: 'right', marginTop: 4 }}>
            <Space size={8}>
              <span>{instruction.name}</span>
              <span>{formatDate(instruction.date)}</span>
              {instruction.actingFor && <Tag color="orange">代{instruction.actingFor.name}批示（第六十二条）</Tag>}
            </Space>
          </div>
        </div>
      ))}
    </Space>
  );
}

/** 传阅: to whom the office sent it, who has read it (已阅 with date, or an opinion) and who has not yet. */
export function CirculationList({ entries }: { entries: readonly CirculationEntry[] }) {
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未传阅" />;
  const read = entries.filter((entry) => entry.readAt !== null).length;
  const columns: TableColumnsType<CirculationEntry> = [
    {
      title: '阅件人',
      key: 'name',
      render: (_, entry) => (
        <Space size={4} wrap>
          <strong>{entry.name}</strong>
          {entry.beforeTransfer && (
            <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
              阅后转办
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: '阅示',
      key: 'read',
      render: (_, entry) =>
        entry.readAt === null ? (
          <Typography.Text type="warning">
            <ClockCircleOutlined /> 未阅
          </Typography.Text>
        ) : (
          <Space orientation="vertical" size={0}>
            <span>
              <CheckCircleTwoTone twoToneColor="#52c41a" /> {entry.opinion ? <span style={{ whiteSpace: 'pre-wrap' }}>{entry.opinion}</span> : '已阅'}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.readByName && entry.readByName !== entry.name ? `${entry.readByName}` : entry.name}，{formatDate(entry.readOn ?? entry.readAt)}
              {entry.actingFor ? `（代${entry.actingFor.name}）` : ''}
            </Typography.Text>
          </Space>
        ),
    },
    { title: '送阅时间', key: 'sent', width: 140, render: (_, entry) => formatDateTime(entry.sentAt) },
  ];
  return (
    <div data-testid="circulation">
      <Space style={{ marginBottom: 8 }}>
        <Progress type="circle" size={28} percent={Math.round((read / entries.length) * 100)} showInfo={false} />
        <span data-testid="circulation-progress">
          已阅 {read}/{entries.length}
          {read < entries.length ? `，未阅：${entries.filter((entry) => entry.readAt === null).map((entry) => entry.name).join('、')}` : ''}
        </span>
      </Space>
      <Table<CirculationEntry> size="small" rowKey="personId" pagination={false} columns={columns} dataSource={[...entries]} />
    </div>
  );
}
