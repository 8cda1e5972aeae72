/**
 * Probing /api/outgoing/** as an attacker and an assessor would (issue 14): another unit's ids, roles that may
 * not act, identical requests at once, malformed bodies, stale versions, the audit trail, and approvals that
 * only the approver may give.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { uploadPdf } from '../harness/factories.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, detailOf, draft, goodChecklist, governmentNotice, outgoingCast, toSigned } from '../outgoing/factories.js';

const BASE = '2026-03-02T01:00:00Z';
const CJK = /[\u4e00-\u9fff]/;

/** A 400 answered as problem+json with a Chinese detail. */
function expectBadRequest(r: LightMyRequestResponse, what: string) {
  expect(r.statusCode, `${what}: ${r.body.slice(0, 300)}`).toBe(400);
  expect(r.headers['content-type'], what).toContain('application/problem+json');
  expect(String(r.json().detail), what).toMatch(CJK);
}

describe.each(dialects)('探测：发文接口的越权、并发、畸形请求与审计（第四、六十八、六十九条）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgj: Agent;
  let fgjHead: Agent;
  let office: Agent;
  let head: Agent;
  let zhao: Agent;
  let sun: Agent;
  let czjHead: Agent;
  let czjStaff: Agent;
  let qidu: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    ({ fgj, fgjHead, office, head, executiveDeputy: zhao, deputy: sun, czjHead, czjStaff, qidu } = await outgoingCast(t));
  }, 120_000);
  afterAll(async () => t.close());

  const detail = detailOf;
  const versionOf = async (id: string) => (await detail(office, id)).version as number;
  const workbenchIds = async (agent: Agent) => ((await agent.get('/api/workbench?pageSize=200')).json().items as { id: string }[]).map((i) => i.id);
  const listIds = async (agent: Agent, q: string) => ((await agent.get(`/api/outgoing?pageSize=200&q=${encodeURIComponent(q)}`)).json().items as { id: string }[]).map((i) => i.id);
  const countDocuments = async () => Number((await t.handle.db.selectFrom('outgoingDocuments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const timelineOf = async (id: string, action: string) => (await detail(office, id)).timeline.filter((e: { action: string }) => e.action === action);
  const auditOf = async (id: string, act: string) =>
    t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId', 'result', 'article']).where('objectId', '=', id).where('act', '=', act).execute();
  /** Twenty identical requests at once: exactly one 200, nineteen 409. */
  const twenty = async (send: () => Promise<LightMyRequestResponse>) => {
    const results = await Promise.all(Array.from({ length: 20 }, send));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200), codes.join(',')).toHaveLength(1);
    expect(codes.filter((c) => c === 409), codes.join(',')).toHaveLength(19);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().details).toHaveProperty('currentVersion');
  };

  describe('第四条 其他单位的编号：一律 404，列表、检索、工作台中也没有', () => {
    it('他单位的文稿、修改稿、下载、附件、各办理环节', async () => {
      const title = `探测范围测试通知${Date.now()}`;
      const scan = await uploadPdf(fgj, '附件一.pdf');
      const id = await draft(fgj, governmentNotice({ title, countersignUnitIds: [], attachmentIds: [scan] }));
      const version = 1;
      for (const path of ['', '/document.docx', '/document.pdf', '/interpretation.docx', '/interpretation.pdf']) {
        expect((await czjStaff.get(`/api/outgoing/${id}${path}`)).statusCode, `GET ${path}`).toBe(404);
        // A town named as a main recipient does not see the draft before it is issued.
        expect((await qidu.get(`/api/outgoing/${id}${path}`)).statusCode, `town GET ${path}`).toBe(404);
      }
      expect((await czjStaff.get(`/api/attachments/${scan}`)).statusCode).toBe(404);
      expect((await qidu.get(`/api/attachments/${scan}`)).statusCode).toBe(404);
      expect((await czjStaff.put(`/api/outgoing/${id}`, { ...governmentNotice(), version })).statusCode).toBe(404);
      for (const path of ['submit', 'countersign', 'sign-off']) {
        const r = await czjHead.post(`/api/outgoing/${id}/${path}`, { version, isAgreed: true, opinion: '同意' });
        expect(r.statusCode, path).toBe(404);
      }
      expect(await listIds(czjStaff, title)).toEqual([]);
      expect(await listIds(czjHead, title)).toEqual([]);
      expect(await listIds(qidu, title)).toEqual([]);
      expect(await workbenchIds(czjHead)).not.toContain(id);
      // The same requests by the drafting unit find it, so the 404s above can fail.
      expect(await listIds(fgj, title)).toEqual([id]);
      expect((await fgj.get(`/api/attachments/${scan}`)).statusCode).toBe(200);
      expect((await fgjHead.get(`/api/outgoing/${id}`)).statusCode).toBe(200);
    });

    it('他单位的签收回执：不能签收，不在本单位的收文中', async () => {
      const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ mainRecipientUnitIds: ['qidu'] }));
      await act(office, id, 'issue', { sealed: true });
      const receipt = ((await qidu.get('/api/outgoing/received?pageSize=200')).json().items as { receiptId: string; documentId: string; version: number }[]).find((r) => r.documentId === id);
      expect(receipt).toBeDefined();
      expect(((await czjStaff.get('/api/outgoing/received?pageSize=200')).json().items as { documentId: string }[]).map((r) => r.documentId)).not.toContain(id);
      expect((await czjStaff.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: receipt?.version })).statusCode).toBe(404);
      // Nor the office or a leader on the town's behalf: signing for receipt is the receiving unit's own act.
      for (const agent of [office, head]) {
        const r = await agent.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: receipt?.version });
        expect([403, 404], r.body).toContain(r.statusCode);
      }
      expect((await detail(office, id)).receipts[0]).toMatchObject({ status: 'pending', acknowledgedBy: null });
    });

    it('他人上传的附件不能挂到自己的文稿上；失败时不留下半份文稿', async () => {
      const theirs = await uploadPdf(czjStaff, '财政局内部材料.pdf');
      const before = await countDocuments();
      const r = await fgj.post('/api/outgoing', governmentNotice({ attachmentIds: [theirs] }));
      expectBadRequest(r, 'foreign attachment');
      expect(await countDocuments()).toBe(before);
      expect((await fgj.get(`/api/attachments/${theirs}`)).statusCode).toBe(404);
    });
  });

  describe('第六十八条、第六十九条 无权的角色办理：403 或 422（写明条款），从不 200', () => {
    it('经办人报送、签发；办公室签发、代会签；副区长签发区长的公文；办公室审定指令性公文', async () => {
      const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
      expect((await fgj.post(`/api/outgoing/${id}/submit`, { version: 1 })).statusCode).toBe(403);
      await act(fgjHead, id, 'submit');
      let version = await versionOf(id);
      // 会签 is the head of the unit concerned's own act: not the clerk, not the office, not the drafter's head.
      for (const agent of [czjStaff, office, fgjHead, head]) {
        const r = await agent.post(`/api/outgoing/${id}/countersign`, { version, isAgreed: true, opinion: '同意' });
        expect([403, 404, 422], `${r.statusCode} ${r.body}`).toContain(r.statusCode);
      }
      expect((await detail(office, id)).countersignatures[0]).toMatchObject({ signerName: null, isAgreed: null });
      await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '同意' });
      await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意，呈区长签发' });
      version = await versionOf(id);
      for (const agent of [fgj, fgjHead, office, sun, zhao]) {
        const r = await agent.post(`/api/outgoing/${id}/sign-off`, { version, opinion: '同意' });
        expect([403, 422], `${r.statusCode} ${r.body}`).toContain(r.statusCode);
        if (r.statusCode === 422) expect(r.json().violations[0].article).toBeTypeOf('number');
      }
      expect((await detail(office, id)).signOff).toBeNull();
      expect(await auditOf(id, 'outgoing.sign_off')).toEqual([]);
      // The office may not give the leaders' 审签 or 审定 either.
      for (const path of ['leader-review', 'approve-directive']) {
        const r = await office.post(`/api/outgoing/${id}/${path}`, { version, opinion: '同意' });
        expect([403, 422], `${path}: ${r.body}`).toContain(r.statusCode);
      }
      expect((await act(head, id, 'sign-off', { opinion: '同意' })).status).toBe('signed');
    });

    it('第六十九条 授权签发只能由区长本人：副区长、办公室、部门负责人授权均被拒绝', async () => {
      // A complete, valid grant (with its basis), so only who grants it is wrong.
      const body = { personId: 'sun-lihua', issuer: 'government', scope: 'doc_type', basis: 'routine_approval', docType: '通知', validFrom: '2026-03-01', validTo: '2026-03-31' };
      for (const agent of [zhao, sun, office, fgjHead]) {
        const r = await agent.post('/api/outgoing/sign-off-authorizations', body);
        expect([403, 422], `${r.statusCode} ${r.body}`).toContain(r.statusCode);
        if (r.statusCode === 422) expect(r.json().violations[0]).toMatchObject({ ruleId: 'outgoing.authorization-by-head', article: 69 });
      }
      const list = await office.get('/api/outgoing/sign-off-authorizations');
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json().items as { person: { personId: string } }[];
      expect(items.filter((a) => a.person.personId === 'sun-lihua')).toEqual([]);
    });

    it('不能借修改文稿的请求写入签发意见、状态或代签人（审批只能是审批人本人的行为）', async () => {
      const id = await draft(office, governmentNotice());
      await act(office, id, 'submit');
      await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
      const version = await versionOf(id);
      const forged = {
        ...governmentNotice(),
        version,
        status: 'signed',
        signOff: { name: '林志远', opinion: '同意', isCircled: false, date: '2026-03-02' },
        signerPersonId: 'lin-zhiyuan',
        documentNumber: '临政发〔2026〕999号',
      };
      const r = await office.put(`/api/outgoing/${id}`, forged);
      expect([200, 400, 403, 409, 422], r.body).toContain(r.statusCode);
      const doc = await detail(office, id);
      expect(doc.status).not.toBe('signed');
      expect(doc.signOff).toBeNull();
      expect(doc.documentNumber).toBeNull();
      expect(await auditOf(id, 'outgoing.sign_off')).toEqual([]);
      // Issuing a document no one signed is refused.
      const issue = await office.post(`/api/outgoing/${id}/issue`, { version: (await detail(office, id)).version, sealed: true });
      expect([403, 409, 422], issue.body).toContain(issue.statusCode);
      expect((await detail(office, id)).documentNumber).toBeNull();
    });
  });

  describe('并发：20个相同请求同时到达，1个成功、19个409，数据库一致', () => {
    it('第六十八条 报送', async () => {
      const id = await draft(fgj, governmentNotice());
      await twenty(() => fgjHead.post(`/api/outgoing/${id}/submit`, { version: 1 }));
      expect(await timelineOf(id, 'submit')).toHaveLength(1);
      expect(await auditOf(id, 'outgoing.submit')).toHaveLength(1);
    });

    it('第六十八条 修改文稿：只存一稿', async () => {
      const id = await draft(fgj, governmentNotice());
      const body = { ...governmentNotice(), version: 1 };
      await twenty(() => fgj.put(`/api/outgoing/${id}`, body));
      const versions = await t.handle.db.selectFrom('outgoingDocumentVersions').select('revision').where('documentId', '=', id).execute();
      expect(versions.length).toBeLessThanOrEqual(2);
      expect(await timelineOf(id, 'revise')).toHaveLength(1);
    });

    it('第六十八条 会签', async () => {
      const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
      await act(fgjHead, id, 'submit');
      const version = await versionOf(id);
      await twenty(() => czjHead.post(`/api/outgoing/${id}/countersign`, { version, isAgreed: true, opinion: '同意' }));
      expect(await timelineOf(id, 'countersign')).toHaveLength(1);
      expect(await auditOf(id, 'outgoing.countersign')).toHaveLength(1);
      expect((await detail(office, id)).status).toBe('office_review');
    });

    it('第六十八条 审核', async () => {
      const id = await draft(office, governmentNotice());
      await act(office, id, 'submit');
      const version = await versionOf(id);
      await twenty(() => office.post(`/api/outgoing/${id}/review`, { version, checklist: goodChecklist, opinion: '同意' }));
      expect(await timelineOf(id, 'review')).toHaveLength(1);
    });

    it('第七十一条 印发：只编一个号', async () => {
      const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ sequenceCode: '临政字' }));
      const version = await versionOf(id);
      await twenty(() => office.post(`/api/outgoing/${id}/issue`, { version, sealed: true }));
      expect(await timelineOf(id, 'issue')).toHaveLength(1);
      const numbered = await t.handle.db.selectFrom('outgoingDocuments').select('documentNumber').where('id', '=', id).execute();
      expect(numbered[0]?.documentNumber).toMatch(/^临政字〔2026〕\d+号$/);
      const receipts = await t.handle.db.selectFrom('outgoingReceipts').select('id').where('documentId', '=', id).execute();
      expect(receipts).toHaveLength(2);
    });

    it('签收回执', async () => {
      const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ mainRecipientUnitIds: ['qidu'] }));
      await act(office, id, 'issue', { sealed: true });
      const receipt = ((await qidu.get('/api/outgoing/received?pageSize=200')).json().items as { receiptId: string; documentId: string; version: number }[]).find((r) => r.documentId === id);
      await twenty(() => qidu.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: receipt?.version }));
    });
  });

  describe('畸形请求：400 problem+json（中文），从不 500，不留下半份数据', () => {
    it('起草：缺字段、类型错误、超长、一万个正文块、未知枚举、SQL 与路径片段、原型污染键', async () => {
      const before = await countDocuments();
      const good = governmentNotice();
      const { title: _title, ...noTitle } = good;
      const bodies: [string, unknown][] = [
        ['empty', {}],
        ['array', []],
        ['missing title', noTitle],
        ['title number', { ...good, title: 42 }],
        ['huge title', { ...good, title: '长'.repeat(100_000) }],
        ['huge paragraph', { ...good, body: [{ kind: 'paragraph', text: '字'.repeat(200_000) }] }],
        ['10000 blocks', { ...good, body: Array.from({ length: 10_000 }, () => ({ kind: 'paragraph', text: '段落' })) }],
        ['unknown docType', { ...good, docType: '圣旨' }],
        ['unknown issuer', { ...good, issuer: 'emperor' }],
        ['unknown disclosure', { ...good, disclosure: 'maybe' }],
        ['unknown block kind', { ...good, body: [{ kind: 'script', text: '<script>' }] }],
        ['heading level 9', { ...good, body: [{ kind: 'heading', level: 9, text: '一、' }] }],
        ['checklist missing', { ...good, checklist: undefined }],
        ['checklist strings', { ...good, checklist: { ...goodChecklist, hasNewContent: 'yes' } }],
        ['sql recipient', { ...good, mainRecipientUnitIds: ["qidu' OR '1'='1"] }],
        ['path recipient', { ...good, mainRecipientUnitIds: ['../../etc/passwd'] }],
        ['sql countersign', { ...good, countersignUnitIds: ["x'); drop table outgoing_documents; --"] }],
        ['sql sequence', { ...good, sequenceCode: "临政发' --" }],
        ['drafting unit other', { ...good, draftingUnitId: 'czj' }],
        ['attachment fragment', { ...good, attachmentIds: ['../../../etc/passwd'] }],
        ['proto', JSON.parse(`{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": true}}}`)],
      ];
      for (const [what, body] of bodies) expectBadRequest(await fgj.post('/api/outgoing', body), what);
      // A 批复 naming an id that is an SQL fragment answers nothing: stored as such, refused at submit (art. 64's 请示).
      const reply = await draft(fgj, governmentNotice({ docType: '批复', answersIncomingId: "' OR 1=1 --" }));
      const refused = await fgjHead.post(`/api/outgoing/${reply}/submit`, { version: 1 });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().violations.map((v: { ruleId: string }) => v.ruleId)).toContain('outgoing.reply-answers-request');
      // A good draft with extra prototype keys is not a 500 either (and pollutes nothing).
      const proto = await fgj.request({ method: 'POST', url: '/api/outgoing', payload: `{"__proto__":{"polluted":true},${JSON.stringify(governmentNotice()).slice(1)}`, headers: { 'content-type': 'application/json' } });
      expect([201, 400], proto.body).toContain(proto.statusCode);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await countDocuments()).toBe(before + 1 + (proto.statusCode === 201 ? 1 : 0));
    }, 60_000);

    it('办理环节与授权：版本号、日期、份数与枚举不合格式的，答复 400', async () => {
      const id = await draft(fgj, governmentNotice());
      const steps: [string, unknown][] = [
        ['submit', {}],
        ['submit', { version: '1' }],
        ['submit', { version: -1 }],
        ['submit', { version: 1.5 }],
        ['submit', { version: 1, opinion: '意'.repeat(5000) }],
        ['countersign', { version: 1, isAgreed: 'true', opinion: '同意' }],
        ['review', { version: 1, checklist: { ...goodChecklist, contentKind: 'everything' }, opinion: '同意' }],
        ['return', { version: 1, reasons: [{ article: -3, message: '不行' }] }],
        ['return', { version: 1, reasons: [] }],
        ['issue', { version: 1, sealed: true, writtenOn: '2026-02-30' }],
        ['issue', { version: 1, sealed: 'yes' }],
      ];
      const agentFor: Record<string, Agent> = { submit: fgjHead, countersign: czjHead, review: office, return: office, issue: office };
      for (const [path, body] of steps) expectBadRequest(await (agentFor[path] as Agent).post(`/api/outgoing/${id}/${path}`, body), `${path} ${JSON.stringify(body).slice(0, 80)}`);
      expect((await detail(fgj, id))).toMatchObject({ status: 'drafting', version: 1 });

      const auth = { personId: 'sun-lihua', issuer: 'government', scope: 'doc_type', basis: 'routine_approval', docType: '通知', validFrom: '2026-03-01' };
      for (const [what, body] of [
        ['basis unknown', { ...auth, basis: 'whim' }],
        ['to before from', { ...auth, validTo: '2026-02-01' }],
        ['document scope without document', { ...auth, scope: 'document', docType: null }],
        ['no such person', { ...auth, personId: "' OR 1=1 --" }],
        ['date 02-30', { ...auth, validFrom: '2026-02-30' }],
        ['date 13', { ...auth, validFrom: '2026-13-01' }],
        ['date text', { ...auth, validFrom: 'tomorrow' }],
        ['scope unknown', { ...auth, scope: 'everything' }],
        ['issuer unknown', { ...auth, issuer: 'department' }],
      ] as [string, unknown][]) {
        expectBadRequest(await head.post('/api/outgoing/sign-off-authorizations', body), what);
      }
    });

    it('路径中的编号为 SQL 或路径片段：404，不是 500', async () => {
      for (const raw of ["' OR '1'='1", '../../etc/passwd', '%00', '1;drop table outgoing_documents', 'a'.repeat(150)]) {
        const enc = encodeURIComponent(raw);
        const get = await office.get(`/api/outgoing/${enc}`);
        // (A path past the server's URL limit is 414: refused before routing, still no 500.)
        expect([400, 404, 414], `GET ${raw}: ${get.statusCode}`).toContain(get.statusCode);
        const post = await office.post(`/api/outgoing/${enc}/review`, { version: 1, checklist: goodChecklist, opinion: '同意' });
        expect([400, 404, 414], `POST ${raw}: ${post.statusCode}`).toContain(post.statusCode);
        const ack = await qidu.post(`/api/outgoing/receipts/${enc}/acknowledge`, { version: 1 });
        expect([400, 404, 414], `ack ${raw}: ${ack.statusCode}`).toContain(ack.statusCode);
        const doc = await office.get(`/api/outgoing/${enc}/document.docx`);
        expect([400, 404, 414], `docx ${raw}: ${doc.statusCode}`).toContain(doc.statusCode);
      }
    });
  });

  describe('过期版本：409，附当前版本', () => {
    it('修改、报送、审核、签发、印发', async () => {
      const id = await draft(office, governmentNotice());
      const staleRevise = await office.put(`/api/outgoing/${id}`, { ...governmentNotice(), version: 9 });
      expect(staleRevise.statusCode).toBe(409);
      expect(staleRevise.json().details).toMatchObject({ currentVersion: 1 });
      await act(office, id, 'submit');
      const v = await versionOf(id);
      const r = await office.post(`/api/outgoing/${id}/review`, { version: v - 1, checklist: goodChecklist, opinion: '同意' });
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().details).toMatchObject({ currentVersion: v });
      await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
      const s = await head.post(`/api/outgoing/${id}/sign-off`, { version: v, opinion: '同意' });
      expect(s.statusCode, s.body).toBe(409);
      expect(s.json().details).toMatchObject({ currentVersion: v + 1 });
      await act(head, id, 'sign-off', { opinion: '同意' });
      const i = await office.post(`/api/outgoing/${id}/issue`, { version: v + 1, sealed: true });
      expect(i.statusCode, i.body).toBe(409);
      expect((await detail(office, id)).documentNumber).toBeNull();
    });
  });

  describe('审计：每一次成功的办理记明办理人；被拒绝的办理留有记录', () => {
    it('起草至签收，每一步一条审计记录，办理人即本人', async () => {
      const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'], mainRecipientUnitIds: ['qidu'] }));
      await act(fgjHead, id, 'submit');
      await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '同意' });
      await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
      await act(head, id, 'sign-off', { opinion: '同意' });
      await act(office, id, 'issue', { sealed: true });
      const rows = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'result']).where('objectId', '=', id).where('result', '=', 'success').orderBy('seq').execute();
      const byAct = Object.fromEntries(rows.map((r) => [r.act, r.actorName]));
      expect(byAct).toMatchObject({
        'outgoing.create': expect.any(String),
        'outgoing.submit': expect.any(String),
        'outgoing.countersign': '韩成林',
        'outgoing.review': '王芳',
        'outgoing.sign_off': '林志远',
        'outgoing.issue': '王芳',
      });
      for (const r of rows) expect(r.actorName, r.act).not.toBe('');
      const receipt = ((await qidu.get('/api/outgoing/received?pageSize=200')).json().items as { receiptId: string; documentId: string; version: number }[]).find((r) => r.documentId === id);
      expect((await qidu.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: receipt?.version })).statusCode).toBe(200);
      const ack = await t.handle.db.selectFrom('auditEvents').select(['actorName']).where('objectId', '=', receipt?.receiptId ?? '').where('result', '=', 'success').execute();
      expect(ack.map((a) => a.actorName)).toEqual(['齐都镇经办人']);
    });

    it('规则拒绝的签发（422）与越权的写（404）留有 refused 记录，写明条款', async () => {
      const id = await draft(office, governmentNotice());
      await act(office, id, 'submit');
      const early = await head.post(`/api/outgoing/${id}/sign-off`, { version: await versionOf(id), opinion: '同意' });
      expect(early.statusCode, early.body).toBe(422);
      const rows = await t.handle.db.selectFrom('auditEvents').select(['result', 'article', 'actorName']).where('requestId', '=', String(early.headers['x-request-id'])).where('act', '=', 'request.refused').execute();
      expect(rows).toEqual([{ result: 'refused', article: 68, actorName: '林志远' }]);
      const other = await czjHead.post(`/api/outgoing/${id}/submit`, { version: 1 });
      expect(other.statusCode).toBe(404);
      const scoped = await t.handle.db.selectFrom('auditEvents').select(['result', 'objectId']).where('requestId', '=', String(other.headers['x-request-id'])).where('act', '=', 'request.refused').execute();
      expect(scoped).toEqual([{ result: 'refused', objectId: id }]);
    });
  });
  /** What a probe of the first build let through, kept as regression tests: each names the route and the request. */
  describe('第六十九条、条例第二十二条 签发人、审签人、授权对象与成文日期', () => {
    it('印发时的成文日期不得早于签发日期（条例第二十二条、GB/T 9704 7.3.5.3：成文日期署负责人签发的日期）', async () => {
      const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ sequenceCode: '临政字' }));
      const r = await office.post(`/api/outgoing/${id}/issue`, { version: await versionOf(id), sealed: true, writtenOn: '2025-01-01' });
      expect(r.statusCode, r.body).toBe(400);
      expect((await detail(office, id)).documentNumber).toBeNull();
    });

    it('第六十九条 区长授权签发区政府公文只能授权副区长或办公室主任：授权部门局长、办公室工作人员被拒', async () => {
      for (const personId of ['fgj-principal', 'office-clerk']) {
        const r = await head.post('/api/outgoing/sign-off-authorizations', { personId, issuer: 'government', scope: 'doc_type', basis: 'routine_approval', docType: '通知', validFrom: '2026-03-01' });
        expect(r.statusCode, `${personId}: ${r.body}`).toBe(422);
        expect(r.json().violations[0]).toMatchObject({ article: 69 });
      }
    });

    it('第六十九条 办公室审核时不能把区政府公文的签发人定为部门局长', async () => {
      const id = await draft(fgj, governmentNotice());
      await act(fgjHead, id, 'submit');
      const r = await office.post(`/api/outgoing/${id}/review`, { version: await versionOf(id), checklist: goodChecklist, opinion: '同意', signerPersonId: 'fgj-principal' });
      expect([400, 422], r.body).toContain(r.statusCode);
      expect((await detail(fgjHead, id)).actions).not.toContain('sign_off');
    });

    it('第六十九条 办公室审核时不能把审签人定为非区政府领导', async () => {
      const id = await draft(fgj, governmentNotice());
      await act(fgjHead, id, 'submit');
      const r = await office.post(`/api/outgoing/${id}/review`, { version: await versionOf(id), checklist: goodChecklist, opinion: '同意', leaderReviewerPersonId: 'fgj-principal' });
      expect([400, 422], r.body).toContain(r.statusCode);
      expect((await detail(office, id)).status).toBe('office_review');
    });
  });
});
