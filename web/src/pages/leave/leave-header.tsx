import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '../../app/use-session';
import { AreaHeader } from '../../lib/area-header';

const tabs = [
  { key: '/leave', label: '领导去向' },
  { key: '/leave/reports', label: '请销假' },
  { key: '/leave/cover', label: '补位日历' },
  { key: '/leave/items', label: '领导事项' },
];

function activeTab(pathname: string): string {
  const match = tabs
    .filter((tab) => (tab.key === '/leave' ? pathname === '/leave' : pathname === tab.key || pathname.startsWith(`${tab.key}/`)))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return match?.key ?? '/leave';
}

/** Title, the area's tabs and the page's own controls on the right. */
export function LeaveHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  // The server says which policy actions the user holds; the items tab is for those who may read leaders' items.
  const visibleTabs = (session.data?.actions ?? []).includes('leader_items.read') ? tabs : tabs.filter((tab) => tab.key !== '/leave/items');
  return <AreaHeader title={title} extra={extra} tabs={visibleTabs} activeKey={activeTab(location.pathname)} />;
}

/** Whether the server grants the signed-in user a policy action (`session.actions`): the web never maps roles. */
export function useCan(action: string): boolean {
  const session = useSession();
  return (session.data?.actions ?? []).includes(action);
}

/** Whether the signed-in user may report on a leader's behalf (代报: the office). */
export function useIsOfficeStaff(): boolean {
  return useCan('leave.report_for');
}

