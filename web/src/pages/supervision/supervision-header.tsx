import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AreaHeader } from '../../lib/area-header';

const tabs = [
  { key: '/supervision', label: '督查台账' },
  { key: '/supervision/dashboard', label: '统计分析' },
  { key: '/supervision/plans', label: '年度计划' },
  { key: '/supervision/suggestions', label: '建议提案' },
  { key: '/supervision/rectifications', label: '整改清单' },
  { key: '/supervision/spot-checks', label: '随机抽查' },
  { key: '/supervision/results', label: '结果运用' },
  { key: '/supervision/reports', label: '定期报告' },
];

/** A task's page belongs to the ledger tab; every other page to the tab its path starts with. */
function activeTab(pathname: string): string {
  const own = tabs.filter((tab) => tab.key !== '/supervision').find((tab) => pathname === tab.key || pathname.startsWith(`${tab.key}/`));
  return own?.key ?? '/supervision';
}

/** 督查督办's header: the title, the area's tabs (a click on the active tab goes back to its list) and the page's own controls. */
export function SupervisionHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  return <AreaHeader title={title} extra={extra} tabs={tabs} activeKey={activeTab(location.pathname)} isActiveTabLink />;
}
