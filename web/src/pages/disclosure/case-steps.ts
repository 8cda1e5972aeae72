import type { CaseStep } from '../../lib/case-timeline';

type Entry = { action: string; actionLabel: string; actorName: string; actingForName: string | null; opinion: string | null; article: number | null; occurredAt: string };

/** The server's timeline entries as the timeline shows them. */
export function stepsOf(entries: readonly Entry[]): CaseStep[] {
  return entries.map((entry, index) => ({ key: `${index}`, kind: entry.action, label: entry.actionLabel, actorName: entry.actorName, actingForName: entry.actingForName, article: entry.article, occurredAt: entry.occurredAt, opinion: entry.opinion }));
}

/** Steps that end or turn back a case in red, those that finish it in green. */
export const stepColor = (red: readonly string[], green: readonly string[]) => (kind: string) => (red.includes(kind) ? 'red' : green.includes(kind) ? 'green' : 'blue');
