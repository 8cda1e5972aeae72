import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

export const parametersPath = '/rules/parameters';

const tabs = [
  { key: '/rules', label: '条文' },
  { key: parametersPath, label: '规则参数' },
];

/** Title and the two 规则库 tabs; `extra` sits on the right of the title line. */
export function RulesHeader({ extra }: { extra?: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          规则库
        </Typography.Title>
        <div style={{ flex: 1 }} />
        {extra}
      </div>
      <Tabs
        size="small"
        activeKey={location.pathname === parametersPath ? parametersPath : '/rules'}
        items={tabs}
        onChange={(key) => void navigate(key)}
        style={{ marginBottom: -8 }}
      />
    </div>
  );
}
