import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type Calendar, chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { requestAddressContext, requestContactContext, requestIdNumberContext } from '../../crypto/encrypted-columns.js';
import { type FieldCipher, FieldCipherError } from '../../crypto/field-cipher.js';
import { isMobileNumber, MOBILE_MESSAGE, idNumberProblem, normalizeIdNumber } from '../../crypto/personal-numbers.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { type DisclosureRequestRecord, disclosureRequestsRepository } from '../../db/disclosure-requests-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { nextInSequence, updateVersioned } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { requestCase, type RequestAction, type RequestCase } from '../../domain/disclosure/case.js';
import {
  type ApplicantKind,
  type ChallengeKind,
  type ChallengeOutcome,
  type DeliveryForm,
  type OrganizationKind,
  type RequestChannel,
  type RequestOutcome,
  requestOutcomes,
  type RequestStatus,
} from '../../domain/disclosure/types.js';
import { DomainError, found, invalid, notFound } from '../../domain/errors.js';
import { publicRole } from '../../domain/identity/roles.js';
import { can } from '../../domain/identity/policies.js';
import { parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { restartDeadline, trackDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { spendProof } from './proof-of-work.js';

/**
 * Requests for disclosure (依申请公开, work rules art. 34; 条例 第二十七–第四十五条). A request is filed on the portal
 * or registered by the office from paper, letter, fax or email on the day it was received (第三十一条); it gets
 * its number (依申〔2026〕N号) and an access code shown once. Its answer clock runs 20 working days from receipt
 * (第三十三条), on the deadlines table: a 补正 notice — once, within 7 working days of receipt (第三十条) — stops
 * it, and the corrected request starts it again from the day the correction is received; the head of the
 * disclosure office may extend it once by 20 working days, the applicant told; the working days a third party is
 * consulted are not counted (第三十二条). The answer is one of the outcomes of 第三十六条, with its reason where
 * the outcome needs one; an answer after the due day is recorded as late, never refused.
 */

/** Attachments of an answer are owned under this type; the applicant downloads them with the access code. */
export const requestOwnerType = 'disclosure_request';

const requestClockRule = 'disclosure.request-clock';
const consultationClockRule = 'disclosure.request-consultation';
const requestClockCites = { ruleId: requestClockRule, article: 34 } as const;
const consultationCites = { ruleId: consultationClockRule, article: 34 } as const;

/** The 补正 notice and its answer (条例 第三十条), kept as JSON on the request. */
export type Correction = {
  items: string;
  requestedOn: LocalDate;
  periodWorkingDays: number;
  byOn: LocalDate;
  requestedByName: string;
  originalDescription: string;
  correctedOn: LocalDate | null;
};

/** The extension approved by the head of the disclosure office in person, and the notice to the applicant. */
export type Extension = { days: number; reason: string; notice: string; approvedByName: string; approvedOn: LocalDate };

/** A consultation of a third party or another organ, on its own clock; its working days are not counted. */
export type Consultation = { id: string; party: string; matter: string | null; sentOn: LocalDate; deadlineId: string; dueOn: LocalDate; endedOn: LocalDate | null; workingDays: number | null; opinion: string | null };

export const parseCorrection = (r: Pick<DisclosureRequestRecord, 'correction'>): Correction | null => (r.correction ? (JSON.parse(r.correction) as Correction) : null);
export const parseExtension = (r: Pick<DisclosureRequestRecord, 'extension'>): Extension | null => (r.extension ? (JSON.parse(r.extension) as Extension) : null);
export const parseConsultations = (r: Pick<DisclosureRequestRecord, 'consultations'>): Consultation[] => JSON.parse(r.consultations) as Consultation[];

// ——— the access code ———

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random code of 12 characters (60 bits), without the look-alikes 0/O and 1/I. */
export function newAccessCode(): string {
  return [...randomBytes(12)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** What is stored of an access code: its SM3 digest (the code is random, so no salt is needed). */
export function accessCodeHash(code: string): string {
  return createHash('sm3').update(`zhengwu-access:${code.trim().toUpperCase()}`).digest('hex');
}

/** The record of a number and its access code; a wrong code and an unknown number answer the same 404. */
export function matchesAccessCode(stored: string | undefined, code: string): boolean {
  const given = Buffer.from(accessCodeHash(code), 'hex');
  const expected = Buffer.from(stored ?? '0'.repeat(64), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) && stored !== undefined;
}

async function byAccessCode(db: Db | Tx, number: string, code: string): Promise<DisclosureRequestRecord> {
  const r = await disclosureRequestsRepository.byNumber(db, number.trim());
  if (!matchesAccessCode(r?.accessCodeHash, code) || !r) notFound('该申请');
  return r;
}

/** The request a number and its access code name (the applicant's tracking page). */
export async function trackRequest(db: Db, number: string, code: string): Promise<DisclosureRequestRecord> {
  return byAccessCode(db, number, code);
}

// ——— the clock ———

/** The working days the answer period has: 20, plus the extension, plus the days excluded for consultations. */
export function answerWorkingDays(r: Pick<DisclosureRequestRecord, 'clockStart' | 'extension' | 'pausedWorkingDays'>): { base: number; extended: number; excluded: number; total: number } {
  const base = parameter('disclosure.requestAnswerWorkingDays', r.clockStart);
  const extended = parseExtension(r)?.days ?? 0;
  const excluded = Number(r.pausedWorkingDays);
  return { base, extended, excluded, total: base + extended + excluded };
}

/**
 * How the answer period is made up, in front of the calendar's own explanation of the count: the 20 working
 * days, the extension and the excluded consultation days, each named, and where the count starts.
 */
export function requestClockExplanation(r: Pick<DisclosureRequestRecord, 'clockStart' | 'receivedOn' | 'extension' | 'pausedWorkingDays' | 'correction'>, counted: string): string {
  const days = answerWorkingDays(r);
  const corrected = parseCorrection(r)?.correctedOn ?? null;
  const parts = [`答复期限为${days.base}个工作日（政府信息公开条例第三十三条）`];
  if (days.extended > 0) parts.push(`经政府信息公开工作机构负责人同意延长${days.extended}个工作日`);
  if (days.excluded > 0) parts.push(`征求第三方或其他机关意见所需${days.excluded}个工作日不计算在答复期限内（第三十二条、第三十三条）`);
  const total = parts.length > 1 ? `，共计${days.total}个工作日` : '';
  const start = corrected ? `，自收到补正申请之日（${chineseDate(corrected)}）起计算（第三十条）` : `，自收到申请之日（${chineseDate(r.receivedOn)}）起计算`;
  return `${parts.join('；')}${total}${start}。${counted}`;
}

function clockLabel(number: string): string {
  return `${number}：政府信息公开申请答复期限`;
}

async function recomputeAnswerClock(trx: Tx, calendar: Calendar, r: DisclosureRequestRecord, changes: Partial<Pick<DisclosureRequestRecord, 'clockStart' | 'extension' | 'pausedWorkingDays'>>, at: Date) {
  const next = { ...r, ...changes };
  const days = answerWorkingDays(next);
  return restartDeadline(trx, calendar, r.deadlineId, { label: clockLabel(r.number), start: next.clockStart, basis: 'working_days', amount: days.total, cites: requestClockCites }, at);
}

// ——— the case ———

/** The head of the disclosure office on the day: the principal head of the unit that does the office's work. */
export async function disclosureHeadOn(db: Db | Tx, day: LocalDate): Promise<{ personId: string; name: string } | null> {
  const office = await orgRepository.unitWithFunction(db, 'government_office');
  if (!office) return null;
  const posts = await orgRepository.postsOfUnit(db, office.id, day, false);
  const post = posts.find((p) => p.kind === 'principal' && p.holders.length > 0) ?? posts.find((p) => p.kind === 'office_director' && p.holders.length > 0);
  const holder = post?.holders[0];
  return holder ? { personId: holder.personId, name: holder.name } : null;
}

/** Whether the office may still send the 补正 notice on `day`: once, within 7 working days of receipt. */
export function correctionStillPossible(calendar: Calendar, r: Pick<DisclosureRequestRecord, 'receivedOn' | 'correction'>, day: LocalDate): boolean {
  return r.correction === null && calendar.workingDaysBetween(r.receivedOn, day) <= parameter('disclosure.correctionNoticeWorkingDays', r.receivedOn);
}

export function requestCaseOf(r: DisclosureRequestRecord, facts: { headPersonId: string | null; canStillRequestCorrection: boolean }): RequestCase {
  return { id: r.id, version: r.version, status: r.status as RequestStatus, headPersonId: facts.headPersonId, isExtended: r.extension !== null, canStillRequestCorrection: facts.canStillRequestCorrection };
}

/** The request as the declaration judges it today. */
export async function requestCaseNow(db: Db | Tx, calendar: Calendar, r: DisclosureRequestRecord, day: LocalDate): Promise<RequestCase> {
  const head = await disclosureHeadOn(db, day);
  return requestCaseOf(r, { headPersonId: head?.personId ?? null, canStillRequestCorrection: correctionStillPossible(calendar, r, day) });
}

/**
 * The actions a staff viewer has on a request: the declaration's, and — for the office — recording the
 * applicant's own acts handed in on paper (the corrected request, the withdrawal).
 */
export function requestActionsFor(c: RequestCase, viewer: Viewer, actionsFor: (c: RequestCase, v: Viewer) => RequestAction[]): RequestAction[] {
  const own = actionsFor(c, viewer);
  if (!can(viewer.roles, 'disclosure.requests')) return own;
  const applicants = actionsFor(c, { ...viewer, roles: [publicRole], standsInFor: [] });
  return [...new Set([...own, ...applicants])];
}

type Loaded = { r: DisclosureRequestRecord; viewer: Viewer; calendar: Calendar; today: LocalDate; c: RequestCase };

async function load(trx: Tx, ctx: OperationContext, at: Date, r: DisclosureRequestRecord): Promise<Loaded> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const calendar = await loadCalendar(trx);
  const today = localDateOf(at);
  return { r, viewer, calendar, today, c: await requestCaseNow(trx, calendar, r, today) };
}

async function loadById(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<Loaded> {
  return load(trx, ctx, at, found(await disclosureRequestsRepository.find(trx, id), '政府信息公开申请'));
}

/**
 * The applicant's own step, on the portal with the number and access code (the public's viewer), or recorded by
 * the office from what the applicant handed in — the office's policy checked, the act judged as the applicant's.
 */
type ApplicantRef = { kind: 'portal'; number: string; accessCode: string } | { kind: 'office'; id: string; version: number };

async function loadForApplicant(trx: Tx, ctx: OperationContext, at: Date, ref: ApplicantRef): Promise<Loaded & { version: number }> {
  if (ref.kind === 'portal') {
    const loaded = await load(trx, ctx, at, await byAccessCode(trx, ref.number, ref.accessCode));
    return { ...loaded, version: loaded.r.version };
  }
  const loaded = await loadById(trx, ctx, at, ref.id);
  if (!can(loaded.viewer.roles, 'disclosure.requests')) throw new DomainError('forbidden', '申请人的补正、撤回由区政府办公室代为登记');
  return { ...loaded, viewer: { ...loaded.viewer, roles: [publicRole], standsInFor: [] }, version: ref.version };
}

// ——— filing ———

export type FileInput = {
  applicantKind: ApplicantKind;
  organizationKind?: OrganizationKind | null;
  name: string;
  idNumber?: string | null;
  contact: string;
  address?: string | null;
  description: string;
  purpose?: string | null;
  delivery: DeliveryForm;
};

export type Filed = { id: string; number: string; accessCode: string; receivedOn: LocalDate; dueOn: LocalDate; explanation: string };

const PHONE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/;

function checkFiling(input: FileInput): FileInput & { idNumber: string | null; address: string | null; purpose: string | null } {
  const name = input.name.trim();
  if (!name) invalid(input.applicantKind === 'person' ? '请填写申请人姓名' : '请填写法人或其他组织名称');
  if (name.length > 100) invalid('申请人名称不超过100字');
  if (input.applicantKind === 'organization' && !input.organizationKind) invalid('请选择法人或其他组织的类型');
  if (input.applicantKind === 'person' && input.organizationKind) invalid('自然人申请无需选择组织类型');
  const idNumber = input.idNumber?.trim() ? normalizeIdNumber(input.idNumber) : null;
  if (idNumber) {
    const problem = idNumberProblem(idNumber);
    if (problem) invalid(problem);
  }
  const contact = input.contact.replace(/\s+/g, '');
  if (!contact) invalid('请填写联系电话');
  if (/^1\d{10}$/.test(contact) ? !isMobileNumber(contact) : !PHONE.test(contact)) invalid(`联系电话应为手机号码或固定电话（${MOBILE_MESSAGE}；固定电话如0533-7180000）`);
  const description = input.description.trim();
  if (!description) invalid('请填写所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述');
  if (description.length > 5000) invalid('所需信息的描述不超过5000字');
  const address = input.address?.trim() || null;
  if (address && address.length > 300) invalid('通信地址不超过300字');
  if (input.delivery === 'paper' && !address) invalid('选择纸质邮寄的，请填写通信地址');
  const purpose = input.purpose?.trim() || null;
  if (purpose && purpose.length > 2000) invalid('用途说明不超过2000字');
  return { ...input, name, idNumber, contact, description, address, purpose, organizationKind: input.applicantKind === 'organization' ? (input.organizationKind ?? null) : null };
}

async function insertRequest(trx: Tx, ctx: OperationContext & { cipher: FieldCipher }, at: Date, input: FileInput, channel: RequestChannel, receivedOn: LocalDate): Promise<{ filed: Filed; audit: AuditEntry }> {
  const data = checkFiling(input);
  const id = randomUUID();
  const year = receivedOn.slice(0, 4);
  const number = `依申〔${year}〕${await nextInSequence(trx, `disclosure-request:${year}`)}号`;
  const accessCode = newAccessCode();
  const amount = parameter('disclosure.requestAnswerWorkingDays', receivedOn);
  const { id: deadlineId, deadline } = await trackDeadline(
    trx,
    await loadCalendar(trx),
    { objectType: requestCase.kind, objectId: id, label: clockLabel(number), start: receivedOn, basis: 'working_days', amount, cites: requestClockCites },
    at,
  );
  const now = at.toISOString();
  const row = {
    id,
    number,
    accessCodeHash: accessCodeHash(accessCode),
    applicantKind: data.applicantKind,
    organizationKind: data.organizationKind ?? null,
    applicantName: data.name,
    idNumberEncrypted: data.idNumber ? ctx.cipher.encrypt(data.idNumber, requestIdNumberContext(id)) : null,
    contactEncrypted: ctx.cipher.encrypt(data.contact, requestContactContext(id)),
    addressEncrypted: data.address ? ctx.cipher.encrypt(data.address, requestAddressContext(id)) : null,
    description: data.description,
    purpose: data.purpose,
    delivery: data.delivery,
    channel,
    receivedOn,
    clockStart: receivedOn,
    status: 'received',
    deadlineId,
    dueOn: deadline.due,
    extension: null,
    correction: null,
    consultations: '[]',
    pausedWorkingDays: 0,
    outcome: null,
    outcomeReason: null,
    answer: null,
    answeredOn: null,
    answeredByName: null,
    answerAttachmentId: null,
    carriedFromYear: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await disclosureRequestsRepository.insert(trx, row);
  const explanation = requestClockExplanation(row, deadline.explanation);
  return {
    filed: { id, number, accessCode, receivedOn, dueOn: deadline.due, explanation },
    audit: { act: 'disclosure.request.file', objectType: requestCase.kind, objectId: id, result: 'success', article: 34, summary: { number, channel, applicantKind: data.applicantKind, receivedOn, dueOn: deadline.due } },
  };
}

/**
 * A request filed on the portal (第二十九条): received today; the visitor's proof of work is spent inside the
 * transaction (a replayed page is 409) and a filled honeypot field is refused.
 */
export async function filePublicRequest(ctx: OperationContext & { cipher: FieldCipher }, input: FileInput & { challenge: string; nonce: string; website?: string | null }): Promise<Filed> {
  if (input.website?.trim()) invalid('提交未通过校验，请刷新页面后重新提交');
  return commitChange(ctx, async (trx, at) => {
    await spendProof(trx, at, { challenge: input.challenge, nonce: input.nonce });
    const { filed, audit } = await insertRequest(trx, ctx, at, input, 'online', localDateOf(at));
    return { result: filed, audit: [audit] };
  });
}

/** The office registers a request handed in on paper, by letter, in person, by fax or email, on the day it was received (第三十一条). */
export async function registerRequest(ctx: OperationContext & { cipher: FieldCipher }, input: FileInput & { channel: Exclude<RequestChannel, 'online'>; receivedOn: LocalDate }): Promise<Filed> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'disclosure.requests')) throw new DomainError('forbidden', '政府信息公开申请由区政府办公室登记');
    const today = localDateOf(at);
    if (input.receivedOn > today) invalid('收到申请的日期不能晚于今天');
    const { filed, audit } = await insertRequest(trx, ctx, at, input, input.channel, input.receivedOn);
    return { result: filed, audit: [audit] };
  });
}

// ——— the steps ———

type Moved = { status: RequestStatus; version: number; dueOn: LocalDate };

async function move(trx: Tx, ctx: OperationContext, at: Date, l: Loaded, action: RequestAction, version: number, changes: Record<string, unknown>, opinion: string | null, summary: Record<string, unknown> = {}) {
  return takeAction(trx, ctx, at, { def: requestCase, table: 'disclosureRequests', case: l.c, action, version, viewer: l.viewer, changes: { ...changes, updatedAt: at.toISOString() }, opinion, summary: { number: l.r.number, ...summary } });
}

/**
 * The 补正 notice (第三十条): once, within 7 working days of receipt, naming what to correct and a reasonable
 * period for it (by default 15 working days). The answer clock stops until the corrected request is received.
 */
export async function requestCorrection(ctx: OperationContext, input: { id: string; version: number; items: string; periodWorkingDays?: number }): Promise<Moved & { byOn: LocalDate }> {
  const items = input.items.trim();
  if (!items) invalid('请写明需要补正的事项');
  if (items.length > 2000) invalid('补正事项不超过2000字');
  const period = input.periodWorkingDays ?? 15;
  if (!Number.isInteger(period) || period < 1 || period > 60) invalid('补正期限应为1至60个工作日');
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    if (l.r.status === 'received' && l.r.version === input.version) {
      const limit = parameter('disclosure.correctionNoticeWorkingDays', l.r.receivedOn);
      if (l.r.correction !== null) refuseBy('disclosure.request-correction', '补正只能一次性告知，该申请已告知过补正，不能再次要求补正');
      if (!l.c.canStillRequestCorrection) refuseBy('disclosure.request-correction', `应自收到申请之日起${limit}个工作日内一次性告知补正；该申请于${chineseDate(l.r.receivedOn)}收到，今天已是第${l.calendar.workingDaysBetween(l.r.receivedOn, l.today)}个工作日，不能再要求补正`);
    }
    const byOn = l.calendar.addWorkingDays(l.today, period).due;
    const correction: Correction = { items, requestedOn: l.today, periodWorkingDays: period, byOn, requestedByName: ctx.actor.name, originalDescription: l.r.description, correctedOn: null };
    const taken = await move(trx, ctx, at, l, 'request_correction', input.version, { correction: JSON.stringify(correction) }, `需补正：${items}；请于${chineseDate(byOn)}前补正（${period}个工作日），逾期未补正视为放弃申请`, { byOn });
    await calendarRepository.closeDeadline(trx, l.r.deadlineId, at.toISOString());
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: l.r.dueOn, byOn }, audit: [taken.audit] };
  });
}

/**
 * The corrected request (第三十条), from the applicant on the portal or recorded by the office on the day it was
 * handed in: the description is replaced, and the answer clock counts again from the day the correction was
 * received.
 */
export async function correctRequest(ctx: OperationContext, ref: ApplicantRef, input: { description: string; receivedOn?: LocalDate | null }): Promise<Moved & { explanation: string }> {
  const description = input.description.trim();
  if (!description) invalid('请填写补正后的所需信息描述');
  if (description.length > 5000) invalid('所需信息的描述不超过5000字');
  return commitChange(ctx, async (trx, at) => {
    const l = await loadForApplicant(trx, ctx, at, ref);
    const correction = parseCorrection(l.r);
    const correctedOn = ref.kind === 'office' ? (input.receivedOn ?? l.today) : l.today;
    if (correctedOn > l.today) invalid('收到补正申请的日期不能晚于今天');
    if (correction && correctedOn < correction.requestedOn) invalid(`收到补正申请的日期不能早于告知补正之日（${chineseDate(correction.requestedOn)}）`);
    const next: Correction | null = correction && { ...correction, correctedOn };
    const deadline = await recomputeAnswerClock(trx, l.calendar, l.r, { clockStart: correctedOn }, at);
    const taken = await move(trx, ctx, at, l, 'correct', l.version, { description, clockStart: correctedOn, correction: next ? JSON.stringify(next) : l.r.correction, dueOn: deadline.due }, `补正后的申请内容：${description}；自${chineseDate(correctedOn)}收到补正申请起重新计算答复期限，${chineseDate(deadline.due)}前答复`, { correctedOn, dueOn: deadline.due });
    const explanation = requestClockExplanation({ ...l.r, clockStart: correctedOn, correction: next ? JSON.stringify(next) : l.r.correction }, deadline.explanation);
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: deadline.due, explanation }, audit: [taken.audit] };
  });
}

/** The applicant did not correct within the period (第三十条 "视为放弃申请"): only once the period has run. */
export async function abandonRequest(ctx: OperationContext, input: { id: string; version: number }): Promise<Moved> {
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    const correction = parseCorrection(l.r);
    if (l.r.status === 'correction' && correction && correction.byOn >= l.today) {
      refuseBy('disclosure.request-correction', `补正期限至${chineseDate(correction.byOn)}，期限届满前不能视为放弃申请`);
    }
    const taken = await move(trx, ctx, at, l, 'abandon', input.version, { outcome: 'other_no_correction' }, `申请人未在${correction ? chineseDate(correction.byOn) : '补正期限'}前补正，视为放弃申请`);
    await calendarRepository.closeDeadline(trx, l.r.deadlineId, at.toISOString());
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: l.r.dueOn }, audit: [taken.audit] };
  });
}

/**
 * The extension (第三十三条): by the head of the disclosure office in person, once, by 20 working days, with the
 * reason and the notice to the applicant (shown on their tracking page).
 */
export async function extendRequest(ctx: OperationContext, input: { id: string; version: number; reason: string; notice: string }): Promise<Moved & { explanation: string }> {
  const reason = input.reason.trim();
  const notice = input.notice.trim();
  if (!reason) invalid('请写明延长答复期限的理由');
  if (!notice) invalid('请填写告知申请人的延期内容');
  if (reason.length > 2000 || notice.length > 2000) invalid('延期理由和告知内容各不超过2000字');
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    if (l.r.extension !== null && l.r.version === input.version) refuseBy('disclosure.request-extension', '答复期限只能延长一次，该申请已经延长过');
    const days = parameter('disclosure.requestExtensionWorkingDays', l.today);
    const extension: Extension = { days, reason, notice, approvedByName: ctx.actor.name, approvedOn: l.today };
    const deadline = await recomputeAnswerClock(trx, l.calendar, l.r, { extension: JSON.stringify(extension) }, at);
    const taken = await move(trx, ctx, at, l, 'extend', input.version, { extension: JSON.stringify(extension), dueOn: deadline.due }, `同意延长答复期限${days}个工作日，至${chineseDate(deadline.due)}；理由：${reason}`, { days, previousDueOn: l.r.dueOn, dueOn: deadline.due });
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: deadline.due, explanation: requestClockExplanation({ ...l.r, extension: JSON.stringify(extension) }, deadline.explanation) }, audit: [taken.audit] };
  });
}

/** The consultation of a third party or another organ (第三十二条): its own clock of 15 working days from today. */
export async function consultOnRequest(ctx: OperationContext, input: { id: string; version: number; party: string; matter?: string | null }): Promise<Moved & { consultation: Consultation }> {
  const party = input.party.trim();
  if (!party) invalid('请填写征求意见的第三方或其他机关');
  if (party.length > 200) invalid('第三方名称不超过200字');
  const matter = input.matter?.trim() || null;
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    const days = parameter('disclosure.thirdPartyWorkingDays', l.today);
    const consultationId = randomUUID();
    const { id: deadlineId, deadline } = await trackDeadline(
      trx,
      l.calendar,
      { objectType: requestCase.kind, objectId: l.r.id, label: `${l.r.number}：征求${party}意见`, start: l.today, basis: 'working_days', amount: days, cites: consultationCites },
      at,
    );
    const consultation: Consultation = { id: consultationId, party, matter, sentOn: l.today, deadlineId, dueOn: deadline.due, endedOn: null, workingDays: null, opinion: null };
    const consultations = [...parseConsultations(l.r), consultation];
    const taken = await move(trx, ctx, at, l, 'consult', input.version, { consultations: JSON.stringify(consultations) }, `征求${party}意见${matter ? `（${matter}）` : ''}，请于${chineseDate(deadline.due)}前提出意见；征求意见所需时间不计算在答复期限内`, { party, dueOn: deadline.due });
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: l.r.dueOn, consultation }, audit: [taken.audit] };
  });
}

/**
 * The consultation ends (the opinion received, or its period run): the working days it took are added to the
 * excluded days and the answer clock recomputed from the same start.
 */
export async function endConsultation(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null; receivedOn?: LocalDate | null }): Promise<Moved & { excludedWorkingDays: number; explanation: string }> {
  const opinion = input.opinion?.trim() || null;
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    const consultations = parseConsultations(l.r);
    const open = consultations.find((c) => c.endedOn === null);
    if (l.r.status !== 'consulting' || !open) return authorizeOnly(l, input.version);
    const endedOn = input.receivedOn ?? l.today;
    if (endedOn > l.today) invalid('收到意见的日期不能晚于今天');
    if (endedOn < open.sentOn) invalid(`收到意见的日期不能早于征求意见之日（${chineseDate(open.sentOn)}）`);
    const workingDays = l.calendar.workingDaysBetween(open.sentOn, endedOn);
    const ended = consultations.map((c) => (c.id === open.id ? { ...c, endedOn, workingDays, opinion } : c));
    const paused = Number(l.r.pausedWorkingDays) + workingDays;
    const deadline = await recomputeAnswerClock(trx, l.calendar, l.r, { pausedWorkingDays: paused }, at);
    await calendarRepository.closeDeadline(trx, open.deadlineId, at.toISOString());
    const taken = await move(trx, ctx, at, l, 'end_consultation', input.version, { consultations: JSON.stringify(ended), pausedWorkingDays: paused, dueOn: deadline.due }, `${open.party}意见已于${chineseDate(endedOn)}收到${opinion ? `：${opinion}` : ''}；征求意见用时${workingDays}个工作日，不计入答复期限，答复期限顺延至${chineseDate(deadline.due)}`, { party: open.party, workingDays, dueOn: deadline.due });
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: deadline.due, excludedWorkingDays: paused, explanation: requestClockExplanation({ ...l.r, pausedWorkingDays: paused }, deadline.explanation) }, audit: [taken.audit] };
  });
}

/** Refuses by the declaration (409 moved on, 403 not allowed) where the step has nothing to act on. */
function authorizeOnly(l: Loaded, version: number): never {
  authorize(requestCase, 'end_consultation', l.c, l.viewer, version);
  throw new DomainError('conflict', '该申请没有正在征求的意见，请刷新后重试');
}

/**
 * The answer (第三十六条): one of its outcomes, the reason where the outcome needs one, the answer's text and
 * optionally the answer document. It closes the clock; an answer after the due day is recorded as late.
 */
export async function answerRequest(ctx: OperationContext, input: { id: string; version: number; outcome: RequestOutcome; reason?: string | null; answer: string; attachmentId?: string | null }): Promise<Moved & { isLate: boolean; answeredOn: LocalDate }> {
  const outcome = requestOutcomes[input.outcome];
  if (!outcome) invalid('请选择答复的情形');
  const reason = input.reason?.trim() || null;
  const answer = input.answer.trim();
  if (!answer) invalid('请填写答复内容');
  if (answer.length > 20_000) invalid('答复内容不超过20000字');
  if (reason && reason.length > 5000) invalid('理由不超过5000字');
  if (outcome.needsReason && !reason) refuseBy('disclosure.request-answer', `答复为“${outcome.label}”的，应当说明理由（政府信息公开条例第三十六条）`);
  return commitChange(ctx, async (trx, at) => {
    const l = await loadById(trx, ctx, at, input.id);
    const isLate = l.today > l.r.dueOn;
    const taken = await move(
      trx,
      ctx,
      at,
      l,
      'answer',
      input.version,
      { outcome: input.outcome, outcomeReason: reason, answer, answeredOn: l.today, answeredByName: ctx.actor.name, answerAttachmentId: input.attachmentId ?? null },
      `答复：${outcome.label}${reason ? `；理由：${reason}` : ''}${isLate ? `（超过答复期限，应于${chineseDate(l.r.dueOn)}前答复）` : ''}`,
      { outcome: input.outcome, isLate, dueOn: l.r.dueOn },
    );
    if (input.attachmentId) {
      const claimed = await attachmentRepository.claim(trx, [input.attachmentId], ctx.actor.userId, requestOwnerType, l.r.id);
      if (claimed.length !== 1) invalid('答复书附件须为本人上传、尚未使用的文件');
    }
    await calendarRepository.closeDeadline(trx, l.r.deadlineId, at.toISOString());
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: l.r.dueOn, isLate, answeredOn: l.today }, audit: [taken.audit] };
  });
}

/** The applicant withdraws the request (on the portal, or recorded by the office): the clocks close. */
export async function withdrawRequest(ctx: OperationContext, ref: ApplicantRef, input: { note?: string | null } = {}): Promise<Moved> {
  const note = input.note?.trim() || null;
  return commitChange(ctx, async (trx, at) => {
    const l = await loadForApplicant(trx, ctx, at, ref);
    const taken = await move(trx, ctx, at, l, 'withdraw', l.version, {}, note ? `申请人撤回申请：${note}` : '申请人撤回申请');
    const now = at.toISOString();
    await calendarRepository.closeDeadline(trx, l.r.deadlineId, now);
    for (const c of parseConsultations(l.r)) if (c.endedOn === null) await calendarRepository.closeDeadline(trx, c.deadlineId, now);
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: l.r.dueOn }, audit: [taken.audit] };
  });
}

// ——— personal data ———

export type RequestContact = { id: string; number: string; applicantName: string; idNumber: string | null; contact: string; address: string | null };

/**
 * The applicant's identity number, contact and address in full: the one way to them (lists and details show
 * them masked), an audited act (`disclosure.request.contact.read`, naming the request, never the values)
 * committed before the values leave. A value failing its integrity check is recorded as a failure, never shown.
 */
export async function readRequestContact(ctx: OperationContext & { cipher: FieldCipher }, input: { id: string }): Promise<RequestContact> {
  const outcome = await commitChange<{ contact: RequestContact } | { error: FieldCipherError }>(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'disclosure.requests')) throw new DomainError('forbidden', '申请人的个人信息仅区政府办公室经办人员可以查看');
    const r = found(await disclosureRequestsRepository.find(trx, input.id), '政府信息公开申请');
    const entry = { act: 'disclosure.request.contact.read', objectType: requestCase.kind, objectId: r.id, article: 34 } as const;
    try {
      const contact: RequestContact = {
        id: r.id,
        number: r.number,
        applicantName: r.applicantName,
        idNumber: r.idNumberEncrypted ? ctx.cipher.decrypt(r.idNumberEncrypted, requestIdNumberContext(r.id)) : null,
        contact: ctx.cipher.decrypt(r.contactEncrypted, requestContactContext(r.id)),
        address: r.addressEncrypted ? ctx.cipher.decrypt(r.addressEncrypted, requestAddressContext(r.id)) : null,
      };
      return { result: { contact }, audit: [{ ...entry, result: 'success', summary: { number: r.number } }] };
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      return { result: { error }, audit: [{ ...entry, result: 'failure', summary: { number: r.number, reason: error.code } }] };
    }
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.contact;
}

// ——— reconsideration and litigation (annual report table 四) ———

function authorizeOffice(viewer: Viewer): void {
  if (!can(viewer.roles, 'disclosure.requests')) throw new DomainError('forbidden', '行政复议、行政诉讼情况由区政府办公室登记');
}

/** The office records a reconsideration or lawsuit about disclosure, with its outcome so far. */
export async function recordChallenge(ctx: OperationContext, input: { requestId?: string | null; kind: ChallengeKind; outcome: ChallengeOutcome; filedOn: LocalDate; note?: string | null }): Promise<{ id: string; version: number }> {
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) invalid('备注不超过2000字');
  return commitChange(ctx, async (trx, at) => {
    authorizeOffice(await viewerOf(trx, ctx.actor, at));
    if (input.filedOn > localDateOf(at)) invalid('提起日期不能晚于今天');
    if (input.requestId) found(await disclosureRequestsRepository.find(trx, input.requestId), '政府信息公开申请');
    const id = randomUUID();
    const now = at.toISOString();
    await disclosureRequestsRepository.insertChallenge(trx, { id, requestId: input.requestId ?? null, kind: input.kind, outcome: input.outcome, filedOn: input.filedOn, note, recordedByName: ctx.actor.name, version: 1, createdAt: now, updatedAt: now });
    return { result: { id, version: 1 }, audit: [{ act: 'disclosure.challenge.record', objectType: 'disclosure_challenge', objectId: id, result: 'success', article: 34, summary: { kind: input.kind, outcome: input.outcome, filedOn: input.filedOn, requestId: input.requestId ?? null } }] };
  });
}

/** The office updates the outcome of a reconsideration or lawsuit (e.g. 尚未审结 → 结果维持). */
export async function updateChallenge(ctx: OperationContext, input: { id: string; version: number; outcome: ChallengeOutcome }): Promise<{ id: string; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    authorizeOffice(await viewerOf(trx, ctx.actor, at));
    const c = found(await disclosureRequestsRepository.findChallenge(trx, input.id), '行政复议、行政诉讼记录');
    const { version } = await updateVersioned(trx, 'disclosureChallenges', c.id, input.version, { outcome: input.outcome, updatedAt: at.toISOString() }, { what: '行政复议、行政诉讼记录' });
    return { result: { id: c.id, version }, audit: [{ act: 'disclosure.challenge.update', objectType: 'disclosure_challenge', objectId: c.id, result: 'success', article: 34, summary: { from: c.outcome, to: input.outcome } }] };
  });
}
