import { Space, Tag, Tooltip, Typography } from 'antd';
import type { StepClock } from '../../api/documents';
import { formatDate, formatDateTime } from '../../app/dates';

/** "2026-03-04 周三" for a working-day deadline, "2026-03-02 17:00" (Beijing time) for a 急件's hours. */
export function dueText(clock: StepClock): string {
  return clock.basis === 'hours' ? formatDateTime(clock.due) : formatDate(clock.due);
}

/** "逾期3个工作日", or "逾期5小时" for 急件 (art. 66: 即到即办). */
export function overdueText(clock: StepClock): string {
  return `逾期${clock.overdueBy}${clock.basis === 'hours' ? '小时' : '个工作日'}`;
}

export function OverdueTag({ clock }: { clock: StepClock }) {
  if (!clock.isOverdue) return null;
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="overdue-tag">
      {overdueText(clock)}
    </Tag>
  );
}

export function ProvisionalTag({ clock }: { clock: StepClock }) {
  if (!clock.provisional) return null;
  return (
    <Tooltip title="当年节假日安排尚未公布，期限按暂定日历计算，公布后可能调整">
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        暂定
      </Tag>
    </Tooltip>
  );
}

/**
 * The current step's deadline in one line: the step, the due date with how it was counted on hover, and tags for
 * 暂定 and 逾期. A document waiting for nothing (会签中, 已退回, 已办结, 已归档) shows a dash.
 */
export function StepClockCell({ clock }: { clock: StepClock | null }) {
  if (!clock) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 2]} wrap>
      <span style={{ whiteSpace: 'nowrap' }}>{clock.step}</span>
      <Tooltip title={clock.explanation}>
        <Typography.Text type={clock.isOverdue ? 'danger' : undefined} style={{ cursor: 'help', borderBottom: '1px dashed #bbb', whiteSpace: 'nowrap' }}>
          {dueText(clock)}
        </Typography.Text>
      </Tooltip>
      <ProvisionalTag clock={clock} />
      <OverdueTag clock={clock} />
      {clock.basis === 'hours' && !clock.isOverdue && (
        <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
          急件
        </Tag>
      )}
    </Space>
  );
}
