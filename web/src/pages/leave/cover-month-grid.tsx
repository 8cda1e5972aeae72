import { Tooltip } from 'antd';
import type { CoverDay } from '../../api/leave';
import { articleLabel } from '../../lib/article-number';
import { coverBasisArticles, coverBasisLabels } from './leave-labels';

const weekdayHeads = ['一', '二', '三', '四', '五', '六', '日'];

/** Monday = 0 … Sunday = 6 for a `YYYY-MM-DD` date (in UTC, so the browser's zone cannot shift it). */
function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

const basisColors = { pair: '#1d39c4', assignment: '#531dab', acting_head: '#d4380d' } as const;

function DayCell({ day, isToday }: { day: CoverDay; isToday: boolean }) {
  const weekday = mondayIndex(day.date);
  const isWeekend = weekday >= 5;
  const hasAbsence = day.away.length > 0;
  return (
    <div
      data-date={day.date}
      style={{
        minHeight: 92,
        padding: '2px 6px 4px',
        background: hasAbsence ? '#fffbe6' : isWeekend ? '#fafafa' : '#fff',
        border: isToday ? '2px solid #b7201f' : '1px solid #f0f0f0',
        borderRadius: 4,
        fontSize: 12,
        minWidth: 0,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
        <span style={{ fontSize: 15, fontWeight: isToday ? 700 : 500, color: isWeekend ? 'rgba(0,0,0,0.45)' : 'rgba(0,0,0,0.88)' }}>{Number(day.date.slice(8, 10))}</span>
        {isToday && <span style={{ color: '#b7201f' }}>今天</span>}
      </div>
      {day.presiding?.isActing && (
        <Tooltip title="第七条：区长因公外出期间，由负责区政府常务工作的副区长主持区政府全面工作">
          <div style={{ color: '#d4380d', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{day.presiding.name}主持工作</div>
        </Tooltip>
      )}
      {!day.presiding && <div style={{ color: '#cf1322', fontWeight: 600 }}>无人主持工作</div>}
      {day.away.map((absent) => (
        <Tooltip
          key={absent.personId}
          title={
            absent.cover
              ? `${absent.name}外出，由${absent.cover.name}补位（${coverBasisLabels[absent.cover.basis]}，${articleLabel(coverBasisArticles[absent.cover.basis])}）`
              : `${absent.name}外出，补位领导也不在岗，未落实补位（第六十三条：由区长安排其他领导补位）`
          }
        >
          <div data-absent={absent.personId} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', lineHeight: '18px' }}>
            <span style={{ color: 'rgba(0,0,0,0.88)' }}>{absent.name}</span>
            <span style={{ color: 'rgba(0,0,0,0.45)' }}> → </span>
            {absent.cover ? (
              <span style={{ color: basisColors[absent.cover.basis] }}>{absent.cover.name}</span>
            ) : (
              <span style={{ color: '#cf1322' }}>未落实</span>
            )}
          </div>
        </Tooltip>
      ))}
    </div>
  );
}

/** A month of covers, Monday first: each day's absent leaders → who covers them, and who presides when the 区长 is away. */
export function CoverMonthGrid({ days, today }: { days: readonly CoverDay[]; today: string }) {
  const first = days[0];
  const leading = first ? mondayIndex(first.date) : 0;
  return (
    <div role="grid" aria-label="补位日历" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
      {weekdayHeads.map((head, index) => (
        <div key={head} role="columnheader" style={{ textAlign: 'center', fontSize: 12, color: index >= 5 ? 'rgba(0,0,0,0.45)' : 'rgba(0,0,0,0.65)', padding: '2px 0' }}>
          周{head}
        </div>
      ))}
      {Array.from({ length: leading }, (_, index) => (
        <div key={`blank-${index}`} />
      ))}
      {days.map((day) => (
        <DayCell key={day.date} day={day} isToday={day.date === today} />
      ))}
    </div>
  );
}

export function CoverLegend() {
  const item = (color: string, label: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span style={{ width: 10, height: 10, borderRadius: 2, background: color }} />
      {label}
    </span>
  );
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 12, color: 'rgba(0,0,0,0.55)', marginTop: 8 }}>
      <span>外出领导 → 补位领导：</span>
      {item(basisColors.pair, '固定补位（第六十二条）')}
      {item(basisColors.assignment, '区长安排（第六十三条）')}
      {item(basisColors.acting_head, '常务副区长主持（第七条）')}
      {item('#cf1322', '未落实补位')}
    </div>
  );
}
