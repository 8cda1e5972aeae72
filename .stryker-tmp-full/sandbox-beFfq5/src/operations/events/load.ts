// @ts-nocheck
import { localDateOf } from '../../clock.js';
import type { OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { eventsRepository } from '../../db/events-repository.js';
import type { Viewer } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import type { WithHead } from '../../domain/events/case.js';
import type { DepartmentMeeting, Invitation, Speech } from '../../domain/events/types.js';
import type { LocalDate } from '../../rules/types.js';
import { viewerOf } from '../case/viewer.js';
import { eventsScopeOf, headOn, withHead } from './decision.js';

type Loaded<T> = { viewer: Viewer; today: LocalDate; case: WithHead<T> };

/** The viewer, and the case as the declarations judge it — or 404 when it lies outside the viewer's scope. */
async function load<T>(trx: Tx, ctx: OperationContext, at: Date, find: (scope: ReturnType<typeof eventsScopeOf>) => Promise<T | undefined>, what: string): Promise<Loaded<T>> {
  const today = localDateOf(at);
  const [viewer, headPersonId] = await Promise.all([viewerOf(trx, ctx.actor, at), headOn(trx, today)]);
  const c = found(await find(eventsScopeOf(viewer, headPersonId)), what);
  return { viewer, today, case: withHead(c, headPersonId) };
}

export const loadInvitation = (trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<Loaded<Invitation>> => load(trx, ctx, at, (scope) => eventsRepository.findInvitation(trx, id, scope), '邀请');
export const loadMeeting = (trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<Loaded<DepartmentMeeting>> => load(trx, ctx, at, (scope) => eventsRepository.findMeeting(trx, id, scope), '会议申请');
export const loadSpeech = (trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<Loaded<Speech>> => load(trx, ctx, at, (scope) => eventsRepository.findSpeech(trx, id, scope), '讲话文章报批');
