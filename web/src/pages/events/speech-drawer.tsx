import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { decideSpeech, eventsKeys, fetchSpeech } from '../../api/events';
import { formatDate } from '../../app/dates';
import { errorText } from '../../lib/show-api-error';
import { ApprovalDescriptions } from './approval-descriptions';
import { DecisionModal } from './approval-modal';
import { articleText, speechStatusColors } from './events-labels';

/** One speech or article request and the government's decision on it (art. 81). */
export function SpeechDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [isApproving, setIsApproving] = useState(false);
  const speech = useQuery({ queryKey: eventsKeys.speech(id), queryFn: ({ signal }) => fetchSpeech(id, signal) });
  const data = speech.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: eventsKeys.all });

  return (
    <Drawer open title={data ? data.title : '讲话文章报批'} size={680} onClose={onClose} destroyOnHidden>
      {speech.isError ? (
        speech.error instanceof ApiError && speech.error.status === 404 ? (
          <Result status="404" title="报批不存在或您无权查看" />
        ) : (
          <Alert type="error" showIcon title="报批加载失败" description={errorText(speech.error)} />
        )
      ) : !data ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {data.actions.includes('consent') && (
            <Button type="primary" onClick={() => setIsApproving(true)} style={{ alignSelf: 'flex-start' }}>
              同意或不同意
            </Button>
          )}
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'status', label: '状态', children: <Tag color={speechStatusColors[data.status]}>{data.statusLabel}</Tag> },
              { key: 'kind', label: '类别', children: data.kindLabel },
              { key: 'speaker', label: '发表人', children: data.speakerName },
              { key: 'date', label: '发表日期', children: formatDate(data.eventDate) },
              { key: 'basis', label: '报批事由', span: 'filled', children: data.basisLabel },
              { key: 'occasion', label: '场合或刊物', span: 'filled', children: data.occasion },
              { key: 'outline', label: '主要内容', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{data.outline || '—'}</span> },
              { key: 'submittedOn', label: '报批日期', children: formatDate(data.submittedOn) },
            ]}
          />
          <Typography.Text strong>区政府意见（第八十一条）</Typography.Text>
          <ApprovalDescriptions approval={data.approval} emptyText="区长尚未办理" />
          {isApproving && (
            <DecisionModal
              title="区政府意见（第八十一条）"
              hint={`第八十一条：${articleText[81]}`}
              version={data.version}
              approveLabel="同意"
              refuseLabel="不同意"
              isOpen
              onClose={() => setIsApproving(false)}
              onSubmit={(input) => decideSpeech(data.id, input)}
              onDone={refresh}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
