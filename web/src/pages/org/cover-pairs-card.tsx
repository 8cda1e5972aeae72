import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { endCoverPair, fetchCoverPairs, fetchPeople, orgKeys } from '../../api/org';
import type { CoverPair, Leader } from '../../api/org';
import { errorText } from '../../lib/show-api-error';
import { CoverPairModal } from './cover-pair-modal';
import { EndDateModal } from './end-date-modal';

type PairState = 'current' | 'future' | 'ended';

function stateOf(pair: CoverPair, day: string): PairState {
  if (pair.validFrom > day) return 'future';
  if (pair.validTo !== null && pair.validTo < day) return 'ended';
  return 'current';
}

function StateTag({ state }: { state: PairState }) {
  switch (state) {
    case 'current':
      return <Tag color="green">在用</Tag>;
    case 'future':
      return <Tag color="blue">未生效</Tag>;
    case 'ended':
      return <Tag>已结束</Tag>;
  }
}

/**
 * 补位安排 (art. 62) for whoever maintains them: every pair with its period, 结束 on one that lasts, 新增 a pair.
 * States are judged on the 截至日期 the page shows.
 */
export function CoverPairsCard({ asOf, leaders }: { asOf: string; leaders: readonly Leader[] }) {
  const [isHistory, setIsHistory] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const [ending, setEnding] = useState<CoverPair | null>(null);
  const [clashId, setClashId] = useState<string | undefined>(undefined);
  const pairs = useQuery({ queryKey: orgKeys.coverPairs, queryFn: ({ signal }) => fetchCoverPairs(signal) });
  const people = useQuery({ queryKey: orgKeys.people, queryFn: ({ signal }) => fetchPeople(signal) });
  const names = useMemo(() => {
    const map = new Map<string, string>((people.data?.items ?? []).map((person) => [person.id, person.name]));
    for (const leader of leaders) map.set(leader.personId, leader.name);
    return map;
  }, [people.data, leaders]);
  const nameOf = (id: string) => names.get(id) ?? '（未知人员）';
  const candidates = leaders.filter((leader) => leader.actions.includes('set_cover'));

  const rows = useMemo(
    () =>
      (pairs.data?.items ?? [])
        .filter((pair) => isHistory || stateOf(pair, asOf) !== 'ended' || pair.id === clashId)
        .slice()
        .sort((a, b) => b.validFrom.localeCompare(a.validFrom)),
    [pairs.data, isHistory, asOf, clashId],
  );

  const columns: TableColumnsType<CoverPair> = [
    {
      title: '互相补位的领导',
      key: 'names',
      render: (_, pair) => (
        <Space size={6}>
          <Typography.Text strong>{nameOf(pair.firstPersonId)}</Typography.Text>
          <Typography.Text type="secondary">⇄</Typography.Text>
          <Typography.Text strong>{nameOf(pair.secondPersonId)}</Typography.Text>
        </Space>
      ),
    },
    { title: '生效日期', dataIndex: 'validFrom', width: 120 },
    { title: '截止日期', dataIndex: 'validTo', width: 120, render: (validTo: string | null) => validTo ?? <Typography.Text type="secondary">—</Typography.Text> },
    { title: '状态', key: 'state', width: 90, render: (_, pair) => <StateTag state={stateOf(pair, asOf)} /> },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, pair) =>
        pair.validTo === null ? (
          <Button type="link" size="small" danger style={{ paddingInline: 0 }} onClick={() => setEnding(pair)}>
            结束
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title="补位安排（第六十二条）"
      extra={
        <Space size={12}>
          <Space size={6}>
            <span>含已结束</span>
            <Switch size="small" checked={isHistory} onChange={setIsHistory} aria-label="含已结束的补位安排" />
          </Space>
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} disabled={candidates.length < 2}>
            新增补位安排
          </Button>
        </Space>
      }
      styles={{ body: { padding: 0 } }}
    >
      {pairs.isError && <Alert type="error" showIcon banner title="补位安排加载失败" description={errorText(pairs.error)} />}
      <Table<CoverPair>
        className="zw-dense"
        size="small"
        rowKey="id"
        loading={pairs.isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(pair) => (pair.id === clashId ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={isHistory ? '暂无补位安排' : `截至 ${asOf} 暂无在用的补位安排`} /> }}
      />
      {isCreating && (
        <CoverPairModal
          leaders={candidates}
          asOf={asOf}
          onClash={setClashId}
          onClose={() => {
            setIsCreating(false);
            setClashId(undefined);
          }}
        />
      )}
      {ending && (
        <EndDateModal
          title="结束补位安排"
          description={`${nameOf(ending.firstPersonId)}与${nameOf(ending.secondPersonId)}自 ${ending.validFrom} 起互相补位。结束后该安排保留为历史记录，此后两位领导可另行安排补位。`}
          dateLabel="截止日期"
          okText="结束"
          successText="补位安排已结束"
          minDate={ending.validFrom}
          onEnd={(validTo) => endCoverPair(ending.id, validTo)}
          onClose={() => setEnding(null)}
        />
      )}
    </Card>
  );
}
