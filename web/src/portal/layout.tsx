import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSite } from './ui';

const LARGE_TEXT_KEY = 'gk.largeText';

/** Whether the large-text mode (大字版) is on: kept in this browser only, applied to the root before the first paint. */
export function readLargeText(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
}

export function applyLargeText(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
}

function LargeTextToggle() {
  const [on, setOn] = useState(readLargeText);
  useEffect(() => {
    applyLargeText(on);
    try {
      localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0');
    } catch {
      // private mode: the setting lasts for this page only
    }
  }, [on]);
  return (
    <button type="button" className="large-text-toggle" aria-pressed={on} onClick={() => setOn((v) => !v)}>
      {on ? '标准版' : '大字版'}
    </button>
  );
}

const sections = [
  { to: '/gk', label: '首页', end: true },
  { to: '/gk/search', label: '信息检索' },
  { to: '/gk/drafts', label: '征求意见' },
  { to: '/gk/apply', label: '依申请公开' },
  { to: '/gk/messages', label: '政民互动' },
] as const;

/** The portal's frame: the skip link, the header with the site's name, the sections, the main region, the footer. */
export function PortalLayout() {
  const site = useSite();
  const name = site.data?.name ?? '';
  const location = useLocation();
  // A new page: the reader starts at its main region, as after a full page load.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/gk" className="site-name">
            <span className="site-name-main">{name || '政府信息公开'}</span>
            {name && <span className="site-name-sub">政府信息公开</span>}
          </Link>
          <LargeTextToggle />
        </div>
        <nav className="site-nav" aria-label="主要栏目">
          <ul className="container">
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={'end' in s ? s.end : false}>
                  {s.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <ul className="footer-links">
            <li>
              <Link to="/gk/accessibility">无障碍说明</Link>
            </li>
            <li>
              <Link to="/gk/track">查询申请办理进度</Link>
            </li>
            <li>
              <a href="/api/public/feed.atom">Atom 订阅</a>
            </li>
            <li>
              <a href="/api/public/feed.rss">RSS 订阅</a>
            </li>
          </ul>
          <p>{name ? `${name}办公室主办` : '政府信息公开'} · 本站不使用跟踪访问者的 Cookie</p>
        </div>
      </footer>
    </>
  );
}
