import { Empty, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../app/dates';
import { articleLabel } from './article-number';

/** One step as every kind of case reports it (`timeline_entries`): `kind` is the action, `label` its name. */
export type CaseStep = { key: string; kind: string; label: string; actorName: string; actingForName: string | null; article: number | null; occurredAt: string; opinion: string | null };

/**
 * Every step a case went through: what, who (代某某 when a cover acted for an absent leader, art. 62), when in
 * Beijing time, with what opinion and on which article. `colorOf` colours the steps that end or turn back the
 * handling, so the eye finds them in a long record.
 */
export function CaseTimeline({ steps, colorOf }: { steps: readonly CaseStep[]; colorOf: (kind: string) => string }) {
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <div data-testid="timeline">
      <Timeline
        items={steps.map((step) => ({
          key: step.key,
          color: colorOf(step.kind),
          content: (
            <div data-step={step.kind}>
              <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, flexWrap: 'wrap' }}>
                <strong>{step.label}</strong>
                <span>{step.actorName}</span>
                {step.actingForName && (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                    代{step.actingForName}
                  </Tag>
                )}
                {step.article !== null && (
                  <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
                    {articleLabel(step.article)}
                  </Tag>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto', whiteSpace: 'nowrap' }}>
                  {formatDateTime(step.occurredAt)}
                </Typography.Text>
              </div>
              {step.opinion && <div style={{ whiteSpace: 'pre-wrap', marginTop: 2, color: 'rgba(0,0,0,0.75)' }}>{step.opinion}</div>}
            </div>
          ),
        }))}
      />
    </div>
  );
}
