import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { fetchUnit, orgKeys } from '../../api/org';
import type { Post, PostHolder, Unit } from '../../api/org';
import { postKindLabels, postKindRank, unitKindLabels } from '../../lib/org-labels';
import { errorText } from '../../lib/show-api-error';
import { EditUnitModal } from './edit-unit-modal';

function isCurrent(holder: PostHolder, asOf: string): boolean {
  return holder.from <= asOf && (holder.to === null || holder.to >= asOf);
}

function HolderList({ holders, asOf, isHistory }: { holders: PostHolder[]; asOf: string; isHistory: boolean }) {
  const shown = isHistory ? holders : holders.filter((holder) => isCurrent(holder, asOf));
  if (shown.length === 0) return <Typography.Text type="secondary">空缺</Typography.Text>;
  const sorted = shown.slice().sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Space orientation="vertical" size={0}>
      {sorted.map((holder) => {
        const isNow = isCurrent(holder, asOf);
        return (
          <span key={holder.appointmentId}>
            <Typography.Text type={isNow ? undefined : 'secondary'} strong={isNow}>
              {holder.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {holder.to ? `${holder.from} 至 ${holder.to}` : `${holder.from} 起`}
            </Typography.Text>
            {isHistory && !isNow && holder.to !== null && holder.to < asOf && (
              <Tag style={{ marginInlineStart: 6 }}>已离任</Tag>
            )}
          </span>
        );
      })}
    </Space>
  );
}

/** The right-hand side of the org page: one unit, its posts and who holds them as of the date. */
export function UnitDetail({ unitId, asOf, units }: { unitId: string; asOf: string; units: readonly Unit[] }) {
  const [isHistory, setIsHistory] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const detail = useQuery({
    queryKey: orgKeys.unit(unitId, asOf, isHistory),
    queryFn: ({ signal }) => fetchUnit(unitId, asOf, isHistory, signal),
    // Toggling history or moving the date keeps the old table on screen; another unit starts blank.
    placeholderData: (previous) => (previous?.id === unitId ? previous : undefined),
  });

  if (detail.isError) {
    if (detail.error instanceof ApiError && detail.error.status === 404) {
      return (
        <Card size="small">
          <Empty description={`截至 ${asOf}，该单位不存在或您无权查看`} />
        </Card>
      );
    }
    return <Alert type="error" showIcon title="单位信息加载失败" description={errorText(detail.error)} />;
  }

  const unit = detail.data;
  const parentName = unit?.parentId ? (units.find((candidate) => candidate.id === unit.parentId)?.name ?? '—') : '—';
  const posts = (unit?.posts ?? []).slice().sort((a, b) => postKindRank[a.kind] - postKindRank[b.kind]);

  const columns: TableColumnsType<Post> = [
    {
      title: '职务',
      key: 'title',
      width: 200,
      render: (_, post) => (
        <Space orientation="vertical" size={0}>
          <span>{post.title}</span>
          {post.title !== postKindLabels[post.kind] && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {postKindLabels[post.kind]}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: isHistory ? '任职人员（含历任）' : '现任',
      key: 'holders',
      render: (_, post) => <HolderList holders={post.holders} asOf={asOf} isHistory={isHistory} />,
    },
  ];

  return (
    <Card
      size="small"
      loading={detail.isPending}
      title={unit ? unit.name : '单位信息'}
      extra={
        unit?.actions.includes('update') && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
            编辑
          </Button>
        )
      }
    >
      {unit && (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2, xl: 3 }}
            items={[
              { key: 'name', label: '单位名称', children: unit.name },
              { key: 'shortName', label: '简称', children: unit.shortName ?? '—' },
              { key: 'kind', label: '单位类别', children: unitKindLabels[unit.kind] ?? unit.kind },
              { key: 'parent', label: '上级单位', children: parentName },
              { key: 'sortOrder', label: '排序号', children: unit.sortOrder },
            ]}
          />
          <div style={{ display: 'flex', alignItems: 'center', margin: '16px 0 8px' }}>
            <Typography.Text strong>职务与任职</Typography.Text>
            <div style={{ flex: 1 }} />
            <Space size={6}>
              <span>任职历史</span>
              <Switch size="small" checked={isHistory} onChange={setIsHistory} aria-label="任职历史" loading={detail.isFetching && isHistory} />
            </Space>
          </div>
          <Table<Post>
            className="zw-dense"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={posts}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无职务" /> }}
          />
          {isEditing && <EditUnitModal unit={unit} isOpen={isEditing} onClose={() => setIsEditing(false)} />}
        </>
      )}
    </Card>
  );
}
