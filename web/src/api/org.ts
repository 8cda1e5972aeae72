import { suggestedFileName } from '../lib/download';
import { type BodyOf, client, ok, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts); the names below are what the pages call them.

export type UnitList = ResponseOf<'/api/org/units', 'get'>;
export type Unit = UnitList['items'][number];
export type UnitKind = Unit['kind'];
export type UnitDetail = ResponseOf<'/api/org/units/{id}', 'get'>;
export type Post = UnitDetail['posts'][number];
export type PostKind = Post['kind'];
export type PostHolder = Post['holders'][number];
export type Leader = ResponseOf<'/api/org/leaders', 'get'>['items'][number];
/** A person in the directory; contact data masked. `idNumberMasked` only for whoever maintains contact data. */
export type Person = ResponseOf<'/api/org/people', 'get'>['items'][number];
/** One tenure of a person in a post; `validTo` is the last day (inclusive), null while it lasts. */
export type Appointment = ResponseOf<'/api/org/appointments', 'post'>;
/** Either an existing person (`personId`) or a new one by name (`personName`), never both. */
export type AppointInput = { postId: string; validFrom: string; validTo?: string | null } & (
  | { personId: string; personName?: never }
  | { personName: string; personId?: never }
);
/** A leader's portfolio from a day on (art. 9); what was in force then ends the day before. */
export type PortfolioInput = BodyOf<'/api/org/portfolios/{personId}', 'put'>;
/** Two leaders who cover each other (art. 62); `validTo` null while the arrangement lasts. */
export type CoverPair = ResponseOf<'/api/org/cover-pairs', 'post'>;
export type CoverPairInput = BodyOf<'/api/org/cover-pairs', 'post'>;
/** Full contact data: only from the audited view, never kept in the query cache. */
export type PersonContact = ResponseOf<'/api/org/people/{id}/contact', 'get'>;
/** A field left out is kept; `null` removes it. */
export type PersonContactInput = BodyOf<'/api/org/people/{id}/contact', 'put'>;
export type MaskedContact = ResponseOf<'/api/org/people/{id}/contact', 'put'>;
export type UpdateUnitInput = BodyOf<'/api/org/units/{id}', 'patch'>;
export type CreateUnitInput = BodyOf<'/api/org/units', 'post'>;
/** Counts of what an import wrote, e.g. `{ units: 40, people: 120 }`. */
export type ImportResult = ResponseOf<'/api/org/import', 'post'>;
/** The organisation file (`zhengwu.org/1`) that export writes and import reads. */
export type Structure = BodyOf<'/api/org/import', 'post'>;

export const orgKeys = {
  all: ['org'] as const,
  units: (asOf: string) => ['org', 'units', asOf] as const,
  unit: (id: string, asOf: string, isHistory: boolean) => ['org', 'unit', id, asOf, isHistory] as const,
  leaders: (asOf: string) => ['org', 'leaders', asOf] as const,
  people: ['org', 'people'] as const,
  coverPairs: ['org', 'cover-pairs'] as const,
};

export function fetchUnits(asOf: string, signal?: AbortSignal): Promise<UnitList> {
  return ok(client.GET('/api/org/units', { params: { query: { asOf } }, signal }));
}

export function fetchUnit(id: string, asOf: string, isHistory: boolean, signal?: AbortSignal): Promise<UnitDetail> {
  return ok(client.GET('/api/org/units/{id}', { params: { path: { id }, query: { asOf, history: isHistory ? '1' : undefined } }, signal }));
}

export function updateUnit(id: string, input: UpdateUnitInput): Promise<Unit> {
  return ok(client.PATCH('/api/org/units/{id}', { params: { path: { id } }, body: input }));
}

export function createUnit(input: CreateUnitInput): Promise<Unit> {
  return ok(client.POST('/api/org/units', { body: input }));
}

export function fetchLeaders(asOf: string, signal?: AbortSignal): Promise<{ items: Leader[] }> {
  return ok(client.GET('/api/org/leaders', { params: { query: { asOf } }, signal }));
}

export function fetchPeople(signal?: AbortSignal): Promise<{ items: Person[] }> {
  return fetchAllPages((cursor) => ok(client.GET('/api/org/people', { params: { query: { pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function appointPerson(input: AppointInput): Promise<Appointment> {
  return ok(client.POST('/api/org/appointments', { body: input }));
}

/** 免职: the tenure ends on `validTo` (inclusive) and stays as history. */
export async function endAppointment(id: string, validTo: string): Promise<void> {
  await client.POST('/api/org/appointments/{id}/end', { params: { path: { id } }, body: { validTo } });
}

export async function setPortfolio(personId: string, input: PortfolioInput): Promise<void> {
  await client.PUT('/api/org/portfolios/{personId}', { params: { path: { personId } }, body: input });
}

export function fetchCoverPairs(signal?: AbortSignal): Promise<{ items: CoverPair[] }> {
  return ok(client.GET('/api/org/cover-pairs', { signal }));
}

export function createCoverPair(input: CoverPairInput): Promise<CoverPair> {
  return ok(client.POST('/api/org/cover-pairs', { body: input }));
}

export async function endCoverPair(id: string, validTo: string): Promise<void> {
  await client.POST('/api/org/cover-pairs/{id}/end', { params: { path: { id } }, body: { validTo } });
}

/** The full numbers; the server records every call in the audit trail. */
export function fetchPersonContact(personId: string): Promise<PersonContact> {
  return ok(client.GET('/api/org/people/{id}/contact', { params: { path: { id: personId } } }));
}

export function updatePersonContact(personId: string, input: PersonContactInput): Promise<MaskedContact> {
  return ok(client.PUT('/api/org/people/{id}/contact', { params: { path: { id: personId } }, body: input }));
}

/** The export as the server sends it, with the file name it suggests. */
export async function exportOrg(): Promise<{ blob: Blob; fileName: string | undefined }> {
  const { data, response } = await client.GET('/api/org/export', { parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

/** The file as read from disk; the server checks it whole (400 lists what is wrong). */
export function importOrg(data: unknown): Promise<ImportResult> {
  return ok(client.POST('/api/org/import', { body: data as Structure }));
}
