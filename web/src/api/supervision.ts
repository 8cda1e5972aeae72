import { suggestedFileName } from '../lib/download';
import { ApiError, type BodyOf, client, ok, type Problem, type QueryOf, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts, from src/http/supervision/*-schema.ts); the names below are what the
// pages call them. `actions` on every task, report and extension come from src/domain/supervision/case.ts.

/** One page of the 督查台账 with the counts of the whole filter (未完成销号 apart from 已办结). */
export type Ledger = ResponseOf<'/api/supervision/tasks', 'get'>;
export type LedgerSummary = Ledger['summary'];
/** One task of the ledger (督〔2026〕N号), its clock, its overdue calculation and what the caller may do. */
export type SupervisionTask = Ledger['items'][number];
export type TaskDetail = ResponseOf<'/api/supervision/tasks/{id}', 'get'>;
export type TaskReport = TaskDetail['reports'][number];
export type TaskExtension = TaskDetail['extensions'][number];
export type TaskAction = SupervisionTask['actions'][number];
export type ReportAction = TaskReport['actions'][number];
export type ExtensionAction = TaskExtension['actions'][number];
export type TaskStatus = SupervisionTask['status'];
export type TaskCategory = SupervisionTask['category'];
export type ReportKind = TaskReport['kind'];
export type ReportAttachment = TaskReport['attachments'][number];

/** The ledger's filter, as the query string carries it (without paging). */
export type LedgerFilter = Omit<QueryOf<'/api/supervision/tasks', 'get'>, 'pageSize' | 'cursor'>;
export type TaskSource = NonNullable<LedgerFilter['sourceType']>;

export type OpenTaskInput = BodyOf<'/api/supervision/tasks', 'post'>;
export type SubtasksInput = BodyOf<'/api/supervision/tasks/{id}/subtasks', 'post'>;
export type ReportInput = BodyOf<'/api/supervision/tasks/{id}/reports', 'post'>;
export type ExtensionInput = BodyOf<'/api/supervision/tasks/{id}/extensions', 'post'>;

export const supervisionKeys = {
  all: ['supervision'] as const,
  ledger: (filter: LedgerFilter, cursor: string | undefined) => ['supervision', 'ledger', filter, cursor ?? ''] as const,
  ledgerAll: (filter: LedgerFilter) => ['supervision', 'ledger-all', filter] as const,
  task: (id: string) => ['supervision', 'task', id] as const,
  dashboard: (filter: LedgerFilter) => ['supervision', 'dashboard', filter] as const,
  suggestions: (filter: SuggestionFilter, cursor: string | undefined) => ['supervision', 'suggestions', filter, cursor ?? ''] as const,
  suggestion: (id: string) => ['supervision', 'suggestion', id] as const,
  rectification: (id: string) => ['supervision', 'rectification', id] as const,
  spotChecks: ['supervision', 'spot-checks'] as const,
  spotCheck: (id: string) => ['supervision', 'spot-check', id] as const,
  results: (kind: string | undefined) => ['supervision', 'results', kind ?? 'all'] as const,
  documentTasks: (documentId: string) => ['supervision', 'document-tasks', documentId] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

/** Empty filter fields are left out, so the same filter is the same query key and the same query string. */
export function cleanFilter<T extends Record<string, unknown>>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== '')) as T;
}

export function fetchLedger(filter: LedgerFilter, cursor: string | undefined, pageSize: number, signal?: AbortSignal): Promise<Ledger> {
  return ok(client.GET('/api/supervision/tasks', { params: { query: { ...filter, pageSize, cursor } }, signal }));
}

/** The whole ledger under a filter (up to the pages `fetchAllPages` follows), for small lists: a document's tasks, a list's problems. */
export function fetchLedgerAll(filter: LedgerFilter, signal?: AbortSignal): Promise<Ledger> {
  return fetchAllPages((cursor) => fetchLedger(filter, cursor, LIST_PAGE_SIZE, signal));
}

export function fetchTask(id: string, signal?: AbortSignal): Promise<TaskDetail> {
  return ok(client.GET('/api/supervision/tasks/{id}', { ...path(id), signal }));
}

/** The office opens a task from a source (art. 75, 76, 41, 78); the server numbers it 督〔年份〕N号. */
export function openTask(input: OpenTaskInput): Promise<ResponseOf<'/api/supervision/tasks', 'post'>> {
  return ok(client.POST('/api/supervision/tasks', { body: input }));
}

export const taskSteps = {
  split: (id: string, input: SubtasksInput) => ok(client.POST('/api/supervision/tasks/{id}/subtasks', { ...path(id), body: input })),
  report: (id: string, input: ReportInput) => ok(client.POST('/api/supervision/tasks/{id}/reports', { ...path(id), body: input })),
  accept: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/supervision/tasks/{id}/accept', { ...path(id), body: input })),
  closeIncomplete: (id: string, input: { version: number; reason: string }) => ok(client.POST('/api/supervision/tasks/{id}/close-incomplete', { ...path(id), body: input })),
  requestExtension: (id: string, input: ExtensionInput) => ok(client.POST('/api/supervision/tasks/{id}/extensions', { ...path(id), body: input })),
};

export const reportSteps = {
  approve: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/supervision/reports/{id}/approve', { ...path(id), body: input })),
  decline: (id: string, input: { version: number; opinion: string }) => ok(client.POST('/api/supervision/reports/{id}/decline', { ...path(id), body: input })),
  accept: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/supervision/reports/{id}/accept', { ...path(id), body: input })),
  return: (id: string, input: { version: number; opinion: string }) => ok(client.POST('/api/supervision/reports/{id}/return', { ...path(id), body: input })),
};

export const extensionSteps = {
  approve: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/supervision/extensions/{id}/approve', { ...path(id), body: input })),
  refuse: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/supervision/extensions/{id}/refuse', { ...path(id), body: input })),
};

/** Where the browser downloads a report's attachment (the session cookie authorizes the GET). */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}`;
}

/** A file the server sends, with the name it suggests. */
export type Download = { blob: Blob; fileName: string | undefined };

/**
 * Uploads one workbook as multipart (fields before `file`, which the server reads first) with the CSRF header the
 * JSON client sends on every write.
 */
async function upload<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = readCookie('zw_csrf');
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {});
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, parsed && typeof parsed === 'object' ? (parsed as Problem) : { status: response.status });
  return parsed as T;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The ledger under a filter as an Excel workbook (every row, not only the page shown). */
export async function exportLedger(filter: LedgerFilter): Promise<Download> {
  const { data, response } = await client.GET('/api/supervision/tasks.xlsx', { params: { query: filter }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

export type ImportResult = ResponseOf<'/api/supervision/tasks/import', 'post'>;

/** Tasks from an Excel workbook of the export's columns (office; all or nothing, errors per row). */
export function importLedger(file: File): Promise<ImportResult> {
  return upload('/api/supervision/tasks/import', file);
}

export type DashboardView = ResponseOf<'/api/supervision/dashboard', 'get'>;

/** Counts of one dimension: a key, its label, and the count. */
export type CountRow = { key: string; label: string; count: number };

/** The dashboard's numbers under a ledger filter, from the same SQL as the ledger (totals = the ledger's summary). */
export type Dashboard = { totals: LedgerSummary; byStatus: CountRow[]; byUnit: CountRow[]; bySource: CountRow[]; byMonth: CountRow[] };

/** "2026-03" → "2026年3月". */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return number ? `${year}年${Number(number)}月` : month;
}

export async function fetchDashboard(filter: LedgerFilter, signal?: AbortSignal): Promise<Dashboard> {
  const view = await ok(client.GET('/api/supervision/dashboard', { params: { query: filter }, signal }));
  return {
    totals: view.totals,
    byStatus: view.byStatus.map((row) => ({ key: row.status, label: row.label, count: row.count })),
    byUnit: view.byUnit.map((row) => ({ key: row.unitId, label: row.unitName, count: row.total })),
    bySource: view.bySource.map((row) => ({ key: row.sourceType, label: row.label, count: row.total })),
    byMonth: view.byMonth.map((row) => ({ key: row.month, label: monthLabel(row.month), count: row.total })),
  };
}

// 建议提案 (art. 40)

export type SuggestionPage = ResponseOf<'/api/supervision/suggestions', 'get'>;
export type Suggestion = SuggestionPage['items'][number];
export type SuggestionDetail = ResponseOf<'/api/supervision/suggestions/{id}', 'get'>;
export type SuggestionKind = Suggestion['kind'];
export type SuggestionStatus = Suggestion['status'];
export type SuggestionAction = Suggestion['actions'][number];
export type Satisfaction = BodyOf<'/api/supervision/suggestions/{id}/satisfaction', 'post'>['satisfaction'];
export type SuggestionFilter = Omit<QueryOf<'/api/supervision/suggestions', 'get'>, 'pageSize' | 'cursor'>;
export type SuggestionBatch = BodyOf<'/api/supervision/suggestions/batch', 'post'>;
export type SuggestionRow = SuggestionBatch['items'][number];

export function fetchSuggestions(filter: SuggestionFilter, cursor: string | undefined, signal?: AbortSignal): Promise<SuggestionPage> {
  return ok(client.GET('/api/supervision/suggestions', { params: { query: { ...filter, cursor, pageSize: 50 } }, signal }));
}

export function fetchSuggestion(id: string, signal?: AbortSignal): Promise<SuggestionDetail> {
  return ok(client.GET('/api/supervision/suggestions/{id}', { ...path(id), signal }));
}

export function registerSuggestions(input: SuggestionBatch): Promise<ResponseOf<'/api/supervision/suggestions/batch', 'post'>> {
  return ok(client.POST('/api/supervision/suggestions/batch', { body: input }));
}

export function importSuggestions(kind: SuggestionKind, session: string, file: File): Promise<ResponseOf<'/api/supervision/suggestions/import', 'post'>> {
  return upload('/api/supervision/suggestions/import', file, { kind, session });
}

export const suggestionSteps = {
  assign: (id: string, input: BodyOf<'/api/supervision/suggestions/{id}/assign', 'post'>) => ok(client.POST('/api/supervision/suggestions/{id}/assign', { ...path(id), body: input })),
  sendBack: (id: string, input: BodyOf<'/api/supervision/suggestions/{id}/send-back', 'post'>) => ok(client.POST('/api/supervision/suggestions/{id}/send-back', { ...path(id), body: input })),
  answer: (id: string, input: BodyOf<'/api/supervision/suggestions/{id}/answer', 'post'>) => ok(client.POST('/api/supervision/suggestions/{id}/answer', { ...path(id), body: input })),
  satisfaction: (id: string, input: BodyOf<'/api/supervision/suggestions/{id}/satisfaction', 'post'>) => ok(client.POST('/api/supervision/suggestions/{id}/satisfaction', { ...path(id), body: input })),
};

// 整改清单 (art. 77): a list is a task of category `rectification`, its problems its sub-tasks.

export type RectificationInput = BodyOf<'/api/supervision/rectifications', 'post'>;
export type Rectification = ResponseOf<'/api/supervision/rectifications/{id}', 'get'>;

export function openRectification(input: RectificationInput): Promise<ResponseOf<'/api/supervision/rectifications', 'post'>> {
  return ok(client.POST('/api/supervision/rectifications', { body: input }));
}

export function fetchRectification(id: string, signal?: AbortSignal): Promise<Rectification> {
  return ok(client.GET('/api/supervision/rectifications/{id}', { ...path(id), signal }));
}

// 随机抽查 (art. 75)

export type SpotCheckInput = BodyOf<'/api/supervision/spot-checks', 'post'>;
export type SpotCheckPopulation = NonNullable<SpotCheckInput['population']>;
/** The ledger filter in a JSON body: booleans, not the query string's 'true'/'false'. */
export type LedgerFilterBody = NonNullable<SpotCheckInput['filter']>;
export type SpotCheckSummary = ResponseOf<'/api/supervision/spot-checks', 'get'>['items'][number];
export type SpotCheck = ResponseOf<'/api/supervision/spot-checks/{id}', 'get'>;

export function filterBodyOf(filter: LedgerFilter): LedgerFilterBody {
  const { isOverdue, isTopLevel, ...rest } = filter;
  return cleanFilter({ ...rest, isOverdue: isOverdue === undefined ? undefined : isOverdue === 'true', isTopLevel: isTopLevel === undefined ? undefined : isTopLevel === 'true' });
}

export function fetchSpotChecks(signal?: AbortSignal): Promise<ResponseOf<'/api/supervision/spot-checks', 'get'>> {
  return fetchAllPages((cursor) => ok(client.GET('/api/supervision/spot-checks', { params: { query: { pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchSpotCheck(id: string, signal?: AbortSignal): Promise<SpotCheck> {
  return ok(client.GET('/api/supervision/spot-checks/{id}', { ...path(id), signal }));
}

export function drawSpotCheck(input: SpotCheckInput): Promise<ResponseOf<'/api/supervision/spot-checks', 'post'>> {
  return ok(client.POST('/api/supervision/spot-checks', { body: input }));
}

export function recordFinding(id: string, input: BodyOf<'/api/supervision/spot-checks/{id}/findings', 'post'>): Promise<ResponseOf<'/api/supervision/spot-checks/{id}/findings', 'post'>> {
  return ok(client.POST('/api/supervision/spot-checks/{id}/findings', { ...path(id), body: input }));
}

// 结果运用 (art. 79)

export type ResultInput = BodyOf<'/api/supervision/results', 'post'>;
export type SupervisionResult = ResponseOf<'/api/supervision/results', 'get'>['items'][number];
export type ResultKind = SupervisionResult['kind'];
export type CircularDraft = ResponseOf<'/api/supervision/results/circular-draft', 'get'>;

export function fetchResults(kind: ResultKind | undefined, signal?: AbortSignal): Promise<ResponseOf<'/api/supervision/results', 'get'>> {
  return fetchAllPages((cursor) => ok(client.GET('/api/supervision/results', { params: { query: { ...(kind ? { kind } : {}), pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

/** The circular's text generated from the ledger under a filter, for the office to edit before recording. */
export function draftCircular(filter: LedgerFilter): Promise<CircularDraft> {
  return ok(client.GET('/api/supervision/results/circular-draft', { params: { query: filter } }));
}

export function recordResult(input: ResultInput): Promise<ResponseOf<'/api/supervision/results', 'post'>> {
  return ok(client.POST('/api/supervision/results', { body: input }));
}

export async function downloadCircular(id: string): Promise<Download> {
  const { data, response } = await client.GET('/api/supervision/results/{id}.docx', { ...path(id), parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

/** The annual supervision plans (art. 76), latest year first. */
export type SupervisionPlan = ResponseOf<'/api/supervision/plans', 'get'>['items'][number];
export const fetchPlans = async (signal?: AbortSignal) => (await ok(client.GET('/api/supervision/plans', { signal }))).items;
export const savePlan = (input: BodyOf<'/api/supervision/plans', 'post'>) => ok(client.POST('/api/supervision/plans', { body: input }));

/** The circular's tasks as a workbook. */
export async function downloadCircularList(id: string): Promise<Download> {
  const { data, response } = await client.GET('/api/supervision/results/{id}.xlsx', { ...path(id), parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

// 定期报告 (art. 57)

export type PeriodicQuery = QueryOf<'/api/supervision/reports/periodic.docx', 'get'>;

export async function downloadPeriodicReport(format: 'docx' | 'xlsx', query: PeriodicQuery): Promise<Download> {
  const { data, response } = format === 'docx' ? await client.GET('/api/supervision/reports/periodic.docx', { params: { query }, parseAs: 'blob' }) : await client.GET('/api/supervision/reports/periodic.xlsx', { params: { query }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}
