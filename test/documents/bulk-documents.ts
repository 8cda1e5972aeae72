import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { DeadlineTable, IncomingDocumentTable } from '../../src/db/schema.js';
import { clockedStates, incomingDocumentCase } from '../../src/domain/documents/case.js';
import { localDateOf } from '../../src/clock.js';
import { loadCalendar } from '../../src/operations/calendar/load-calendar.js';

const ROWS_PER_STATEMENT = 200;

/**
 * Many incoming documents at once, straight into the tables with multi-row inserts (thousands in a second or
 * two): each in a clocked state with its open step clock, filed on one of the `spreadDays` days before `now`,
 * every tenth urgent (an hour clock), the rest on working days counted on the calendar. Not put in the search
 * index: tests of search make their documents with `makeDocument`.
 */
export async function makeDocumentsInBulk(handle: DatabaseHandle, count: number, options: { now: Date; spreadDays?: number; title?: string }): Promise<void> {
  const calendar = await loadCalendar(handle.db);
  const spread = options.spreadDays ?? 30;
  for (let start = 0; start < count; start += ROWS_PER_STATEMENT) {
    const deadlines: Insertable<DeadlineTable>[] = [];
    const documents: Insertable<IncomingDocumentTable>[] = [];
    for (let i = start; i < Math.min(count, start + ROWS_PER_STATEMENT); i += 1) {
      const id = randomUUID();
      const deadlineId = randomUUID();
      const filedAt = new Date(options.now.getTime() - ((i % spread) + 1) * 86_400_000 + (i % 1000));
      const at = filedAt.toISOString();
      const isUrgent = i % 10 === 0;
      const status = clockedStates[i % clockedStates.length]!;
      const deadline = isUrgent
        ? { due: new Date(filedAt.getTime() + 24 * 3600_000).toISOString(), detail: { due: '', basis: 'hours', provisional: false, explanation: '24小时内' } }
        : (() => {
            const d = calendar.addWorkingDays(localDateOf(filedAt), 3);
            return { due: d.due, detail: d };
          })();
      deadlines.push({
        id: deadlineId,
        objectType: incomingDocumentCase.kind,
        objectId: id,
        label: `批量测试：${i}`,
        basis: isUrgent ? 'hours' : 'working_days',
        amount: isUrgent ? 24 : 3,
        start: localDateOf(filedAt),
        due: deadline.due,
        isProvisional: 0,
        isOpen: 1,
        ruleId: null,
        article: 66,
        detail: JSON.stringify(isUrgent ? { ...deadline.detail, due: deadline.due } : deadline.detail),
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      documents.push({
        id,
        status,
        docType: i % 3 === 0 ? '报告' : '请示',
        title: `${options.title ?? '批量测试请示'}${i}`,
        body: '区政府：\n拟申请经费。妥否，请批示。',
        senderDocNumber: null,
        issuingUnitId: 'fgj',
        signerPersonId: 'fgj-principal',
        signerName: '发改局局长',
        addressedTo: 'government',
        addresseePersonId: null,
        exceptionKind: null,
        classification: 'none',
        urgency: isUrgent ? 'urgent' : 'normal',
        copyNumber: null,
        declaredMatters: '["申请经费"]',
        relatedUnitIds: '[]',
        isJoint: 0,
        attachmentNote: null,
        writtenOn: localDateOf(filedAt),
        note: null,
        cc: null,
        isMajor: 0,
        flags: '[]',
        registerYear: null,
        registerSeq: null,
        registerNumber: null,
        proposal: null,
        assignedLeaderPersonId: status === 'assigned' ? 'zhao-mingyuan' : null,
        assignedActingForPersonId: null,
        assignmentBasis: status === 'assigned' ? 'portfolio' : null,
        instruction: null,
        handlingUnitId: status === 'transferred' ? 'fgj' : null,
        coUnitIds: '[]',
        result: null,
        stepStartedAt: at,
        stepDeadlineId: deadlineId,
        stepDueAt: null,
        submittedByUserId: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
    }
    await handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('deadlines').values(deadlines).execute();
      await trx.insertInto('incomingDocuments').values(documents).execute();
    });
  }
}
