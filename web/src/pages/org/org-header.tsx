import { DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { dateFormat, today } from '../../app/dates';
import { AreaHeader } from '../../lib/area-header';

const tabs = [
  { key: '/org', label: '单位与职务' },
  { key: '/org/leaders', label: '区政府领导' },
];

/** Title, the two org tabs and the shared 截至日期 picker. */
export function OrgHeader({ asOf, onAsOfChange, extra }: { asOf: string; onAsOfChange: (next: string) => void; extra?: ReactNode }) {
  const location = useLocation();
  const search = asOf === today() ? '' : `?asOf=${asOf}`;
  return (
    <AreaHeader
      title="组织机构"
      tabs={tabs}
      activeKey={location.pathname === '/org/leaders' ? '/org/leaders' : '/org'}
      pathOf={(key) => `${key}${search}`}
      extra={
        <Space size={8} wrap>
          {extra}
          <span>截至日期</span>
          <DatePicker
            aria-label="截至日期"
            allowClear={false}
            value={dayjs(asOf, dateFormat)}
            format={dateFormat}
            onChange={(value) => {
              if (value) onAsOfChange(value.format(dateFormat));
            }}
            style={{ width: 136 }}
          />
        </Space>
      }
    />
  );
}
