import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { fetchLeaders, fetchPeople, orgKeys } from '../../api/org';
import type { Leader } from '../../api/org';
import { postKindRank } from '../../lib/org-labels';
import { errorText } from '../../lib/show-api-error';
import { ContactModal } from './contact-modal';
import { CoverPairsCard } from './cover-pairs-card';
import { OrgHeader } from './org-header';
import { PortfolioModal } from './portfolio-modal';
import { useAsOf } from './use-as-of';

function TagList({ values, color }: { values: string[]; color?: string }) {
  if (values.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {values.map((value) => (
        <Tag key={value} color={color} style={{ marginInlineEnd: 0 }}>
          {value}
        </Tag>
      ))}
    </Space>
  );
}

export default function OrgLeadersPage() {
  const [asOf, setAsOf] = useAsOf();

  useEffect(() => {
    document.title = '区政府领导 · 政务';
  }, []);

  const leaders = useQuery({
    queryKey: orgKeys.leaders(asOf),
    queryFn: ({ signal }) => fetchLeaders(asOf, signal),
    placeholderData: (previous) => previous,
  });
  const rows = useMemo(
    // Stable sort: the server's order within a rank (e.g. the deputies' 排名) is kept.
    () => (leaders.data?.items ?? []).slice().sort((a, b) => postKindRank[a.post.kind] - postKindRank[b.post.kind]),
    [leaders.data],
  );
  const unitSearch = asOf ? `&asOf=${asOf}` : '';
  const [editingPortfolio, setEditingPortfolio] = useState<Leader | null>(null);
  const [contactOf, setContactOf] = useState<Leader | null>(null);
  const canSetCover = rows.some((leader) => leader.actions.includes('set_cover'));
  const hasActions = rows.some((leader) => leader.actions.length > 0);
  // Only those who may change something need the directory (for its per-person contact actions).
  const people = useQuery({ queryKey: orgKeys.people, queryFn: ({ signal }) => fetchPeople(signal), enabled: hasActions });
  const contactPeople = useMemo(
    () => new Set((people.data?.items ?? []).filter((person) => person.actions.includes('read_contact') || person.actions.includes('set_contact')).map((person) => person.id)),
    [people.data],
  );
  const areaSuggestions = useMemo(() => [...new Set(rows.flatMap((leader) => leader.portfolio.areas))], [rows]);

  const columns: TableColumnsType<Leader> = [
    { title: '姓名', dataIndex: 'name', width: 90, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: '职务', key: 'post', width: 130, render: (_, leader) => leader.post.title },
    {
      title: '分管单位',
      key: 'units',
      render: (_, leader) =>
        leader.portfolio.units.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {leader.portfolio.units.map((unit) => (
              <Tag key={unit.id} style={{ marginInlineEnd: 0 }}>
                <Link to={`/org?unit=${encodeURIComponent(unit.id)}${unitSearch}`}>{unit.name}</Link>
              </Tag>
            ))}
          </Space>
        ),
    },
    { title: '分管领域', key: 'areas', width: 220, render: (_, leader) => <TagList values={leader.portfolio.areas} color="blue" /> },
    {
      title: '一岗双责',
      key: 'dualDuty',
      width: 180,
      // Art. 9: the four kinds of work within this deputy's own fields; those the portfolio names are led by them.
      render: (_, leader) =>
        leader.portfolio.dualDuty.duties.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tooltip title={`对分管领域（${leader.portfolio.dualDuty.fields.join('、')}）的${leader.portfolio.dualDuty.duties.join('、')}工作负责`}>
            <span>
              <TagList values={leader.portfolio.dualDuty.duties.map((d) => (leader.portfolio.dualDuty.leads.includes(d) ? `${d}（牵头）` : d))} color="purple" />
            </span>
          </Tooltip>
        ),
    },
    {
      title: '补位',
      key: 'cover',
      width: 90,
      render: (_, leader) => leader.cover?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...(hasActions
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, leader: Leader) => (
              <Space size={4}>
                {leader.actions.includes('set_portfolio') && (
                  <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setEditingPortfolio(leader)}>
                    调整分工
                  </Button>
                )}
                {contactPeople.has(leader.personId) && (
                  <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setContactOf(leader)}>
                    联系方式
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <OrgHeader asOf={asOf} onAsOfChange={setAsOf} />
      {leaders.isError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title="区政府领导加载失败" description={errorText(leaders.error)} />
      )}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Leader>
          className="zw-dense"
          size="small"
          rowKey={(leader) => `${leader.personId}-${leader.post.kind}`}
          loading={leaders.isPending || leaders.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: hasActions ? 1110 : 960 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`截至 ${asOf} 暂无区政府领导信息`} /> }}
        />
      </Card>
      {canSetCover && <CoverPairsCard asOf={asOf} leaders={rows} />}
      {editingPortfolio && (
        <PortfolioModal leader={editingPortfolio} asOf={asOf} areaSuggestions={areaSuggestions} onClose={() => setEditingPortfolio(null)} />
      )}
      {contactOf && <ContactModal personId={contactOf.personId} name={contactOf.name} onClose={() => setContactOf(null)} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        依据《临淄区人民政府工作规则》第九条：副区长按分工负责处理分管工作，对分管领域廉洁建设、安全生产、生态环保和信访维稳工作实行“一岗双责”责任制；第六十二条：区政府领导出区（出访）、考察、学习、休假期间，由相对固定的其他区政府领导补位，代为处理分管有关工作。
      </Typography.Paragraph>
    </>
  );
}
