import { client, ok, type ResponseOf } from './client';

/** What waits for the signed-in user, by area; items they handle as cover (补位) carry `actingFor`. */
export type Workbench = ResponseOf<'/api/workbench', 'get'>;
export type WorkItem = Workbench['items'][number];
/** `provisional`: the year's holiday notice is not out yet, so the date may move. */
export type WorkItemDue = NonNullable<WorkItem['due']>;
export type WorkbenchSource = Workbench['sources'][number];

export const workbenchQueryKey = ['workbench'] as const;

/** One page of the 工作台, soonest due first; `cursor` is the previous page's `nextCursor`. */
export function fetchWorkbench(signal?: AbortSignal, cursor?: string): Promise<Workbench> {
  return ok(client.GET('/api/workbench', { signal, params: { query: cursor ? { cursor } : {} } }));
}
