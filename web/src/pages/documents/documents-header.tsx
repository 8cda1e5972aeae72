import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { documentKeys, fetchIncomingDocuments, type RegisterAction } from '../../api/documents';
import { AreaHeader } from '../../lib/area-header';

type Tab = { key: string; label: string; action?: RegisterAction };

const tabs: Tab[] = [
  { key: '/documents/incoming', label: '收文登记簿' },
  { key: '/documents/incoming/new', label: '报送公文', action: 'submit' },
  { key: '/documents/incoming/registration', label: '来文登记', action: 'register' },
  { key: '/documents/incoming/chase', label: '催办清单', action: 'chase' },
];

/** A document's own page belongs to the register tab. */
function activeTab(pathname: string): string {
  return tabs.find((tab) => tab.key !== '/documents/incoming' && pathname === tab.key)?.key ?? '/documents/incoming';
}

/**
 * What the signed-in user may do with the register (报送, 催办), as the server says with the register itself —
 * the page never derives it from role names. `undefined` while loading.
 */
export function useRegisterActions(): readonly RegisterAction[] | undefined {
  const query = useQuery({
    queryKey: documentKeys.registerActions,
    queryFn: ({ signal }) => fetchIncomingDocuments({ pageSize: 1 }, signal),
    staleTime: 60_000,
  });
  return query.data?.actions;
}

/** Title, the area's tabs (each only for those who may use it) and the page's own controls on the right. */
export function DocumentsHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  const actions = useRegisterActions() ?? [];
  const visibleTabs = tabs.filter((tab) => !tab.action || actions.includes(tab.action)).map(({ key, label }) => ({ key, label }));
  return <AreaHeader title={title} extra={extra} tabs={visibleTabs} activeKey={activeTab(location.pathname)} />;
}

/** Whether the signed-in user keeps the chase list (催办), from the register's `actions`; `undefined` while loading. */
export function useIsOfficeStaff(): boolean | undefined {
  return useRegisterActions()?.includes('chase');
}

/** Whether the signed-in user registers documents received from bodies (来文登记), from the register's `actions`. */
export function useIsRegistrar(): boolean | undefined {
  return useRegisterActions()?.includes('register');
}

/** Whether the signed-in user files documents for a unit (报送), from the register's `actions`; `undefined` while loading. */
export function useIsSubmitter(): boolean | undefined {
  return useRegisterActions()?.includes('submit');
}
