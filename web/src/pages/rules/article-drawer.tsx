import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { fetchArticle, rulesKeys } from '../../api/rules';
import type { ArticleDetail, ArticleParameter, Carrier } from '../../api/rules';
import { areaLabels, carryingKindColors, carryingKindLabels, effectiveText, parameterValueText } from '../../lib/rule-labels';
import { errorText } from '../../lib/show-api-error';
import { KindTags } from './kind-tags';

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section style={{ marginTop: 16 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {title}
        {count !== undefined && <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>（{count}）</Typography.Text>}
      </Typography.Text>
      {children}
    </section>
  );
}

/** How a place in code carries the article; `flag` only marks a case for the office, it never refuses. */
const carrierKindLabels: Record<Carrier['kind'], string> = { ...carryingKindLabels, flag: '提示' };
const carrierKindColors: Record<Carrier['kind'], string> = { ...carryingKindColors, flag: 'gold' };

const carrierColumns: TableColumnsType<Carrier> = [
  { title: '承载方式', dataIndex: 'kind', width: 84, render: (_, carrier) => <Tag color={carrierKindColors[carrier.kind]}>{carrierKindLabels[carrier.kind]}</Tag> },
  { title: '说明', dataIndex: 'summary', render: (_, carrier) => carrier.summary ?? '—' },
  { title: '所属', dataIndex: 'area', width: 96, render: (_, carrier) => (carrier.area ? (areaLabels[carrier.area] ?? carrier.area) : '—') },
  {
    title: '规则与代码位置',
    dataIndex: 'id',
    width: 220,
    render: (_, carrier) => (
      <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-all' }}>
        {carrier.id} · {carrier.file}:{carrier.line}
      </Typography.Text>
    ),
  },
];

const parameterColumns: TableColumnsType<ArticleParameter> = [
  { title: '参数', dataIndex: 'summary' },
  {
    title: '取值',
    key: 'value',
    width: 130,
    render: (_, parameter) => <Typography.Text strong>{parameterValueText(parameter.value, parameter.unit)}</Typography.Text>,
  },
  { title: '施行', key: 'effective', width: 110, render: (_, parameter) => effectiveText(parameter.effective) },
];

function ArticleBody({ article }: { article: ArticleDetail }) {
  const isAdvisory = article.kind === 'advisory';
  return (
    <>
      <div
        data-testid="article-text"
        style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, padding: '10px 14px', fontSize: 15, lineHeight: 1.9 }}
      >
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} style={{ margin: index === 0 ? 0 : '6px 0 0', textIndent: '2em', whiteSpace: 'pre-wrap' }}>
            {paragraph}
          </p>
        ))}
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginTop: 12 }}
        styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'citation', label: '引用', children: <Typography.Text copyable>{article.citation}</Typography.Text> },
          { key: 'chapter', label: '所在章', children: article.chapter?.label ?? '—' },
          { key: 'kinds', label: '承载方式', children: <KindTags kinds={article.kinds} /> },
          {
            key: 'areas',
            label: '涉及业务',
            children:
              article.areas.length > 0 ? (
                <Space size={[4, 4]} wrap>
                  {article.areas.map((area) => (
                    <Tag key={area} style={{ marginInlineEnd: 0 }}>
                      {areaLabels[area] ?? area}
                    </Tag>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            key: 'hash',
            label: '原文校验值',
            children: (
              <Typography.Text
                type="secondary"
                copyable={{ text: article.hash, tooltips: ['复制 SHA-256', '已复制'] }}
                style={{ fontSize: 12, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
                title={`SHA-256：${article.hash}`}
              >
                SHA-256 {article.hash.slice(0, 16)}…
              </Typography.Text>
            ),
          },
        ]}
      />

      <Section title="规则参数" count={article.parameters.length}>
        {article.parameters.length === 0 ? (
          <Typography.Text type="secondary">本条未设定参数</Typography.Text>
        ) : (
          <Table<ArticleParameter>
            className="zw-dense"
            size="small"
            rowKey="key"
            columns={parameterColumns}
            dataSource={article.parameters}
            pagination={false}
          />
        )}
      </Section>

      <Section title="系统承载" count={article.carriers.length}>
        {article.carriers.length > 0 ? (
          <Table<Carrier> className="zw-dense" size="small" rowKey={(carrier) => `${carrier.id}:${carrier.file}:${carrier.line}`} columns={carrierColumns} dataSource={article.carriers} pagination={false} />
        ) : isAdvisory ? (
          <Typography.Text type="secondary">倡导性条款，系统不强制承载</Typography.Text>
        ) : (
          <Alert type="warning" showIcon title="本条尚无系统功能承载" />
        )}
      </Section>

      <Section title="以本条命名的测试" count={article.tests.length}>
        {article.tests.length === 0 ? (
          <Typography.Text type="secondary">暂无</Typography.Text>
        ) : (
          <List
            size="small"
            bordered
            dataSource={article.tests}
            renderItem={(test) => (
              <List.Item style={{ display: 'block' }}>
                <div>{test.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}>
                  {test.file}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Section>
    </>
  );
}

/** One article on the right: its text paragraph by paragraph exactly as the source, and how it is carried. */
export function ArticleDrawer({ number, onClose }: { number: number | null; onClose: () => void }) {
  const isValid = number !== null && Number.isInteger(number) && number > 0;
  const article = useQuery({
    queryKey: rulesKeys.article(number ?? 0),
    queryFn: ({ signal }) => fetchArticle(number ?? 0, signal),
    enabled: isValid,
  });

  const title = article.data ? (
    <Space size={8}>
      <span>{article.data.label}</span>
      {article.data.chapter && (
        <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
          {article.data.chapter.label}
        </Typography.Text>
      )}
    </Space>
  ) : (
    '条文'
  );

  let body: ReactNode;
  if (!isValid || (article.error instanceof ApiError && article.error.status === 404)) {
    body = <Empty description="该条文不存在" />;
  } else if (article.isError) {
    body = <Alert type="error" showIcon title="条文加载失败" description={errorText(article.error)} />;
  } else if (!article.data) {
    body = <Spin style={{ display: 'block', marginTop: 80 }} />;
  } else {
    body = <ArticleBody article={article.data} />;
  }

  return (
    <Drawer open={number !== null} onClose={onClose} size={720} title={title} destroyOnHidden styles={{ body: { paddingTop: 12 } }}>
      {body}
    </Drawer>
  );
}
