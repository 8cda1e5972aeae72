import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Result, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { chaseNow, documentKeys, fetchChaseList } from '../../api/documents';
import type { IncomingDocument } from '../../api/documents';
import { CursorPager, useCursorPages } from '../../lib/cursor-pages';
import { useShowApiError } from '../../lib/show-api-error';
import { statusColors, urgencyColors } from './document-labels';
import { DocumentsHeader, useIsOfficeStaff } from './documents-header';
import { dueText, overdueText } from './step-clock';
import { ListTable } from '../../lib/list-table';

const chasePageSize = 50;

/** 催办清单 (art. 66): every overdue document, most overdue first, with how its deadline was counted. */
export default function ChaseListPage() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const isOffice = useIsOfficeStaff();

  useEffect(() => {
    document.title = '催办清单 · 政务';
  }, []);

  // The list is paged by cursor (most overdue first): the cursors of the pages walked so far, for 上一页.
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const list = useQuery({
    queryKey: documentKeys.chaseListPage(cursor),
    queryFn: ({ signal }) => fetchChaseList({ ...(cursor ? { cursor } : {}), pageSize: chasePageSize }, signal),
    enabled: isOffice === true,
    placeholderData: (previous) => previous,
  });
  const nextCursor = list.data?.nextCursor ?? null;
  const chase = useMutation({
    mutationFn: chaseNow,
    onSuccess: async (result) => {
      void message.success(result.chased > 0 ? `已催办 ${result.chased} 件，催办记录已写入各公文的办理过程` : '没有需要催办的公文（每件公文每日催办一次）', 6);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
    onError: (error) => showApiError(error, '催办失败'),
  });

  if (isOffice === false) {
    return (
      <>
        <DocumentsHeader title="催办清单" />
        <Card size="small">
          <Result status="403" title="催办清单由区政府办公室使用" extra={<Link to="/documents/incoming">返回收文登记簿</Link>} />
        </Card>
      </>
    );
  }

  const columns: TableColumnsType<IncomingDocument> = [
    {
      title: '逾期',
      key: 'overdue',
      width: 120,
      render: (_, doc) =>
        doc.clock ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {overdueText(doc.clock)}
          </Tag>
        ) : null,
    },
    {
      title: '公文',
      key: 'title',
      render: (_, doc) => (
        <Space orientation="vertical" size={2}>
          <Space size={4} wrap>
            <Tag color={urgencyColors[doc.urgency]} style={{ marginInlineEnd: 0 }}>
              {doc.urgencyLabel}
            </Tag>
            <Link to={`/documents/incoming/${doc.id}`}>{doc.title}</Link>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {doc.registerNumber ?? '未登记'} · {doc.docType} · {doc.sender}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '当前环节',
      key: 'status',
      width: 90,
      render: (_, doc) => (
        <Tag color={statusColors[doc.status]} style={{ marginInlineEnd: 0 }}>
          {doc.statusLabel}
        </Tag>
      ),
    },
    { title: '责任方', key: 'owner', width: 150, render: (_, doc) => (doc.status === 'assigned' ? doc.assignedLeader?.name : doc.status === 'transferred' ? doc.handlingUnit?.name : '区政府办公室') ?? '—' },
    { title: '期限', key: 'due', width: 150, render: (_, doc) => (doc.clock ? <span style={{ whiteSpace: 'nowrap' }}>{dueText(doc.clock)}</span> : '—') },
    {
      title: '计算过程',
      key: 'explanation',
      width: 360,
      render: (_, doc) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {doc.clock?.explanation}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      <DocumentsHeader
        title="催办清单"
        extra={
          <Button type="primary" icon={<BellOutlined />} loading={chase.isPending} onClick={() => chase.mutate()}>
            立即催办
          </Button>
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <ListTable<IncomingDocument>
          list={list}
          errorTitle="催办清单加载失败"
          emptyText="没有逾期的公文"
          rowKey="id"
          columns={columns}
          pagination={false}
          scroll={{ x: 1100 }}
        />
        {(list.data?.total ?? 0) > 0 && <CursorPager pages={pages} nextCursor={nextCursor} label={`共 ${list.data?.total ?? 0} 件逾期 · 第 ${pages.pageNumber} 页`} />}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第六十六条：公文运转的各个环节都要在规定时限内完成；对属于急件的公文，即到即办。系统每小时自动催办到期前1个工作日及已逾期的公文，每件每日一次；“立即催办”即刻执行一次。逾期按工作日历计算，急件按小时计算。
      </Typography.Paragraph>
    </>
  );
}
