import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import type { MeetingListItem } from '../../api/meetings';
import { meetingKindColors, meetingKindShortLabels } from './meetings-labels';

const weekdayHeads = ['一', '二', '三', '四', '五', '六', '日'];

/** Monday = 0 … Sunday = 6 for a `YYYY-MM-DD` date (in UTC, so the browser's zone cannot shift it). */
function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);
}

function DayCell({ date, meetings, isToday }: { date: string; meetings: readonly MeetingListItem[]; isToday: boolean }) {
  const isWeekend = mondayIndex(date) >= 5;
  return (
    <div
      data-date={date}
      style={{
        minHeight: 88,
        padding: '2px 6px 4px',
        background: meetings.length > 0 ? '#f0f5ff' : isWeekend ? '#fafafa' : '#fff',
        border: isToday ? '2px solid #b7201f' : '1px solid #f0f0f0',
        borderRadius: 4,
        fontSize: 12,
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
        <span style={{ fontSize: 15, fontWeight: isToday ? 700 : 500, color: isWeekend ? 'rgba(0,0,0,0.45)' : 'rgba(0,0,0,0.88)' }}>{Number(date.slice(8, 10))}</span>
        {isToday && <span style={{ color: '#b7201f' }}>今天</span>}
      </div>
      {meetings.map((meeting) => (
        <Tooltip key={meeting.id} title={`${meeting.kindLabel}：${meeting.title}（${meeting.place}，主持人 ${meeting.chair}，${meeting.statusLabel}）`}>
          <div data-meeting-id={meeting.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', lineHeight: '20px' }}>
            <Tag color={meetingKindColors[meeting.kind]} style={{ marginInlineEnd: 4, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}>
              {meetingKindShortLabels[meeting.kind]}
            </Tag>
            <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
          </div>
        </Tooltip>
      ))}
    </div>
  );
}

/** A month of government meetings, Monday first, each day listing its meetings by kind. */
export function MeetingMonthGrid({ month, meetings, today }: { month: string; meetings: readonly MeetingListItem[]; today: string }) {
  const days = daysOf(month);
  const leading = mondayIndex(`${month}-01`);
  return (
    <div role="grid" aria-label="会议日历" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
      {weekdayHeads.map((head, index) => (
        <div key={head} role="columnheader" style={{ textAlign: 'center', fontSize: 12, color: index >= 5 ? 'rgba(0,0,0,0.45)' : 'rgba(0,0,0,0.65)', padding: '2px 0' }}>
          周{head}
        </div>
      ))}
      {Array.from({ length: leading }, (_, index) => (
        <div key={`blank-${index}`} />
      ))}
      {days.map((date) => (
        <DayCell key={date} date={date} meetings={meetings.filter((meeting) => meeting.meetingDate === date)} isToday={date === today} />
      ))}
    </div>
  );
}
