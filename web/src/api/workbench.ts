import { api } from './client';

export type WorkItemDue = {
  due: string;
  /** The year's holiday notice is not out yet, so the date may move. */
  provisional: boolean;
  /** How the deadline was counted (article, working days), in Chinese. */
  explanation: string;
};

export type WorkItem = {
  id: string;
  area: string;
  kind: string;
  title: string;
  unitName?: string;
  due?: WorkItemDue;
  /** Set when the user handles this as the cover (补位) for an absent leader. */
  actingFor?: { personId: string; name: string };
  href: string;
  createdAt: string;
};

export type WorkbenchSource = { area: string; label: string; count: number };

export type Workbench = { items: WorkItem[]; sources: WorkbenchSource[] };

export const workbenchQueryKey = ['workbench'] as const;

export function fetchWorkbench(signal?: AbortSignal): Promise<Workbench> {
  return api.get<Workbench>('/api/workbench', { signal });
}
