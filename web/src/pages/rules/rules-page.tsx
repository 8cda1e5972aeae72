import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { fetchArticles, fetchRulebook, rulesKeys } from '../../api/rules';
import type { ArticleFilter, ArticleListItem, CarryingKind } from '../../api/rules';
import { carryingKindLabels, carryingKindOrder, chapterLabel } from '../../lib/rule-labels';
import { errorText } from '../../lib/show-api-error';
import { ArticleDrawer } from './article-drawer';
import { KindTags } from './kind-tags';
import { RulebookSummary } from './rulebook-summary';
import { RulesHeader } from './rules-header';

const kindValues = new Set<string>(carryingKindOrder);

function isCarryingKind(value: string | null): value is CarryingKind {
  return value !== null && kindValues.has(value);
}

/**
 * What the 条文 column shows: the first paragraph containing the search text (the first paragraph when there is
 * none), without the leading numeral (五十三、) the 条号 column already shows, and starting near the match so the
 * match is not cut off by the column's ellipsis.
 */
function listLine(article: ArticleListItem, keyword: string): string {
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [article.text];
  const found = keyword ? paragraphs.find((paragraph) => paragraph.includes(keyword)) : undefined;
  let line = found ?? paragraphs[0] ?? '';
  const prefix = `${article.numeral}、`;
  if (line.startsWith(prefix)) line = line.slice(prefix.length);
  const index = keyword ? line.indexOf(keyword) : -1;
  return index > 24 ? `…${line.slice(index - 16)}` : line;
}

function Highlight({ text, keyword }: { text: string; keyword: string }) {
  const index = keyword ? text.indexOf(keyword) : -1;
  if (index < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, index)}
      <mark style={{ background: '#fff1b8', padding: 0 }}>{text.slice(index, index + keyword.length)}</mark>
      {text.slice(index + keyword.length)}
    </>
  );
}

/** 规则库 · 条文: the rulebook in force, its 94 articles searchable and filterable, one article in a drawer. */
export default function RulesPage() {
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const rawKind = searchParams.get('kind');
  const kind = isCarryingKind(rawKind) ? rawKind : undefined;
  const rawChapter = Number(searchParams.get('chapter'));
  const chapter = Number.isInteger(rawChapter) && rawChapter > 0 ? rawChapter : undefined;
  const [keyword, setKeyword] = useState(q);
  const selected = params.number === undefined ? null : /^\d+$/.test(params.number) ? Number(params.number) : -1;

  useEffect(() => {
    document.title = '规则库 · 政务';
  }, []);

  const updateParam = useCallback(
    (key: string, value: string | undefined) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  // Typing searches after a short pause; the URL keeps the query so a link shows the same list.
  useEffect(() => {
    const trimmed = keyword.trim();
    if (trimmed === q) return;
    const timer = setTimeout(() => updateParam('q', trimmed || undefined), 300);
    return () => clearTimeout(timer);
  }, [keyword, q, updateParam]);

  const rulebook = useQuery({ queryKey: rulesKeys.rulebook(), queryFn: ({ signal }) => fetchRulebook(signal), staleTime: 5 * 60_000 });
  const filter: ArticleFilter = useMemo(() => ({ q: q || undefined, kind, chapter }), [q, kind, chapter]);
  const articles = useQuery({
    queryKey: rulesKeys.articles(filter),
    queryFn: ({ signal }) => fetchArticles(filter, signal),
    placeholderData: (previous) => previous,
    staleTime: 5 * 60_000,
  });

  const openArticle = (number: number) => void navigate(`/rules/${number}${location.search}`);
  const closeArticle = () => void navigate(`/rules${location.search}`);
  const isFiltered = q !== '' || kind !== undefined || chapter !== undefined;

  const columns: TableColumnsType<ArticleListItem> = [
    {
      title: '条号',
      dataIndex: 'label',
      width: 116,
      render: (_, article) => (
        <Link to={`/rules/${article.number}${location.search}`} onClick={(event) => event.stopPropagation()}>
          {article.label}
        </Link>
      ),
    },
    {
      title: '章',
      key: 'chapter',
      width: 190,
      ellipsis: true,
      render: (_, article) =>
        article.chapter ? (
          <Typography.Text type={article.chapter.title ? undefined : 'secondary'}>{article.chapter.label}</Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: '承载方式', key: 'kinds', width: 130, render: (_, article) => <KindTags kinds={article.kinds} /> },
    {
      title: '条文',
      key: 'text',
      ellipsis: true,
      render: (_, article) => <Highlight text={listLine(article, q)} keyword={q} />,
    },
    {
      title: '承载',
      key: 'carriers',
      width: 64,
      align: 'center',
      render: (_, article) =>
        article.carriers.length > 0 ? (
          article.carriers.length
        ) : (
          <Typography.Text type="secondary">{article.kind === 'advisory' ? '—' : 0}</Typography.Text>
        ),
    },
    {
      title: '测试',
      dataIndex: 'testCount',
      width: 64,
      align: 'center',
      render: (count: number) => (count > 0 ? count : <Typography.Text type="secondary">0</Typography.Text>),
    },
  ];

  const chapterOptions = (rulebook.data?.chapters ?? []).map((c) => ({ value: c.number, label: chapterLabel(c) }));
  const items = articles.data?.items ?? [];

  return (
    <>
      <RulesHeader />
      {rulebook.isError && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="工作规则加载失败" description={errorText(rulebook.error)} />}
      {rulebook.data && (
        <RulebookSummary rulebook={rulebook.data} activeKind={kind} onKindClick={(next) => updateParam('kind', next === kind ? undefined : next)} />
      )}
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Space size={8} wrap style={{ marginBottom: 8 }}>
          <Input.Search
            allowClear
            placeholder="搜索条文内容或条号（如 53）"
            aria-label="搜索条文"
            value={keyword}
            onChange={(event) => setKeyword(event.target.value)}
            onSearch={(value) => {
              setKeyword(value);
              updateParam('q', value.trim() || undefined);
            }}
            style={{ width: 340 }}
            maxLength={100}
          />
          <Select
            allowClear
            placeholder="全部承载方式"
            aria-label="承载方式"
            value={kind}
            onChange={(value?: CarryingKind) => updateParam('kind', value)}
            options={carryingKindOrder.map((value) => ({ value, label: carryingKindLabels[value] }))}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            placeholder="全部章节"
            aria-label="章节"
            value={chapter}
            onChange={(value?: number) => updateParam('chapter', value === undefined ? undefined : String(value))}
            options={chapterOptions}
            style={{ width: 240 }}
            popupMatchSelectWidth={false}
          />
          {isFiltered && (
            <Button
              onClick={() => {
                setKeyword('');
                setSearchParams({}, { replace: true });
              }}
            >
              清除筛选
            </Button>
          )}
        </Space>
        {articles.isError && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="条文加载失败" description={errorText(articles.error)} />}
        <Table<ArticleListItem>
          className="zw-dense"
          size="small"
          rowKey="number"
          loading={articles.isPending || articles.isFetching}
          columns={columns}
          dataSource={items}
          onRow={(article) => ({ onClick: () => openArticle(article.number), style: { cursor: 'pointer' } })}
          rowClassName={(article) => (article.number === selected ? 'ant-table-row-selected' : '')}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => `共 ${count} 条` }}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={isFiltered ? '没有符合条件的条文' : '暂无条文'} /> }}
        />
      </Card>
      <ArticleDrawer number={selected} onClose={closeArticle} />
    </>
  );
}
