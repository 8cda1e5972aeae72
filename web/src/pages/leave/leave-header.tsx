import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../app/use-session';

const tabs = [
  { key: '/leave', label: '领导去向' },
  { key: '/leave/reports', label: '请销假' },
  { key: '/leave/cover', label: '补位日历' },
  { key: '/leave/items', label: '领导事项' },
];

/** Roles that read leaders' items (the server's `leader_items.read`); others are not shown the tab. */
const itemReaderRoles = ['office_staff', 'leader'];

function activeTab(pathname: string): string {
  const match = tabs
    .filter((tab) => (tab.key === '/leave' ? pathname === '/leave' : pathname === tab.key || pathname.startsWith(`${tab.key}/`)))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return match?.key ?? '/leave';
}

/** Title, the area's tabs and the page's own controls on the right. */
export function LeaveHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  const visibleTabs = roles.some((role) => itemReaderRoles.includes(role)) ? tabs : tabs.filter((tab) => tab.key !== '/leave/items');
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <div style={{ flex: 1 }} />
        {extra}
      </div>
      <Tabs size="small" activeKey={activeTab(location.pathname)} items={visibleTabs} onChange={(key) => void navigate(key)} style={{ marginBottom: -8 }} />
    </div>
  );
}

/** Whether the signed-in user is office staff, who report on leaders' behalf and log items for them. */
export function useIsOfficeStaff(): boolean {
  const session = useSession();
  return session.data?.user.roles.includes('office_staff') ?? false;
}

/** Whether the signed-in user holds the leader role (the 区长 among them may arrange covers, art. 63). */
export function useIsLeader(): boolean {
  const session = useSession();
  return session.data?.user.roles.includes('leader') ?? false;
}
