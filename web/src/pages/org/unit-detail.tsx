import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { endAppointment, fetchPeople, fetchUnit, orgKeys } from '../../api/org';
import type { Post, PostHolder, Unit } from '../../api/org';
import { postKindLabels, postKindRank, unitKindLabels } from '../../lib/org-labels';
import { errorText } from '../../lib/show-api-error';
import { AppointModal } from './appoint-modal';
import { ContactModal } from './contact-modal';
import { EditUnitModal } from './edit-unit-modal';
import { EndDateModal } from './end-date-modal';

function isCurrent(holder: PostHolder, asOf: string): boolean {
  return holder.from <= asOf && (holder.to === null || holder.to >= asOf);
}

/** What may be done to a holder here, each only when the server allows it. */
type HolderActions = {
  /** 免职: only on a tenure still open (a set end date is already its 免职). */
  onEnd?: (holder: PostHolder) => void;
  /** 联系方式, for the people whose contact data the caller maintains. */
  onContact?: (holder: PostHolder) => void;
  contactPeople: ReadonlySet<string>;
};

function HolderList({ holders, asOf, isHistory, actions }: { holders: PostHolder[]; asOf: string; isHistory: boolean; actions: HolderActions }) {
  const shown = isHistory ? holders : holders.filter((holder) => isCurrent(holder, asOf));
  if (shown.length === 0) return <Typography.Text type="secondary">空缺</Typography.Text>;
  const sorted = shown.slice().sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Space orientation="vertical" size={0}>
      {sorted.map((holder) => {
        const isNow = isCurrent(holder, asOf);
        return (
          <span key={holder.appointmentId} data-testid="post-holder">
            <Typography.Text type={isNow ? undefined : 'secondary'} strong={isNow}>
              {holder.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {holder.to ? `${holder.from} 至 ${holder.to}` : `${holder.from} 起`}
            </Typography.Text>
            {isHistory && !isNow && holder.to !== null && holder.to < asOf && (
              <Tag style={{ marginInlineStart: 6 }}>已离任</Tag>
            )}
            {isHistory && holder.from > asOf && <Tag style={{ marginInlineStart: 6 }}>未到任</Tag>}
            {actions.onEnd && holder.to === null && (
              <Button type="link" size="small" danger style={{ marginInlineStart: 4, paddingInline: 4 }} onClick={() => actions.onEnd?.(holder)}>
                免职
              </Button>
            )}
            {actions.onContact && actions.contactPeople.has(holder.personId) && (
              <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => actions.onContact?.(holder)}>
                联系方式
              </Button>
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
  const [appointingTo, setAppointingTo] = useState<Post | null>(null);
  const [ending, setEnding] = useState<{ holder: PostHolder; post: Post } | null>(null);
  const [contactOf, setContactOf] = useState<PostHolder | null>(null);
  const detail = useQuery({
    queryKey: orgKeys.unit(unitId, asOf, isHistory),
    queryFn: ({ signal }) => fetchUnit(unitId, asOf, isHistory, signal),
    // Toggling history or moving the date keeps the old table on screen; another unit starts blank.
    placeholderData: (previous) => (previous?.id === unitId ? previous : undefined),
  });

  const unit = detail.data;
  const canUpdate = unit?.actions.includes('update') ?? false;
  // The directory's per-person actions decide who gets 联系方式; only fetched for those who may change the unit.
  const people = useQuery({ queryKey: orgKeys.people, queryFn: ({ signal }) => fetchPeople(signal), enabled: canUpdate });
  const contactPeople = useMemo(
    () => new Set((people.data?.items ?? []).filter((person) => person.actions.includes('read_contact') || person.actions.includes('set_contact')).map((person) => person.id)),
    [people.data],
  );
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
      render: (_, post) => (
        <HolderList
          holders={post.holders}
          asOf={asOf}
          isHistory={isHistory}
          actions={{
            onEnd: canUpdate ? (holder) => setEnding({ holder, post }) : undefined,
            onContact: canUpdate ? setContactOf : undefined,
            contactPeople,
          }}
        />
      ),
    },
    ...(canUpdate
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_: unknown, post: Post) => (
              <Button size="small" icon={<UserAddOutlined />} onClick={() => setAppointingTo(post)}>
                任职
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      loading={detail.isPending}
      title={unit ? unit.name : '单位信息'}
      extra={
        canUpdate && (
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
          {appointingTo && <AppointModal unitName={unit.name} post={appointingTo} asOf={asOf} onClose={() => setAppointingTo(null)} />}
          {ending && (
            <EndDateModal
              title={`免职 · ${ending.holder.name}`}
              description={`${ending.holder.name}自 ${ending.holder.from} 起任${unit.name}${ending.post.title}。免职后任职记录保留，可在“任职历史”中查看。`}
              dateLabel="免职日期"
              okText="免职"
              successText="已免职"
              minDate={ending.holder.from}
              onEnd={(validTo) => endAppointment(ending.holder.appointmentId, validTo)}
              onClose={() => setEnding(null)}
            />
          )}
          {contactOf && <ContactModal personId={contactOf.personId} name={contactOf.name} onClose={() => setContactOf(null)} />}
        </>
      )}
    </Card>
  );
}
