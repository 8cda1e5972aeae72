import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { caseOf, documentsRepository, SYSTEM_READER } from '../../src/db/documents-repository.js';
import { eventsRepository, noApproval } from '../../src/db/events-repository.js';
import { leaveRepository } from '../../src/db/leave-repository.js';
import { meetingsRepository } from '../../src/db/meetings-repository.js';
import { orgRepository } from '../../src/db/org-repository.js';
import { outgoingCaseOf, outgoingRepository, receiptCaseOf } from '../../src/db/outgoing-repository.js';
import { isWorkItem, type StandIn, type Viewer } from '../../src/domain/case.js';
import { incomingDocumentCase } from '../../src/domain/documents/case.js';
import { departmentMeetingCase, invitationCase, speechCase } from '../../src/domain/events/case.js';
import { incomingStatusLabels, type IncomingStatus, sourceKinds } from '../../src/domain/documents/types.js';
import { leaderItemCase } from '../../src/domain/leave/case.js';
import { can } from '../../src/domain/identity/policies.js';
import { outgoingDocumentCase, outgoingReceiptCase } from '../../src/domain/outgoing/case.js';
import { outgoingIssuers, outgoingStatuses } from '../../src/domain/outgoing/types.js';
import { absenceCase, meetingCase, type MeetingsOrg, topicCase } from '../../src/domain/meetings/case.js';
import { extensionCase, reportCase, suggestionCase, taskCase } from '../../src/domain/supervision/case.js';
import { supervisionWorkRepository } from '../../src/db/supervision-work-repository.js';
import { documentWorkSql } from '../../src/operations/documents/workbench.js';
import { headOn, withHead } from '../../src/operations/events/decision.js';
import { eventsWorkSql } from '../../src/operations/events/workbench.js';
import { leaderItemWorkSql } from '../../src/operations/leave/workbench.js';
import { absenceCaseOf, meetingCaseOf, meetingsOrgOn, topicCaseOf } from '../../src/operations/meetings/cases.js';
import { extensionCaseOf, reportCaseOf, taskCaseOf, taskFlagsOf } from '../../src/operations/supervision/cases.js';
import { suggestionCaseOf } from '../../src/operations/supervision/cases.js';
import { supervisionWorkSql } from '../../src/operations/supervision/workbench.js';
import { disclosureCaseOf, disclosureDueKey, disclosureWorkSql } from '../../src/operations/disclosure/workbench.js';
import { disclosureWorkPage, type DisclosureWorkRow } from '../../src/db/disclosure-work-repository.js';
import { meetingsWorkSql } from '../../src/operations/meetings/workbench.js';
import { outgoingWorkSql } from '../../src/operations/outgoing/workbench.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { NO_DUE } from '../../src/operations/workbench/providers.js';
import { sqlTrue } from '../../src/operations/workbench/sql.js';
import { dialects, freshDatabase } from '../harness/databases.js';
import { makeDocument } from '../documents/factories.js';

/**
 * Issue 11: the 工作台 chooses its page in SQL by each declaration's work predicate, and still runs
 * `isWorkItem` on every row. These properties keep the two from drifting: over cases in random states and
 * relations and random viewers (roles, unit, person, whom they stand in for, urgent-only or not), the SQL
 * predicate selects exactly the cases the declaration puts on the viewer's 工作台 — none lost, none extra.
 */

const TODAY = '2026-03-20';
const AT = new Date('2026-03-20T01:00:00Z');
const units = ['fgj', 'czj', 'tjj', 'office', 'sfj', 'gov'];
const people = ['lin-zhiyuan', 'zhao-mingyuan', 'sun-lihua', 'zhou-wenbo', 'wu-haiyan', 'chen-siyuan', 'fgj-principal'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** Deterministic samples: the same rows every run, so a failure reproduces. */
const sample = <T>(arb: fc.Arbitrary<T>, n: number, seed: number): T[] => fc.sample(arb, { numRuns: n, seed });

const viewerArb: fc.Arbitrary<Viewer> = fc.record({
  roles: fc.subarray(['office_staff', 'leader', 'unit_staff', 'unit_head'], { minLength: 1 }),
  personId: fc.option(pick(people), { nil: null }),
  unitId: fc.option(pick(units), { nil: null }),
  standsInFor: fc.uniqueArray(
    fc.record({ personId: pick(people), isUrgentOnly: fc.boolean() }).map((s): StandIn => ({ personId: s.personId, name: s.personId, basis: s.isUrgentOnly ? 'pair' : 'acting_head', isUrgentOnly: s.isUrgentOnly })),
    { selector: (s) => s.personId, maxLength: 3 },
  ),
}).map((v) => ({ ...v, userId: 'u', today: TODAY, standsInFor: v.standsInFor.filter((s) => s.personId !== v.personId) }));

const sorted = (ids: Iterable<string>) => [...ids].sort();
const tableNames = { publications: 'publications', commentDrafts: 'comment_drafts', disclosureRequests: 'disclosure_requests', publicMessages: 'public_messages' } as const;
const RUNS = 60;

describe.each(dialects)('第六十二、六十四至六十六条 工作台的 SQL 候选条件与案件声明一致（%s）', (dialect) => {
  let handle: DatabaseHandle;
  let org: MeetingsOrg;
  let unitIds: string[];

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    await seedDemoGovernment(handle, fixedClock(AT));
    org = await meetingsOrgOn(handle.db, TODAY);
    unitIds = (await orgRepository.listUnits(handle.db)).map((u) => u.id);
  });
  afterAll(async () => handle.close());

  it('收文：SQL 选出的恰是声明放上工作台的公文', async () => {
    const docs = sample(
      fc.record({
        status: pick(Object.keys(incomingStatusLabels) as IncomingStatus[]),
        docType: pick(['请示', '报告']),
        issuingUnitId: pick(units),
        relatedUnitIds: fc.subarray(units, { maxLength: 2 }),
        urgency: pick(['normal', 'urgent', 'very_urgent']),
        assignedLeaderPersonId: fc.option(pick(people), { nil: null }),
        handlingUnitId: fc.option(pick(units), { nil: null }),
        signed: fc.subarray(units, { maxLength: 2 }),
        // 修改后重新报送 / 撤回 are the filing unit's only for a document it filed through the platform.
        sourceKind: pick(['platform', 'platform', ...sourceKinds]),
        // 阅: the leaders of the 传阅 still to read it, in person or through whoever stands in for them.
        pendingReaderIds: fc.subarray(people, { maxLength: 3 }),
        // 呈区长: who gave the latest 批示, and whether it was the head's.
        lastInstruction: fc.option(fc.record({ personId: pick(people), byHead: fc.boolean() }), { nil: null }),
        actingFor: fc.option(pick(people), { nil: null }),
      }),
      200,
      11,
    );
    for (const d of docs) {
      const { sourceKind, lastInstruction, actingFor, pendingReaderIds, ...over } = d;
      const instructions = lastInstruction ? [{ personId: lastInstruction.personId, name: lastInstruction.personId, opinion: '同意', isCircled: false, date: TODAY, actingFor: null, byHead: lastInstruction.byHead }] : [];
      const circulation = pendingReaderIds.map((personId, i) => ({ personId, name: personId, sentAt: AT.toISOString(), beforeTransfer: i === 0, readAt: null, readOn: null, opinion: null }));
      const id = await makeDocument(handle, AT, { ...over, pendingReaderIds, instructions, circulation });
      await handle.db.updateTable('incomingDocuments').set({ sourceKind, assignedActingForPersonId: d.assignedLeaderPersonId ? actingFor : null }).where('id', '=', id).execute();
      for (const unitId of d.signed.filter((u) => d.relatedUnitIds.includes(u))) {
        await handle.db.insertInto('caseCountersignatures').values({ id: randomUUID(), objectType: 'incoming_document', objectId: id, unitId, signerPersonId: null, signerName: '负责人', isAgreed: 1, opinion: null, grounds: null, signedAt: AT.toISOString() }).execute();
      }
    }
    const all = await documentsRepository.inStates(handle.db, SYSTEM_READER, Object.keys(incomingStatusLabels));
    expect(all.length).toBeGreaterThanOrEqual(200);
    // The rows reach the new actions, so a drift in their SQL would show.
    const cases = all.map(caseOf);
    expect(cases.filter((c) => c.status === 'returned' && c.sourceKind === 'platform').length).toBeGreaterThan(3);
    expect(cases.filter((c) => c.status === 'returned' && c.sourceKind !== 'platform').length).toBeGreaterThan(3);
    expect(cases.filter((c) => (c.status === 'instructed' || c.status === 'transferred') && c.pendingReaderIds.length > 0).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.status === 'instructed' && c.lastInstruction !== null && !c.lastInstruction.byHead).length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(viewerArb, async (viewer) => {
        const chosen = await documentsRepository.workPage(handle.db, SYSTEM_READER, { work: documentWorkSql(viewer), after: sqlTrue, dueKey: sql<string>`d.id`, limit: 100_000 });
        const declared = all.filter((d) => isWorkItem(incomingDocumentCase, caseOf(d), viewer)).map((d) => d.id);
        expect(sorted(chosen.rows.map((d) => d.id))).toEqual(sorted(declared));
        expect(chosen.count).toBe(declared.length);
      }),
      { numRuns: RUNS, seed: 101 },
    );
  });

  it('领导事项：SQL 选出的恰是本人与所补位领导（补位仅急件）的待办事项', async () => {
    const rows = sample(fc.record({ addresseePersonId: pick(people), isUrgent: fc.boolean(), status: pick(['open', 'handled']) }), 60, 12);
    for (const r of rows) {
      await leaveRepository.insertItem(handle.db, {
        id: randomUUID(), kind: 'other', title: '测试事项', detail: '', addresseePersonId: r.addresseePersonId, unitId: null, isUrgent: r.isUrgent ? 1 : 0, dueOn: null, sourceType: null, sourceId: null,
        status: r.status, handledByUserId: null, handledActingForPersonId: null, handledAt: null, handlingNote: null, createdByUserId: null, version: 1, createdAt: AT.toISOString(),
      });
    }
    const all = await leaveRepository.listItems(handle.db, { all: true }, {});
    await fc.assert(
      fc.asyncProperty(viewerArb, async (viewer) => {
        const chosen = await leaveRepository.workPage(handle.db, { work: leaderItemWorkSql(viewer), after: () => sqlTrue, noDue: NO_DUE, limit: 100_000 });
        const declared = all.filter((i) => isWorkItem(leaderItemCase, i, viewer)).map((i) => i.id);
        expect(sorted(chosen.rows.map((i) => i.id))).toEqual(sorted(declared));
        expect(chosen.count).toBe(declared.length);
      }),
      { numRuns: RUNS, seed: 102 },
    );
  });

  it('会议、议题与会议请假：SQL 选出的恰是声明放上工作台的案件', async () => {
    const iso = AT.toISOString();
    const meetingRows = sample(
      fc.record({
        kind: pick(['plenary', 'executive', 'head_office', 'topical']),
        // Mostly planned: only a planned meeting's topics are anyone's work.
        status: pick(['planned', 'planned', 'planned', 'held', 'minutes_drafted', 'minutes_approved', 'minutes_signed']),
        chairPersonId: pick(people),
        delegatedByPersonId: fc.option(pick(people), { nil: null }),
        agenda: pick(['none', 'proposed', 'reviewed', 'decided']),
        townPrincipals: pick([null, 'pending', 'approved', 'refused']),
        chairEntrustment: pick([null, 'pending', 'entrusted']),
      }),
      50,
      13,
    );
    const meetingIds: string[] = [];
    for (const m of meetingRows) {
      const id = randomUUID();
      meetingIds.push(id);
      await meetingsRepository.insert(handle.db, {
        id, kind: m.kind, title: '测试会议', meetingDate: TODAY, startTime: null, place: '会议室', convenerPersonId: m.chairPersonId, chairPersonId: m.chairPersonId, delegatedByPersonId: m.delegatedByPersonId,
        attendeeUnitIds: '[]', status: m.status,
        agendaProposedAt: m.agenda !== 'none' ? iso : null, agendaReviewedByPersonId: null, agendaReviewedAt: m.agenda === 'reviewed' || m.agenda === 'decided' ? iso : null, agendaDecidedByPersonId: null, agendaDecidedAt: m.agenda === 'decided' ? iso : null,
        minutesNumber: null, minutesText: null, minutesApprovedByPersonId: null, minutesSignedByPersonId: null, minutesSignedAt: null, version: 1, createdAt: iso, updatedAt: iso,
        townPrincipalsApproval: m.townPrincipals ? JSON.stringify({ status: m.townPrincipals, unitIds: ['qiling'] }) : null,
        chairEntrustment: m.chairEntrustment ? JSON.stringify({ status: m.chairEntrustment }) : null,
      });
    }
    const topicRows = sample(
      fc.record({
        meeting: fc.nat({ max: meetingIds.length - 1 }),
        status: pick(['awaiting_exception', 'coordinating', 'awaiting_review', 'ready', 'scheduled', 'decided']),
        submittingUnitId: fc.oneof(pick(units), pick(unitIds)),
        relatedUnitIds: fc.subarray(units, { maxLength: 2 }),
        signed: fc.uniqueArray(fc.record({ unitId: pick(units), isAgreed: fc.boolean() }), { selector: (x) => x.unitId, maxLength: 2 }),
        isDeputyReviewed: fc.boolean(),
        isHeadReviewed: fc.boolean(),
      }),
      300,
      14,
    );
    for (const t of topicRows) {
      const id = randomUUID();
      const meetingIndex = t.meeting;
      await meetingsRepository.insertTopic(handle.db, {
        id, meetingId: meetingIds[meetingIndex]!, meetingKind: meetingRows[meetingIndex]!.kind, submittingUnitId: t.submittingUnitId, title: '测试议题', summary: '', isMajor: 0, majorCategory: null,
        relatedUnitIds: JSON.stringify(t.relatedUnitIds), coordinationNote: null, status: t.status, submittedOn: TODAY, leadTimeException: null, flags: '[]', sortOrder: 0, version: 1, createdAt: iso,
        reviewedByPersonId: t.isDeputyReviewed ? 'zhou-wenbo' : null, reviewedAt: null, headReviewedByPersonId: t.isHeadReviewed ? 'lin-zhiyuan' : null, headReviewedAt: null, majorClassification: null,
      });
      for (const s of t.signed) {
        await handle.db.insertInto('caseCountersignatures').values({ id: randomUUID(), objectType: 'meeting_topic', objectId: id, unitId: s.unitId, signerPersonId: null, signerName: '负责人', isAgreed: s.isAgreed ? 1 : 0, opinion: null, grounds: null, signedAt: iso }).execute();
      }
    }
    for (const [i, a] of sample(fc.record({ meeting: fc.nat({ max: meetingIds.length - 1 }), status: pick(['requested', 'consented', 'declined']) }), 30, 15).entries()) {
      await meetingsRepository.insertAbsenceRequest(handle.db, { id: randomUUID(), meetingId: meetingIds[a.meeting]!, personId: people[i % people.length]!, reason: '公务', status: a.status, requestedByUserId: null, decidedByPersonId: null, decidedAt: null, opinion: null, version: 1, createdAt: iso });
    }

    const all = { kind: 'all' } as const;
    const meetings = await handle.db.selectFrom('meetings').selectAll().execute();
    const topics = await handle.db.selectFrom('meetingTopics').leftJoin('meetings', 'meetings.id', 'meetingTopics.meetingId').selectAll('meetingTopics').select('meetings.status as meetingStatus').execute();
    const signatures = await meetingsRepository.signaturesOf(handle.db, topics.map((t) => t.id));
    const absences = await handle.db.selectFrom('meetingAbsenceRequests').innerJoin('meetings', 'meetings.id', 'meetingAbsenceRequests.meetingId').selectAll('meetingAbsenceRequests').select('meetings.status as meetingStatus').execute();
    const everything = { after: () => sqlTrue, noDue: NO_DUE, limit: 100_000 };

    await fc.assert(
      fc.asyncProperty(viewerArb, async (viewer) => {
        const work = meetingsWorkSql(viewer, org, unitIds);
        const ids = (rows: readonly { id: string }[]) => sorted(rows.map((r) => r.id));
        const m = await meetingsRepository.meetingWorkPage(handle.db, all, { ...everything, work: work.meetings });
        expect(ids(m.rows), 'meetings').toEqual(sorted(meetings.filter((r) => isWorkItem(meetingCase, meetingCaseOf(r, org), viewer)).map((r) => r.id)));
        const t = await meetingsRepository.topicWorkPage(handle.db, all, { ...everything, work: work.topics });
        expect(ids(t.rows), 'topics').toEqual(sorted(topics.filter((r) => isWorkItem(topicCase, topicCaseOf(r, signatures, org), viewer)).map((r) => r.id)));
        const a = await meetingsRepository.absenceWorkPage(handle.db, all, { ...everything, work: work.absences });
        expect(ids(a.rows), 'absences').toEqual(sorted(absences.filter((r) => isWorkItem(absenceCase, absenceCaseOf(r, org), viewer)).map((r) => r.id)));
        expect([m.count, t.count, a.count]).toEqual([m.rows.length, t.rows.length, a.rows.length]);
      }),
      { numRuns: RUNS, seed: 103 },
    );
  });
  it('第三十二、四十、五十七、七十五条 督查督办：SQL 选出的恰是声明放上工作台的任务、报告、延期申请与建议提案', async () => {
    const iso = AT.toISOString();
    const known = units.filter((u) => unitIds.includes(u));
    const principals = await orgRepository.principalsOf(handle.db, unitIds, TODAY);
    // The principals of the units reports come from, so that some viewers are (or stand in for) a unit's head (art. 75).
    const heads = [...new Set([...principals.values()].map((p) => p.personId))].slice(0, 6);
    const persons = [...people, ...heads];
    const task = (over: Record<string, unknown>) => ({
      id: randomUUID(), number: null, sourceType: 'meeting_decision', sourceId: randomUUID(), sourceRef: null, title: '测试督办任务', description: null, category: 'task', parentId: null, weight: 1, progress: 0,
      leadUnitId: 'fgj', coUnitIds: '[]', leaderPersonId: null, focusArea: null, dueOn: TODAY, deadlineId: null, reportEveryWorkingDays: null, lastReportOn: null, status: 'open', closedAs: null, closedReason: null,
      closedAt: null, lookBackOn: null, lookBackOfId: null, createdByUserId: null, article: 57, version: 1, createdAt: iso, updatedAt: iso, ...over,
    });
    const taskRows = sample(
      fc.record({
        // Mostly open or under review: the states in which a task is someone's work.
        status: pick(['open', 'open', 'open', 'reviewing', 'reviewing', 'done', 'closed_incomplete']),
        category: pick(['task', 'rectification', 'problem', 'look_back']),
        sourceType: pick(['meeting_decision', 'leader_instruction', 'deputy_suggestion', 'cppcc_proposal', 'audit_finding']),
        leadUnitId: pick(known),
        coUnitIds: fc.subarray(known, { maxLength: 2 }),
        // A sub-task of an earlier task of the sample: its parent is reported through it.
        parent: fc.option(fc.nat({ max: 1_000 }), { nil: null, freq: 3 }),
      }),
      120,
      31,
    );
    const taskIds: string[] = [];
    for (const r of taskRows) {
      const id = randomUUID();
      const parentId = r.parent !== null && taskIds.length > 0 ? taskIds[r.parent % taskIds.length]! : null;
      await handle.db.insertInto('tasks').values(task({ id, status: r.status, category: r.category, sourceType: r.sourceType, leadUnitId: r.leadUnitId, coUnitIds: JSON.stringify(r.coUnitIds.filter((u) => u !== r.leadUnitId)), parentId })).execute();
      taskIds.push(id);
    }
    for (const r of sample(fc.record({ task: fc.nat({ max: taskIds.length - 1 }), status: pick(['submitted', 'submitted', 'approved', 'approved', 'declined', 'accepted', 'returned']), kind: pick(['progress', 'final']), unitId: pick(known) }), 120, 32)) {
      await handle.db.insertInto('taskReports').values({ id: randomUUID(), taskId: taskIds[r.task]!, kind: r.kind, text: '进展', progress: 50, status: r.status, unitId: r.unitId, draftedByUserId: 'u', approvedByPersonId: null, approvedAt: null, reviewedByPersonId: null, reviewedAt: null, reviewOpinion: null, version: 1, createdAt: iso, updatedAt: iso }).execute();
    }
    for (const r of sample(fc.record({ task: fc.nat({ max: taskIds.length - 1 }), status: pick(['requested', 'requested', 'approved', 'refused']), approverPersonId: fc.option(pick(persons), { nil: null }) }), 60, 33)) {
      await handle.db.insertInto('taskExtensions').values({ id: randomUUID(), taskId: taskIds[r.task]!, reason: '客观原因', requestedDueOn: '2026-05-30', previousDueOn: TODAY, status: r.status, requestedByUserId: 'u', approverPersonId: r.approverPersonId, decidedByPersonId: null, decidedAt: null, opinion: null, version: 1, createdAt: iso, updatedAt: iso }).execute();
    }
    for (const [i, r] of sample(fc.record({ status: pick(['registered', 'assigned', 'sent_back', 'answered', 'closed']), kind: pick(['deputy', 'cppcc']), leadUnitId: fc.option(pick(known), { nil: null }), round: pick([1, 2]), task: fc.option(fc.nat({ max: taskIds.length - 1 }), { nil: null }) }), 60, 34).entries()) {
      await handle.db
        .insertInto('supervisionSuggestions')
        .values({ id: randomUUID(), kind: r.kind, code: `${i + 1}`, session: '十九届五次', title: '测试建议', proposers: '["代表"]', summary: null, leadUnitId: r.leadUnitId, coUnitIds: '[]', assignedOn: null, status: r.status, taskId: r.task === null ? null : taskIds[r.task]!, round: r.round, answer: null, answeredOn: null, satisfaction: null, sendBackReason: null, isForPublication: 0, batchId: 'b', version: 1, createdAt: iso, updatedAt: iso })
        .execute();
    }
    const all = { kind: 'all' } as const;
    const tasks = await handle.db.selectFrom('tasks').selectAll().execute();
    const flags = await taskFlagsOf(handle.db, tasks);
    const reports = await handle.db.selectFrom('taskReports').selectAll().execute();
    const extensions = await handle.db.selectFrom('taskExtensions').selectAll().execute();
    const suggestions = await handle.db.selectFrom('supervisionSuggestions').selectAll().execute();
    expect(tasks.length).toBeGreaterThanOrEqual(120);
    const everything = { after: () => sqlTrue, noDue: NO_DUE, limit: 100_000 };
    const personArb = fc.option(pick(persons), { nil: null });
    const withPersons = viewerArb.chain((v) => fc.record({ personId: personArb, standsInFor: fc.uniqueArray(fc.record({ personId: pick(persons), isUrgentOnly: fc.boolean() }), { selector: (x) => x.personId, maxLength: 3 }) }).map((x) => ({
      ...v,
      personId: x.personId,
      standsInFor: x.standsInFor.filter((st) => st.personId !== x.personId).map((st): StandIn => ({ personId: st.personId, name: st.personId, basis: st.isUrgentOnly ? 'pair' : 'acting_head', isUrgentOnly: st.isUrgentOnly })),
    })));
    // Random viewers, and viewers of each role: the office, leaders, the units' staff, and their heads in person.
    const shaped: fc.Arbitrary<Viewer> = fc.oneof(
      withPersons,
      withPersons.map((v) => ({ ...v, roles: ['office_staff'], unitId: 'office' })),
      withPersons.map((v) => ({ ...v, roles: ['leader'], unitId: null })),
      withPersons.map((v) => ({ ...v, roles: ['unit_staff'], unitId: v.unitId ?? 'fgj', standsInFor: [] })),
      fc.constantFrom(...[...principals].filter(([u]) => known.includes(u))).chain(([unitId, p]) => withPersons.map((v) => ({ ...v, roles: ['unit_head'], unitId, personId: p.personId, standsInFor: [] }))),
    );
    const seen = { tasks: 0, reports: 0, extensions: 0, suggestions: 0 };
    await fc.assert(
      fc.asyncProperty(shaped, async (viewer) => {
        const work = supervisionWorkSql(viewer, principals);
        const ids = (rows: readonly { id: string }[]) => sorted(rows.map((r) => r.id));
        const k = await supervisionWorkRepository.taskWorkPage(handle.db, all, { ...everything, work: work.tasks });
        expect(ids(k.rows), 'tasks').toEqual(ids(tasks.filter((r) => isWorkItem(taskCase, taskCaseOf(r, flags), viewer))));
        const r = await supervisionWorkRepository.reportWorkPage(handle.db, all, { ...everything, work: work.reports });
        expect(ids(r.rows), 'reports').toEqual(ids(reports.filter((x) => isWorkItem(reportCase, reportCaseOf(x, principals.get(x.unitId)?.personId ?? null), viewer))));
        const e = await supervisionWorkRepository.extensionWorkPage(handle.db, all, { ...everything, work: work.extensions });
        expect(ids(e.rows), 'extensions').toEqual(ids(extensions.filter((x) => isWorkItem(extensionCase, extensionCaseOf(x), viewer))));
        const s = await supervisionWorkRepository.suggestionWorkPage(handle.db, all, { ...everything, work: work.suggestions });
        expect(ids(s.rows), 'suggestions').toEqual(ids(suggestions.filter((x) => isWorkItem(suggestionCase, suggestionCaseOf(x), viewer))));
        expect([k.count, r.count, e.count, s.count]).toEqual([k.rows.length, r.rows.length, e.rows.length, s.rows.length]);
        seen.tasks += k.rows.length;
        seen.reports += r.rows.length;
        seen.extensions += e.rows.length;
        seen.suggestions += s.rows.length;
      }),
      { numRuns: RUNS, seed: 106 },
    );
    // The property is not vacuous: each kind was someone's work in some runs.
    expect(Object.values(seen).every((n) => n > 0), JSON.stringify(seen)).toBe(true);
  });
  it('第三十六、三十九、八十三条 政务公开：SQL 选出的恰是声明放上工作台的待审核信息、征求意见稿、公开申请与公众留言', async () => {
    const iso = AT.toISOString();
    const users = ['u', 'other', null] as const;
    const base = { createdAt: iso, updatedAt: iso, version: 1 };
    for (const r of sample(fc.record({ status: pick(['pending', 'pending', 'published', 'rejected', 'withdrawn']), preparedBy: pick(users) }), 60, 41)) {
      await handle.db.insertInto('publications').values({ ...base, id: randomUUID(), category: 'documents', title: '测试信息', documentNumber: null, issuingBody: '区政府', writtenOn: null, body: '正文', sourceType: null, sourceId: null, interpretsId: null, unitId: null, status: r.status, preparedByUserId: r.preparedBy, preparedByName: '拟稿人', reviewOpinion: null, reviewedByPersonId: null, reviewedByName: null, reviewedAt: null, publishedAt: null, withdrawnAt: null, withdrawnReason: null, withdrawnByName: null, deadlineId: null, dueOn: TODAY, queuedAt: iso }).execute();
    }
    for (const r of sample(fc.record({ status: pick(['draft', 'open', 'open', 'closed', 'concluded']), preparedBy: pick(['u', 'other'] as const), closesOn: fc.option(pick(['2026-03-10', TODAY, '2026-03-30']), { nil: null }) }), 60, 42)) {
      await handle.db.insertInto('commentDrafts').values({ ...base, id: randomUUID(), kind: 'normative', title: '测试征求意见稿', explanation: '说明', body: '正文', draftingUnitId: 'fgj', bearsOnBusiness: 0, periodBasis: 'working_days', periodAmount: 7, opensOn: null, closesOn: r.closesOn, deadlineId: null, status: r.status, preparedByUserId: r.preparedBy, preparedByName: '拟稿人', reviewedByName: null, publishedAt: null, commentsSummary: null, response: null, finalPublicationId: null, concludedAt: null }).execute();
    }
    for (const [i, r] of sample(fc.record({ status: pick(['received', 'received', 'correction', 'consulting', 'answered', 'abandoned', 'withdrawn']) }), 40, 43).entries()) {
      await handle.db.insertInto('disclosureRequests').values({ ...base, id: randomUUID(), number: `测试${i}`, accessCodeHash: 'h', applicantKind: 'person', organizationKind: null, applicantName: '申请人', idNumberEncrypted: null, contactEncrypted: 'c', addressEncrypted: null, description: '所需信息', purpose: null, delivery: 'online', channel: 'online', receivedOn: TODAY, clockStart: TODAY, status: r.status, deadlineId: 'd', dueOn: TODAY, extension: null, correction: null, outcome: null, outcomeReason: null, answer: null, answeredOn: null, answeredByName: null, answerAttachmentId: null, carriedFromYear: null }).execute();
    }
    for (const [i, r] of sample(fc.record({ status: pick(['received', 'received', 'answered', 'answered', 'published']), unitId: fc.option(pick(units), { nil: null }), wantsPublic: fc.boolean(), answeredBy: pick(users) }), 60, 44).entries()) {
      await handle.db.insertInto('publicMessages').values({ ...base, id: randomUUID(), number: `留言${i}`, accessCodeHash: 'h', subject: '测试留言', body: '内容', displayName: null, contactEncrypted: null, wantsPublic: r.wantsPublic ? 1 : 0, receivedOn: TODAY, status: r.status, unitId: r.unitId && unitIds.includes(r.unitId) ? r.unitId : null, deadlineId: 'd', dueOn: TODAY, answer: null, answeredByUserId: r.answeredBy, answeredByName: null, answeredOn: null, publishedAt: null }).execute();
    }
    const tables = ['publications', 'commentDrafts', 'disclosureRequests', 'publicMessages'] as const;
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(viewerArb, viewerArb.map((v) => ({ ...v, roles: ['office_staff'], unitId: 'office' })), viewerArb.map((v) => ({ ...v, roles: ['unit_staff'], unitId: v.unitId ?? 'fgj' }))),
        async (viewer) => {
          const work = disclosureWorkSql(viewer, TODAY);
          for (const table of tables) {
            const page = await disclosureWorkPage(handle.db, { table, where: work[table], dueKey: disclosureDueKey(table), after: () => sqlTrue, limit: 100_000 });
            const rows = (await sql<DisclosureWorkRow>`select *, '' as due_key from ${sql.table(tableNames[table])}`.execute(handle.db)).rows;
            const expected = rows.filter((row) => {
              const judged = disclosureCaseOf(table, row, TODAY);
              return isWorkItem(judged.def, judged.case, viewer);
            });
            expect(sorted(page.rows.map((r) => r.id)), table).toEqual(sorted(expected.map((r) => r.id)));
            expect(page.count, table).toBe(page.rows.length);
            seen[table] = (seen[table] ?? 0) + page.rows.length;
          }
        },
      ),
      { numRuns: RUNS, seed: 107 },
    );
    expect(tables.every((table) => (seen[table] ?? 0) > 0), JSON.stringify(seen)).toBe(true);
  });

  it('邀请、会议申请与讲话文章报批：SQL 选出的恰是声明放上工作台的申请', async () => {
    const iso = AT.toISOString();
    const day = pick(['2026-03-10', TODAY, '2026-03-30']);
    const common = { ...noApproval, submittedOn: TODAY, submittedByUserId: null, version: 1, createdAt: iso, updatedAt: iso };
    for (const r of sample(fc.record({ status: pick(['awaiting_approval', 'awaiting_arrangement', 'arranged', 'declined', 'not_approved', 'withdrawn']), activityDate: day, unit: pick(units), person: pick(people) }), 60, 17)) {
      await eventsRepository.insertInvitation(handle.db, {
        ...common, id: randomUUID(), title: '测试邀请', kind: 'groundbreaking', activityDate: r.activityDate, startTime: null, place: '现场', detail: '', invitedPersonId: r.person, invitingUnitId: r.unit, addressedTo: 'office',
        status: r.status, arrangedOn: null, arrangementNote: null, leaderItemId: null, declineReason: null, flags: '[]',
      });
    }
    for (const r of sample(fc.record({ status: pick(['awaiting_head_approval', 'awaiting_approval', 'approved', 'not_approved', 'withdrawn']), meetingDate: day, unit: pick(units) }), 40, 18)) {
      await eventsRepository.insertMeeting(handle.db, {
        ...common, id: randomUUID(), title: '测试会议', unitId: r.unit, meetingDate: r.meetingDate, format: 'video', chairedBy: 'department_head', chairPersonId: null, chairName: '局长', invitees: '[]', headApproval: null, detail: '', status: r.status, flags: '[]',
      });
    }
    for (const r of sample(fc.record({ status: pick(['awaiting_approval', 'approved', 'not_approved']), eventDate: day, person: pick(people) }), 30, 19)) {
      await eventsRepository.insertSpeech(handle.db, { ...common, id: randomUUID(), kind: 'speech', basis: 'on_behalf', title: '测试讲话', speakerPersonId: r.person, occasion: '会议', eventDate: r.eventDate, outline: '', status: r.status });
    }
    const head = await headOn(handle.db, TODAY);
    const all = { all: true } as const;
    const invitations = await eventsRepository.listInvitations(handle.db, all, {});
    const meetings = await eventsRepository.listMeetings(handle.db, all, {});
    const speeches = await eventsRepository.listSpeeches(handle.db, all, {});
    const page = { after: sqlTrue, limit: 100_000 };
    await fc.assert(
      fc.asyncProperty(viewerArb, async (viewer) => {
        const work = eventsWorkSql(viewer, head);
        const ids = (rows: readonly { id: string }[]) => sorted(rows.map((r) => r.id));
        const i = await eventsRepository.invitationWorkPage(handle.db, all, { ...page, work: work.invitations });
        expect(ids(i.rows), 'invitations').toEqual(ids(invitations.filter((r) => isWorkItem(invitationCase, withHead(r, head), viewer))));
        const m = await eventsRepository.meetingWorkPage(handle.db, all, { ...page, work: work.meetings });
        expect(ids(m.rows), 'department meetings').toEqual(ids(meetings.filter((r) => isWorkItem(departmentMeetingCase, withHead(r, head), viewer))));
        const sp = await eventsRepository.speechWorkPage(handle.db, all, { ...page, work: work.speeches });
        expect(ids(sp.rows), 'speeches').toEqual(ids(speeches.filter((r) => isWorkItem(speechCase, withHead(r, head), viewer))));
        expect([i.count, m.count, sp.count]).toEqual([i.rows.length, m.rows.length, sp.rows.length]);
      }),
      { numRuns: RUNS, seed: 104 },
    );
  });
  it('发文与来文签收：SQL 选出的恰是声明放上工作台的案件', async () => {
    const iso = AT.toISOString();
    const known = units.filter((u) => unitIds.includes(u));
    const docs = sample(
      fc.record({
        status: pick(outgoingStatuses),
        issuer: pick(outgoingIssuers),
        urgency: pick(['normal', 'urgent', 'very_urgent']),
        draftingUnitId: pick(known),
        issuingUnitId: pick(known),
        countersignUnitIds: fc.subarray(known, { maxLength: 3 }),
        signedUnitIds: fc.subarray(known, { maxLength: 3 }),
        hasOpenDisagreement: fc.boolean(),
        leaderReviewerPersonId: fc.option(pick(people), { nil: null }),
        signerPersonId: fc.option(pick(people), { nil: null }),
        receipts: fc.uniqueArray(fc.record({ unitId: pick(known), status: pick(['pending', 'acknowledged']) }), { selector: (r) => r.unitId, maxLength: 3 }),
      }),
      200,
      21,
    );
    for (const o of docs) {
      const id = randomUUID();
      await outgoingRepository.insert(
        handle.db,
        {
          id, status: o.status, issuer: o.issuer, draftingUnitId: o.draftingUnitId, issuingUnitId: o.issuingUnitId, docType: '通知', title: '测试发文', mainRecipients: '[]', copyTo: '[]',
          disclosure: 'on_request', disclosureReason: null, classification: 'none', urgency: o.urgency, body: '[]', note: null, sequenceCode: '临政发', isPolicy: 0, interpretation: null,
          interpretationReviewedAt: null, answersIncomingId: null, countersignUnitIds: JSON.stringify(o.countersignUnitIds), signedUnitIds: JSON.stringify(o.signedUnitIds),
          hasOpenDisagreement: o.hasOpenDisagreement ? 1 : 0, coordinationNote: null, directsLowerGovernments: 0, directiveApproval: null, checklist: '{}',
          leaderReviewerPersonId: o.leaderReviewerPersonId, leaderReviewerName: o.leaderReviewerPersonId, signerPersonId: o.signerPersonId, signerName: o.signerPersonId, signOff: null,
          needsRecheck: 0, returnReasons: '[]', flags: '[]', countersignDeadlineId: null, documentYear: null, documentSeq: null, documentNumber: null, sealedByName: null, sealedAt: null,
          writtenOn: null, issuedAt: null, revision: 1, createdByUserId: null, version: 1, createdAt: iso, updatedAt: iso,
        },
        [
          { unitId: o.draftingUnitId, role: 'drafting' as const },
          ...(o.issuingUnitId !== o.draftingUnitId ? [{ unitId: o.issuingUnitId, role: 'issuing' as const }] : []),
          ...o.countersignUnitIds.filter((u) => u !== o.draftingUnitId && u !== o.issuingUnitId).map((unitId) => ({ unitId, role: 'countersign' as const })),
        ],
      );
      await outgoingRepository.insertReceipts(handle.db, o.receipts.map((r) => ({ id: randomUUID(), documentId: id, unitId: r.unitId, role: 'main', status: r.status, acknowledgedByName: null, acknowledgedAt: null, version: 1, createdAt: iso })));
    }
    const all = await handle.db.selectFrom('outgoingDocuments').selectAll().execute();
    const receipts = await handle.db.selectFrom('outgoingReceipts').selectAll().execute();
    expect(all.length).toBeGreaterThanOrEqual(200);
    // The viewers of every role: random ones, and the office, leaders (with covers, urgent-only or acting head) and the units' staff and heads.
    const shaped: fc.Arbitrary<Viewer> = fc.oneof(
      viewerArb,
      viewerArb.map((v) => ({ ...v, roles: ['office_staff'], unitId: 'office' })),
      viewerArb.map((v) => ({ ...v, roles: ['leader'], unitId: null })),
      viewerArb.map((v) => ({ ...v, roles: [v.roles.length % 2 === 0 ? 'unit_head' : 'unit_staff'], unitId: v.unitId ?? 'fgj', standsInFor: [] })),
    );
    await fc.assert(
      fc.asyncProperty(shaped, async (viewer) => {
        const chosen = await outgoingRepository.workPage(handle.db, { system: true }, { work: outgoingWorkSql(viewer), after: sqlTrue, dueKey: sql<string>`d.id`, limit: 100_000 });
        const declared = all.filter((o) => isWorkItem(outgoingDocumentCase, outgoingCaseOf(o), viewer)).map((o) => o.id);
        expect(sorted(chosen.rows.map((o) => o.id)), 'outgoing').toEqual(sorted(declared));
        expect(chosen.count).toBe(declared.length);
        // The 来文签收 provider's candidates: the viewer's unit's pending receipts, for a role that may receive.
        const received = viewer.unitId && can(viewer.roles, 'outgoing.receive') ? (await outgoingRepository.receiptWorkPage(handle.db, viewer.unitId, { after: sqlTrue, limit: 100_000 })).rows : [];
        expect(sorted(received.map((r) => r.id)), 'receipts').toEqual(sorted(receipts.filter((r) => isWorkItem(outgoingReceiptCase, receiptCaseOf(r), viewer)).map((r) => r.id)));
      }),
      { numRuns: RUNS, seed: 105 },
    );
  });
});
