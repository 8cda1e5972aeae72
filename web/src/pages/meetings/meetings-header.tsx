import type { ReactNode } from 'react';
import { AreaHeader } from '../../lib/area-header';

// The follow-up tasks a meeting's decisions become are kept in 督查督办 (/supervision), linked from each decision item.
const tabs = [{ key: '/meetings', label: '会议日历' }];

/** Title, the area's tab (a click goes back to the calendar) and the page's own controls. */
export function MeetingsHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return <AreaHeader title={title} extra={extra} tabs={tabs} activeKey="/meetings" isActiveTabLink />;
}
