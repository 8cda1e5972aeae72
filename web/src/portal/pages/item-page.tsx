import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { fetchItem, isNotFound, type Item } from '../api';
import { Breadcrumb, DateText, fileSize, LoadState, usePageTitle } from '../ui';
import NotFoundPage from './not-found-page';

function ItemLink({ item }: { item: Item }) {
  return (
    <>
      <Link to={`/gk/items/${item.id}`}>{item.title}</Link>
      {item.documentNumber && <span className="muted">（{item.documentNumber}）</span>}
    </>
  );
}

export default function ItemPage() {
  const { id = '' } = useParams();
  const item = useQuery({ queryKey: ['portal', 'item', id], queryFn: ({ signal }) => fetchItem(id, signal) });
  usePageTitle(item.data?.title);
  if (isNotFound(item.error)) return <NotFoundPage />;
  const d = item.data;
  return (
    <>
      <Breadcrumb trail={[...(d ? [{ label: d.categoryLabel, to: `/gk/category/${d.category}` }] : []), { label: '正文' }]} />
      <LoadState isLoading={item.isLoading} error={item.error} />
      {d && (
        <article className="document" data-testid="document">
          <h1>{d.title}</h1>
          <dl className="document-meta">
            <div>
              <dt>文号</dt>
              <dd>{d.documentNumber ?? '无'}</dd>
            </div>
            <div>
              <dt>发布机构</dt>
              <dd>{d.issuingBody}</dd>
            </div>
            <div>
              <dt>成文日期</dt>
              <dd>{d.writtenOn ? <DateText value={d.writtenOn} /> : '无'}</dd>
            </div>
            <div>
              <dt>发布日期</dt>
              <dd>
                <DateText value={d.publishedAt} />
              </dd>
            </div>
            <div>
              <dt>公开属性</dt>
              <dd>{d.disclosureLabel}</dd>
            </div>
            <div>
              <dt>所属栏目</dt>
              <dd>{d.categoryLabel}</dd>
            </div>
          </dl>
          {d.withdrawn ? (
            <div className="notice" data-testid="withdrawn-notice">
              <h2>撤回说明</h2>
              <p>
                本信息已于 <DateText value={d.withdrawn.at} /> 撤回。
              </p>
              <p>撤回原因：{d.withdrawn.reason}</p>
            </div>
          ) : (
            <div className="document-body" data-testid="document-body">
              {d.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          )}
          {!d.withdrawn && d.attachments.length > 0 && (
            <section aria-labelledby="attachments-heading">
              <h2 id="attachments-heading">附件</h2>
              <ul className="attachments">
                {d.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} download>
                      {a.fileName}
                    </a>
                    <span className="muted">（{fileSize(a.size)}）</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {d.interprets && (
            <section aria-labelledby="interprets-heading" data-testid="interprets">
              <h2 id="interprets-heading">本解读所解读的文件</h2>
              <p>
                <ItemLink item={d.interprets} />
              </p>
            </section>
          )}
          {d.interpretations.length > 0 && (
            <section aria-labelledby="interpretations-heading" data-testid="interpretations">
              <h2 id="interpretations-heading">政策解读</h2>
              <ul>
                {d.interpretations.map((i) => (
                  <li key={i.id}>
                    <ItemLink item={i} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      )}
    </>
  );
}
