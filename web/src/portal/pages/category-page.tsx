import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { fetchItems } from '../api';
import { Breadcrumb, ItemList, LoadState, Pager, usePageTitle, useSite } from '../ui';
import NotFoundPage from './not-found-page';

export default function CategoryPage() {
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  const cursor = params.get('cursor') ?? undefined;
  const site = useSite();
  const category = site.data?.categories.find((c) => c.key === key);
  const items = useQuery({ queryKey: ['portal', 'category', key, cursor], queryFn: ({ signal }) => fetchItems({ category: key, cursor }, signal), enabled: category !== undefined });
  usePageTitle(category?.label);
  if (site.data && !category) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb trail={[{ label: '政府信息公开目录', to: '/gk' }, { label: category?.label ?? '栏目' }]} />
      <h1>{category?.label ?? '栏目'}</h1>
      {category && <p className="muted">共 {category.count} 条</p>}
      <LoadState isLoading={site.isLoading || items.isLoading} error={site.error ?? items.error} />
      {items.data && (
        <>
          <ItemList items={items.data.items} />
          <Pager cursor={cursor} nextCursor={items.data.nextCursor} hrefFor={(c) => `/gk/category/${key}${c ? `?cursor=${encodeURIComponent(c)}` : ''}`} />
        </>
      )}
    </>
  );
}
