import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AreaHeader } from '../../lib/area-header';

export const parametersPath = '/rules/parameters';

const tabs = [
  { key: '/rules', label: '条文' },
  { key: parametersPath, label: '规则参数' },
];

/** Title and the two 规则库 tabs; `extra` sits on the right of the title line. */
export function RulesHeader({ extra }: { extra?: ReactNode }) {
  const location = useLocation();
  return <AreaHeader title="规则库" extra={extra} tabs={tabs} activeKey={location.pathname === parametersPath ? parametersPath : '/rules'} />;
}
