import { suggestedFileName } from '../lib/download';
import { client, ok, type QueryOf, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts); the names below are what the pages call them.

export type AuditResult = 'success' | 'refused' | 'failure';

/** The search form's fields; empty ones mean "any". Dates are Beijing calendar days, both included. */
export type AuditFilters = Omit<QueryOf<'/api/audit/events', 'get'>, 'page' | 'pageSize'>;

export type AuditEventPage = ResponseOf<'/api/audit/events', 'get'>;
/**
 * One link of the tamper-evident chain, every field as stored, with the names the server gives them:
 * `actLabel` (登录, 签收（公文）), `objectTypeLabel`, `objectName` (a name, a title, a register number).
 */
export type AuditEvent = ResponseOf<'/api/audit/events/{seq}', 'get'>;
/** The acts and object types the trail records, with their Chinese names, for the search form. */
export type AuditVocabulary = ResponseOf<'/api/audit/acts', 'get'>;
/** The outcome of recomputing the chain; `problem` is the first place it stops holding. */
export type AuditChainReport = ResponseOf<'/api/audit/verify', 'get'>;
export type ChainLink = AuditChainReport['head'];
/** The chain head, to be kept where the database's administrators cannot reach it. */
export type AuditHead = ResponseOf<'/api/audit/head', 'get'>;

export const auditKeys = {
  all: ['audit'] as const,
  events: (filters: AuditFilters, page: number, pageSize: number) => ['audit', 'events', filters, page, pageSize] as const,
  event: (seq: number) => ['audit', 'event', seq] as const,
  head: ['audit', 'head'] as const,
  vocabulary: ['audit', 'vocabulary'] as const,
};

export function searchAuditEvents(filters: AuditFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditEventPage> {
  return ok(client.GET('/api/audit/events', { params: { query: { ...filters, page, pageSize } }, signal }));
}

export function fetchAuditEvent(seq: number, signal?: AbortSignal): Promise<AuditEvent> {
  return ok(client.GET('/api/audit/events/{seq}', { params: { path: { seq } }, signal }));
}

export function fetchAuditVocabulary(signal?: AbortSignal): Promise<AuditVocabulary> {
  return ok(client.GET('/api/audit/acts', { signal }));
}

export function verifyAuditChain(): Promise<AuditChainReport> {
  return ok(client.GET('/api/audit/verify'));
}

export function fetchAuditHead(signal?: AbortSignal): Promise<AuditHead> {
  return ok(client.GET('/api/audit/head', { signal }));
}

/** The search's records as an Excel workbook, with the file name the server suggests. */
export async function exportAuditEvents(filters: AuditFilters): Promise<{ blob: Blob; fileName: string | undefined }> {
  const { data, response } = await client.GET('/api/audit/export.xlsx', { params: { query: filters }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}
