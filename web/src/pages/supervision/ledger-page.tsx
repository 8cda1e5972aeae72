import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Statistic, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LedgerSummary, SupervisionTask } from '../../api/supervision';
import { exportLedger, fetchLedger, importLedger, supervisionKeys } from '../../api/supervision';
import { saveBlob } from '../../lib/download';
import { ListTable } from '../../lib/list-table';
import { useShowRuleError } from '../../lib/rule-feedback';
import { filterFromSearch, filterToSearch, LedgerFilterBar } from './ledger-filter';
import { OpenTaskModal } from './open-task-modal';
import { SupervisionHeader } from './supervision-header';
import { taskColumns } from './task-columns';
import { useIsOffice } from './use-is-office';

const pageSize = 50;

/** The ledger's counts under the filter, each its own testid; 未完成销号 apart from 已办结 (art. 79). */
export function LedgerCounts({ summary, testPrefix, isLoading }: { summary: LedgerSummary | undefined; testPrefix: string; isLoading: boolean }) {
  const counts = [
    { key: 'total', title: '任务总数', value: summary?.total },
    { key: 'open', title: '办理中', value: summary?.open },
    { key: 'reviewing', title: '待验收', value: summary?.reviewing },
    { key: 'done', title: '已办结', value: summary?.done },
    { key: 'closed-incomplete', title: '未完成销号', value: summary?.closedIncomplete },
    { key: 'overdue', title: '逾期', value: summary?.overdue, isAlarm: true },
  ];
  return (
    <Space size={40} wrap>
      {counts.map((count) => (
        <div key={count.key} data-testid={`${testPrefix}-count-${count.key}`} data-count={count.value ?? ''}>
          <Statistic title={count.title} value={count.value ?? 0} loading={isLoading} styles={count.isAlarm && (count.value ?? 0) > 0 ? { content: { color: '#cf1322' } } : undefined} />
        </div>
      ))}
    </Space>
  );
}

/** 导入: an Excel workbook of the export's columns; all rows or none, each error with its row (office). */
function ImportButton() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowRuleError();
  const [isImporting, setIsImporting] = useState(false);
  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      customRequest={({ file }) => {
        setIsImporting(true);
        importLedger(file as File)
          .then(async (result) => {
            void message.success(`已导入 ${result.count} 项督办任务：${result.numbers.join('、')}`, 5);
            await queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
          })
          .catch((error: unknown) => showError(error, '导入失败'))
          .finally(() => setIsImporting(false));
      }}
    >
      <Button icon={<UploadOutlined />} loading={isImporting}>
        导入
      </Button>
    </Upload>
  );
}

/**
 * 督查台账: every task the caller may see under the filter — its number, source, units, leader, due day with 逾期,
 * progress and status — with the counts of the whole filter, Excel out and in, and 新建 for the office
 * (art. 32, 57, 75–77).
 */
export default function LedgerPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromSearch(searchParams);
  const isOffice = useIsOffice();
  const showError = useShowRuleError();
  const [isOpening, setIsOpening] = useState(false);
  const [isExporting, setIsExporting] = useState(false);
  const ledger = useInfiniteQuery({
    queryKey: supervisionKeys.ledger(filter, undefined),
    queryFn: ({ pageParam, signal }) => fetchLedger(filter, pageParam, pageSize, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  useEffect(() => {
    document.title = '督查台账 · 政务';
  }, []);

  const items: SupervisionTask[] = ledger.data?.pages.flatMap((page) => page.items) ?? [];
  const summary = ledger.data?.pages[0]?.summary;

  const download = () => {
    setIsExporting(true);
    exportLedger(filter)
      .then(({ blob, fileName }) => saveBlob(blob, fileName ?? '督查台账.xlsx'))
      .catch((error: unknown) => showError(error, '导出失败'))
      .finally(() => setIsExporting(false));
  };

  return (
    <>
      <SupervisionHeader
        title="督查督办"
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={isExporting} onClick={download} data-testid="ledger-export">
              导出Excel
            </Button>
            {isOffice && <ImportButton />}
            {isOffice && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsOpening(true)}>
                新建督办任务
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <LedgerFilterBar key={searchParams.toString()} filter={filter} onChange={(next) => setSearchParams(filterToSearch(next), { replace: true })} />
      </Card>
      <Card size="small" style={{ marginBottom: 12 }} data-testid="ledger-summary">
        <LedgerCounts summary={summary} testPrefix="ledger" isLoading={ledger.isPending} />
      </Card>
      <Card size="small">
        <ListTable<SupervisionTask>
          list={{ isError: ledger.isError, error: ledger.error, isPending: ledger.isPending, isFetching: ledger.isFetching && !ledger.isFetchingNextPage, data: { items } }}
          errorTitle="督查台账加载失败"
          emptyText="暂无督办任务"
          rowKey="id"
          columns={taskColumns()}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="ledger-table"
        />
        <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }}>
          <span style={{ color: 'rgba(0,0,0,0.45)' }}>
            已显示 {items.length} / {summary?.total ?? 0} 项
          </span>
          {ledger.hasNextPage && (
            <Button onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage} data-testid="ledger-more">
              加载更多
            </Button>
          )}
        </Space>
      </Card>
      {isOpening && <OpenTaskModal onClose={() => setIsOpening(false)} />}
    </>
  );
}
