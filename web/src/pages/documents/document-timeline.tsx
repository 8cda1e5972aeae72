import { Empty, Tag, Timeline, Typography } from 'antd';
import type { TimelineStep } from '../../api/documents';
import { formatDateTime } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';

/** Steps that end or turn back the handling, coloured so the eye finds them in a long record. */
function stepColor(step: string): string {
  switch (step) {
    case 'return':
      return 'red';
    case 'chase':
    case 'extend':
      return 'orange';
    case 'instruct':
      return '#b7201f';
    case 'complete':
    case 'archive':
      return 'green';
    default:
      return 'blue';
  }
}

/**
 * Every step the document went through: what, who (and for whom, when a cover acted for an absent leader, art. 62),
 * when in Beijing time, with what opinion and on which article.
 */
export function DocumentTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <div data-testid="timeline">
      <Timeline
        items={steps.map((step) => ({
          key: step.id,
          color: stepColor(step.step),
          content: (
            <div data-step={step.step}>
              <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, flexWrap: 'wrap' }}>
                <strong>{step.stepLabel}</strong>
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
