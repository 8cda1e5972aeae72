import { useEffect } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../ui';

/** 页面不存在: for an unknown address, and for an item that does not exist or is not (yet) public. */
export default function NotFoundPage() {
  usePageTitle('页面不存在');
  useEffect(() => {
    // Not a page for search engines to keep.
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex';
    document.head.append(meta);
    return () => meta.remove();
  }, []);
  return (
    <section className="not-found" data-testid="not-found">
      <h1>页面不存在</h1>
      <p>您访问的页面不存在，或该信息尚未公开、已被移除。</p>
      <ul>
        <li>
          <Link to="/gk">返回首页</Link>
        </li>
        <li>
          <Link to="/gk/search">检索公开信息</Link>
        </li>
        <li>
          <Link to="/gk/apply">申请公开所需的政府信息</Link>
        </li>
      </ul>
    </section>
  );
}
