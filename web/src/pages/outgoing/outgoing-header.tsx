import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { fetchOutgoingList, outgoingKeys } from '../../api/outgoing';
import { useSession } from '../../app/use-session';
import { AreaHeader } from '../../lib/area-header';

type Tab = { key: string; label: string; isShown: (tools: Tools) => boolean };
type Tools = { mayDraft: boolean; mayReceive: boolean };

const tabs: Tab[] = [
  { key: '/outgoing', label: '发文', isShown: () => true },
  { key: '/outgoing/new', label: '拟稿', isShown: (tools) => tools.mayDraft },
  { key: '/outgoing/received', label: '收到的文件', isShown: (tools) => tools.mayReceive },
  { key: '/outgoing/authorizations', label: '签发授权', isShown: () => true },
];

/** A document's own pages belong to the list tab. */
function activeTab(pathname: string): string {
  return tabs.find((tab) => tab.key !== '/outgoing' && pathname === tab.key)?.key ?? '/outgoing';
}

/**
 * What the signed-in user may do in the area, as the server says: 拟稿 from the list's own `actions`, 签收 from
 * the session's policy actions — never from role names. `undefined` while loading.
 */
export function useOutgoingTools(): Tools | undefined {
  const session = useSession();
  const list = useQuery({ queryKey: outgoingKeys.listActions, queryFn: ({ signal }) => fetchOutgoingList({ pageSize: 1 }, signal), staleTime: 60_000 });
  if (!session.data || !list.data) return undefined;
  return { mayDraft: list.data.actions.includes('create'), mayReceive: session.data.actions.includes('outgoing.receive') };
}

/** Title, the area's tabs (each only for those who may use it) and the page's own controls on the right. */
export function OutgoingHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  const tools = useOutgoingTools() ?? { mayDraft: false, mayReceive: false };
  const items = tabs.filter((tab) => tab.isShown(tools)).map(({ key, label }) => ({ key, label }));
  return <AreaHeader title={title} extra={extra} tabs={items} activeKey={activeTab(location.pathname)} isActiveTabLink />;
}
