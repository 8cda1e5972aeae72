import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AreaHeader } from '../../lib/area-header';

const tabs = [
  { key: '/disclosure', label: '发布审核' },
  { key: '/disclosure/drafts', label: '征求意见' },
  { key: '/disclosure/requests', label: '依申请公开' },
  { key: '/disclosure/messages', label: '政民互动' },
  { key: '/disclosure/annual-report', label: '年度报告' },
];

/** A publication's page belongs to 发布审核; every other page to the tab its path starts with. */
function activeTab(pathname: string): string {
  const own = tabs.filter((tab) => tab.key !== '/disclosure').find((tab) => pathname === tab.key || pathname.startsWith(`${tab.key}/`));
  return own?.key ?? '/disclosure';
}

/** 政务公开's header: the title, the area's tabs (a click on the active tab goes back to its list) and the page's own controls. */
export function DisclosureHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  return <AreaHeader title={title} extra={extra} tabs={tabs} activeKey={activeTab(location.pathname)} isActiveTabLink />;
}
