import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { fetchDrafts } from '../api';
import { Breadcrumb, DateText, LoadState, Pager, usePageTitle } from '../ui';

export default function DraftsPage() {
  const [params] = useSearchParams();
  const cursor = params.get('cursor') ?? undefined;
  const drafts = useQuery({ queryKey: ['portal', 'drafts', cursor], queryFn: ({ signal }) => fetchDrafts(cursor, signal) });
  usePageTitle('征求意见');
  return (
    <>
      <Breadcrumb trail={[{ label: '征求意见' }]} />
      <h1>征求意见</h1>
      <p>重大行政决策、行政规范性文件和政策措施在决定前向社会公布草案及起草说明，广泛听取公众意见。征求意见期间，您可以在草案页面直接提出意见；征求意见结束后，公布意见采纳情况。</p>
      <LoadState isLoading={drafts.isLoading} error={drafts.error} />
      {drafts.data && drafts.data.items.length === 0 && <p className="muted">暂无征求意见的草案。</p>}
      {drafts.data && drafts.data.items.length > 0 && (
        <ul className="item-list">
          {drafts.data.items.map((d) => (
            <li key={d.id}>
              <Link to={`/gk/drafts/${d.id}`} className="item-title">
                {d.title}
              </Link>
              <span className="item-meta">
                <span className={d.isOpen ? 'tag tag-open' : 'tag'}>{d.statusLabel}</span>
                <span>{d.kindLabel}</span>
                <span>
                  征求意见期 <DateText value={d.opensOn} /> 至 <DateText value={d.closesOn} />
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {drafts.data && <Pager cursor={cursor} nextCursor={drafts.data.nextCursor} hrefFor={(c) => `/gk/drafts${c ? `?cursor=${encodeURIComponent(c)}` : ''}`} />}
    </>
  );
}
