import { useState } from 'react';
import { useNavigate } from 'react-router';

/** The search box: a plain GET form (it works as a link would), landing on /gk/search?q=…. */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const [q, setQ] = useState(initial);
  const navigate = useNavigate();
  return (
    <form
      role="search"
      className="search-form"
      action="/gk/search"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        const text = q.trim();
        if (text) void navigate(`/gk/search?q=${encodeURIComponent(text)}`);
      }}
    >
      <label htmlFor="portal-search">搜索公开信息</label>
      <div className="search-row">
        <input id="portal-search" name="q" type="search" value={q} maxLength={100} placeholder="输入标题、文号或正文中的文字" onChange={(e) => setQ(e.target.value)} />
        <button type="submit">搜索</button>
      </div>
    </form>
  );
}
