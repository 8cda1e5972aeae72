import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { fetchItems } from '../api';
import { Breadcrumb, ItemList, LoadState, Pager, usePageTitle } from '../ui';
import { SearchForm } from './search-form';

export default function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const cursor = params.get('cursor') ?? undefined;
  const result = useQuery({ queryKey: ['portal', 'search', q, cursor], queryFn: ({ signal }) => fetchItems({ q, cursor }, signal), enabled: q.length > 0 });
  usePageTitle(q ? `“${q}”的检索结果` : '信息检索');
  return (
    <>
      <Breadcrumb trail={[{ label: '信息检索' }]} />
      <h1>信息检索</h1>
      <SearchForm key={q} initial={q} />
      {q && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">“{q}”的检索结果</h2>
          <LoadState isLoading={result.isLoading} error={result.error} />
          {result.data && (
            <>
              <p className="muted" role="status" data-testid="search-count" data-count={result.data.items.length}>
                {result.data.items.length === 0 ? '没有找到相关信息，请换个关键词再试。' : `本页 ${result.data.items.length} 条${result.data.nextCursor ? '，还有更多' : ''}`}
              </p>
              {result.data.items.length > 0 && <ItemList items={result.data.items} showCategory />}
              <Pager cursor={cursor} nextCursor={result.data.nextCursor} hrefFor={(c) => `/gk/search?q=${encodeURIComponent(q)}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`} />
            </>
          )}
        </section>
      )}
    </>
  );
}
