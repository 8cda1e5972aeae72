import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signInAgain } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import {
  makeAbsenceRequest,
  makeCircular,
  makeDepartmentMeeting,
  makeIncoming,
  makeInvitation,
  makeLeaderItem,
  makeLeaveReport,
  makeMeeting,
  makeRectification,
  makeSpeech,
  makeSpotCheck,
  makeSuggestion,
  makeTask,
  makeTopic,
  uploadPdf,
} from '../harness/factories.js';
import { createUserWithRoles } from '../harness/users.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, governmentNotice, toSigned } from '../outgoing/factories.js';
import { type Route, routesOf, textOf, urlOf } from './openapi.js';
import { solveChallenge } from '../../src/operations/disclosure/proof-of-work.js';

/**
 * Issue 10, "done when": a real object of one unit, requested by a user of another unit on every route that
 * takes its id, is not there (404) — and none of that unit's lists, searches, exports or nested collections
 * hold it. The routes come from the OpenAPI document, so a new route is covered the day it is added; a route
 * whose parameter names an object the suite cannot make fails by name until a fixture is added below.
 */

/** A real object, the person it belongs to (who reads it), and who else must not see it. */
type Fixture = { name: string; id: string; owner: Agent; detail: string; extraOutsiders?: string[]; closedToUnitRoles?: string };

/**
 * Routes whose parameter is not a unit's object, each with what any other user must get instead: reference data
 * every business user reads (the organisation, the rulebook, the calendar) but only administrators change, and
 * administrators' own routes that a unit's user may not use at all.
 */
const notUnitObjects: Record<string, { reads: 'open' | 'closed'; id: string; why: string }> = {
  '/api/org/units/{id}': { reads: 'open', id: 'fgj', why: '组织机构：各单位均可查看，只有系统管理员可修改' },
  '/api/org/people/{id}': { reads: 'closed', id: 'fgj-principal', why: '人员联系方式：系统管理员维护' },
  '/api/org/appointments/{id}': { reads: 'closed', id: 'a-fgj-principal', why: '任职：系统管理员维护' },
  '/api/org/portfolios/{personId}': { reads: 'closed', id: 'zhou-wenbo', why: '分工：系统管理员维护' },
  '/api/org/cover-pairs/{id}': { reads: 'closed', id: 'cover-zhao-mingyuan-sun-lihua', why: '补位关系：系统管理员维护' },
  '/api/rules/articles/{number}': { reads: 'open', id: '53', why: '规则条文：公开' },
  '/api/calendar/months/{month}': { reads: 'open', id: '2026-03', why: '工作日历：公开' },
  '/api/calendar/notices/{year}': { reads: 'open', id: '2026', why: '节假日通知：公开' },
  '/api/audit/events/{seq}': { reads: 'closed', id: '1', why: '审计记录：只有审计管理员' },
  '/api/admin/users/{id}': { reads: 'closed', id: 'fgj', why: '账户管理：只有系统管理员' },
  '/api/security/users/{id}': { reads: 'closed', id: 'fgj', why: '角色管理：只有安全管理员' },
  '/api/outgoing/sign-off-authorizations/{id}': { reads: 'closed', id: 'any', why: '签发授权：区长本人授权、撤销（第六十九条）' },
  '/api/disclosure/annual-reports/{year}': { reads: 'open', id: '2026', why: '政府信息公开工作年度报告：全区的统计，各单位可查看，只有办公室拟稿发布' },
};

/**
 * The public's routes (the portal and the open-data API) have no unit scope at all: they show only what passed
 * the office's publication review, to everyone, and that rule is asserted in test/disclosure/*.test.ts.
 */
const isPublicSurface = (path: string) => path.startsWith('/api/public/') || path.startsWith('/api/open/');

/** The declared path up to its first parameter: the object the route is about. */
const objectOf = (path: string): string => path.slice(0, path.indexOf('}') + 1);

describe.each(dialects)('对象范围：其他单位的对象按编号请求一律不存在，列表、检索、导出与下级集合中也没有（第四条 职责分工）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let routes: Route[];
  const fixtures = new Map<string, Fixture[]>();
  /** Objects that other units must not see, with a marker in each title, for searching lists and exports. */
  const hidden: { name: string; id: string; from: string[] }[] = [];
  let sharedMeeting: { id: string; fgjTopic: string; czjTopic: string };
  const marker = '范围核对';
  const outsiders = ['czj-staff', 'czj-head'];

  const add = (key: string, f: Fixture) => {
    fixtures.set(key, [...(fixtures.get(key) ?? []), f]);
    hidden.push({ name: f.name, id: f.id, from: [...outsiders, ...(f.extraOutsiders ?? [])] });
  };

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    routes = routesOf(t.app);
    const [fgj, fgjHead, office, zhou, sun, czjStaff] = await Promise.all(['fgj', 'fgj-head', 'bgs', 'zhouwb', 'fuquzhang', 'czj-staff'].map((l) => t.as(l)));
    const all = { fgj: fgj as Agent, fgjHead: fgjHead as Agent, office: office as Agent, zhou: zhou as Agent, sun: sun as Agent };

    const doc = await makeIncoming(all.fgj, { title: `区发展和改革局关于${marker}的报告` });
    add('/api/documents/incoming/{id}', { name: '收文', id: doc.id, owner: all.fgj, detail: `/api/documents/incoming/${doc.id}` });
    const inv = await makeInvitation(all.fgj, { title: `${marker}观摩活动` });
    add('/api/events/invitations/{id}', { name: '邀请', id: inv.id, owner: all.fgj, detail: `/api/events/invitations/${inv.id}` });
    const dm = await makeDepartmentMeeting(all.fgj, { title: `全区发展改革系统${marker}会议` });
    add('/api/events/department-meetings/{id}', { name: '会议申请', id: dm.id, owner: all.fgj, detail: `/api/events/department-meetings/${dm.id}` });
    const speech = await makeSpeech(all.zhou, { title: `在${marker}大会上的讲话` });
    add('/api/events/speeches/{id}', { name: '讲话文章报批', id: speech.id, owner: all.zhou, detail: `/api/events/speeches/${speech.id}` });
    const attachment = await uploadPdf(all.fgjHead, `${marker}通知.pdf`, 'notice');
    const leave = await makeLeaveReport(all.fgjHead, { reason: `${marker}会议`, attachmentIds: [attachment] });
    add('/api/leave/reports/{id}', { name: '请假报告', id: leave.id, owner: all.fgjHead, detail: `/api/leave/reports/${leave.id}` });
    add('/api/attachments/{id}', { name: '请假报告的附件', id: attachment, owner: all.fgjHead, detail: `/api/attachments/${attachment}` });
    // A leader item is a leader's own: another leader who does not stand in for 周文博 must not see it either.
    const item = await makeLeaderItem(all.office, { title: `${marker}座谈会` });
    add('/api/leader-items/{id}', { name: '领导事项', id: item.id, owner: all.zhou, detail: `/api/leader-items/${item.id}`, extraOutsiders: ['fuquzhang'] });
    // A second session of the filing clerk: the outsiders try to end it.
    const session = ((await (await signInAgain(t.app, 'fgj')).get('/api/session/sessions')).json().items as { id: string; isCurrent: boolean }[]).find((s) => s.isCurrent);
    if (!session) throw new Error('the second session of fgj is not listed');
    add('/api/session/sessions/{id}', { name: '发改局经办人的会话', id: session.id, owner: all.fgj, detail: '/api/session/sessions' });

    // Meetings: a topical meeting only 发改局 attends, its topic and a leader's absence request, then its task.
    const meeting = await makeMeeting(all.office, { title: `${marker}专题会议`, attendeeUnitIds: ['fgj'] });
    const topic = await makeTopic(all.fgj, meeting.id, { title: `关于${marker}的议题` });
    add('/api/meeting-topics/{id}', { name: '议题', id: topic.id, owner: all.fgj, detail: `/api/meeting-topics/${topic.id}` });
    // A leader's absence is asked of the 区长 for his own office meeting (art. 55), which no unit attends.
    const headOffice = await makeMeeting(all.office, { kind: 'head_office', title: `区长办公会议（${marker}）`, convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: [] });
    add('/api/meetings/{id}', { name: '区长办公会议', id: headOffice.id, owner: all.office, detail: `/api/meetings/${headOffice.id}` });
    const absence = await makeAbsenceRequest(all.office, headOffice.id, 'zhou-wenbo');
    add('/api/meeting-absences/{id}', { name: '会议请假', id: absence.id, owner: all.office, detail: `/api/meetings/${headOffice.id}`, closedToUnitRoles: '其唯一接口是区长同意请假（第五十五条），单位人员无论编号一律403' });
    // The meeting is held on its day; then the office records its decision and the chair signs the minutes.
    t.clock.set('2026-03-20T02:00:00Z');
    const task = await makeTask({ office: all.office, chair: all.sun, unit: all.fgj }, meeting.id, `区发改局牵头${marker}`);
    t.clock.set('2026-03-02T01:00:00Z');
    add('/api/meetings/{id}', { name: '会议', id: meeting.id, owner: all.fgj, detail: `/api/meetings/${meeting.id}` });
    add('/api/supervision/tasks/{id}', { name: '督办任务', id: task.id, owner: all.fgj, detail: `/api/supervision/tasks/${task.id}` });
    // The lead unit's progress report on it (art. 75) and its request for more time (art. 32).
    const taskVersion = async () => (await all.fgj.get(`/api/supervision/tasks/${task.id}`)).json().version as number;
    const report = await all.fgj.post(`/api/supervision/tasks/${task.id}/reports`, { version: await taskVersion(), kind: 'progress', text: `${marker}进展情况`, progress: 30 });
    if (report.statusCode !== 201) throw new Error(`report: ${report.statusCode} ${report.body}`);
    add('/api/supervision/reports/{id}', { name: '督办报告', id: report.json().id as string, owner: all.fgj, detail: `/api/supervision/tasks/${task.id}` });
    const extension = await all.fgj.post(`/api/supervision/tasks/${task.id}/extensions`, { version: await taskVersion(), dueOn: '2026-05-29', reason: `${marker}需要延期` });
    if (extension.statusCode !== 201) throw new Error(`extension: ${extension.statusCode} ${extension.body}`);
    add('/api/supervision/extensions/{id}', {
      name: '延期申请',
      id: extension.json().id as string,
      owner: all.fgj,
      detail: `/api/supervision/tasks/${task.id}`,
      closedToUnitRoles: '其接口只有分管区政府领导批准、不予延期（第三十二条），单位人员无论编号一律403',
    });
    // A deputy's suggestion the office assigned to 发改局 (art. 40), and an audit's rectification list it leads (art. 77).
    const suggestion = await makeSuggestion(all.office, { title: `关于${marker}的建议`, leadUnitId: 'fgj' });
    add('/api/supervision/suggestions/{id}', { name: '建议提案', id: suggestion.id, owner: all.fgj, detail: `/api/supervision/suggestions/${suggestion.id}` });
    const rectification = await makeRectification(all.office, { title: `${marker}审计发现问题整改清单`, leadUnitId: 'fgj' });
    add('/api/supervision/rectifications/{id}', { name: '整改清单', id: rectification.id, owner: all.fgj, detail: `/api/supervision/rectifications/${rectification.id}` });
    // A spot check is the office's alone (art. 75: the office and the leaders read it): no unit sees it, not even
    // 发改局, whose tasks it sampled — like the 区长办公会议 above, an office object that outsiders find absent.
    const spotCheck = await makeSpotCheck(all.office, { q: marker }, { title: `${marker}随机抽查` });
    if (!spotCheck.sample.includes(task.id)) throw new Error('the spot check did not sample the task of 发改局');
    add('/api/supervision/spot-checks/{id}', { name: '随机抽查', id: spotCheck.id, owner: all.office, detail: `/api/supervision/spot-checks/${spotCheck.id}`, extraOutsiders: ['fgj'] });
    // A circular recorded against 发改局's task (art. 79): the unit it names reads it and its .docx; no other unit.
    const circular = await makeCircular(all.office, [task.id], ['fgj'], { title: `关于${marker}的督查通报` });
    add('/api/supervision/results/{id}', { name: '督查通报', id: circular.id, owner: all.fgj, detail: `/api/supervision/results/${circular.id}` });

    // A meeting both units attend: 财政局 sees it, but not 发改局's topic on it (a nested collection).
    const shared = await makeMeeting(all.office, { title: '两局共同参加的专题会议', attendeeUnitIds: ['fgj', 'czj'] });
    const fgjTopic = await makeTopic(all.fgj, shared.id, { title: `关于${marker}的第二个议题` });
    const czjTopic = await makeTopic(czjStaff as Agent, shared.id, { title: '关于财政资金的议题' });
    add('/api/meeting-topics/{id}', { name: '共同会议上发改局的议题', id: fgjTopic.id, owner: all.fgj, detail: `/api/meeting-topics/${fgjTopic.id}` });
    sharedMeeting = { id: shared.id, fgjTopic: fgjTopic.id, czjTopic: czjTopic.id };

    // Outgoing documents: 发改局's policy draft with its 解读 (both downloadable), and a document issued to 发改局 to sign for.
    const outgoing = await draft(all.fgj, governmentNotice({ title: `临淄区人民政府关于${marker}的通知`, isPolicy: true, interpretation: { title: `${marker}政策解读`, body: [{ kind: 'paragraph', text: '一是明确了目标。' }] } }));
    add('/api/outgoing/{id}', { name: '发文', id: outgoing, owner: all.fgj, detail: `/api/outgoing/${outgoing}` });
    const issued = await toSigned({ drafter: all.office, head: all.office, office: all.office, signer: await t.as('quzhang') }, governmentNotice({ title: `临淄区人民政府关于${marker}的批复`, mainRecipientUnitIds: ['fgj'], mainRecipientNames: [] }));
    await act(all.office, issued, 'issue', { sealed: true });
    const receipt = ((await all.fgj.get('/api/outgoing/received')).json().items as { receiptId: string; documentId: string }[]).find((r) => r.documentId === issued);
    if (!receipt) throw new Error('the issued document is not in the received list of 发改局');
    add('/api/outgoing/receipts/{receiptId}', { name: '来文签收', id: receipt.receiptId, owner: all.fgj, detail: '/api/outgoing/received' });

    // Disclosure (art. 36, 39, 83): an item 发改局 prepared for publication, its draft for comment (and one of the
    // office, whose comments export only the office reads), a request and a reconsideration the office handles
    // alone, and a message from the public the office assigned to 发改局.
    const prepared = await all.fgj.post('/api/disclosure/publications', { category: 'power_lists', title: `${marker}权责清单`, issuingBody: '临淄区发展和改革局', body: '行政许可事项' });
    if (prepared.statusCode !== 201) throw new Error(`publication: ${prepared.statusCode} ${prepared.body}`);
    add('/api/disclosure/publications/{id}', { name: '公开信息', id: prepared.json().id as string, owner: all.fgj, detail: `/api/disclosure/publications/${prepared.json().id as string}` });
    const draftBody = { kind: 'normative', title: `${marker}管理办法（征求意见稿）`, explanation: '起草说明', body: '第一条', bearsOnBusiness: false, periodBasis: 'working_days', periodAmount: 10 };
    for (const [name, owner] of [['征求意见稿', all.fgj], ['办公室的征求意见稿', all.office]] as const) {
      const made = await owner.post('/api/disclosure/drafts', draftBody);
      if (made.statusCode !== 201) throw new Error(`draft: ${made.statusCode} ${made.body}`);
      add('/api/disclosure/drafts/{id}', { name, id: made.json().id as string, owner, detail: `/api/disclosure/drafts/${made.json().id as string}` });
    }
    const filed = await all.office.post('/api/disclosure/requests', { applicantKind: 'person', name: '张某', contact: '13800000000', description: `${marker}相关文件`, delivery: 'email', channel: 'letter', receivedOn: '2026-03-02' });
    if (filed.statusCode !== 201) throw new Error(`request: ${filed.statusCode} ${filed.body}`);
    const closedToUnits = '依申请公开由区政府办公室办理，申请人的个人信息不给各单位：单位人员无论编号一律403';
    add('/api/disclosure/requests/{id}', { name: '政府信息公开申请', id: filed.json().id as string, owner: all.office, detail: `/api/disclosure/requests/${filed.json().id as string}`, closedToUnitRoles: closedToUnits });
    const challenge = await all.office.post('/api/disclosure/challenges', { requestId: filed.json().id as string, kind: 'review', outcome: 'pending', filedOn: '2026-03-02' });
    if (challenge.statusCode !== 201) throw new Error(`challenge: ${challenge.statusCode} ${challenge.body}`);
    add('/api/disclosure/challenges/{id}', { name: '行政复议登记', id: challenge.json().id as string, owner: all.office, detail: '/api/disclosure/challenges', closedToUnitRoles: closedToUnits });
    const { challenge: pow } = (await t.app.inject({ method: 'GET', url: '/api/public/challenge' })).json() as { challenge: string };
    const left = await t.app.inject({ method: 'POST', url: '/api/public/messages', payload: { subject: `${marker}的留言`, body: '内容', wantsPublic: false, challenge: pow, nonce: solveChallenge(pow) } });
    if (left.statusCode !== 201) throw new Error(`message: ${left.statusCode} ${left.body}`);
    const message = await t.handle.db.selectFrom('publicMessages').select(['id', 'version']).where('number', '=', left.json().number as string).executeTakeFirstOrThrow();
    const assigned = await all.office.post(`/api/disclosure/messages/${message.id}/assign`, { version: message.version, unitId: 'fgj' });
    if (assigned.statusCode !== 200) throw new Error(`assign: ${assigned.statusCode} ${assigned.body}`);
    add('/api/disclosure/messages/{id}', { name: '公众留言', id: message.id, owner: all.fgj, detail: `/api/disclosure/messages/${message.id}` });
  }, 120_000);
  afterAll(async () => t.close());

  it('每个对象确实存在：其所属单位（本人）读取得到 200', async () => {
    expect(fixtures.size).toBeGreaterThanOrEqual(10);
    for (const list of fixtures.values()) {
      for (const f of list) {
        const r = await f.owner.get(f.detail);
        expect(r.statusCode, `${f.name} ${f.detail}: ${r.body}`).toBe(200);
        if (!f.detail.startsWith('/api/attachments/')) expect(r.body, f.name).toContain(f.id);
      }
    }
  });

  it('OpenAPI 中每个带路径参数的接口：其他单位的人员请求本单位的真实对象，与请求不存在的对象答复相同——读取 404，写入 403 或 404', async () => {
    const withParams = routes.filter((r) => r.pathParams.length > 0 && !isPublicSurface(r.path));
    expect(withParams.length).toBeGreaterThan(40);
    const uncovered = withParams.filter((r) => !fixtures.has(objectOf(r.path)) && !(objectOf(r.path) in notUnitObjects)).map((r) => `${r.method} ${r.path}`);
    expect(uncovered, '这些接口带有编号参数，但本套测试没有相应的对象：请在 object-scope.test.ts 中加一个').toEqual([]);
    // An exemption or fixture whose routes are gone is stale: it would hide nothing, but it says what is not so.
    const stale = [...Object.keys(notUnitObjects), ...fixtures.keys()].filter((key) => !withParams.some((r) => objectOf(r.path) === key));
    expect(stale).toEqual([]);

    let notFound = 0;
    const refusedByScope = new Set<string>();
    /** GET routes on which some fixture's owner got 200: the same request, by its owner, finds a real object. */
    const ownerReads = new Set<string>();
    for (const route of withParams) {
      const key = objectOf(route.path);
      const reference = notUnitObjects[key];
      if (reference) {
        for (const login of outsiders) {
          const agent = await t.as(login);
          const r = await agent.request({ method: route.method, url: urlOf(route, reference.id), ...(route.body === undefined ? {} : { payload: route.body as object }) });
          const label = `${login} ${route.method} ${route.path}（${reference.why}）: ${r.body.slice(0, 200)}`;
          if (route.method === 'GET' && reference.reads === 'open') expect(r.statusCode, label).toBe(200);
          else expect(r.statusCode, label).toBe(403);
        }
        continue;
      }
      for (const fixture of fixtures.get(key) ?? []) {
        if (route.method === 'GET' && (await fixture.owner.get(urlOf(route, fixture.id))).statusCode === 200) ownerReads.add(route.path);
        for (const login of [...outsiders, ...(fixture.extraOutsiders ?? [])]) {
          const agent = await t.as(login);
          const send = (id: string) => agent.request({ method: route.method, url: urlOf(route, id), ...(route.body === undefined ? {} : { payload: route.body as object }) });
          const real = await send(fixture.id);
          const ghost = await send(randomUUID());
          const label = `${login} ${route.method} ${route.path}（${fixture.name}）: ${real.body.slice(0, 300)}`;
          // 403 only where the role may not use the route at all, whatever the id: it tells nothing of the object.
          expect([403, 404], label).toContain(real.statusCode);
          if (route.method === 'GET' && real.statusCode === 403) expect(ghost.statusCode, `${label} (不存在的对象答 ${ghost.statusCode})`).toBe(403);
          expect(real.statusCode, `${label}：与不存在的对象答复不同（${ghost.statusCode}）`).toBe(ghost.statusCode);
          if (real.statusCode === 404) {
            notFound += 1;
            refusedByScope.add(fixture.name);
          }
        }
      }
    }
    expect(notFound).toBeGreaterThan(30);
    // Each object was refused by its scope somewhere, not only by a role that may never use its routes.
    expect(withParams.filter((r) => r.method === 'GET' && fixtures.has(objectOf(r.path)) && !ownerReads.has(r.path)).map((r) => r.path), '其所属单位读取不到的接口').toEqual([]);
    const closed = [...fixtures.values()].flat().filter((f) => f.closedToUnitRoles);
    expect([...refusedByScope].sort()).toEqual([...fixtures.values()].flat().filter((f) => !f.closedToUnitRoles).map((f) => f.name).sort());
    for (const f of closed) expect(refusedByScope.has(f.name), `${f.name}：${f.closedToUnitRoles}`).toBe(false);
  });

  it('其他单位的列表、检索、导出与工作台（OpenAPI 中所有不带路径参数的读取接口）不含本单位对象的编号与标题', async () => {
    const reads = routes.filter((r) => r.method === 'GET' && r.pathParams.length === 0);
    expect(reads.length).toBeGreaterThan(20);
    let answered = 0;
    for (const route of reads) {
      const queries = ['', ...(route.queryParams.includes('q') ? [`q=${encodeURIComponent(marker)}`] : []), ...(route.queryParams.includes('pageSize') ? ['pageSize=200'] : [])];
      for (const login of ['czj-staff', 'czj-head', 'fuquzhang']) {
        const agent = await t.as(login);
        for (const query of queries) {
          const url = `${route.path}${query ? `?${query}` : ''}`;
          const r = await agent.get(url);
          expect(r.statusCode, `${login} ${url}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
          if (r.statusCode !== 200) continue;
          answered += 1;
          const text = await textOf(r);
          for (const h of hidden) if (h.from.includes(login)) expect(text.includes(h.id), `${login} ${url} 含有${h.name} ${h.id}`).toBe(false);
          if (outsiders.includes(login)) expect(text.includes(marker), `${login} ${url} 含有“${marker}”`).toBe(false);
        }
      }
    }
    expect(answered).toBeGreaterThan(20);
  });

  it('下级集合：财政局看得到两局共同参加的会议，但其中没有发改局的议题；发改局看得到', async () => {
    const czj = await t.as('czj-staff');
    const seen = await czj.get(`/api/meetings/${sharedMeeting.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.body).toContain(sharedMeeting.czjTopic);
    expect(seen.body).not.toContain(sharedMeeting.fgjTopic);
    expect(seen.body).not.toContain(marker);
    const own = await (await t.as('fgj')).get(`/api/meetings/${sharedMeeting.id}`);
    expect(own.body).toContain(sharedMeeting.fgjTopic);
  });
});
