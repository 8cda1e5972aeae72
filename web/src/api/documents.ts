import { suggestedFileName } from '../lib/download';
import { ApiError, type BodyOf, client, ok, type Problem, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts, generated from its OpenAPI document); the names below are what
// the pages call them. A server change that breaks a page fails the web's type check.

/** One page of the 收文登记簿, with what the caller may do with the register itself (`actions`: 报送, 催办). */
export type IncomingPage = ResponseOf<'/api/documents/incoming', 'get'>;
/** One row of the 收文登记簿. */
export type IncomingDocument = IncomingPage['items'][number];
export type IncomingDocumentDetail = ResponseOf<'/api/documents/incoming/{id}', 'get'>;
/** Where an incoming document stands. */
export type IncomingStatus = IncomingDocument['status'];
/**
 * What the caller may do with a document now, as the server's declaration of the case says; the page only
 * shows. `return` is the other outcome of 初审 (`review`); `chase` runs from the chase list, not a document's page.
 */
export type DocumentAction = IncomingDocument['actions'][number];
/** What the caller may do with the register itself: file a document (报送), keep the chase list (催办). */
export type RegisterAction = IncomingPage['actions'][number];
export type DocumentType = IncomingDocument['docType'];
export type Urgency = IncomingDocument['urgency'];
export type Classification = IncomingDocumentDetail['classification'];
/** A rule an accepted filing broke only softly (e.g. 报告夹带请示事项), left for the office to judge. */
export type DocumentFlag = IncomingDocument['flags'][number];
/**
 * Where the current step stands against its clock (art. 66): a date counted in working days on the official
 * calendar, or — for 急件 — an instant counted in hours.
 */
export type StepClock = NonNullable<IncomingDocument['clock']>;
export type UnitRef = IncomingDocument['issuingUnit'];
export type PersonRef = NonNullable<IncomingDocument['assignedLeader']>;
export type TimelineStep = IncomingDocumentDetail['timeline'][number];
export type Countersignature = IncomingDocumentDetail['countersignatures'][number];
/** A leader's 批示: opinion (or 圈阅), name and date (art. 65). */
export type Instruction = NonNullable<IncomingDocumentDetail['instruction']>;
export type ReturnReason = IncomingDocumentDetail['returnReasons'][number];
export type DocumentAttachment = IncomingDocumentDetail['attachments'][number];
/** A filing: the 签发人 is the name the document shows; a 请示 is signed off by the unit's principal head in their own session. */
export type SubmitIncomingInput = Omit<BodyOf<'/api/documents/incoming', 'post'>, 'signerPersonId'>;
export type SubmitResult = ResponseOf<'/api/documents/incoming', 'post'>;
/** The office registers a body's document it received on paper or by 电子公文交换 (条例 第二十四条). */
export type RegisterReceivedInput = BodyOf<'/api/documents/incoming/register', 'post'>;
export type RegisterReceivedResult = ResponseOf<'/api/documents/incoming/register', 'post'>;
export type ResubmitInput = BodyOf<'/api/documents/incoming/{id}/resubmit', 'post'>;
/** Who sent a document the office registered: 上级机关, 平级机关, 不相隶属机关, 下级单位. */
export type RegisteredSourceKind = RegisterReceivedInput['sourceKind'];
export type SourceKind = IncomingDocument['sourceKind'];
/** 来文方式 of a document the office registers (a unit's filing through the platform is the third). */
export type ReceivedChannel = RegisterReceivedInput['channel'];
export type Disclosure = NonNullable<RegisterReceivedInput['disclosure']>;
/** One 批示 of the list (a deputy's, then the 区长's after 呈区长). */
export type InstructionItem = IncomingDocumentDetail['instructions'][number];
/** One reader of a 传阅, with their 已阅 or opinion. */
export type CirculationEntry = IncomingDocumentDetail['circulation'][number];
/** One revision of the document as filed (a returned document resubmitted keeps every one). */
export type DocumentVersion = IncomingDocumentDetail['versions'][number];
export type DonePage = ResponseOf<'/api/documents/done', 'get'>;
/** A document in the 已办 list, with the caller's latest act on it. */
export type DoneDocument = DonePage['items'][number];
/** The 收文处理笺 as the printable page shows it. */
export type ProcessingSlip = ResponseOf<'/api/documents/incoming/{id}/processing-slip', 'get'>;
export type AssignResult = ResponseOf<'/api/documents/incoming/{id}/assign', 'post'>;

export const registeredSourceKinds = ['higher', 'peer', 'unaffiliated', 'subordinate'] as const satisfies readonly RegisteredSourceKind[];
export const sourceKindLabels: Record<SourceKind, string> = { platform: '本区单位报送', higher: '上级机关', peer: '平级机关', unaffiliated: '不相隶属机关', subordinate: '下级单位' };
export const receivedChannels = ['paper', 'exchange'] as const satisfies readonly ReceivedChannel[];
export const channelLabels: Record<ReceivedChannel, string> = { paper: '纸质', exchange: '电子公文交换' };
export const disclosures = ['public', 'on_request', 'not_public'] as const satisfies readonly Disclosure[];
export const disclosureLabels: Record<Disclosure, string> = { public: '主动公开', on_request: '依申请公开', not_public: '不予公开' };

/** The 15 types of 《党政机关公文处理工作条例》 art. 8, 请示 and 报告 first: they are what units file to the government. */
export const documentTypes = ['请示', '报告', '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '批复', '议案', '函', '纪要'] as const satisfies readonly DocumentType[];

export const urgencies = ['normal', 'urgent', 'very_urgent'] as const satisfies readonly Urgency[];

/** 密级. The platform takes non-classified documents only (art. 84); the others exist so a refusal can name them. */
export const classifications = ['none', 'secret', 'confidential', 'top_secret'] as const satisfies readonly Classification[];

/** Where an incoming document stands, in the order of handling (for the status filter). */
export const incomingStatuses = [
  'awaiting_sign_off',
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
  'withdrawn',
] as const satisfies readonly IncomingStatus[];

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
  /** The previous page's `nextCursor`: how deep pages are fetched (page numbers reach only the first pages). */
  cursor?: string;
};

/** The deepest page a page number may ask for (the server's `maxNumberedPage`); deeper pages go by cursor. */
export const maxNumberedPage = 50;

export const documentKeys = {
  all: ['documents'] as const,
  incoming: (filter: IncomingFilter) => ['documents', 'incoming', filter] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  registerActions: ['documents', 'register-actions'] as const,
  chaseList: ['documents', 'chase-list'] as const,
  chaseListPage: (cursor: string | undefined) => ['documents', 'chase-list', cursor ?? ''] as const,
  done: ['documents', 'done'] as const,
  processingSlip: (id: string) => ['documents', 'processing-slip', id] as const,
};

function listQuery(filter: IncomingFilter) {
  return {
    q: filter.q,
    docType: filter.docType,
    status: filter.status,
    unitId: filter.unitId,
    from: filter.from,
    to: filter.to,
    overdue: filter.isOverdueOnly ? ('1' as const) : undefined,
    page: filter.page,
    pageSize: filter.pageSize,
    cursor: filter.cursor,
  };
}

export function fetchIncomingDocuments(filter: IncomingFilter, signal?: AbortSignal): Promise<IncomingPage> {
  return ok(client.GET('/api/documents/incoming', { params: { query: listQuery(filter) }, signal }));
}

export function fetchIncomingDocument(id: string, signal?: AbortSignal): Promise<IncomingDocumentDetail> {
  return ok(client.GET('/api/documents/incoming/{id}', { params: { path: { id } }, signal }));
}

/** The register as an Excel file, with the same filters as the list (all pages). */
export async function exportRegister(filter: IncomingFilter): Promise<{ blob: Blob; fileName: string | undefined }> {
  const { page: _page, pageSize: _pageSize, cursor: _cursor, ...rest } = filter;
  const { data, response } = await client.GET('/api/documents/incoming/register.xlsx', { params: { query: listQuery(rest) }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

/** Files a 请示 or 报告 (art. 64); an accepted filing comes back with its state and the flags the office will look at. */
export function submitIncoming(input: SubmitIncomingInput): Promise<SubmitResult> {
  return ok(client.POST('/api/documents/incoming', { body: input }));
}

/** Registers a document the office received from a body (a scan of a paper original attached); it enters at 登记. */
export function registerReceived(input: RegisterReceivedInput): Promise<RegisterReceivedResult> {
  return ok(client.POST('/api/documents/incoming/register', { body: input }));
}

/** The filing unit's revision of a returned document: the same document, one revision on (art. 64). */
export function resubmitIncoming(id: string, input: ResubmitInput) {
  return ok(client.POST('/api/documents/incoming/{id}/resubmit', { params: { path: { id } }, body: input }));
}

/** A page of the caller's 已办: documents they acted on, their latest act first. */
export function fetchDoneDocuments(page: { cursor?: string; pageSize?: number }, signal?: AbortSignal): Promise<DonePage> {
  return ok(client.GET('/api/documents/done', { params: { query: page }, signal }));
}

export function fetchProcessingSlip(id: string, signal?: AbortSignal): Promise<ProcessingSlip> {
  return ok(client.GET('/api/documents/incoming/{id}/processing-slip', { params: { path: { id } }, signal }));
}

/** The 收文处理笺 as a file: .docx for WPS/Word, or PDF (answered 503 where the server has no LibreOffice). */
export async function downloadProcessingSlip(id: string, format: 'pdf' | 'docx'): Promise<{ blob: Blob; fileName: string | undefined }> {
  // The client throws any non-2xx answer (a 503 without LibreOffice) as an ApiError with the server's sentence.
  const { data, response } =
    format === 'pdf'
      ? await client.GET('/api/documents/incoming/{id}/processing-slip.pdf', { params: { path: { id } }, parseAs: 'blob' })
      : await client.GET('/api/documents/incoming/{id}/processing-slip.docx', { params: { path: { id } }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

/** The path parameters of a document's routes. */
const byId = (id: string) => ({ path: { id } });

export const documentSteps = {
  /** 签发 by the filing unit's principal head (art. 64): on to 会签, or to the office. */
  signOff: (id: string, body: BodyOf<'/api/documents/incoming/{id}/sign-off', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/sign-off', { params: byId(id), body })),
  receive: (id: string, version: number) => ok(client.POST('/api/documents/incoming/{id}/receive', { params: byId(id), body: { version } })),
  register: (id: string, version: number) => ok(client.POST('/api/documents/incoming/{id}/register', { params: byId(id), body: { version } })),
  review: (id: string, body: BodyOf<'/api/documents/incoming/{id}/review', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/review', { params: byId(id), body })),
  propose: (id: string, body: BodyOf<'/api/documents/incoming/{id}/propose', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/propose', { params: byId(id), body })),
  assign: (id: string, version: number) => ok(client.POST('/api/documents/incoming/{id}/assign', { params: byId(id), body: { version } })),
  instruct: (id: string, body: BodyOf<'/api/documents/incoming/{id}/instruct', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/instruct', { params: byId(id), body })),
  transfer: (id: string, body: BodyOf<'/api/documents/incoming/{id}/transfer', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/transfer', { params: byId(id), body })),
  complete: (id: string, body: BodyOf<'/api/documents/incoming/{id}/complete', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/complete', { params: byId(id), body })),
  archive: (id: string, version: number) => ok(client.POST('/api/documents/incoming/{id}/archive', { params: byId(id), body: { version } })),
  extend: (id: string, body: BodyOf<'/api/documents/incoming/{id}/extend', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/extend', { params: byId(id), body })),
  countersign: (id: string, body: BodyOf<'/api/documents/incoming/{id}/countersign', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/countersign', { params: byId(id), body })),
  /** 呈区长: the deputy who instructed passes it up for the 区长's 批示 (art. 65). */
  escalate: (id: string, body: BodyOf<'/api/documents/incoming/{id}/escalate', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/escalate', { params: byId(id), body })),
  /** 传阅 to leaders (the office). */
  circulate: (id: string, body: BodyOf<'/api/documents/incoming/{id}/circulate', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/circulate', { params: byId(id), body })),
  /** 已阅, or an opinion, by a reader of the 传阅. */
  read: (id: string, body: BodyOf<'/api/documents/incoming/{id}/read', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/read', { params: byId(id), body })),
  /** The filing unit withdraws a returned document. */
  withdraw: (id: string, body: BodyOf<'/api/documents/incoming/{id}/withdraw', 'post'>) => ok(client.POST('/api/documents/incoming/{id}/withdraw', { params: byId(id), body })),
};

/** Overdue documents, most overdue first, with how each deadline was counted (art. 66). */
/** A page of the chase list (most overdue first); `cursor` is the previous page's `nextCursor`. */
export function fetchChaseList(page: { cursor?: string; pageSize?: number }, signal?: AbortSignal): Promise<ResponseOf<'/api/documents/incoming/chase-list', 'get'>> {
  return ok(client.GET('/api/documents/incoming/chase-list', { params: { query: page }, signal }));
}

/** Runs the hourly 催办 now; each document is chased at most once a day. */
export function chaseNow(): Promise<ResponseOf<'/api/documents/incoming/chase', 'post'>> {
  return ok(client.POST('/api/documents/incoming/chase'));
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
