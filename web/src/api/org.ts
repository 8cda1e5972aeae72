import { api } from './client';

export type UnitKind = 'government' | 'office' | 'department' | 'town' | 'subdistrict' | 'development_zone' | 'outside_body';

export type Unit = {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: string | null;
  sortOrder: number;
  version: number;
  /** What the caller may do with this unit (`update`, `create_child`, …), decided by the server. */
  actions: string[];
};

export type UnitList = { items: Unit[]; actions: string[] };

export type PostKind =
  | 'head'
  | 'executive_deputy'
  | 'deputy'
  | 'office_director'
  | 'office_deputy_director'
  | 'principal'
  | 'deputy_head'
  | 'staff'
  | 'legal_adviser';

export type PostHolder = { appointmentId: string; personId: string; name: string; from: string; to: string | null };

export type Post = { id: string; unitId: string; kind: PostKind; title: string; holders: PostHolder[] };

export type UnitDetail = Unit & { posts: Post[] };

export type Leader = {
  personId: string;
  name: string;
  post: { kind: PostKind; title: string };
  portfolio: { units: { id: string; name: string }[]; areas: string[]; dualDuty: string[] };
  cover: { personId: string; name: string } | null;
};

export type UpdateUnitInput = { version: number; name?: string; shortName?: string | null; sortOrder?: number };

export type CreateUnitInput = { name: string; shortName?: string; kind: UnitKind; parentId?: string };

/** Counts of what an import wrote, e.g. `{ units: 40, people: 120 }`. */
export type ImportResult = Record<string, unknown>;

export const orgKeys = {
  all: ['org'] as const,
  units: (asOf: string) => ['org', 'units', asOf] as const,
  unit: (id: string, asOf: string, isHistory: boolean) => ['org', 'unit', id, asOf, isHistory] as const,
  leaders: (asOf: string) => ['org', 'leaders', asOf] as const,
};

export function fetchUnits(asOf: string, signal?: AbortSignal): Promise<UnitList> {
  return api.get<UnitList>('/api/org/units', { query: { asOf }, signal });
}

export function fetchUnit(id: string, asOf: string, isHistory: boolean, signal?: AbortSignal): Promise<UnitDetail> {
  return api.get<UnitDetail>(`/api/org/units/${encodeURIComponent(id)}`, {
    query: { asOf, history: isHistory ? 1 : undefined },
    signal,
  });
}

export function updateUnit(id: string, input: UpdateUnitInput): Promise<Unit> {
  return api.patch<Unit>(`/api/org/units/${encodeURIComponent(id)}`, input);
}

export function createUnit(input: CreateUnitInput): Promise<Unit> {
  return api.post<Unit>('/api/org/units', input);
}

export function fetchLeaders(asOf: string, signal?: AbortSignal): Promise<{ items: Leader[] }> {
  return api.get<{ items: Leader[] }>('/api/org/leaders', { query: { asOf }, signal });
}

/** The export as the server sends it, with the file name it suggests. */
export async function exportOrg(): Promise<{ blob: Blob; fileName: string | undefined }> {
  const response = await api.raw('GET', '/api/org/export');
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const encoded = match?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : match?.[2];
  return { blob: await response.blob(), fileName };
}

export function importOrg(data: unknown): Promise<ImportResult> {
  return api.post<ImportResult>('/api/org/import', data);
}
