import { DatePicker, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { dateFormat, today } from '../../app/dates';

const tabs = [
  { key: '/org', label: '单位与职务' },
  { key: '/org/leaders', label: '区政府领导' },
];

/** Title, the two org tabs and the shared 截至日期 picker. */
export function OrgHeader({ asOf, onAsOfChange, extra }: { asOf: string; onAsOfChange: (next: string) => void; extra?: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const search = asOf === today() ? '' : `?asOf=${asOf}`;
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          组织机构
        </Typography.Title>
        <div style={{ flex: 1 }} />
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
      </div>
      <Tabs
        size="small"
        activeKey={location.pathname === '/org/leaders' ? '/org/leaders' : '/org'}
        items={tabs}
        onChange={(key) => void navigate(`${key}${search}`)}
        style={{ marginBottom: -8 }}
      />
    </div>
  );
}
