import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeKinds, challengeOutcomes, organizationKinds, publicationCategories, requestOutcomeKeys } from '../../src/domain/disclosure/types.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { docxPart } from '../layout/zip.js';

const YEAR = 2025;

/** A small deterministic generator (mulberry32), so the rows are the same on every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T, day: (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(next() * days) * 86_400_000).toISOString().slice(0, 10) };
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type RequestRow = { id: string; applicantKind: string; organizationKind: string | null; receivedOn: string; status: string; outcome: string | null; answeredOn: string | null; updatedAt: string };

describe.each(dialects)('政府信息公开工作年度报告（第三十四条；条例 第五十条，国家统一格式）（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  const requests: RequestRow[] = [];
  const challenges: { kind: string; outcome: string; filedOn: string }[] = [];
  const publishedAt: { category: string; at: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await logInAs(t.app, 'bgs');
    office = await signInAgain(t.app, 'bgs');
    const g = generator(20250101);
    const now = new Date().toISOString();
    for (let i = 0; i < 160; i += 1) {
      const receivedOn = g.day('2024-07-01', 600);
      const status = g.pick(['received', 'correction', 'consulting', 'answered', 'answered', 'answered', 'abandoned', 'withdrawn']);
      const ended = ['answered', 'abandoned', 'withdrawn'].includes(status);
      const endedOn = addDays(receivedOn, Math.floor(g.next() * 50));
      // Some ended requests carry no answered_on (withdrawn, abandoned): the day they last changed counts.
      const answeredOn = ended && (status === 'answered' || g.next() < 0.5) ? endedOn : null;
      const outcome = status === 'answered' ? g.pick(requestOutcomeKeys) : status === 'abandoned' && g.next() < 0.5 ? 'other_no_correction' : null;
      const applicantKind = g.next() < 0.6 ? 'person' : 'organization';
      const organizationKind = applicantKind === 'organization' ? g.pick([...organizationKinds, null]) : null;
      const updatedAt = ended ? `${endedOn}T03:00:00.000Z` : now;
      const row: RequestRow = { id: randomUUID(), applicantKind, organizationKind, receivedOn, status, outcome, answeredOn, updatedAt };
      requests.push(row);
      await t.handle.db
        .insertInto('disclosureRequests')
        .values({
          id: row.id,
          number: `依申请〔测试〕${i + 1}号`,
          accessCodeHash: 'x',
          applicantKind,
          organizationKind,
          applicantName: `申请人${i + 1}`,
          idNumberEncrypted: null,
          contactEncrypted: 'ciphertext',
          addressEncrypted: null,
          description: '申请公开某项信息',
          purpose: null,
          delivery: 'email',
          channel: 'online',
          receivedOn,
          clockStart: receivedOn,
          status,
          deadlineId: randomUUID(),
          dueOn: addDays(receivedOn, 28),
          extension: null,
          correction: null,
          outcome,
          outcomeReason: outcome ? '理由' : null,
          answer: status === 'answered' ? '答复' : null,
          answeredOn,
          answeredByName: status === 'answered' ? '王芳' : null,
          answerAttachmentId: null,
          carriedFromYear: null,
          version: 1,
          createdAt: `${receivedOn}T02:00:00.000Z`,
          updatedAt,
        })
        .execute();
    }
    for (let i = 0; i < 30; i += 1) {
      const c = { kind: g.pick(challengeKinds), outcome: g.pick(challengeOutcomes), filedOn: g.day('2024-10-01', 500) };
      challenges.push(c);
      await t.handle.db.insertInto('disclosureChallenges').values({ id: randomUUID(), requestId: g.pick(requests).id, ...c, note: null, recordedByName: '王芳', version: 1, createdAt: now, updatedAt: now }).execute();
    }
    // Published items, two at the edges of the year in Beijing time (UTC+8).
    const finals: string[] = [];
    const instants = ['2024-12-31T15:59:00.000Z', '2024-12-31T16:00:00.000Z', '2025-06-01T02:00:00.000Z', '2025-12-31T15:59:59.000Z', '2025-12-31T16:00:00.000Z', ...Array.from({ length: 20 }, () => `${g.day('2024-11-01', 450)}T04:00:00.000Z`)];
    for (const [i, at] of instants.entries()) {
      const category = g.pick(publicationCategories);
      const status = i % 7 === 6 ? 'withdrawn' : 'published';
      publishedAt.push({ category, at });
      const pid = randomUUID();
      finals.push(pid);
      await t.handle.db
        .insertInto('publications')
        .values({ id: pid, category, title: `公开信息${i + 1}`, documentNumber: null, issuingBody: '临淄区人民政府', writtenOn: null, body: '正文', sourceType: null, sourceId: null, interpretsId: null, unitId: null, attachmentIds: '[]', status, preparedByUserId: null, preparedByName: '测试', reviewOpinion: null, reviewedByPersonId: null, reviewedByName: null, reviewedAt: at, publishedAt: at, withdrawnAt: status === 'withdrawn' ? at : null, withdrawnReason: null, withdrawnByName: null, deadlineId: null, dueOn: null, queuedAt: at, version: 1, createdAt: at, updatedAt: at })
        .execute();
    }
    // Normative documents concluded after comment, their final texts published on 31 December 2024 (Beijing) and in 2025.
    for (const [i, finalId] of [finals[0], finals[2]].entries()) {
      await t.handle.db
        .insertInto('commentDrafts')
        .values({ id: randomUUID(), kind: 'normative', title: `规范性文件${i + 1}`, explanation: '说明', body: '正文', draftingUnitId: 'fgj', bearsOnBusiness: 0, periodBasis: 'working_days', periodAmount: 7, opensOn: '2024-12-01', closesOn: '2024-12-10', deadlineId: null, status: 'concluded', preparedByUserId: 'x', preparedByName: '测试', reviewedByName: '王芳', publishedAt: now, commentsSummary: '无', response: '无', finalPublicationId: finalId!, concludedAt: now, version: 1, createdAt: now, updatedAt: now })
        .execute();
    }
    // A pending item is not counted.
    await t.handle.db
      .insertInto('publications')
      .values({ id: randomUUID(), category: 'documents', title: '待审', documentNumber: null, issuingBody: '临淄区人民政府', writtenOn: null, body: '正文', sourceType: null, sourceId: null, interpretsId: null, unitId: null, attachmentIds: '[]', status: 'pending', preparedByUserId: null, preparedByName: '测试', reviewOpinion: null, reviewedByPersonId: null, reviewedByName: null, reviewedAt: null, publishedAt: null, withdrawnAt: null, withdrawnReason: null, withdrawnByName: null, deadlineId: null, dueOn: null, queuedAt: now, version: 1, createdAt: now, updatedAt: now })
      .execute();
  }, 180_000);
  afterAll(async () => t.close());

  it('第三十四条 年度报告三、收到和处理申请情况：各行各列等于独立计算的数目，且新收加上年结转等于办理结果总计加结转下年度', async () => {
    const r = await office.get(`/api/disclosure/annual-reports/${YEAR}`);
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json() as { title: string; requests: { rows: { key: string; counts: Record<string, number> | null }[] } };
    expect(report.title).toBe('临淄区人民政府2025年政府信息公开工作年度报告');

    const start = `${YEAR}-01-01`;
    const end = `${YEAR}-12-31`;
    const endedOn = (q: RequestRow) => (['answered', 'abandoned', 'withdrawn'].includes(q.status) ? (q.answeredOn ?? q.updatedAt.slice(0, 10)) : null);
    const column = (q: RequestRow) => (q.applicantKind === 'person' ? 'person' : (q.organizationKind ?? 'other'));
    const count = (pick: (q: RequestRow) => boolean) => {
      const c: Record<string, number> = { person: 0, business: 0, research: 0, public_interest: 0, legal_service: 0, other: 0, total: 0 };
      for (const q of requests.filter(pick)) {
        c[column(q)]! += 1;
        c.total! += 1;
      }
      return c;
    };
    const outcomeOf = (q: RequestRow) => q.outcome ?? (q.status === 'abandoned' ? 'other_no_correction' : 'other');
    const ended = (q: RequestRow, from: string, to: string) => {
      const d = endedOn(q);
      return d !== null && d >= from && d <= to;
    };
    const expected: Record<string, Record<string, number>> = {
      received: count((q) => q.receivedOn >= start && q.receivedOn <= end),
      carried_in: count((q) => q.receivedOn < start && !ended(q, '0000-01-01', addDays(start, -1))),
      carried_out: count((q) => q.receivedOn <= end && !ended(q, '0000-01-01', end)),
      results_total: count((q) => ended(q, start, end)),
    };
    for (const k of requestOutcomeKeys) expected[`outcome.${k}`] = count((q) => ended(q, start, end) && outcomeOf(q) === k);
    const groups: Record<string, string[]> = { 'group.withheld': requestOutcomeKeys.filter((k) => k.startsWith('withheld')), 'group.unavailable': requestOutcomeKeys.filter((k) => k.startsWith('unavailable')), 'group.not': requestOutcomeKeys.filter((k) => k.startsWith('not_processed')), 'group.other': requestOutcomeKeys.filter((k) => k.startsWith('other')) };
    for (const [g, keys] of Object.entries(groups)) expected[g] = count((q) => ended(q, start, end) && keys.includes(outcomeOf(q)));

    const rows = new Map(report.requests.rows.map((x) => [x.key, x.counts]));
    for (const [key, counts] of Object.entries(expected)) expect(rows.get(key), key).toEqual(counts);
    // Every row of the template is there, in its order, and the data is not trivial.
    expect(report.requests.rows.map((x) => x.key).slice(0, 3)).toEqual(['received', 'carried_in', 'results']);
    expect(report.requests.rows.at(-1)?.key).toBe('carried_out');
    expect(report.requests.rows.filter((x) => x.key.startsWith('outcome.'))).toHaveLength(requestOutcomeKeys.length);
    expect(expected.received!.total).toBeGreaterThan(20);
    expect(expected.carried_in!.total).toBeGreaterThan(0);
    expect(expected.carried_out!.total).toBeGreaterThan(0);
    const total = (key: string) => rows.get(key)?.total ?? -1;
    expect(total('received') + total('carried_in')).toBe(total('results_total') + total('carried_out'));
  });

  it('第三十四条 年度报告二、主动公开与四、行政复议和诉讼：按北京时间的年度统计，等于独立计算的数目；平台没有的数据注明另行填报', async () => {
    const report = (await office.get(`/api/disclosure/annual-reports/${YEAR}`)).json() as {
      proactive: { byCategory: { category: string; published: number }[]; publishedTotal: number; documents: { item: string; values: Record<string, number | null>; note: string | null }[] };
      challenges: { counts: Record<string, Record<string, number>> };
    };
    const from = '2024-12-31T16:00:00.000Z';
    const to = '2025-12-31T16:00:00.000Z';
    const inYear = publishedAt.filter((p) => p.at >= from && p.at < to);
    for (const c of report.proactive.byCategory) expect(c.published, c.category).toBe(inYear.filter((p) => p.category === c.category).length);
    expect(report.proactive.publishedTotal).toBe(inYear.length);
    expect(report.proactive.documents.find((d) => d.item === '行政规范性文件')?.values).toMatchObject({ issued: 1, repealed: null, inForce: null });
    expect(report.proactive.documents.find((d) => d.item === '规章')?.note).toContain('另行填报');

    for (const kind of challengeKinds) {
      const filed = challenges.filter((c) => c.kind === kind && c.filedOn >= '2025-01-01' && c.filedOn <= '2025-12-31');
      for (const outcome of challengeOutcomes) expect(report.challenges.counts[kind]![outcome], `${kind} ${outcome}`).toBe(filed.filter((c) => c.outcome === outcome).length);
      expect(report.challenges.counts[kind]!.total).toBe(filed.length);
    }
    expect(Object.values(report.challenges.counts).reduce((s, c) => s + c.total!, 0)).toBeGreaterThan(0);
  });

  it('第三十四条 年度报告的 Word 文件：标题用组织数据中的政府名称，六个部分齐全；导出记入审计', async () => {
    const r = await office.get(`/api/disclosure/annual-reports/${YEAR}.docx`);
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const text = docxPart(r.rawPayload, 'word/document.xml').replace(/<[^>]+>/g, '');
    expect(text).toContain('临淄区人民政府2025年政府信息公开工作年度报告');
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) expect(text).toContain(heading);
    expect(text).toContain('本年新收政府信息公开申请数量');
    expect(await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'disclosure.annual_report.export').execute()).toHaveLength(1);

    // The government's name comes from the organisation's data, never from the code.
    await t.handle.db.updateTable('units').set({ name: '某区人民政府' }).where('function', '=', 'government').execute();
    const renamed = (await office.get(`/api/disclosure/annual-reports/${YEAR}`)).json() as { title: string };
    expect(renamed.title).toBe('某区人民政府2025年政府信息公开工作年度报告');
    await t.handle.db.updateTable('units').set({ name: '临淄区人民政府' }).where('function', '=', 'government').execute();
  });

  it('第八十三条 年度报告拟稿为待发布审核的公开信息，只经发布审核上网；同一年度不重复拟稿', async () => {
    const r = await office.post(`/api/disclosure/annual-reports/${YEAR}/prepare`);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().status).toBe('pending');
    const item = await t.handle.db.selectFrom('publications').selectAll().where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ category: 'annual_reports', status: 'pending', title: '临淄区人民政府2025年政府信息公开工作年度报告', issuingBody: '临淄区人民政府', publishedAt: null });
    expect(item.body).toContain('三、收到和处理政府信息公开申请情况');
    expect((await office.post(`/api/disclosure/annual-reports/${YEAR}/prepare`)).statusCode).toBe(409);
    // A unit may read the report but not prepare it; a year to come has no report.
    const unit = await logInAs(t.app, 'fgj');
    expect((await unit.post(`/api/disclosure/annual-reports/${YEAR}/prepare`)).statusCode).toBe(403);
    expect((await office.get('/api/disclosure/annual-reports/2030')).statusCode).toBe(400);
  });
});
