import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Statistic, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { Rectification, SupervisionTask } from '../../api/supervision';
import { fetchLedgerAll, fetchRectification, supervisionKeys } from '../../api/supervision';
import { formatDate } from '../../app/dates';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { SupervisionHeader } from './supervision-header';
import { StatusTag, taskColumns } from './task-columns';

function RectificationView({ data }: { data: Rectification }) {
  const { list, problems, tally } = data;
  const lookBacks = useQuery({ queryKey: supervisionKeys.ledgerAll({ category: 'look_back' }), queryFn: ({ signal }) => fetchLedgerAll({ category: 'look_back' }, signal) });
  const problemIds = new Set(problems.map((problem) => problem.id));
  const ownLookBacks = (lookBacks.data?.items ?? []).filter((task) => task.lookBackOfId !== null && problemIds.has(task.lookBackOfId));
  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space size={8} wrap style={{ marginBottom: 8 }}>
          <Typography.Text code>{list.number}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {list.title}
          </Typography.Text>
          <StatusTag task={list} />
          <Link to={`/supervision/tasks/${list.id}`}>任务详情</Link>
        </Space>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'source', label: '来源', children: `${list.source.label}${list.source.ref ? ` · ${list.source.ref}` : ''}` },
            { key: 'lead', label: '牵头单位', children: list.leadUnitName },
            { key: 'due', label: '整改时限', children: formatDate(list.clock?.due ?? list.dueOn) },
          ]}
        />
        <Space size={40}>
          <div data-testid="rectification-pending" data-count={tally.pending}>
            <Statistic title="挂账" value={tally.pending} styles={tally.pending > 0 ? { content: { color: '#d46b08' } } : undefined} />
          </div>
          <div data-testid="rectification-closed" data-count={tally.closed}>
            <Statistic title="销号" value={tally.closed} suffix={tally.closedIncomplete > 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>（其中未完成销号 {tally.closedIncomplete}）</Typography.Text> : undefined} />
          </div>
          <div>
            <Statistic title="回头看" value={ownLookBacks.length} />
          </div>
        </Space>
      </Card>
      <Card size="small" title={`问题清单（${problems.length}）`} style={{ marginBottom: 12 }}>
        <Table<SupervisionTask>
          className="zw-dense"
          size="small"
          rowKey="id"
          columns={[
            ...taskColumns(['source', 'leader']),
            { key: 'lookBack', title: '回头看', dataIndex: 'lookBackOn', width: 110, render: (day: string | null) => (day ? formatDate(day) : '—') },
          ]}
          dataSource={problems}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="rectification-problems"
        />
      </Card>
      <Card size="small" title="回头看">
        <Table<SupervisionTask> className="zw-dense" size="small" rowKey="id" columns={taskColumns(['source', 'leader'])} dataSource={ownLookBacks} loading={lookBacks.isPending} pagination={false} locale={{ emptyText: '问题销号后到期的回头看任务在此列出' }} data-testid="rectification-look-backs" />
      </Card>
    </>
  );
}

/** 整改清单: a list's problems, 挂账 / 销号, and the look-backs due after closing (art. 77). */
export default function RectificationPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: supervisionKeys.rectification(id), queryFn: ({ signal }) => fetchRectification(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.list.title} · 政务` : '整改清单 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<SupervisionHeader title="整改清单" extra={<BackButton to="/supervision/rectifications" text="整改清单" />} />} what="整改清单" list={{ to: '/supervision/rectifications', text: '返回整改清单' }}>
      {(data) => <RectificationView data={data} />}
    </CaseDetail>
  );
}
