import { randomUUID } from 'node:crypto';
import type { DeadlineCites } from '../../calendar/index.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { type PublicationRecord, type PublicationScope, publicationsRepository } from '../../db/publications-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { publicationCase, type PublicationCase } from '../../domain/disclosure/case.js';
import { type PublicationCategory, publicationCategoryArticles, publicationCategoryLabels, type PublicationStatus } from '../../domain/disclosure/types.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { can, scopeOf } from '../../domain/identity/policies.js';
import { parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { localDateOf } from '../../clock.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { personalDataIn } from './personal-data.js';

/**
 * The portal's catalogue (政府信息公开目录) and the one way onto it: every item is queued for the office's
 * publication review — by the act that made it (an issued document marked 主动公开, a suggestion's answer, a
 * meeting's decisions) or prepared by hand — and reaches the portal only when an office reviewer other than its
 * preparer publishes it (art. 83), after the check that it carries no personal data. A withdrawn item leaves its
 * notice on the portal. Items queued by an act carry the 20-working-day clock of proactive disclosure
 * (条例 第二十六条, art. 71).
 */

/** The clock of an item prepared by hand. */
const proactiveClock = 'disclosure.proactive-clock';

/** Attachments of an item are owned under this type; the portal serves only those of published items. */
export const publicationOwnerType = 'publication';

export type QueueInput = {
  category: PublicationCategory;
  title: string;
  documentNumber?: string | null;
  issuingBody: string;
  writtenOn?: LocalDate | null;
  body: string;
  sourceType: string;
  sourceId: string;
  unitId?: string | null;
  interpretsId?: string | null;
  attachmentIds?: readonly string[];
  /** The proactive-disclosure clock: from the day the information was made, under the caller's rule. */
  clock: { start: LocalDate; label: string; cites: DeadlineCites };
};

/**
 * Queues information made by an act for the publication review, inside the act's transaction, with its clock
 * of `disclosure.proactiveWorkingDays` working days. An item already queued from the same source is returned as
 * it is (the clock runs from the first time the information was made).
 */
export async function queueForPublication(trx: Tx, ctx: OperationContext, at: Date, input: QueueInput): Promise<{ id: string; dueOn: string; audit: AuditEntry | null }> {
  const existing = await publicationsRepository.bySource(trx, input.sourceType, input.sourceId);
  if (existing) return { id: existing.id, dueOn: existing.dueOn ?? '', audit: null };
  const days = parameter('disclosure.proactiveWorkingDays', input.clock.start);
  const id = randomUUID();
  const { id: deadlineId, deadline } = await trackDeadline(
    trx,
    await loadCalendar(trx),
    { objectType: publicationCase.kind, objectId: id, label: input.clock.label, start: input.clock.start, basis: 'working_days', amount: days, cites: input.clock.cites },
    at,
  );
  const now = at.toISOString();
  await insertItem(trx, ctx, at, {
    id,
    category: input.category,
    title: input.title,
    documentNumber: input.documentNumber ?? null,
    issuingBody: input.issuingBody,
    writtenOn: input.writtenOn ?? null,
    body: input.body,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    interpretsId: input.interpretsId ?? null,
    unitId: input.unitId ?? null,
    attachmentIds: JSON.stringify(input.attachmentIds ?? []),
    status: 'pending',
    preparedByUserId: null,
    preparedByName: '系统（随办理自动列入）',
    deadlineId,
    dueOn: deadline.due,
    queuedAt: now,
  });
  return {
    id,
    dueOn: deadline.due,
    audit: { act: 'disclosure.publication.queue', objectType: publicationCase.kind, objectId: id, result: 'success', article: 71, summary: { category: input.category, sourceType: input.sourceType, sourceId: input.sourceId, dueOn: deadline.due } },
  };
}

type ItemRow = Omit<PublicationRecord, 'reviewOpinion' | 'reviewedByPersonId' | 'reviewedByName' | 'reviewedAt' | 'publishedAt' | 'withdrawnAt' | 'withdrawnReason' | 'withdrawnByName' | 'version' | 'createdAt' | 'updatedAt'>;

async function insertItem(trx: Tx, ctx: OperationContext, at: Date, row: ItemRow): Promise<void> {
  const now = at.toISOString();
  await publicationsRepository.insert(trx, {
    ...row,
    reviewOpinion: null,
    reviewedByPersonId: null,
    reviewedByName: null,
    reviewedAt: null,
    publishedAt: null,
    withdrawnAt: null,
    withdrawnReason: null,
    withdrawnByName: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await publicationsRepository.indexForSearch(trx, ctx.handle.dialect, row);
}

export type PrepareInput = {
  category: PublicationCategory;
  title: string;
  documentNumber?: string | null;
  issuingBody: string;
  writtenOn?: LocalDate | null;
  body: string;
  interpretsId?: string | null;
  attachmentIds?: readonly string[];
};

const MAX_BODY = 200_000;

function checkText(input: { title: string; body: string; issuingBody: string; documentNumber?: string | null | undefined }): { title: string; body: string; issuingBody: string; documentNumber: string | null } {
  const title = input.title.trim();
  const body = input.body.trim();
  const issuingBody = input.issuingBody.trim();
  if (!title) invalid('请填写标题');
  if (title.length > 300) invalid('标题不超过300字');
  if (!issuingBody) invalid('请填写发布机构');
  if (issuingBody.length > 100) invalid('发布机构不超过100字');
  if (!body) invalid('请填写正文');
  if (body.length > MAX_BODY) invalid(`正文不超过${MAX_BODY}字`);
  const documentNumber = input.documentNumber?.trim() || null;
  if (documentNumber && documentNumber.length > 100) invalid('文号不超过100字');
  return { title, body, issuingBody, documentNumber };
}

/**
 * An item prepared by hand (机构职能, 规划计划, 财政预决算, the lists of art. 37, 执法公示, 重大问题处理结果 …) by
 * the office or a unit, for the office's review. An interpretation names the item it interprets (art. 36).
 */
export async function preparePublication(ctx: OperationContext, input: PrepareInput): Promise<{ id: string; status: PublicationStatus; version: number }> {
  const text = checkText(input);
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'disclosure.prepare')) throw new DomainError('forbidden', '您不能拟稿公开信息');
    if (input.interpretsId) {
      const interpreted = await publicationsRepository.find(trx, input.interpretsId);
      if (!interpreted) invalid('所解读的公开信息不存在');
      if (input.category !== 'interpretations') invalid('只有政策解读可以关联所解读的文件');
    }
    const id = randomUUID();
    const wanted = [...new Set(input.attachmentIds ?? [])];
    if (wanted.length > 0) {
      const claimed = await attachmentRepository.claim(trx, wanted, ctx.actor.userId, publicationOwnerType, id);
      if (claimed.length !== wanted.length) invalid('附件须为本人上传、尚未使用的文件');
    }
    // The information was made on its written day (or today): its 20 working days count from then (条例 第二十六条).
    const today = localDateOf(at);
    const made = input.writtenOn && input.writtenOn <= today ? input.writtenOn : today;
    const days = parameter('disclosure.proactiveWorkingDays', made);
    const { id: deadlineId, deadline } = await trackDeadline(
      trx,
      await loadCalendar(trx),
      { objectType: publicationCase.kind, objectId: id, label: `主动公开（${days}个工作日内在区政府门户网站刊载）：${text.title}`, start: made, basis: 'working_days', amount: days, cites: { ruleId: proactiveClock, article: 35 } },
      at,
    );
    await insertItem(trx, ctx, at, {
      id,
      category: input.category,
      ...text,
      writtenOn: input.writtenOn ?? null,
      sourceType: null,
      sourceId: null,
      interpretsId: input.interpretsId ?? null,
      unitId: viewer.unitId,
      attachmentIds: JSON.stringify(wanted),
      status: 'pending',
      preparedByUserId: viewer.userId,
      preparedByName: ctx.actor.name,
      deadlineId,
      dueOn: deadline.due,
      queuedAt: at.toISOString(),
    });
    const article = publicationCategoryArticles[input.category];
    return { result: { id, status: 'pending' as const, version: 1 }, audit: [{ act: 'disclosure.publication.prepare', objectType: publicationCase.kind, objectId: id, result: 'success', article, summary: { category: input.category, title: text.title } }] };
  });
}

/** The staff app's scope on the catalogue: the office and the leaders see every item; a unit the items that come from it. */
export function publicationScopeOf(viewer: Viewer): PublicationScope {
  return scopeOf(viewer.roles, 'disclosure.read') === 'all' ? { kind: 'all' } : { kind: 'unit', unitId: viewer.unitId };
}

export function publicationCaseOf(p: Pick<PublicationRecord, 'id' | 'version' | 'status' | 'preparedByUserId'>): PublicationCase {
  return { id: p.id, version: p.version, status: p.status as PublicationStatus, preparedByUserId: p.preparedByUserId };
}

/** The review's own guard: a second person of the office (art. 83), who cannot review what they prepared. */
function refuseOwnPreparation(p: PublicationRecord, viewer: Viewer): void {
  if (p.preparedByUserId !== null && p.preparedByUserId === viewer.userId) {
    refuseBy('disclosure.publication-review', '发布审核须由拟稿人以外的办公室工作人员本人进行，拟稿人不能审核自己拟稿的信息');
  }
}

/**
 * The office's publication review (art. 83): publish — after the check that neither the title nor the text
 * carries a resident identity number, a mobile number or a bank card number —, or refuse with the reason. The
 * clock of proactive disclosure closes either way.
 */
export async function reviewPublication(ctx: OperationContext, input: { id: string; version: number; decision: 'publish' | 'reject'; opinion?: string | null }): Promise<{ status: PublicationStatus; version: number; publishedAt: string | null }> {
  const opinion = input.opinion?.trim() || null;
  if (input.decision === 'reject' && !opinion) invalid('不予发布的，请写明理由');
  if (opinion && opinion.length > 2000) invalid('审核意见不超过2000字');
  return commitChange(ctx, async (trx, at) => {
    const p = found(await publicationsRepository.find(trx, input.id), '公开信息');
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (p.status === 'pending') refuseOwnPreparation(p, viewer);
    authorize(publicationCase, input.decision, publicationCaseOf(p), viewer, input.version);
    if (input.decision === 'publish') {
      const found = personalDataIn(`${p.title}\n${p.body}`);
      if (found.length > 0) {
        refuseBy('disclosure.no-personal-data', `拟发布的信息含有个人信息（${found.map((f) => `${f.label}“${f.masked}”`).join('、')}），不得公开，请修改后再审核（政府信息公开条例第十五条）`);
      }
    }
    const now = at.toISOString();
    const publishedAt = input.decision === 'publish' ? now : null;
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: publicationCase,
      table: 'publications',
      case: publicationCaseOf(p),
      action: input.decision,
      version: input.version,
      viewer,
      changes: { reviewOpinion: opinion, reviewedByPersonId: ctx.actor.personId, reviewedByName: ctx.actor.name, reviewedAt: now, publishedAt, updatedAt: now },
      opinion: opinion ?? (input.decision === 'publish' ? '审核同意发布' : null),
      summary: { category: p.category, title: p.title },
    });
    if (p.deadlineId) await calendarRepository.closeDeadline(trx, p.deadlineId, now);
    return { result: { status: authorization.to, version, publishedAt }, audit: [audit] };
  });
}


/** Withdraws a published item: the portal then shows a notice with the date and reason in its place, never a hole. */
export async function withdrawPublication(ctx: OperationContext, input: { id: string; version: number; reason: string }): Promise<{ status: PublicationStatus; version: number }> {
  const reason = input.reason.trim();
  if (!reason) invalid('请写明撤回理由');
  if (reason.length > 500) invalid('撤回理由不超过500字');
  return commitChange(ctx, async (trx, at) => {
    const p = found(await publicationsRepository.find(trx, input.id), '公开信息');
    const viewer = await viewerOf(trx, ctx.actor, at);
    const now = at.toISOString();
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: publicationCase,
      table: 'publications',
      case: publicationCaseOf(p),
      action: 'withdraw',
      version: input.version,
      viewer,
      changes: { withdrawnAt: now, withdrawnReason: reason, withdrawnByName: ctx.actor.name, updatedAt: now },
      opinion: reason,
      summary: { title: p.title },
    });
    return { result: { status: authorization.to, version }, audit: [audit] };
  });
}

/** The office corrects a pending item before it is reviewed (the title, the text, the category); each revision is on the timeline. */
export async function revisePublication(ctx: OperationContext, input: { id: string; version: number } & Omit<PrepareInput, 'attachmentIds' | 'interpretsId'>): Promise<{ status: PublicationStatus; version: number }> {
  const text = checkText(input);
  return commitChange(ctx, async (trx, at) => {
    const p = found(await publicationsRepository.find(trx, input.id), '公开信息');
    const viewer = await viewerOf(trx, ctx.actor, at);
    const { audit, version, authorization } = await takeAction(trx, ctx, at, {
      def: publicationCase,
      table: 'publications',
      case: publicationCaseOf(p),
      action: 'revise',
      version: input.version,
      viewer,
      changes: { ...text, category: input.category, writtenOn: input.writtenOn ?? p.writtenOn, updatedAt: at.toISOString() },
      opinion: `修改为：${publicationCategoryLabels[input.category]}，${text.title}`,
      summary: { category: input.category },
    });
    await publicationsRepository.indexForSearch(trx, ctx.handle.dialect, { id: p.id, ...text });
    return { result: { status: authorization.to, version }, audit: [audit] };
  });
}
