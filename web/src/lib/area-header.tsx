import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

export type AreaTab = { key: string; label: string };

/**
 * Every area's header: the title, the page's own controls on the right, and the area's tabs (each a path). With
 * `isActiveTabLink` a click on the active tab goes back to its list (a case's page sits under its list's tab);
 * otherwise only a change of tab navigates. `onNavigate` lets an area carry state in the address (组织机构's 截至日期).
 */
export function AreaHeader({
  title,
  extra,
  tabs,
  activeKey,
  isActiveTabLink = false,
  pathOf = (key) => key,
}: {
  title: ReactNode;
  extra?: ReactNode;
  tabs: readonly AreaTab[];
  activeKey: string;
  isActiveTabLink?: boolean;
  pathOf?: (key: string) => string;
}) {
  const navigate = useNavigate();
  const go = (key: string) => void navigate(pathOf(key));
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <div style={{ flex: 1 }} />
        {extra}
      </div>
      <Tabs size="small" activeKey={activeKey} items={[...tabs]} {...(isActiveTabLink ? { onTabClick: go } : { onChange: go })} style={{ marginBottom: -8 }} />
    </div>
  );
}
