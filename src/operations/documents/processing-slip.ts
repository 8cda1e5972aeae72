import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { type DocumentReader, documentsRepository, type IncomingDocumentView } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { ProcessingSlip } from '../../domain/documents/layout.js';
import {
  type Channel,
  channelLabels,
  type Classification,
  classificationLabels,
  type CirculationEntry,
  type Instruction,
  type Urgency,
  urgencyLabels,
} from '../../domain/documents/types.js';
import { notFound } from '../../domain/errors.js';

/** An instant as Beijing time, the way registers and slips print it: 2026-12-02 14:05. */
export function beijingDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The 来文单位 of a document: the body whose document the office registered, or the unit that filed it. */
export const senderOf = (doc: Pick<IncomingDocumentView, 'senderName' | 'issuingUnitName'>): string => doc.senderName ?? doc.issuingUnitName ?? '';

/**
 * Every 批示 and every 阅 of a document in the order they were given, as the slip and the register print them:
 * who, what they wrote (已阅 when nothing), the date, and for whom they acted.
 */
export function instructionsOf(doc: Pick<IncomingDocumentView, 'instructions' | 'instruction' | 'circulation'>): { name: string; opinion: string; date: string; actingFor: string | null; at: string }[] {
  const list = JSON.parse(doc.instructions) as Instruction[];
  const instructions = list.length > 0 ? list : doc.instruction ? [JSON.parse(doc.instruction) as Instruction] : [];
  const reads = (JSON.parse(doc.circulation) as CirculationEntry[]).filter((e) => e.readAt !== null);
  return [
    ...instructions.map((i) => ({ name: i.name, opinion: i.opinion, date: i.date, actingFor: i.actingFor?.name ?? null, at: i.at ?? `${i.date}T00:00:00.000Z` })),
    ...reads.map((r) => ({ name: r.readByName ?? r.name, opinion: r.opinion ?? '已阅', date: r.readOn ?? '', actingFor: r.actingFor?.name ?? null, at: r.readAt ?? '' })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The 收文处理笺 (阅办单) of a document within the reader's scope (outside it: 404), as the layout's contract
 * `ProcessingSlip` has it: the registration, the office's 拟办, every 批示 and 阅 with name and date, the 转办
 * (handling unit, co-units, due day) and the 办结.
 */
export async function processingSlipOf(db: Db, reader: DocumentReader, id: string): Promise<ProcessingSlip> {
  const doc = await documentsRepository.findVisible(db, reader, id);
  if (!doc) notFound('公文');
  const steps = await documentsRepository.visibleSteps(db, reader, id);
  const last = (step: string) => steps.filter((s) => s.step === step).at(-1);
  const proposed = last('propose');
  const transferred = last('transfer');
  const completed = last('complete');
  // The office by its org function, printed under its full official name where the org data has one.
  const office = await db.selectFrom('units').select(['name', 'fullName']).where('function', '=', 'government_office').executeTakeFirst();
  const coUnits: string[] = [];
  for (const unitId of JSON.parse(doc.coUnitIds) as string[]) coUnits.push((await orgRepository.findUnit(db, unitId))?.name ?? unitId);
  const dueOn = transferred ? await documentsRepository.handlingDueOf(db, id) : null;
  return {
    registerNumber: doc.registerNumber,
    receivedOn: doc.receivedAt ? localDateOf(new Date(doc.receivedAt)) : null,
    sender: senderOf(doc),
    senderDocNumber: doc.senderDocNumber,
    title: doc.title,
    docType: doc.docType,
    urgency: urgencyLabels[doc.urgency as Urgency],
    classification: classificationLabels[doc.classification as Classification],
    channel: channelLabels[doc.channel as Channel],
    copies: doc.copies,
    pages: doc.pages,
    proposal: doc.proposal && proposed ? { text: doc.proposal, name: proposed.actorName, date: localDateOf(new Date(proposed.occurredAt)) } : null,
    instructions: instructionsOf(doc).map(({ name, opinion, date, actingFor }) => ({ name, opinion, date, actingFor })),
    transfer: transferred && doc.handlingUnitName ? { handlingUnit: doc.handlingUnitName, coUnits, dueOn, date: localDateOf(new Date(transferred.occurredAt)) } : null,
    completion: completed && doc.result ? { result: doc.result, date: localDateOf(new Date(completed.occurredAt)) } : null,
    office: office?.fullName ?? office?.name ?? '区政府办公室',
  };
}
