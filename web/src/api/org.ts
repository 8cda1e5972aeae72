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

export type PostHolder = {
  appointmentId: string;
  personId: string;
  name: string;
  from: string;
  to: string | null;
  /** Masked (`138****5678`); the full number only through the audited contact view. */
  mobileMasked: string | null;
};

export type Post = { id: string; unitId: string; kind: PostKind; title: string; holders: PostHolder[] };

export type UnitDetail = Unit & { posts: Post[] };

export type Leader = {
  personId: string;
  name: string;
  post: { id: string; kind: PostKind; title: string };
  portfolio: { units: { id: string; name: string }[]; areas: string[]; dualDuty: string[] };
  cover: { personId: string; name: string } | null;
  mobileMasked: string | null;
  /** `set_portfolio`, `set_cover`, decided by the server. */
  actions: string[];
};

/** A person in the directory; contact data masked. `idNumberMasked` only for whoever maintains contact data. */
export type Person = {
  id: string;
  name: string;
  mobileMasked: string | null;
  idNumberMasked?: string | null;
  /** `set_contact`, `read_contact`, decided by the server. */
  actions: string[];
};

/** One tenure of a person in a post; `validTo` is the last day (inclusive), null while it lasts. */
export type Appointment = { id: string; personId: string; postId: string; validFrom: string; validTo: string | null };

/** Either an existing person (`personId`) or a new one by name (`personName`), never both. */
export type AppointInput = { postId: string; validFrom: string; validTo?: string | null } & (
  | { personId: string; personName?: never }
  | { personName: string; personId?: never }
);

/** A leader's portfolio from a day on (art. 9); what was in force then ends the day before. */
export type PortfolioInput = { validFrom: string; unitIds: string[]; areas: string[] };

/** Two leaders who cover each other (art. 62); `validTo` null while the arrangement lasts. */
export type CoverPair = { id: string; firstPersonId: string; secondPersonId: string; validFrom: string; validTo: string | null };

export type CoverPairInput = { firstPersonId: string; secondPersonId: string; validFrom: string; validTo?: string | null };

/** Full contact data: only from the audited view, never kept in the query cache. */
export type PersonContact = { personId: string; name: string; mobile: string | null; idNumber: string | null };

/** A field left out is kept; `null` removes it. */
export type PersonContactInput = { mobile?: string | null; idNumber?: string | null };

export type MaskedContact = { personId: string; mobileMasked: string | null; idNumberMasked: string | null };

export type UpdateUnitInput = { version: number; name?: string; shortName?: string | null; sortOrder?: number };

export type CreateUnitInput = { name: string; shortName?: string; kind: UnitKind; parentId?: string };

/** Counts of what an import wrote, e.g. `{ units: 40, people: 120 }`. */
export type ImportResult = Record<string, unknown>;

export const orgKeys = {
  all: ['org'] as const,
  units: (asOf: string) => ['org', 'units', asOf] as const,
  unit: (id: string, asOf: string, isHistory: boolean) => ['org', 'unit', id, asOf, isHistory] as const,
  leaders: (asOf: string) => ['org', 'leaders', asOf] as const,
  people: ['org', 'people'] as const,
  coverPairs: ['org', 'cover-pairs'] as const,
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

export function fetchPeople(signal?: AbortSignal): Promise<{ items: Person[] }> {
  return api.get<{ items: Person[] }>('/api/org/people', { signal });
}

export function appointPerson(input: AppointInput): Promise<Appointment> {
  return api.post<Appointment>('/api/org/appointments', input);
}

/** 免职: the tenure ends on `validTo` (inclusive) and stays as history. */
export function endAppointment(id: string, validTo: string): Promise<void> {
  return api.post<void>(`/api/org/appointments/${encodeURIComponent(id)}/end`, { validTo });
}

export function setPortfolio(personId: string, input: PortfolioInput): Promise<void> {
  return api.put<void>(`/api/org/portfolios/${encodeURIComponent(personId)}`, input);
}

export function fetchCoverPairs(signal?: AbortSignal): Promise<{ items: CoverPair[] }> {
  return api.get<{ items: CoverPair[] }>('/api/org/cover-pairs', { signal });
}

export function createCoverPair(input: CoverPairInput): Promise<CoverPair> {
  return api.post<CoverPair>('/api/org/cover-pairs', input);
}

export function endCoverPair(id: string, validTo: string): Promise<void> {
  return api.post<void>(`/api/org/cover-pairs/${encodeURIComponent(id)}/end`, { validTo });
}

/** The full numbers; the server records every call in the audit trail. */
export function fetchPersonContact(personId: string): Promise<PersonContact> {
  return api.get<PersonContact>(`/api/org/people/${encodeURIComponent(personId)}/contact`);
}

export function updatePersonContact(personId: string, input: PersonContactInput): Promise<MaskedContact> {
  return api.put<MaskedContact>(`/api/org/people/${encodeURIComponent(personId)}/contact`, input);
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
