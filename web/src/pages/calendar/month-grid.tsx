import { Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import type { DayInfo } from '../../api/calendar';
import { dayReasonLabels } from '../../lib/calendar-labels';

const weekdayHeads = ['一', '二', '三', '四', '五', '六', '日'];

/** Monday = 0 … Sunday = 6 for a `YYYY-MM-DD` date (computed in UTC, so the browser's zone cannot shift it). */
function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function dayTitle(day: DayInfo): string {
  const name = day.holidayName;
  switch (day.reason) {
    case 'holiday':
      return `${day.date} ${name ?? ''}放假${day.provisional ? '（暂定）' : ''}`;
    case 'adjusted_working_day':
      return `${day.date} 调休上班${name ? `（${name}）` : ''}`;
    case 'weekend':
      return `${day.date} 周末${day.provisional ? '（暂定）' : ''}`;
    case 'weekday':
      return `${day.date} ${dayReasonLabels.weekday}`;
  }
}

const badgeBase: CSSProperties = {
  position: 'absolute',
  top: 4,
  right: 4,
  fontSize: 11,
  lineHeight: '16px',
  padding: '0 3px',
  borderRadius: 3,
  color: '#fff',
};

function DayCell({
  day,
  isToday,
  isSelected,
  isDue,
  onSelect,
}: {
  day: DayInfo;
  isToday: boolean;
  isSelected: boolean;
  isDue: boolean;
  onSelect: (date: string) => void;
}) {
  const isHoliday = day.reason === 'holiday';
  const isAdjusted = day.reason === 'adjusted_working_day';
  const isWeekend = day.reason === 'weekend';
  const background = isHoliday ? '#fff1f0' : isAdjusted ? '#f0f5ff' : isWeekend ? '#fafafa' : '#fff';
  const numberColor = isHoliday ? '#cf1322' : isWeekend ? 'rgba(0,0,0,0.4)' : 'rgba(0,0,0,0.88)';
  const caption = isHoliday ? day.holidayName : isAdjusted ? `${day.holidayName ?? ''}调休` : undefined;
  return (
    <Tooltip title={`${dayTitle(day)}${isSelected ? '，期限起算日' : ''}${isDue ? '，期限截止日' : ''}。点击设为期限起算日`} mouseEnterDelay={0.4}>
      <button
        type="button"
        data-date={day.date}
        data-reason={day.reason}
        onClick={() => onSelect(day.date)}
        style={{
          position: 'relative',
          display: 'block',
          height: 56,
          padding: '2px 6px',
          textAlign: 'left',
          background,
          border: isSelected ? '2px solid #1677ff' : isToday ? '2px solid #b7201f' : '1px solid #f0f0f0',
          borderRadius: 4,
          cursor: 'pointer',
          font: 'inherit',
        }}
      >
        <span style={{ position: 'absolute', top: 3, left: 6, fontSize: 16, fontWeight: isToday ? 700 : 500, color: numberColor }}>
          {Number(day.date.slice(8, 10))}
        </span>
        {isHoliday && <span style={{ ...badgeBase, background: day.provisional ? '#fa8c16' : '#cf1322' }}>休</span>}
        {isAdjusted && <span style={{ ...badgeBase, background: '#595959' }}>班</span>}
        {caption && (
          <span
            style={{
              position: 'absolute',
              left: 6,
              right: isDue ? 34 : 4,
              bottom: 3,
              fontSize: 12,
              color: isHoliday ? '#cf1322' : '#1d39c4',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {caption}
          </span>
        )}
        {isToday && !caption && <span style={{ position: 'absolute', left: 6, bottom: 3, fontSize: 12, color: '#b7201f' }}>今天</span>}
        {isDue && <span style={{ position: 'absolute', right: 4, bottom: 3, fontSize: 12, fontWeight: 600, color: '#389e0d' }}>截止</span>}
      </button>
    </Tooltip>
  );
}

/**
 * One month, Monday first as Chinese calendars are: holidays (休, with the holiday's name), 调休 working
 * weekends (班) and weekends, as the server's calendar says; a provisional holiday is drawn orange.
 */
export function MonthGrid({
  days,
  today,
  selectedDate,
  dueDate,
  onSelect,
}: {
  days: readonly DayInfo[];
  today: string;
  /** The deadline calculator's start, outlined. */
  selectedDate: string | undefined;
  /** Its result, marked 截止. */
  dueDate: string | undefined;
  onSelect: (date: string) => void;
}) {
  const first = days[0];
  const leading = first ? mondayIndex(first.date) : 0;
  return (
    <div role="grid" aria-label="月历" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
      {weekdayHeads.map((head, index) => (
        <div
          key={head}
          role="columnheader"
          style={{ textAlign: 'center', fontSize: 12, color: index >= 5 ? 'rgba(0,0,0,0.45)' : 'rgba(0,0,0,0.65)', padding: '2px 0' }}
        >
          周{head}
        </div>
      ))}
      {Array.from({ length: leading }, (_, index) => (
        <div key={`blank-${index}`} />
      ))}
      {days.map((day) => (
        <DayCell key={day.date} day={day} isToday={day.date === today} isSelected={day.date === selectedDate} isDue={day.date === dueDate} onSelect={onSelect} />
      ))}
    </div>
  );
}

/** The key under the grid. */
export function MonthLegend({ isProvisional }: { isProvisional: boolean }) {
  const item = (badge: string, color: string, label: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span style={{ fontSize: 11, lineHeight: '16px', padding: '0 3px', borderRadius: 3, color: '#fff', background: color }}>{badge}</span>
      {label}
    </span>
  );
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 12, color: 'rgba(0,0,0,0.55)', marginTop: 8 }}>
      {item('休', '#cf1322', '放假')}
      {isProvisional && item('休', '#fa8c16', '暂定放假（按法定节假日）')}
      {item('班', '#595959', '调休上班')}
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span style={{ width: 14, height: 14, background: '#fafafa', border: '1px solid #d9d9d9', borderRadius: 3 }} />
        周末
      </span>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span style={{ width: 14, height: 14, border: '2px solid #b7201f', borderRadius: 3 }} />
        今天
      </span>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <span style={{ width: 14, height: 14, border: '2px solid #1677ff', borderRadius: 3 }} />
        期限起算日
      </span>
      <span style={{ color: '#389e0d', fontWeight: 600 }}>截止</span>
      <span style={{ marginInlineStart: -12 }}>期限截止日</span>
    </div>
  );
}
