import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchDrafts } from '../api';
import { DateText, ItemList, LoadState, usePageTitle, useSite } from '../ui';
import { SearchForm } from './search-form';

export default function HomePage() {
  const site = useSite();
  const drafts = useQuery({ queryKey: ['portal', 'drafts', 'home'], queryFn: ({ signal }) => fetchDrafts(undefined, signal) });
  usePageTitle(undefined);
  const openDrafts = (drafts.data?.items ?? []).filter((d) => d.isOpen);
  return (
    <>
      <h1>{site.data ? `${site.data.name}政府信息公开` : '政府信息公开'}</h1>
      <SearchForm />
      <LoadState isLoading={site.isLoading} error={site.error} />
      <div className="home-grid">
        <section aria-labelledby="catalogue-heading" className="panel">
          <h2 id="catalogue-heading">政府信息公开目录</h2>
          <ul className="catalogue" data-testid="catalogue">
            {site.data?.categories.map((c) => (
              <li key={c.key}>
                <Link to={`/gk/category/${c.key}`}>
                  <span>{c.label}</span>
                  <span className="count" data-count={c.count}>
                    {c.count}
                    <span className="visually-hidden">条</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-heading" className="panel">
          <h2 id="latest-heading">最新公开</h2>
          {site.data && <ItemList items={site.data.latest} showCategory />}
        </section>
        <section aria-labelledby="drafts-heading" className="panel">
          <h2 id="drafts-heading">意见征集</h2>
          {drafts.isLoading ? (
            <p className="muted">正在加载…</p>
          ) : openDrafts.length === 0 ? (
            <p className="muted">当前没有正在征求意见的草案。</p>
          ) : (
            <ul className="item-list">
              {openDrafts.map((d) => (
                <li key={d.id}>
                  <Link to={`/gk/drafts/${d.id}`} className="item-title">
                    {d.title}
                  </Link>
                  <span className="item-meta">
                    <span>
                      截止日期 <DateText value={d.closesOn} />
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/gk/drafts">全部征求意见</Link>
          </p>
        </section>
        <section aria-labelledby="services-heading" className="panel">
          <h2 id="services-heading">公开服务</h2>
          <ul className="entrances">
            <li>
              <Link to="/gk/apply">依申请公开</Link>
              <span className="muted">在线提交政府信息公开申请</span>
            </li>
            <li>
              <Link to="/gk/track">查询办理进度</Link>
              <span className="muted">凭申请编号和查询码查询</span>
            </li>
            <li>
              <Link to="/gk/messages">政民互动</Link>
              <span className="muted">留言咨询、查看答复</span>
            </li>
            <li>
              <Link to="/gk/category/annual_reports">年度报告</Link>
              <span className="muted">政府信息公开工作年度报告</span>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
