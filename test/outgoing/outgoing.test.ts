import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parameter } from '../../src/rules/index.js';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { probe, pt, findRenderer } from '../layout/pdf-probe.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, detailOf, draft, goodChecklist, governmentNotice, officeLetter, outgoingCast, toSigned, workbenchIdsOf } from './factories.js';

const BASE = '2026-03-02T01:00:00Z';

const renderer = await findRenderer();
if (!renderer) {
  if (process.env.CI) throw new Error('CI requires LibreOffice and poppler for the outgoing PDF test (Debian packages libreoffice-writer-nogui, poppler-utils)');
  console.log('SKIPPED outgoing PDF layout test: LibreOffice (soffice) or poppler is not installed; install libreoffice-writer-nogui and poppler-utils');
}

describe.each(dialects)('发文：从代拟到印发（第三十六、六十七至七十一、八十四条）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgj: Agent;
  let fgjHead: Agent;
  let office: Agent;
  let head: Agent;
  let czjHead: Agent;
  let czjStaff: Agent;
  let qidu: Agent;
  let deputyDirector: Agent;
  let executiveDeputy: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    await createUserWithRoles(t, { loginName: 'bgsfzr', displayName: '刘晓明', unitId: 'office', roles: ['leader'], personId: 'liu-xiaoming' });
    ({ fgj, fgjHead, office, head, czjHead, czjStaff, qidu, executiveDeputy } = await outgoingCast(t));
    deputyDirector = await t.as('bgsfzr');
  }, 120_000);
  afterAll(async () => t.close());

  const detail = detailOf;
  const workbenchIds = workbenchIdsOf;
  const violationOf = (body: string) => (JSON.parse(body) as { violations: { ruleId: string; article: number; message: string }[] }).violations;

  it('第六十八条 临政发通知：部门代拟→财政局3个工作日内会签（逾期按工作日显示并催办）→办公室审核→区长签发→编号印发→各镇签收', async () => {
    t.clock.set(BASE);
    const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
    // The clerk may not send it on: the department's principal head approves the draft (art. 68).
    expect((await fgj.post(`/api/outgoing/${id}/submit`, { version: 1 })).statusCode).toBe(403);
    expect(await workbenchIds(fgjHead)).toContain(id);
    expect((await act(fgjHead, id, 'submit')).status).toBe('countersigning');

    const days = parameter('documents.countersignReplyWorkingDays', '2026-03-02');
    let doc = await detail(office, id);
    expect(doc.countersignatures).toEqual([expect.objectContaining({ unitId: 'czj', dueOn: '2026-03-05', isOverdue: false, overdueWorkingDays: 0 })]);
    expect(days).toBe(3);
    expect(await workbenchIds(czjHead)).toContain(id);
    // 会签 is the principal head's: the bureau's clerk may not.
    expect((await czjStaff.post(`/api/outgoing/${id}/countersign`, { version: doc.version, isAgreed: true, opinion: '同意' })).statusCode).toBe(403);

    // The next Monday: two working days (Friday 6th and Monday 9th) past the Thursday 5th.
    t.clock.set('2026-03-09T02:00:00Z');
    doc = await detail(office, id);
    expect(doc.countersignatures[0]).toMatchObject({ isOverdue: true, overdueWorkingDays: 2 });
    const chased = await office.post('/api/outgoing/chase');
    expect(chased.json().chased).toBeGreaterThanOrEqual(1);
    doc = await detail(office, id);
    const chase = (doc.timeline as { action: string; opinion: string; article: number }[]).find((e) => e.action === 'chase');
    expect(chase).toMatchObject({ article: 68 });
    expect(chase?.opinion).toContain('已逾期2个工作日');
    // The same day, no second reminder.
    await office.post('/api/outgoing/chase');
    expect((await detail(office, id)).timeline.filter((e: { action: string }) => e.action === 'chase')).toHaveLength(1);

    expect((await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '同意，经费由区财政统筹安排' })).status).toBe('office_review');
    // Not yet reviewed: the 区长 is not offered it, and cannot sign it (art. 68).
    expect(await workbenchIds(head)).not.toContain(id);
    const early = await head.post(`/api/outgoing/${id}/sign-off`, { version: (await detail(head, id)).version, opinion: '同意' });
    expect(early.statusCode, early.body).toBe(422);
    expect(violationOf(early.body)).toEqual([expect.objectContaining({ ruleId: 'outgoing.reviewed-before-sign-off', article: 68 })]);

    expect((await act(office, id, 'review', { checklist: goodChecklist, opinion: '经审核，同意呈区长签发' })).status).toBe('awaiting_sign_off');
    expect(await workbenchIds(head)).toContain(id);
    expect((await act(head, id, 'sign-off', { opinion: '同意印发' })).status).toBe('signed');
    const issued = await act(office, id, 'issue', { sealed: true });
    expect(issued.documentNumber).toMatch(/^临政发〔2026〕[1-9]\d*号$/);
    expect(issued.receipts).toBe(2);

    doc = await detail(office, id);
    expect(doc).toMatchObject({ status: 'issued', documentNumber: issued.documentNumber, sealedBy: '王芳', signOff: { name: '林志远', opinion: '同意印发', isCircled: false } });
    // Proactive disclosure: queued for the portal within the rulebook's working days.
    expect(doc.disclosureDueOn).toBe('2026-04-07');
    expect(doc.receipts.map((r: { unit: { id: string }; status: string }) => [r.unit.id, r.status]).sort()).toEqual([
      ['huangcheng', 'pending'],
      ['qidu', 'pending'],
    ]);

    // 齐都镇 finds it in its own received list and signs for it.
    const received = (await qidu.get('/api/outgoing/received')).json().items as { receiptId: string; documentId: string; version: number; actions: string[] }[];
    const mine = received.find((r) => r.documentId === id);
    expect(mine?.actions).toEqual(['acknowledge']);
    const ack = await qidu.post(`/api/outgoing/receipts/${mine?.receiptId}/acknowledge`, { version: mine?.version });
    expect(ack.statusCode, ack.body).toBe(200);
    expect((await detail(office, id)).receipts.find((r: { unit: { id: string } }) => r.unit.id === 'qidu')).toMatchObject({ status: 'acknowledged', acknowledgedBy: '齐都镇经办人' });
    // The town reads the issued document itself.
    expect((await qidu.get(`/api/outgoing/${id}`)).statusCode).toBe(200);

    const docx = await office.get(`/api/outgoing/${id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('第六十八条 属部门职权范围内的事项，不以区政府名义发文', async () => {
    const id = await draft(fgj, governmentNotice({ checklist: { ...goodChecklist, isDepartmentRemit: true } }));
    const r = await fgjHead.post(`/api/outgoing/${id}/submit`, { version: 1 });
    expect(r.statusCode, r.body).toBe(422);
    expect(violationOf(r.body)).toEqual([expect.objectContaining({ ruleId: 'outgoing.department-remit', article: 68 })]);
    expect((await detail(fgj, id)).status).toBe('drafting');
  });

  it('第六十七条、第七十一条 不属于重要事项、法律法规已有规定的，不以区政府名义制发', async () => {
    const id = await draft(fgj, governmentNotice({ checklist: { ...goodChecklist, contentKind: 'none', isProvidedByLaw: true } }));
    const r = await fgjHead.post(`/api/outgoing/${id}/submit`, { version: 1 });
    expect(r.statusCode).toBe(422);
    expect(violationOf(r.body).map((v) => [v.ruleId, v.article])).toEqual([
      ['outgoing.content-of-government-documents', 67],
      ['outgoing.provided-by-law', 71],
    ]);
  });

  it('第八十四条 涉密公文不在本平台起草', async () => {
    const r = await fgj.post('/api/outgoing', governmentNotice({ classification: 'secret' }));
    expect(r.statusCode).toBe(422);
    expect(violationOf(r.body)[0]).toMatchObject({ ruleId: 'outgoing.classified-refused', article: 84 });
  });

  it('第六十九条 办公室副主任未经授权签发办公室公文被拒绝；区长授权后可以签发', async () => {
    t.clock.set(BASE);
    const id = await draft(office, officeLetter());
    await act(office, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'liu-xiaoming' });
    expect(await workbenchIds(deputyDirector)).toContain(id);
    const refused = await deputyDirector.post(`/api/outgoing/${id}/sign-off`, { version: (await detail(office, id)).version, opinion: '同意' });
    expect(refused.statusCode, refused.body).toBe(422);
    const [v] = violationOf(refused.body);
    expect(v).toMatchObject({ ruleId: 'outgoing.sign-off-authority', article: 69 });
    expect(v?.message).toContain('刘晓明未获授权');

    // Only the 区长 authorises, in his own session.
    const body = { personId: 'liu-xiaoming', issuer: 'office', scope: 'doc_type', docType: '函', validFrom: '2026-03-01' };
    const notHead = await executiveDeputy.post('/api/outgoing/sign-off-authorizations', body);
    expect(notHead.statusCode).toBe(422);
    expect(violationOf(notHead.body)[0]).toMatchObject({ ruleId: 'outgoing.authorization-by-head', article: 69 });
    const granted = await head.post('/api/outgoing/sign-off-authorizations', body);
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ person: { name: '刘晓明' }, grantedBy: '林志远', revokedAt: null });
    expect((await act(deputyDirector, id, 'sign-off', { opinion: '', isCircled: true })).status).toBe('signed');
    expect((await detail(office, id)).signOff).toMatchObject({ name: '刘晓明', opinion: '圈阅', isCircled: true, date: '2026-03-02' });

    // Revoked, it no longer counts.
    const revoked = await head.post(`/api/outgoing/sign-off-authorizations/${granted.json().id}/revoke`);
    expect(revoked.json().revokedAt).not.toBeNull();
    const next = await draft(office, officeLetter());
    await act(office, next, 'submit');
    await act(office, next, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'liu-xiaoming' });
    expect((await deputyDirector.post(`/api/outgoing/${next}/sign-off`, { version: (await detail(office, next)).version, opinion: '同意' })).statusCode).toBe(422);
  });

  it('第七十条 部门向镇街发指令性公文，未经区政府领导审定不得签发；审定后加“经区政府同意”', async () => {
    const id = await draft(fgj, governmentNotice({ issuer: 'department', title: '区发展和改革局关于报送重点项目进展情况的通知', sequenceCode: '临发改发', disclosure: 'on_request' }));
    expect((await act(fgjHead, id, 'submit')).status).toBe('office_review');
    const refused = await fgjHead.post(`/api/outgoing/${id}/sign-off`, { version: (await detail(fgjHead, id)).version, opinion: '同意' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(violationOf(refused.body)[0]).toMatchObject({ ruleId: 'outgoing.directive-approved', article: 70 });

    // The office reviews it for the government's 审定 by the deputy in charge of 发改局 (the executive deputy).
    expect((await act(office, id, 'review', { checklist: goodChecklist, opinion: '请常务副区长审定' })).status).toBe('leader_review');
    expect(await workbenchIds(executiveDeputy)).toContain(id);
    expect((await act(executiveDeputy, id, 'approve-directive', { opinion: '同意以发改局名义印发' })).status).toBe('awaiting_sign_off');
    const doc = await detail(fgj, id);
    expect(doc.body[0].text.startsWith('经区政府同意')).toBe(true);
    expect(doc.directiveApproval).toMatchObject({ name: '赵明远' });
    expect(await workbenchIds(fgjHead)).toContain(id);
    await act(fgjHead, id, 'sign-off', { opinion: '同意' });
    const issued = await act(fgj, id, 'issue', { sealed: true });
    expect(issued.documentNumber).toMatch(/^临发改发〔2026〕\d+号$/);
  });

  it('第三十六条 政策文件未同步起草、审核解读材料的，不能报送、不能签发', async () => {
    const bare = await draft(fgj, governmentNotice({ isPolicy: true }));
    const r = await fgjHead.post(`/api/outgoing/${bare}/submit`, { version: 1 });
    expect(r.statusCode).toBe(422);
    expect(violationOf(r.body)[0]).toMatchObject({ ruleId: 'outgoing.policy-with-interpretation', article: 36 });

    const withIt = await draft(fgj, governmentNotice({ isPolicy: true, interpretation: { title: '《关于做好重点项目建设工作的通知》政策解读', body: [{ kind: 'paragraph', text: '一是明确了目标任务。' }] } }));
    await act(fgjHead, withIt, 'submit');
    const unreviewed = await office.post(`/api/outgoing/${withIt}/review`, { version: (await detail(office, withIt)).version, checklist: goodChecklist, opinion: '同意' });
    expect(unreviewed.statusCode).toBe(422);
    expect(violationOf(unreviewed.body)[0]).toMatchObject({ ruleId: 'outgoing.policy-with-interpretation', article: 36 });
    await act(office, withIt, 'review', { checklist: goodChecklist, opinion: '文件与解读一并审核', isInterpretationReviewed: true });
    await act(head, withIt, 'sign-off', { opinion: '同意' });
    expect((await detail(office, withIt)).interpretation.reviewedAt).not.toBeNull();
    const interpretation = await office.get(`/api/outgoing/${withIt}/interpretation.docx`);
    expect(interpretation.statusCode).toBe(200);
  });

  it('第六十八条 退回的文稿由起草单位修改后重新报送，同一文件保留每一稿', async () => {
    const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
    await act(fgjHead, id, 'submit');
    await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '同意' });
    expect((await act(office, id, 'return', { reasons: [{ article: 71, message: '分工方案应与文件合并印发' }] })).status).toBe('returned');
    let doc = await detail(fgj, id);
    expect(doc.returnReasons).toEqual([{ article: 71, message: '分工方案应与文件合并印发' }]);
    expect(doc.actions).toContain('revise');
    const revised = await fgj.put(`/api/outgoing/${id}`, { ...governmentNotice({ countersignUnitIds: ['czj'] }), title: '临淄区人民政府关于做好重点项目建设工作的通知（修改稿）', version: doc.version });
    expect(revised.statusCode, revised.body).toBe(200);
    // Resubmitted, the units concerned are asked again.
    expect((await act(fgjHead, id, 'submit')).status).toBe('countersigning');
    await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '同意' });
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
    await act(head, id, 'sign-off', { opinion: '同意' });
    await act(office, id, 'issue', { sealed: true });
    doc = await detail(office, id);
    expect(doc.status).toBe('issued');
    expect(doc.versions.map((v: { number: number; reason: string }) => [v.number, v.reason])).toEqual([
      [1, '起草'],
      [2, '退回后修改'],
    ]);
    expect(doc.versions[1].title).toContain('修改稿');
    expect(doc.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'countersign', 'return', 'revise', 'submit', 'countersign', 'review', 'sign_off', 'issue']);
  });

  it('第六十八条 会签不同意须列明理据，协调一致并重新会签前不进入审核', async () => {
    const id = await draft(fgj, governmentNotice({ countersignUnitIds: ['czj'] }));
    await act(fgjHead, id, 'submit');
    const noGrounds = await czjHead.post(`/api/outgoing/${id}/countersign`, { version: (await detail(czjHead, id)).version, isAgreed: false, opinion: '不同意' });
    expect(noGrounds.statusCode).toBe(400);
    expect((await act(czjHead, id, 'countersign', { isAgreed: false, opinion: '不同意', grounds: '经费来源未落实' })).status).toBe('countersigning');
    expect((await detail(office, id)).actions).toContain('coordinate');
    await act(office, id, 'coordinate', { note: '经协调，经费由区级统筹' });
    expect(await workbenchIds(czjHead)).toContain(id);
    expect((await act(czjHead, id, 'countersign', { isAgreed: true, opinion: '协调后同意' })).status).toBe('office_review');
  });

  it('第六十九条 签发后作实质性修改的，退回签发人复核', async () => {
    const id = await toSigned({ drafter: fgj, head: fgjHead, office, signer: head }, governmentNotice());
    let doc = await detail(office, id);
    const changed = await office.put(`/api/outgoing/${id}`, { ...governmentNotice(), title: doc.title.replace('通知', '补充通知'), version: doc.version });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().status).toBe('awaiting_sign_off');
    doc = await detail(head, id);
    expect(doc.needsRecheck).toBe(true);
    expect(doc.timeline.at(-1)).toMatchObject({ action: 'revise_signed', article: 69 });
    expect(doc.timeline.at(-1).opinion).toContain('标题');
    expect(await workbenchIds(head)).toContain(id);
    await act(head, id, 'sign-off', { opinion: '复核同意' });
    expect((await detail(office, id)).needsRecheck).toBe(false);
  });

  it('第六十八条 十件公文同时印发，得到十个连续的发文字号（parallel）', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push(await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ sequenceCode: '临政字' })));
    const versions = await Promise.all(ids.map(async (id) => (await detail(office, id)).version as number));
    const results = await Promise.all(ids.map((id, i) => office.post(`/api/outgoing/${id}/issue`, { version: versions[i], sealed: true })));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const numbers = results.map((r) => Number(/〔2026〕(\d+)号/.exec(r.json().documentNumber as string)?.[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] as number) + i));
    expect(new Set(numbers).size).toBe(10);
  }, 120_000);

  it('发文（outgoing_document）并发：20个相同的签发请求同时到达，1个成功、19个409、1条审计记录', async () => {
    const id = await draft(office, governmentNotice());
    await act(office, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
    const version = (await detail(head, id)).version;
    const results = await Promise.all(Array.from({ length: 20 }, () => head.post(`/api/outgoing/${id}/sign-off`, { version, opinion: '同意' })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
    const audited = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'outgoing.sign_off').where('objectId', '=', id).execute();
    expect(audited).toHaveLength(1);
  });

  it('第六十八条 同一件公文的印发请求并发到达：只编一个号，失败的请求不占号，下一件接着编号（parallel）', async () => {
    const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ sequenceCode: '临政函', docType: '函' }));
    const version = (await detail(office, id)).version;
    const results = await Promise.all(Array.from({ length: 10 }, () => office.post(`/api/outgoing/${id}/issue`, { version, sealed: true })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(9);
    const first = Number(/〔2026〕(\d+)号/.exec(results.find((r) => r.statusCode === 200)?.json().documentNumber as string)?.[1]);
    const next = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice({ sequenceCode: '临政函', docType: '函' }));
    const issued = await act(office, next, 'issue', { sealed: true });
    expect(issued.documentNumber).toBe(`临政函〔2026〕${first + 1}号`);
  });

  it('来文（outgoing_receipt）签收并发：20个相同的签收请求同时到达，1个成功、19个409', async () => {
    const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice());
    await act(office, id, 'issue', { sealed: true });
    const receipt = ((await qidu.get('/api/outgoing/received')).json().items as { receiptId: string; documentId: string; version: number }[]).find((r) => r.documentId === id);
    const results = await Promise.all(Array.from({ length: 20 }, () => qidu.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: receipt?.version })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
  });

  it('第四条 其他单位的发文与签收按编号请求一律不存在（404）', async () => {
    const id = await draft(fgj, governmentNotice());
    expect((await czjStaff.get(`/api/outgoing/${id}`)).statusCode).toBe(404);
    expect((await czjHead.post(`/api/outgoing/${id}/submit`, { version: 1 })).statusCode).toBe(404);
    expect((await czjStaff.get(`/api/outgoing/${id}/document.docx`)).statusCode).toBe(404);
    expect(((await czjStaff.get('/api/outgoing?pageSize=200')).json().items as { id: string }[]).map((d) => d.id)).not.toContain(id);
    const issued = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice());
    await act(office, issued, 'issue', { sealed: true });
    const receipt = ((await qidu.get('/api/outgoing/received')).json().items as { receiptId: string; documentId: string; version: number }[]).find((r) => r.documentId === issued);
    expect((await czjStaff.post(`/api/outgoing/receipts/${receipt?.receiptId}/acknowledge`, { version: 1 })).statusCode).toBe(404);
  });

  it('过期的版本号答复409，不合格式的请求答复400（中文）', async () => {
    const id = await draft(fgj, governmentNotice());
    const stale = await fgjHead.post(`/api/outgoing/${id}/submit`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details).toMatchObject({ currentState: 'drafting', currentVersion: 1 });
    const badHeading = await fgj.post('/api/outgoing', governmentNotice({ body: [{ kind: 'heading', level: 2, text: '一、目标' }] }));
    expect(badHeading.statusCode).toBe(400);
    expect(badHeading.body).toContain('（一）');
    expect((await fgj.post('/api/outgoing', { ...governmentNotice(), title: '' })).statusCode).toBe(400);
    expect((await fgj.post('/api/outgoing', governmentNotice({ sequenceCode: '临不存在' }))).statusCode).toBe(400);
    expect((await office.post(`/api/outgoing/${id}/issue`, { version: 1, sealed: false })).statusCode).toBe(400);
  });

  it.skipIf(!renderer)('GB/T 9704-2012 印发的公文下载 PDF：A4，红色发文机关标志与分隔线，发文字号、主送、附注、版记', async () => {
    const id = await toSigned({ drafter: office, head: office, office, signer: head }, governmentNotice());
    const { documentNumber } = await act(office, id, 'issue', { sealed: true });
    const pdf = await qidu.get(`/api/outgoing/${id}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const p = await probe(pdf.rawPayload);
    try {
      expect(Math.round(p.width)).toBe(Math.round(pt(210)));
      expect(Math.round(p.height)).toBe(Math.round(pt(297)));
      const text = p.lines.map((l) => l.text.replace(/\s/g, '')).join('\n');
      for (const element of ['临淄区人民政府文件', documentNumber as string, '齐都镇人民政府、皇城镇人民政府、区政府各部门：', '一、明确目标任务', '（此件公开发布）', '抄送：区委办公室。', '区政府办公室']) {
        expect(text, element).toContain(element);
      }
      // The red 发文机关标志 and the red rule under the number: at least two red bands on page 1.
      expect((await p.redBands(1)).length).toBeGreaterThanOrEqual(2);
    } finally {
      await p.close();
    }
  }, 120_000);
});
