import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AreaHeader } from '../../lib/area-header';

const tabs = [
  { key: '/meetings', label: '会议日历' },
  { key: '/tasks', label: '督办任务' },
];

/** A meeting's page belongs to the calendar tab, a task's to the task list. */
function activeTab(pathname: string): string {
  return pathname === '/tasks' || pathname.startsWith('/tasks/') ? '/tasks' : '/meetings';
}

/** Title, the area's tabs (a click on the active tab goes back to its list) (the calendar and the follow-up tasks its decisions become) and the page's own controls. */
export function MeetingsHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const location = useLocation();
  return <AreaHeader title={title} extra={extra} tabs={tabs} activeKey={activeTab(location.pathname)} isActiveTabLink />;
}
