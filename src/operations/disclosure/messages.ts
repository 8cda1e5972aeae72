import { randomUUID } from 'node:crypto';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { messageContactContext } from '../../crypto/encrypted-columns.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { type MessageScope, publicMessagesRepository, type PublicMessageRecord } from '../../db/public-messages-repository.js';
import { nextInSequence } from '../../db/versioned-update.js';
import type { Viewer } from '../../domain/case.js';
import { messageCase, type MessageAction, type MessageCase } from '../../domain/disclosure/case.js';
import type { MessageStatus } from '../../domain/disclosure/types.js';
import { found, invalid, notFound } from '../../domain/errors.js';
import { scopeOf } from '../../domain/identity/policies.js';
import { defaultRulebookSet, findParam, jurisdiction, parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { accessCodeHash, matchesAccessCode, newAccessCode } from './requests.js';
import { personalDataIn } from './personal-data.js';
import { spendProof } from './proof-of-work.js';

/**
 * Messages from the public (政民互动, work rules art. 39, 44): written on the portal with a number and an access
 * code to follow it, answered within `disclosure.messageAnswerWorkingDays` working days by the office or the unit
 * it assigns, and — only where the writer agreed — published with the answer by an office reviewer other than
 * the answerer, after the check that neither the message nor the answer carries personal data.
 */

const messageClockRule = 'disclosure.message-clock';
const messageClockCites = { ruleId: messageClockRule, article: 39 } as const;

/** The answer period and, its source being unconfirmed, the words that say so. */
export function messageAnswerDays(day: LocalDate): { value: number; unconfirmed: string } {
  const p = findParam(defaultRulebookSet, jurisdiction(), 'disclosure.messageAnswerWorkingDays', day);
  const value = p?.value ?? parameter('disclosure.messageAnswerWorkingDays', day);
  const unconfirmed = p?.basis && !p.basis.isConfirmed ? `（该期限的依据尚待核实：${p.basis.source}）` : '';
  return { value, unconfirmed };
}

export function messageScopeOf(viewer: Viewer): MessageScope {
  return scopeOf(viewer.roles, 'disclosure.read') === 'all' ? { kind: 'all' } : { kind: 'unit', unitId: viewer.unitId };
}

export function messageCaseOf(m: PublicMessageRecord): MessageCase {
  return { id: m.id, version: m.version, status: m.status as MessageStatus, unitId: m.unitId, wantsPublic: m.wantsPublic === 1, answeredByUserId: m.answeredByUserId };
}

export type MessageInput = { subject: string; body: string; displayName?: string | null; contact?: string | null; wantsPublic: boolean };

/**
 * A message written on the portal: the proof of work spent inside the transaction (a replay is 409), a filled
 * honeypot refused; its clock starts today.
 */
export async function submitMessage(
  ctx: OperationContext & { cipher: FieldCipher },
  input: MessageInput & { challenge: string; nonce: string; website?: string | null },
): Promise<{ id: string; number: string; accessCode: string; dueOn: LocalDate; explanation: string }> {
  if (input.website?.trim()) invalid('提交未通过校验，请刷新页面后重新提交');
  const subject = input.subject.trim();
  const body = input.body.trim();
  if (!subject) invalid('请填写留言标题');
  if (subject.length > 200) invalid('留言标题不超过200字');
  if (!body) invalid('请填写留言内容');
  if (body.length > 5000) invalid('留言内容不超过5000字');
  const displayName = input.displayName?.trim() || null;
  if (displayName && displayName.length > 50) invalid('署名不超过50字');
  const contact = input.contact?.trim() || null;
  if (contact && contact.length > 100) invalid('联系方式不超过100字');
  return commitChange(ctx, async (trx, at) => {
    await spendProof(trx, at, { challenge: input.challenge, nonce: input.nonce });
    const today = localDateOf(at);
    const id = randomUUID();
    const year = today.slice(0, 4);
    const number = `留〔${year}〕${await nextInSequence(trx, `public-message:${year}`)}号`;
    const accessCode = newAccessCode();
    const days = messageAnswerDays(today);
    const { id: deadlineId, deadline } = await trackDeadline(
      trx,
      await loadCalendar(trx),
      { objectType: messageCase.kind, objectId: id, label: `${number}：公众留言答复期限`, start: today, basis: 'working_days', amount: days.value, cites: messageClockCites },
      at,
    );
    const now = at.toISOString();
    await publicMessagesRepository.insert(trx, {
      id,
      number,
      accessCodeHash: accessCodeHash(accessCode),
      subject,
      body,
      displayName,
      contactEncrypted: contact ? ctx.cipher.encrypt(contact, messageContactContext(id)) : null,
      wantsPublic: input.wantsPublic ? 1 : 0,
      receivedOn: today,
      status: 'received',
      unitId: null,
      deadlineId,
      dueOn: deadline.due,
      answer: null,
      answeredByName: null,
      answeredByUserId: null,
      answeredOn: null,
      publishedAt: null,
      publishedByName: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return {
      result: { id, number, accessCode, dueOn: deadline.due, explanation: `${deadline.explanation}${days.unconfirmed}` },
      audit: [{ act: 'disclosure.message.submit', objectType: messageCase.kind, objectId: id, result: 'success', article: 39, summary: { number, wantsPublic: input.wantsPublic, dueOn: deadline.due } }],
    };
  });
}

/** The message a number and its access code name; a wrong code and an unknown number answer the same 404. */
export async function trackMessage(db: Db, number: string, code: string): Promise<PublicMessageRecord> {
  const m = await publicMessagesRepository.byNumber(db, number.trim());
  if (!matchesAccessCode(m?.accessCodeHash, code) || !m) notFound('该留言');
  return m;
}

async function loadMessage(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<{ m: PublicMessageRecord; viewer: Viewer; c: MessageCase }> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const m = found(await publicMessagesRepository.find(trx, id, messageScopeOf(viewer)), '公众留言');
  return { m, viewer, c: messageCaseOf(m) };
}

async function move(trx: Tx, ctx: OperationContext, at: Date, l: { m: PublicMessageRecord; viewer: Viewer; c: MessageCase }, action: MessageAction, version: number, changes: Record<string, unknown>, opinion: string | null, summary: Record<string, unknown> = {}) {
  return takeAction(trx, ctx, at, { def: messageCase, table: 'publicMessages', case: l.c, action, version, viewer: l.viewer, changes: { ...changes, updatedAt: at.toISOString() }, opinion, summary: { number: l.m.number, ...summary } });
}

/** The office assigns a message to the unit whose remit it is (or takes it back: `unitId` null). */
export async function assignMessage(ctx: OperationContext, input: { id: string; version: number; unitId: string | null }): Promise<{ status: MessageStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const l = await loadMessage(trx, ctx, at, input.id);
    const unit = input.unitId ? found(await orgRepository.findUnit(trx, input.unitId), '办理单位') : null;
    const taken = await move(trx, ctx, at, l, 'assign', input.version, { unitId: unit?.id ?? null }, unit ? `转交${unit.name}办理，请于${chineseDate(l.m.dueOn)}前答复` : '由区政府办公室直接答复', { unitId: unit?.id ?? null });
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}

/** The answer, by the assigned unit or (none assigned) the office: the clock closes; late is recorded, not refused. */
export async function answerMessage(ctx: OperationContext, input: { id: string; version: number; answer: string }): Promise<{ status: MessageStatus; version: number; isLate: boolean }> {
  const answer = input.answer.trim();
  if (!answer) invalid('请填写答复内容');
  if (answer.length > 10_000) invalid('答复内容不超过10000字');
  return commitChange(ctx, async (trx, at) => {
    const l = await loadMessage(trx, ctx, at, input.id);
    const today = localDateOf(at);
    const isLate = today > l.m.dueOn;
    const taken = await move(trx, ctx, at, l, 'answer', input.version, { answer, answeredOn: today, answeredByName: ctx.actor.name, answeredByUserId: ctx.actor.userId }, answer, { isLate, dueOn: l.m.dueOn });
    await calendarRepository.closeDeadline(trx, l.m.deadlineId, at.toISOString());
    return { result: { status: taken.authorization.to, version: taken.version, isLate }, audit: [taken.audit] };
  });
}

/**
 * The office publishes an answered message with its answer (art. 39, 83): only where the writer agreed, by a
 * reviewer other than the answerer, and only when neither the subject, the message nor the answer carries
 * personal data (the contact is never published).
 */
export async function publishMessage(ctx: OperationContext, input: { id: string; version: number }): Promise<{ status: MessageStatus; version: number; publishedAt: string }> {
  return commitChange(ctx, async (trx, at) => {
    const l = await loadMessage(trx, ctx, at, input.id);
    if (l.m.status === 'answered' && l.m.version === input.version) {
      if (l.m.wantsPublic !== 1) refuseBy('disclosure.publication-review', '留言人未同意公开其留言，不能公开');
      if (l.m.answeredByUserId !== null && l.m.answeredByUserId === l.viewer.userId) refuseBy('disclosure.publication-review', '公开审核须由答复人以外的办公室工作人员本人进行，答复人不能审核自己的答复');
      const found = personalDataIn(`${l.m.subject}\n${l.m.body}\n${l.m.answer ?? ''}`);
      if (found.length > 0) refuseBy('disclosure.no-personal-data', `留言或答复含有个人信息（${found.map((f) => `${f.label}“${f.masked}”`).join('、')}），不得公开（政府信息公开条例第十五条）`);
    }
    const now = at.toISOString();
    const taken = await move(trx, ctx, at, l, 'publish', input.version, { publishedAt: now, publishedByName: ctx.actor.name }, '审核同意公开留言及答复');
    return { result: { status: taken.authorization.to, version: taken.version, publishedAt: now }, audit: [taken.audit] };
  });
}
