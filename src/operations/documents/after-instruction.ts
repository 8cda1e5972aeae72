import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import type { CirculationEntry } from '../../domain/documents/types.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { availabilityOn } from '../leave/availability.js';
import { viewerOf } from '../case/viewer.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 呈区长: the deputy who instructed passes the matter up to the 区长 for a further 批示 (art. 65 "重大事项报区长审批").
 * It waits again at 待批示 with the 区长 as the assigned leader; while the 区长 is away the executive deputy
 * presiding for him instructs it (art. 7) — the declaration's relation says so.
 */
export async function escalateIncoming(ctx: OperationContext, input: { id: string; version: number; opinion?: string }): Promise<{ leader: { personId: string; name: string } }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    authorize(incomingDocumentCase, 'escalate', caseOf(doc), await viewerOf(trx, ctx.actor, at), input.version);
    const availability = await availabilityOn(trx, localDateOf(at));
    const head = availability.leaders.find((l) => l.post.kind === 'head');
    if (!head) invalid('组织机构中没有登记区长，无法呈区长');
    const leader = { personId: head.personId, name: head.name };
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'escalate',
      opinion: `呈${head.name}同志阅示${input.opinion?.trim() ? `：${input.opinion.trim()}` : ''}`,
      changes: { assignedLeaderPersonId: head.personId, assignedActingForPersonId: null, assignmentBasis: 'escalated' },
    });
    return { result: { leader }, audit: [audit] };
  });
}

/**
 * 传阅: the office sends an instructed document to leaders to read (条例 art. 24). Each marks 已阅 or adds an
 * opinion in their own session; when `beforeTransfer`, the office's 转办 waits until they all have (art. 65).
 */
export async function circulateIncoming(
  ctx: OperationContext,
  input: { id: string; version: number; personIds: readonly string[]; beforeTransfer: boolean; opinion?: string },
): Promise<{ pending: { personId: string; name: string }[] }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    // A request on an older version lost to another (409) before its readers are judged.
    authorize(incomingDocumentCase, 'circulate', caseOf(doc), await viewerOf(trx, ctx.actor, at), input.version);
    const availability = await availabilityOn(trx, localDateOf(at));
    const circulation = JSON.parse(doc.circulation) as CirculationEntry[];
    const pendingIds = new Set(JSON.parse(doc.pendingReaderIds) as string[]);
    const added: CirculationEntry[] = [];
    for (const personId of new Set(input.personIds)) {
      const leader = availability.leaders.find((l) => l.personId === personId);
      if (!leader) invalid('传阅对象须为区政府领导同志', { personId });
      // Sent already and not yet read: nothing to add.
      if (pendingIds.has(personId)) continue;
      added.push({ personId, name: leader.name, sentAt: at.toISOString(), beforeTransfer: input.beforeTransfer, readAt: null, readOn: null, opinion: null, readByName: null, actingFor: null });
      pendingIds.add(personId);
    }
    if (added.length === 0) invalid('所选领导均在传阅中，尚未阅毕');
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'circulate',
      opinion: `传阅：${added.map((a) => a.name).join('、')}${input.beforeTransfer ? '（阅毕后转办）' : '（阅知）'}${input.opinion?.trim() ? `。${input.opinion.trim()}` : ''}`,
      changes: { circulation: JSON.stringify([...circulation, ...added]), pendingReaderIds: JSON.stringify([...pendingIds]) },
      summary: { readers: added.map((a) => a.personId), beforeTransfer: input.beforeTransfer },
    });
    const pending = [...circulation, ...added].filter((e) => e.readAt === null).map((e) => ({ personId: e.personId, name: e.name }));
    return { result: { pending }, audit: [audit] };
  });
}

/**
 * 阅: a leader the document circulates to marks it 已阅 with the date, or writes an opinion — their own act, or
 * that of the leader standing in for them (urgent work for a cover, art. 62; all work for the executive deputy
 * presiding, art. 7). Reads by different leaders do not contend: each is judged on the row as the transaction
 * reads it; the same leader reading twice (or two requests of theirs at once) finds it read: 409.
 */
export async function readIncoming(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const viewer = await viewerOf(trx, ctx.actor, at);
    const circulation = JSON.parse(doc.circulation) as CirculationEntry[];
    const c = caseOf(doc);
    const mine = (e: CirculationEntry) => e.personId === viewer.personId || viewer.standsInFor.some((s) => s.personId === e.personId);
    if (!c.pendingReaderIds.some((id) => circulation.some((e) => e.personId === id && mine(e))) && circulation.some((e) => e.readAt !== null && mine(e))) {
      throw new DomainError('conflict', '您已阅该公文，请刷新后查看', { details: { currentState: doc.status, currentVersion: doc.version } });
    }
    const { actingFor } = authorize(incomingDocumentCase, 'read', c, viewer);
    const personId = actingFor?.personId ?? viewer.personId;
    const day = localDateOf(at);
    const opinion = input.opinion.trim();
    const updated = circulation.map((e) =>
      e.personId === personId && e.readAt === null ? { ...e, readAt: at.toISOString(), readOn: day, opinion: opinion || null, readByName: ctx.actor.name, actingFor } : e,
    );
    const standIn = actingFor ? viewer.standsInFor.find((s) => s.personId === actingFor.personId) : undefined;
    const audit = await advance(trx, ctx, at, {
      doc,
      // The row as this transaction read it: another leader's 阅 in between is no reason to refuse this one.
      version: doc.version,
      action: 'read',
      opinion: `${opinion || '已阅'}（${ctx.actor.name}，${chineseDate(day)}${actingFor ? `，代${actingFor.name}` : ''}）`,
      ...(actingFor ? { article: standIn?.basis === 'acting_head' ? 7 : 62 } : {}),
      changes: { circulation: JSON.stringify(updated), pendingReaderIds: JSON.stringify(c.pendingReaderIds.filter((id) => id !== personId)) },
    });
    return { result: undefined, audit: [audit] };
  });
}
