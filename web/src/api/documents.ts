import { api, ApiError } from './client';
import type { Problem, Violation } from './client';

/** The 15 types of 《党政机关公文处理工作条例》 art. 8, 请示 and 报告 first: they are what units file to the government. */
export const documentTypes = ['请示', '报告', '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '批复', '议案', '函', '纪要'] as const;
export type DocumentType = (typeof documentTypes)[number];

export const urgencies = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof urgencies)[number];

/** 密级. The platform takes non-classified documents only (art. 84); the others exist so a refusal can name them. */
export const classifications = ['none', 'secret', 'confidential', 'top_secret'] as const;
export type Classification = (typeof classifications)[number];

/** Where an incoming document stands, in the office's order of handling. */
export const incomingStatuses = [
  'countersigning',
  'submitted',
  'received',
  'registered',
  'returned',
  'reviewed',
  'proposed',
  'assigned',
  'instructed',
  'transferred',
  'completed',
  'archived',
] as const;
export type IncomingStatus = (typeof incomingStatuses)[number];

/** What the caller may do with a document now; the server decides, the page only shows. */
export type DocumentAction = 'receive' | 'register' | 'review' | 'propose' | 'assign' | 'instruct' | 'transfer' | 'complete' | 'archive' | 'extend' | 'countersign';

/** A rule an accepted filing broke only softly (e.g. 报告夹带请示事项), left for the office to judge. */
export type DocumentFlag = Violation;

/**
 * Where the current step stands against its clock (art. 66): a date counted in working days on the official
 * calendar, or — for 急件 — an instant counted in hours.
 */
export type StepClock = {
  /** The step waited for, in Chinese (签收, 批示 …). */
  step: string;
  /** A date (`working_days`) or an instant (`hours`). */
  due: string;
  basis: 'working_days' | 'hours';
  isOverdue: boolean;
  /** Working days, or hours for 急件, past the deadline. */
  overdueBy: number;
  /** The year's holiday notice is not out yet, so the date may move. */
  provisional: boolean;
  /** How the deadline was counted, in Chinese. */
  explanation: string;
};

export type UnitRef = { id: string; name: string };
export type PersonRef = { personId: string; name: string };

/** One row of the 收文登记簿. */
export type IncomingDocument = {
  id: string;
  status: IncomingStatus;
  statusLabel: string;
  docType: DocumentType;
  title: string;
  /** 来文字号, e.g. 临发改〔2026〕12号. */
  senderDocNumber: string | null;
  /** 收文登记号, e.g. 收〔2026〕15号, once registered. */
  registerNumber: string | null;
  issuingUnit: UnitRef;
  urgency: Urgency;
  urgencyLabel: string;
  writtenOn: string;
  isMajor: boolean;
  flags: DocumentFlag[];
  assignedLeader: PersonRef | null;
  handlingUnit: UnitRef | null;
  clock: StepClock | null;
  version: number;
  updatedAt: string;
  actions: DocumentAction[];
};

export type TimelineStep = {
  id: string;
  step: string;
  stepLabel: string;
  actorUserId: string | null;
  actorName: string;
  /** Set when a cover acted for an absent leader (art. 62). */
  actingForPersonId: string | null;
  actingForName: string | null;
  opinion: string | null;
  article: number | null;
  occurredAt: string;
};

export type Countersignature = {
  id: string;
  unitId: string;
  signerPersonId: string | null;
  signerName: string;
  /** 1 agreed, 0 disagreed (with grounds). */
  isAgreed: number;
  opinion: string;
  grounds: string | null;
  signedAt: string;
};

/** A leader's 批示: opinion (or 圈阅), name and date (art. 65). */
export type Instruction = {
  personId: string;
  name: string;
  opinion: string;
  isCircled: boolean;
  date: string;
  actingFor: PersonRef | null;
};

export type ReturnReason = { key: string; article: number; label: string };

export type DocumentAttachment = { id: string; kind: string; fileName: string; size: number; sm3: string };

export type IncomingDocumentDetail = IncomingDocument & {
  body: string;
  signerName: string;
  addressedTo: 'government' | 'leader';
  exceptionKind: string | null;
  classification: Classification;
  classificationLabel: string;
  copyNumber: string | null;
  declaredMatters: string[];
  relatedUnitIds: string[];
  isJoint: boolean;
  attachmentNote: string | null;
  note: string | null;
  cc: string | null;
  proposal: string | null;
  instruction: Instruction | null;
  result: string | null;
  coUnitIds: string[];
  countersignatures: Countersignature[];
  attachments: DocumentAttachment[];
  timeline: TimelineStep[];
  returnReasons: ReturnReason[];
};

export type IncomingFilter = {
  q?: string;
  docType?: DocumentType;
  status?: IncomingStatus;
  unitId?: string;
  from?: string;
  to?: string;
  isOverdueOnly?: boolean;
  page?: number;
  pageSize?: number;
};

export type IncomingPage = { items: IncomingDocument[]; total: number; page: number; pageSize: number };

export type SubmitIncomingInput = {
  docType: DocumentType;
  title: string;
  body: string;
  senderDocNumber: string | null;
  signerPersonId: string | null;
  signerName: string;
  classification: Classification;
  urgency: Urgency;
  declaredMatters: string[];
  relatedUnitIds: string[];
  attachmentNote: string | null;
  writtenOn: string;
  note: string | null;
  cc: string | null;
  attachmentIds: string[];
};

export type AssignResult = { leader: PersonRef; basis: 'major_to_head' | 'portfolio' | 'no_portfolio_to_head' | 'cover'; actingFor: PersonRef | null };

export const documentKeys = {
  all: ['documents'] as const,
  incoming: (filter: IncomingFilter) => ['documents', 'incoming', filter] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  chaseList: ['documents', 'chase-list'] as const,
};

function listQuery(filter: IncomingFilter): Record<string, string | number | undefined> {
  return {
    q: filter.q,
    docType: filter.docType,
    status: filter.status,
    unitId: filter.unitId,
    from: filter.from,
    to: filter.to,
    overdue: filter.isOverdueOnly ? '1' : undefined,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export function fetchIncomingDocuments(filter: IncomingFilter, signal?: AbortSignal): Promise<IncomingPage> {
  return api.get<IncomingPage>('/api/documents/incoming', { query: listQuery(filter), signal });
}

export function fetchIncomingDocument(id: string, signal?: AbortSignal): Promise<IncomingDocumentDetail> {
  return api.get<IncomingDocumentDetail>(`/api/documents/incoming/${encodeURIComponent(id)}`, { signal });
}

/** The register as an Excel file, with the same filters as the list (all pages). */
export async function exportRegister(filter: IncomingFilter): Promise<Response> {
  const { page: _page, pageSize: _pageSize, ...rest } = filter;
  return api.raw('GET', '/api/documents/incoming/register.xlsx', { query: listQuery(rest) });
}

/** Files a 请示 or 报告 (art. 64); an accepted filing comes back with the flags the office will look at. */
export function submitIncoming(input: SubmitIncomingInput): Promise<{ id: string; status: IncomingStatus; flags: DocumentFlag[] }> {
  return api.post<{ id: string; status: IncomingStatus; flags: DocumentFlag[] }>('/api/documents/incoming', input);
}

function step<T = { ok: true }>(id: string, action: DocumentAction, body: { version: number } & Record<string, unknown>): Promise<T> {
  return api.post<T>(`/api/documents/incoming/${encodeURIComponent(id)}/${action}`, body);
}

export const documentSteps = {
  receive: (id: string, version: number) => step(id, 'receive', { version }),
  register: (id: string, version: number) => step<{ registerNumber: string }>(id, 'register', { version }),
  review: (id: string, input: { version: number; outcome: 'pass' | 'return'; reasons?: string[]; opinion?: string }) => step(id, 'review', input),
  propose: (id: string, input: { version: number; proposal: string; isMajor: boolean }) => step(id, 'propose', input),
  assign: (id: string, version: number) => step<AssignResult>(id, 'assign', { version }),
  instruct: (id: string, input: { version: number; opinion: string; isCircled: boolean }) => step(id, 'instruct', input),
  transfer: (id: string, input: { version: number; handlingUnitId: string; coUnitIds: string[]; workingDays?: number; opinion?: string }) => step(id, 'transfer', input),
  complete: (id: string, input: { version: number; result: string }) => step(id, 'complete', input),
  archive: (id: string, version: number) => step(id, 'archive', { version }),
  extend: (id: string, input: { version: number; workingDays: number; approver: string; reason: string }) => step(id, 'extend', input),
  countersign: (id: string, input: { version: number; isAgreed: boolean; opinion: string; grounds: string | null }) =>
    step<{ status: IncomingStatus }>(id, 'countersign', input),
};

/** Overdue documents, most overdue first, with how each deadline was counted (art. 66). */
export function fetchChaseList(signal?: AbortSignal): Promise<{ items: IncomingDocument[] }> {
  return api.get<{ items: IncomingDocument[] }>('/api/documents/incoming/chase-list', { signal });
}

/** Runs the hourly 催办 now; each document is chased at most once a day. */
export function chaseNow(): Promise<{ chased: number }> {
  return api.post<{ chased: number }>('/api/documents/incoming/chase');
}

/** Where the browser downloads an attachment (the session cookie authorizes the GET). */
export function documentAttachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}`;
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === 'zw_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Uploads one 附件 as multipart (`kind` before `file`, which the server reads first) with the CSRF header the JSON
 * client sends on every write. The filing then claims the uploaded ids.
 */
export async function uploadDocumentAttachment(file: File, signal?: AbortSignal): Promise<DocumentAttachment> {
  const body = new FormData();
  body.append('kind', 'attachment');
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/attachments', { method: 'POST', headers, body, credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
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
  return parsed as DocumentAttachment;
}
