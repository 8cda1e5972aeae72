import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Radio, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { eventsKeys, fetchSpeeches } from '../../api/events';
import type { Speech, SpeechStatus } from '../../api/events';
import { formatDate } from '../../app/dates';
import { speechStatusColors, speechStatusLabels } from './events-labels';
import { SpeechDrawer } from './speech-drawer';
import { SpeechFormModal } from './speech-form-modal';
import { browserPagination, ListTable } from '../../lib/list-table';

const statuses = Object.keys(speechStatusLabels) as SpeechStatus[];
const isStatus = (value: string | null): value is SpeechStatus => value !== null && (statuses as string[]).includes(value);

/** 讲话文章: requests for the government's consent to speak or publish (art. 81). */
export function SpeechesTab({ openId }: { openId: string | undefined }) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const [isCreating, setIsCreating] = useState(false);
  const list = useQuery({ queryKey: eventsKeys.speeches(status), queryFn: ({ signal }) => fetchSpeeches(status, signal), placeholderData: (previous) => previous });

  const columns: TableColumnsType<Speech> = [
    { title: '题目', key: 'title', render: (_, item) => <Link to={`/events/speeches/${item.id}${status ? `?status=${status}` : ''}`}>{item.title}</Link> },
    { title: '类别', dataIndex: 'kindLabel', width: 70 },
    { title: '发表人', dataIndex: 'speakerName', width: 130 },
    { title: '场合或刊物', dataIndex: 'occasion', width: 200, ellipsis: true },
    { title: '发表日期', dataIndex: 'eventDate', width: 130, render: (value: string) => formatDate(value) },
    { title: '状态', dataIndex: 'status', width: 90, render: (value: SpeechStatus, item) => <Tag color={speechStatusColors[value]}>{item.statusLabel}</Tag> },
  ];

  return (
    <>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12, flexWrap: 'wrap' }}>
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          value={status ?? 'all'}
          onChange={(event) => {
            const value = event.target.value as string;
            setSearchParams(value === 'all' ? {} : { status: value }, { replace: true });
          }}
          options={[{ value: 'all', label: '全部' }, ...statuses.map((value) => ({ value, label: speechStatusLabels[value] }))]}
        />
        <div style={{ flex: 1 }} />
        {list.data?.actions.includes('create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
            报批讲话文章
          </Button>
        )}
      </div>
      <ListTable<Speech>
        list={list}
        errorTitle="报批加载失败"
        emptyText="暂无报批"
        rowKey="id"
        columns={columns}
        pagination={browserPagination}
        scroll={{ x: 860 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        第八十一条：代表区政府发表讲话或文章，以及个人发表涉及未经区政府研究决定的重大问题及事项的讲话和文章，事先须经区政府同意。
      </Typography.Paragraph>
      {isCreating && (
        <SpeechFormModal
          isOpen={isCreating}
          onClose={() => setIsCreating(false)}
          onCreated={(speech) => {
            setIsCreating(false);
            void navigate(`/events/speeches/${speech.id}`);
          }}
        />
      )}
      {openId && <SpeechDrawer id={openId} onClose={() => void navigate(`/events/speeches${status ? `?status=${status}` : ''}`)} />}
    </>
  );
}
