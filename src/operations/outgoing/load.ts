import { localDateOf } from '../../clock.js';
import type { OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingCaseOf, type OutgoingDocumentRecord, outgoingRepository } from '../../db/outgoing-repository.js';
import type { Viewer } from '../../domain/case.js';
import type { OutgoingCase } from '../../domain/outgoing/case.js';
import type { DraftFacts } from '../../domain/outgoing/rules.js';
import type { BodyBlock } from '../../domain/documents/layout.js';
import type { Classification } from '../../domain/documents/types.js';
import { notFound } from '../../domain/errors.js';
import type { Interpretation, OutgoingIssuer, ReviewChecklist } from '../../domain/outgoing/types.js';
import type { PostKind } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';
import { viewerOf } from '../case/viewer.js';

/** The stored document within the actor's scope (outside it, 404), its case and the viewer, for one act. */
export async function loadOutgoing(trx: Tx, ctx: OperationContext, id: string, at: Date): Promise<{ doc: OutgoingDocumentRecord; c: OutgoingCase; viewer: Viewer; day: LocalDate }> {
  const doc = await outgoingRepository.findVisible(trx, { roles: ctx.actor.roles, unitId: ctx.actor.unitId }, id);
  if (!doc) notFound('发文');
  return { doc, c: outgoingCaseOf(doc), viewer: await viewerOf(trx, ctx.actor, at), day: localDateOf(at) };
}

export const parsed = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

/** The facts the checks before anything moves read (art. 36, 67, 68, 71, 84). */
export async function draftFactsOf(db: Db | Tx, doc: OutgoingDocumentRecord, stage: DraftFacts['stage'], checklist: ReviewChecklist, isInterpretationReviewed: boolean): Promise<DraftFacts> {
  const answered = doc.answersIncomingId ? await db.selectFrom('incomingDocuments').select('docType').where('id', '=', doc.answersIncomingId).executeTakeFirst() : undefined;
  const interpretation = parsed<Interpretation | null>(doc.interpretation);
  return {
    issuer: doc.issuer as OutgoingIssuer,
    docType: doc.docType,
    classification: doc.classification as Classification,
    checklist,
    stage,
    isPolicy: doc.isPolicy === 1,
    hasInterpretation: interpretation !== null && interpretation.body.length > 0,
    isInterpretationReviewed,
    answers: answered ? { docType: answered.docType } : null,
  };
}

/** The government's leaders in post on the day, by post. */
const leaderKinds: readonly PostKind[] = ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director'];

export async function leadersOn(db: Db | Tx, day: LocalDate) {
  return orgRepository.leaders(db, day, leaderKinds);
}

/** The posts a person holds among the government's leaders on a day. */
export async function leaderPostsOf(db: Db | Tx, personId: string | null, day: LocalDate): Promise<PostKind[]> {
  if (!personId) return [];
  return (await leadersOn(db, day)).filter((l) => l.personId === personId).map((l) => l.post.kind);
}

/** Whether the person's portfolio on the day holds the unit (“分管”, art. 69(二)). */
export async function oversees(db: Db | Tx, personId: string | null, unitId: string, day: LocalDate): Promise<boolean> {
  if (!personId) return false;
  return (await leadersOn(db, day)).some((l) => l.personId === personId && l.portfolio.units.some((u) => u.id === unitId));
}

/** The 区长 in post on the day. */
export async function headOf(db: Db | Tx, day: LocalDate): Promise<{ personId: string; name: string } | undefined> {
  const head = (await leadersOn(db, day)).find((l) => l.post.kind === 'head');
  return head && { personId: head.personId, name: head.name };
}

/** Whether the body already carries the words art. 70 requires of an approved directive. */
export const consentWords = '经区政府同意';
export function withConsentWords(body: readonly BodyBlock[]): BodyBlock[] {
  if (body.some((b) => b.text.includes(consentWords))) return [...body];
  const index = body.findIndex((b) => b.kind === 'paragraph');
  if (index < 0) return [{ kind: 'paragraph', text: `${consentWords}，现予印发。` }, ...body];
  return body.map((b, i) => (i === index ? { kind: 'paragraph', text: `${consentWords}，${b.text}` } : b));
}
