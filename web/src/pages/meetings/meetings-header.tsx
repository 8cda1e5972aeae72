import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

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
  const navigate = useNavigate();
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <div style={{ flex: 1 }} />
        {extra}
      </div>
      <Tabs size="small" activeKey={activeTab(location.pathname)} items={tabs} onTabClick={(key) => void navigate(key)} style={{ marginBottom: -8 }} />
    </div>
  );
}
