import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IncomingDocumentDetail } from '../../api/documents';
import { fetchLedgerAll, supervisionKeys } from '../../api/supervision';
import { OpenTaskModal } from '../supervision/open-task-modal';
import { DueCell, StatusTag } from '../supervision/task-columns';
import { useIsOffice } from '../supervision/use-is-office';

/**
 * 督办: the supervision tasks opened from this document's leader instruction (批示件, art. 75), each linked to its
 * page; the office may open one (立项督办) once a leader has instructed on it.
 */
export function SupervisionTasksCard({ doc }: { doc: IncomingDocumentDetail }) {
  const isOffice = useIsOffice();
  const [isOpening, setIsOpening] = useState(false);
  const filter = { sourceType: 'leader_instruction' as const };
  // The ledger filter has no source id: the 批示件 tasks are few, and this document's are picked from them.
  const ledger = useQuery({ queryKey: [...supervisionKeys.ledgerAll(filter), doc.id], queryFn: ({ signal }) => fetchLedgerAll(filter, signal) });
  const tasks = (ledger.data?.items ?? []).filter((task) => task.source.id === doc.id);
  const mayOpen = isOffice && doc.instructions.length > 0;
  if (!mayOpen && tasks.length === 0) return null;
  return (
    <Card
      size="small"
      title="督办任务（第七十五条）"
      style={{ marginTop: 12 }}
      data-testid="document-supervision-tasks"
      extra={
        mayOpen && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setIsOpening(true)}>
            立项督办
          </Button>
        )
      }
    >
      {tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ledger.isPending ? '加载中' : '尚未立项督办'} />
      ) : (
        <List
          size="small"
          dataSource={tasks}
          renderItem={(task) => (
            <List.Item>
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Space size={6} wrap>
                  <Link to={`/supervision/tasks/${task.id}`}>{task.number ?? task.title}</Link>
                  <StatusTag task={task} />
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {task.title} · {task.leadUnitName}
                </Typography.Text>
                <DueCell task={task} />
              </Space>
            </List.Item>
          )}
        />
      )}
      {isOpening && <OpenTaskModal onClose={() => setIsOpening(false)} initial={{ sourceType: 'leader_instruction', sourceId: doc.id, title: doc.title, leadUnitId: doc.handlingUnit?.id, coUnitIds: doc.coUnitIds }} />}
    </Card>
  );
}
