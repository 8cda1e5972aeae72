import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../app/use-session';
import { officeRole, submitterRoles } from './document-labels';

type Tab = { key: string; label: string; isFor: (roles: readonly string[]) => boolean };

const tabs: Tab[] = [
  { key: '/documents/incoming', label: '收文登记簿', isFor: () => true },
  { key: '/documents/incoming/new', label: '报送公文', isFor: (roles) => roles.some((role) => submitterRoles.includes(role)) },
  { key: '/documents/incoming/chase', label: '催办清单', isFor: (roles) => roles.includes(officeRole) },
];

/** A document's own page belongs to the register tab. */
function activeTab(pathname: string): string {
  return tabs.find((tab) => tab.key !== '/documents/incoming' && pathname === tab.key)?.key ?? '/documents/incoming';
}

/** Title, the area's tabs (each only for those who use it) and the page's own controls on the right. */
export function DocumentsHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const roles = useSession().data?.user.roles ?? [];
  const visibleTabs = tabs.filter((tab) => tab.isFor(roles)).map(({ key, label }) => ({ key, label }));
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

/** Whether the signed-in user is office staff (签收 … 归档, 催办). */
export function useIsOfficeStaff(): boolean {
  return useSession().data?.user.roles.includes(officeRole) ?? false;
}

/** Whether the signed-in user files documents for a unit. */
export function useIsSubmitter(): boolean {
  return useSession().data?.user.roles.some((role) => submitterRoles.includes(role)) ?? false;
}
