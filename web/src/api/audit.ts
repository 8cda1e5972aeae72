import { suggestedFileName } from '../lib/download';
import { api } from './client';

export type AuditResult = 'success' | 'refused' | 'failure';

/** The search form's fields; empty ones mean "any". Dates are Beijing calendar days, both included. */
export type AuditFilters = {
  /** A user id, a login name, or part of the actor's name. */
  actor?: string;
  /** An act or an act family: `identity` matches `identity.login`. */
  act?: string;
  objectType?: string;
  objectId?: string;
  article?: number;
  result?: AuditResult;
  from?: string;
  to?: string;
};

/** One link of the tamper-evident chain, every field as stored. */
export type AuditEvent = {
  seq: number;
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string;
  /** The absent leader the actor covered for (第六十二条 补位). */
  actingForPersonId: string | null;
  actingForName: string | null;
  act: string;
  objectType: string;
  objectId: string | null;
  result: string;
  /** The summary as recorded (JSON), or its raw text. */
  summary: unknown;
  article: number | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
};

export type AuditEventPage = { items: AuditEvent[]; total: number; page: number; pageSize: number };

export type ChainLink = { seq: number; hash: string };

/** The outcome of recomputing the chain; `problem` is the first place it stops holding. */
export type AuditChainReport = {
  ok: boolean;
  count: number;
  head: ChainLink;
  anchor: (ChainLink & { purgedAt: string }) | null;
  problem: { seq: number; reason: string } | null;
  exportedHead: { status: 'on_chain' | 'purged' | 'mismatch' | 'missing'; message: string } | null;
};

/** The chain head, to be kept where the database's administrators cannot reach it. */
export type AuditHead = {
  format: string;
  seq: number;
  hash: string;
  occurredAt: string | null;
  count: number;
  anchorSeq: number | null;
  exportedAt: string;
};

export const auditKeys = {
  all: ['audit'] as const,
  events: (filters: AuditFilters, page: number, pageSize: number) => ['audit', 'events', filters, page, pageSize] as const,
  event: (seq: number) => ['audit', 'event', seq] as const,
  head: ['audit', 'head'] as const,
};

export function searchAuditEvents(filters: AuditFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditEventPage> {
  return api.get<AuditEventPage>('/api/audit/events', { query: { ...filters, page, pageSize }, signal });
}

export function fetchAuditEvent(seq: number, signal?: AbortSignal): Promise<AuditEvent> {
  return api.get<AuditEvent>(`/api/audit/events/${seq}`, { signal });
}

export function verifyAuditChain(): Promise<AuditChainReport> {
  return api.get<AuditChainReport>('/api/audit/verify');
}

export function fetchAuditHead(signal?: AbortSignal): Promise<AuditHead> {
  return api.get<AuditHead>('/api/audit/head', { signal });
}

/** The search's records as an Excel workbook, with the file name the server suggests. */
export async function exportAuditEvents(filters: AuditFilters): Promise<{ blob: Blob; fileName: string | undefined }> {
  const response = await api.raw('GET', '/api/audit/export.xlsx', { query: filters });
  return { blob: await response.blob(), fileName: suggestedFileName(response) };
}
