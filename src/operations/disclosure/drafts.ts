import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type Calendar, chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { type CommentDraftRecord, commentDraftsRepository, type DraftScope } from '../../db/comment-drafts-repository.js';
import type { Db, Tx } from '../../db/database.js';
import { publicationsRepository } from '../../db/publications-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { draftCase, type DraftCase } from '../../domain/disclosure/case.js';
import { type DraftKind, draftKindLabels, type DraftStatus } from '../../domain/disclosure/types.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { can, scopeOf } from '../../domain/identity/policies.js';
import { defaultRulebookSet, findParam, jurisdiction, parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { computeDeadline, trackDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { personalDataIn } from './personal-data.js';
import { spendProof } from './proof-of-work.js';

/**
 * Drafts for comment (征求意见稿, work rules art. 36 "决策前向社会公布决策草案、决策依据，广泛听取公众意见";
 * art. 23 normative documents). The drafting unit prepares the draft with its 起草说明 and a comment period of
 * at least the minimum — `disclosure.commentWorkingDays` working days for normative documents and policy
 * measures, `disclosure.commentLongDays` days for a major decision or a draft bearing on businesses —; an
 * office reviewer other than the preparer publishes it (the period opens that day, its clock on the deadlines
 * table); the public comments on the portal while it is open, without being tracked; once the period is over
 * the office closes it, and concludes it with the summary of the comments and its response, published with the
 * final text.
 */

export type PeriodBasis = 'working_days' | 'calendar_days';

/** The comment period's clock on the deadlines table cites art. 36 and its carrier (src/domain/disclosure/carriers.ts). */
const commentPeriodRule = 'disclosure.comment-period';
const commentPeriodCites = { ruleId: commentPeriodRule, article: 36 } as const;

const unitOf = (basis: PeriodBasis) => (basis === 'working_days' ? '个工作日' : '日');

/** The minimum comment period of a draft on a day, with the source the rulebook gives for it. */
export function minimumPeriod(draft: { kind: DraftKind; bearsOnBusiness: boolean }, day: LocalDate): { basis: PeriodBasis; amount: number; source: string; isLong: boolean } {
  const isLong = draft.kind === 'major_decision' || draft.bearsOnBusiness;
  const key = isLong ? 'disclosure.commentLongDays' : 'disclosure.commentWorkingDays';
  const p = findParam(defaultRulebookSet, jurisdiction(), key, day);
  return { basis: isLong ? 'calendar_days' : 'working_days', amount: p?.value ?? parameter(key, day), source: p?.basis?.source ?? '', isLong };
}

/** "7个工作日" / "30日". */
export function periodText(basis: string, amount: number): string {
  return `${amount}${unitOf(basis as PeriodBasis)}`;
}

/**
 * Refuses a comment period shorter than the minimum (art. 36): counted from `start` (the day the draft opens,
 * or today before it is published), the period must not end before the minimum would.
 */
function checkPeriod(calendar: Calendar, draft: { kind: DraftKind; bearsOnBusiness: boolean; periodBasis: PeriodBasis; periodAmount: number }, start: LocalDate): void {
  const min = minimumPeriod(draft, start);
  const given = computeDeadline(calendar, draft.periodBasis, start, draft.periodAmount);
  const least = computeDeadline(calendar, min.basis, start, min.amount);
  if (given.due >= least.due) return;
  const what = min.isLong ? (draft.kind === 'major_decision' ? '重大行政决策草案' : '与市场主体生产经营活动密切相关的草案') : `${draftKindLabels[draft.kind]}草案`;
  const sameBasis = draft.periodBasis === min.basis;
  refuseBy('disclosure.comment-period', `${what}征求意见期不少于${periodText(min.basis, min.amount)}${min.source ? `（${min.source}）` : ''}，所定${periodText(draft.periodBasis, draft.periodAmount)}不足${sameBasis ? '' : `：自${chineseDate(start)}起算截至${chineseDate(given.due)}，早于${chineseDate(least.due)}`}，请延长征求意见期`);
}

export type DraftInput = {
  kind: DraftKind;
  title: string;
  explanation: string;
  body: string;
  bearsOnBusiness: boolean;
  periodBasis: PeriodBasis;
  periodAmount: number;
};

function checkText(input: DraftInput): DraftInput {
  const title = input.title.trim();
  const explanation = input.explanation.trim();
  const body = input.body.trim();
  if (!title) invalid('请填写草案标题');
  if (title.length > 300) invalid('草案标题不超过300字');
  if (!explanation) invalid('请填写起草说明（决策依据）');
  if (explanation.length > 20_000) invalid('起草说明不超过20000字');
  if (!body) invalid('请填写草案正文');
  if (body.length > 200_000) invalid('草案正文不超过200000字');
  if (!Number.isInteger(input.periodAmount) || input.periodAmount < 1 || input.periodAmount > 365) invalid('征求意见期应为1至365的整数');
  return { ...input, title, explanation, body };
}

export function draftScopeOf(viewer: Pick<Viewer, 'roles' | 'unitId'>): DraftScope {
  return scopeOf(viewer.roles, 'disclosure.read') === 'all' ? { kind: 'all' } : { kind: 'unit', unitId: viewer.unitId };
}

/** A draft as its declaration sees it on `today`: the period is over the day after it closes. */
export function draftCaseOf(d: Pick<CommentDraftRecord, 'id' | 'version' | 'status' | 'draftingUnitId' | 'preparedByUserId' | 'closesOn'>, today: LocalDate): DraftCase {
  return { id: d.id, version: d.version, status: d.status as DraftStatus, draftingUnitId: d.draftingUnitId, preparedByUserId: d.preparedByUserId, isPeriodOver: d.closesOn !== null && today > d.closesOn };
}

/** The drafting unit prepares a draft for comment (art. 36, 23): the draft is its unit's, the period checked against the minimum. */
export async function createDraft(ctx: OperationContext, input: DraftInput): Promise<{ id: string; status: DraftStatus; version: number }> {
  const text = checkText(input);
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'disclosure.prepare')) throw new DomainError('forbidden', '您不能起草征求意见稿');
    if (!viewer.unitId) throw new DomainError('forbidden', '征求意见稿由起草单位起草，您的账号没有所属单位');
    checkPeriod(await loadCalendar(trx), text, localDateOf(at));
    const id = randomUUID();
    const now = at.toISOString();
    await commentDraftsRepository.insert(trx, {
      id,
      kind: text.kind,
      title: text.title,
      explanation: text.explanation,
      body: text.body,
      draftingUnitId: viewer.unitId,
      bearsOnBusiness: text.bearsOnBusiness ? 1 : 0,
      periodBasis: text.periodBasis,
      periodAmount: text.periodAmount,
      opensOn: null,
      closesOn: null,
      deadlineId: null,
      status: 'draft',
      preparedByUserId: viewer.userId,
      preparedByName: ctx.actor.name,
      reviewedByName: null,
      publishedAt: null,
      commentsSummary: null,
      response: null,
      finalPublicationId: null,
      concludedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const audit: AuditEntry = { act: 'disclosure.draft.create', objectType: draftCase.kind, objectId: id, result: 'success', article: 36, summary: { kind: text.kind, title: text.title, periodBasis: text.periodBasis, periodAmount: text.periodAmount, bearsOnBusiness: text.bearsOnBusiness } };
    return { result: { id, status: 'draft' as const, version: 1 }, audit: [audit] };
  });
}

async function loadDraft(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<{ viewer: Viewer; draft: CommentDraftRecord; today: LocalDate }> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const draft = found(await commentDraftsRepository.find(trx, id, draftScopeOf(viewer)), '征求意见稿');
  return { viewer, draft, today: localDateOf(at) };
}

/** The drafting unit revises its draft before it is published; each revision is on the timeline. */
export async function reviseDraft(ctx: OperationContext, input: { id: string; version: number } & DraftInput): Promise<{ status: DraftStatus; version: number }> {
  const text = checkText(input);
  return commitChange(ctx, async (trx, at) => {
    const { viewer, draft, today } = await loadDraft(trx, ctx, at, input.id);
    if (draft.status === 'draft') checkPeriod(await loadCalendar(trx), text, today);
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: draftCase,
      table: 'commentDrafts',
      case: draftCaseOf(draft, today),
      action: 'revise',
      version: input.version,
      viewer,
      changes: { kind: text.kind, title: text.title, explanation: text.explanation, body: text.body, bearsOnBusiness: text.bearsOnBusiness ? 1 : 0, periodBasis: text.periodBasis, periodAmount: text.periodAmount, updatedAt: at.toISOString() },
      opinion: `修改为：${draftKindLabels[text.kind]}，${text.title}，征求意见${periodText(text.periodBasis, text.periodAmount)}`,
      summary: { kind: text.kind, periodBasis: text.periodBasis, periodAmount: text.periodAmount },
    });
    return { result: { status: authorization.to, version }, audit: [audit] };
  });
}

function refusePersonalData(texts: readonly string[], what: string): void {
  const found = personalDataIn(texts.join('\n'));
  if (found.length > 0) {
    refuseBy('disclosure.no-personal-data', `${what}含有个人信息（${found.map((f) => `${f.label}“${f.masked}”`).join('、')}），不得公开，请修改后再发布（政府信息公开条例第十五条）`);
  }
}

/**
 * An office reviewer other than the preparer publishes the draft (art. 36, 83): after the checks that it carries
 * no personal data and that its period is still at least the minimum counted from today, the period opens today
 * and its clock runs on the deadlines table with the draft's basis; the last day of comment is the clock's due.
 */
export async function publishDraft(ctx: OperationContext, input: { id: string; version: number }): Promise<{ status: DraftStatus; version: number; opensOn: string; closesOn: string; explanation: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, draft, today } = await loadDraft(trx, ctx, at, input.id);
    const c = draftCaseOf(draft, today);
    if (draft.status === 'draft' && draft.preparedByUserId === viewer.userId) {
      refuseBy('disclosure.publication-review', '征求意见稿的发布审核须由起草人以外的办公室工作人员进行，起草人不能审核发布自己起草的草案');
    }
    // The version and state first (409 for the loser of a race), then the draft's own checks.
    authorize(draftCase, 'publish', c, viewer, input.version);
    refusePersonalData([draft.title, draft.explanation, draft.body], '征求意见稿');
    const calendar = await loadCalendar(trx);
    const basis = draft.periodBasis as PeriodBasis;
    checkPeriod(calendar, { kind: draft.kind as DraftKind, bearsOnBusiness: draft.bearsOnBusiness === 1, periodBasis: basis, periodAmount: draft.periodAmount }, today);
    const { id: deadlineId, deadline } = await trackDeadline(
      trx,
      calendar,
      { objectType: draftCase.kind, objectId: draft.id, label: `征求意见期：${draft.title}`, start: today, basis, amount: draft.periodAmount, cites: commentPeriodCites },
      at,
    );
    const now = at.toISOString();
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: draftCase,
      table: 'commentDrafts',
      case: c,
      action: 'publish',
      version: input.version,
      viewer,
      changes: { opensOn: today, closesOn: deadline.due, deadlineId, reviewedByName: ctx.actor.name, publishedAt: now, updatedAt: now },
      opinion: `审核同意发布，自${chineseDate(today)}起征求意见${periodText(basis, draft.periodAmount)}，至${chineseDate(deadline.due)}止`,
      summary: { opensOn: today, closesOn: deadline.due },
    });
    return { result: { status: authorization.to, version, opensOn: today, closesOn: deadline.due, explanation: deadline.explanation }, audit: [audit] };
  });
}

/** The office closes the comment period once it is over — not before: the public has until the last day (art. 36). */
export async function closeDraft(ctx: OperationContext, input: { id: string; version: number }): Promise<{ status: DraftStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, draft, today } = await loadDraft(trx, ctx, at, input.id);
    const c = draftCaseOf(draft, today);
    if (draft.status === 'open' && !c.isPeriodOver && draft.closesOn) {
      refuseBy('disclosure.comment-period', `征求意见期至${chineseDate(draft.closesOn)}止，期满后方可结束征求意见`);
    }
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: draftCase,
      table: 'commentDrafts',
      case: c,
      action: 'close',
      version: input.version,
      viewer,
      changes: { updatedAt: at.toISOString() },
      opinion: `征求意见期已于${chineseDate(draft.closesOn ?? today)}届满，共收到意见${draft.commentCount}条`,
      summary: { commentCount: draft.commentCount },
    });
    if (draft.deadlineId) await calendarRepository.closeDeadline(trx, draft.deadlineId, at.toISOString());
    return { result: { status: authorization.to, version }, audit: [audit] };
  });
}

/**
 * The office concludes the draft with its summary of the comments and its response (采纳情况), published on the
 * portal with the draft; `finalPublicationId` names the final text as published on the portal (the issued
 * document), which must be published.
 */
export async function concludeDraft(ctx: OperationContext, input: { id: string; version: number; commentsSummary: string; response: string; finalPublicationId?: string | null }): Promise<{ status: DraftStatus; version: number }> {
  const commentsSummary = input.commentsSummary.trim();
  const response = input.response.trim();
  if (!commentsSummary) invalid('请填写意见收集情况');
  if (!response) invalid('请填写意见采纳情况及理由');
  if (commentsSummary.length > 20_000 || response.length > 20_000) invalid('意见收集情况、采纳情况各不超过20000字');
  const finalPublicationId = input.finalPublicationId?.trim() || null;
  return commitChange(ctx, async (trx, at) => {
    const { viewer, draft, today } = await loadDraft(trx, ctx, at, input.id);
    const c = draftCaseOf(draft, today);
    authorize(draftCase, 'conclude', c, viewer, input.version);
    refusePersonalData([commentsSummary, response], '意见收集和采纳情况');
    if (finalPublicationId) {
      const final = await publicationsRepository.find(trx, finalPublicationId);
      if (!final || final.status !== 'published') invalid('所关联的正式文本须为门户网站已发布的公开信息');
    }
    const now = at.toISOString();
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: draftCase,
      table: 'commentDrafts',
      case: c,
      action: 'conclude',
      version: input.version,
      viewer,
      changes: { commentsSummary, response, finalPublicationId, concludedAt: now, updatedAt: now },
      opinion: response.length > 200 ? `${response.slice(0, 200)}……` : response,
      summary: { finalPublicationId },
    });
    return { result: { status: authorization.to, version }, audit: [audit] };
  });
}

export type CommentInput = { body: string; displayName?: string | null; challenge: string; nonce: string; website?: string | null };

/**
 * A comment of the public on a draft open for comment (art. 36): the honeypot refused, the proof of work spent
 * in the same transaction, accepted only while the draft is open and not after its last day. The commenter is
 * not tracked (no address, cookie or account is kept); personal data a comment carries is kept for the office
 * but never shown on the portal, which lists no comments, only their number.
 */
export async function submitComment(ctx: OperationContext, input: { draftId: string } & CommentInput): Promise<{ commentCount: number }> {
  if (input.website && input.website.trim() !== '') invalid('提交未通过校验，请刷新页面后重新提交');
  const body = input.body.trim();
  if (!body) invalid('请填写意见');
  if (body.length > 2000) invalid('意见不超过2000字');
  const displayName = input.displayName?.trim() || null;
  if (displayName && displayName.length > 50) invalid('署名不超过50字');
  return commitChange(ctx, async (trx, at) => {
    const today = localDateOf(at);
    const draft = found(await commentDraftsRepository.publicItem(trx, input.draftId), '征求意见稿');
    if (draft.status !== 'open' || !draft.closesOn || today > draft.closesOn) {
      refuseBy('disclosure.comment-period', `该草案的征求意见期已于${chineseDate(draft.closesOn ?? today)}结束，不再接收意见`);
    }
    await spendProof(trx, at, { challenge: input.challenge, nonce: input.nonce });
    const id = randomUUID();
    await commentDraftsRepository.addComment(trx, { id, draftId: draft.id, body, displayName, isHidden: 0, createdAt: at.toISOString() });
    const audit: AuditEntry = { act: 'disclosure.comment.submit', objectType: draftCase.kind, objectId: draft.id, result: 'success', article: 36, summary: { commentId: id, length: body.length } };
    return { result: { commentCount: draft.commentCount + 1 }, audit: [audit] };
  });
}

/** The office hides a comment (spam, abuse) with the reason, audited; it stays in the office's list, marked. */
export async function hideComment(ctx: OperationContext, input: { draftId: string; commentId: string; reason: string }): Promise<{ isHidden: true }> {
  const reason = input.reason.trim();
  if (!reason) invalid('请写明屏蔽理由');
  if (reason.length > 500) invalid('屏蔽理由不超过500字');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, draft } = await loadDraft(trx, ctx, at, input.draftId);
    if (!can(viewer.roles, 'disclosure.review')) throw new DomainError('forbidden', '公众意见由区政府办公室管理');
    found(await commentDraftsRepository.findComment(trx, draft.id, input.commentId), '公众意见');
    if (!(await commentDraftsRepository.hideComment(trx, draft.id, input.commentId))) throw new DomainError('conflict', '该意见已被屏蔽');
    const audit: AuditEntry = { act: 'disclosure.comment.hide', objectType: draftCase.kind, objectId: draft.id, result: 'success', article: 36, summary: { commentId: input.commentId, reason } };
    return { result: { isHidden: true as const }, audit: [audit] };
  });
}

/**
 * A draft's comments as a workbook for the summary work (序号, 提交时间, 署名, 意见, 是否屏蔽), read page by page;
 * the export is audited first.
 */
export async function exportComments(ctx: OperationContext, draft: CommentDraftRecord): Promise<{ bytes: Buffer; fileName: string }> {
  await commitChange(ctx, async () => ({ result: undefined, audit: [{ act: 'disclosure.comment.export', objectType: draftCase.kind, objectId: draft.id, result: 'success', article: 36, summary: { commentCount: draft.commentCount } } satisfies AuditEntry] }));
  const db: Db = ctx.handle.db;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhengwu';
  const sheet = workbook.addWorksheet('公众意见', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '序号', key: 'n', width: 8 },
    { header: '提交时间', key: 'at', width: 20 },
    { header: '署名', key: 'name', width: 16 },
    { header: '意见内容', key: 'body', width: 80 },
    { header: '是否屏蔽', key: 'hidden', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  let n = 0;
  let after: string[] | null = null;
  for (;;) {
    const rows = await commentDraftsRepository.comments(db, draft.id, { after, limit: 500 });
    const page = rows.slice(0, 500);
    for (const r of page) {
      n += 1;
      sheet.addRow({ n, at: chineseDate(new Date(r.createdAt), true), name: r.displayName ?? '（未署名）', body: r.body, hidden: r.isHidden === 1 ? '已屏蔽' : '' });
    }
    const last = page.at(-1);
    if (!last || rows.length <= 500) break;
    after = [last.createdAt, last.id];
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), fileName: `${draft.title}-公众意见.xlsx` };
}
