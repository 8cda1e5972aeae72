import type { TimelineStep } from '../../api/documents';
import { CaseTimeline } from '../../lib/case-timeline';

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
  return <CaseTimeline steps={steps.map((step) => ({ ...step, key: step.id, kind: step.step, label: step.stepLabel }))} colorOf={stepColor} />;
}
