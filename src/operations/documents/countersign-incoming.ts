import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, notFound, refuse } from '../../domain/errors.js';
import { filingRules } from '../../domain/documents/rules.js';
import type { Classification, DirectFilingException, DocumentType } from '../../domain/documents/types.js';
import { runRules } from '../../rules/index.js';
import { startStepClock } from './advance.js';
import { filingFacts } from './submit-incoming.js';

/**
 * A related unit's principal head countersigns a cross-unit matter (art. 64), agreeing or disagreeing with
 * grounds. When every related unit has signed, the document goes to the office.
 */
export async function countersignIncoming(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; opinion: string; grounds?: string | null }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = found(await documentsRepository.find(trx, input.id), '公文');
    const related = JSON.parse(doc.relatedUnitIds) as string[];
    const unitId = ctx.actor.unitId;
    if (!unitId || !related.includes(unitId)) notFound('公文');
    if (doc.status !== 'countersigning') invalid('该公文不在会签阶段');
    const day = localDateOf(at);
    const principal = (await orgRepository.postsOfUnit(trx, unitId, day, false)).find((p) => p.kind === 'principal')?.holders[0];
    if (!principal || principal.personId !== ctx.actor.personId) {
      throw new DomainError('rule_violation', '第六十四条：会签须由相关单位主要负责人签署', { violations: [{ ruleId: 'documents.countersign-by-principal', article: 64, message: '第六十四条：会签须由相关单位主要负责人签署' }] });
    }
    if (!input.isAgreed && !input.grounds?.trim()) invalid('不同意的，须列明理据');
    await documentsRepository.upsertCountersignature(trx, {
      id: randomUUID(),
      documentId: doc.id,
      unitId,
      signerPersonId: principal.personId,
      signerName: principal.name,
      isAgreed: input.isAgreed ? 1 : 0,
      opinion: input.opinion,
      grounds: input.grounds ?? null,
      signedAt: at.toISOString(),
    });
    const signatures = await documentsRepository.countersignatures(trx, doc.id);
    const complete = related.every((r) => signatures.some((s) => s.unitId === r));
    let status = doc.status;
    if (complete) {
      const unit = found(await orgRepository.findUnit(trx, doc.issuingUnitId), '报送单位');
      const facts = await filingFacts(trx, {
        docType: doc.docType as DocumentType,
        classification: doc.classification as Classification,
        addressedTo: doc.addressedTo as 'government' | 'leader',
        exception: doc.exceptionKind as DirectFilingException | null,
        declaredMatters: JSON.parse(doc.declaredMatters) as string[],
        body: doc.body,
        signerPersonId: doc.signerPersonId,
        relatedUnitIds: related,
        unitKind: unit.kind,
        unitId: unit.id,
        day,
        documentId: doc.id,
      });
      const outcome = runRules(filingRules, facts, day);
      if (outcome.refusals.length > 0) refuse(outcome.refusals);
      status = 'submitted';
    }
    const clock = status === 'submitted' ? await startStepClock(trx, doc, 'submitted', at) : {};
    if (!(await documentsRepository.update(trx, doc.id, input.version, { status, ...clock, stepStartedAt: at.toISOString(), updatedAt: at.toISOString() }))) {
      throw new DomainError('conflict', '该公文已被他人处理，请刷新后重试');
    }
    await documentsRepository.insertStep(trx, {
      id: randomUUID(),
      documentId: doc.id,
      step: 'countersign',
      actorUserId: ctx.actor.userId,
      actorName: principal.name,
      actingForPersonId: null,
      actingForName: null,
      opinion: `${input.isAgreed ? '同意' : '不同意'}：${input.opinion}${input.grounds ? `（理据：${input.grounds}）` : ''}`,
      article: 64,
      occurredAt: at.toISOString(),
    });
    return {
      result: { status },
      audit: [{ act: 'documents.incoming.countersign', objectType: 'incoming_document', objectId: doc.id, result: 'success', article: 64, summary: { isAgreed: input.isAgreed, complete } }],
    };
  });
}
