import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { agentAs, signInAs } from '../leave/helpers.js';
import { named, settleDrawer } from './helpers.js';

const TITLE = '重点项目开工奠基仪式';
const MEETING = '全区发展改革系统工作会议';
const SPEECH = '在全区项目建设推进会上的讲话';

describe.runIf(browserAvailable())('第五十八、八十一、九十一条 区长本人在工作台批准', () => {
  // The test clock reads Monday 2026-03-02, 09:00 in Beijing.
  const s = useBrowserSession('events');

  it('第九十一条 发改局邀请副区长出席奠基活动；办公室不能代区长批准；区长（动态口令登录）从工作台打开并本人批准，批准记为区长本人办理，邀请转办公室待安排', async () => {
    const { page, baseUrl } = s;
    const fgj = await agentAs(s, 'fgj');
    const filed = await fgj.post('/api/events/invitations', {
      title: TITLE,
      kind: 'groundbreaking',
      activityDate: '2026-03-20',
      startTime: '09:30',
      place: '经济开发区',
      detail: '联系人：发改局办公室 7181234',
      invitedPersonId: 'zhou-wenbo',
      addressedTo: 'office',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const drawer = page.locator('.ant-drawer-section');

    // The office sees the invitation but may only record a 区委 decision from its document, never the 区长's.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/events/invitations/${id}`);
    await expect.poll(() => drawer.textContent()).toContain('待批准');
    await expect.poll(() => drawer.getByRole('button', { name: '依区委批准文件记录' }).count()).toBe(1);
    expect(await drawer.getByRole('button', { name: '批准或不批准' }).count()).toBe(0);
    await page.goto(`${baseUrl}/`);
    // The counts show once the 工作台 has loaded: it is not the office's work while the 区长 has not decided.
    await expect.poll(() => page.getByText(/^全部（\d+）$/).count()).toBe(1);
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);

    // The 区长 (signed in with his 动态口令) finds it in his 工作台 and decides it himself.
    await signInAs(s, 'quzhang');
    await page.goto(`${baseUrl}/`);
    const row = page.locator('.ant-table-row', { hasText: TITLE });
    await expect.poll(() => row.textContent()).toContain('邀请待批准');
    expect(await row.textContent()).toContain('区发展和改革局');
    await screenshot(page, 'events-head-workbench');
    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/events/invitations/${id}$`));
    await expect.poll(() => drawer.textContent()).toContain('第九十一条：须经区委、区政府批准后方可安排');
    await settleDrawer(page);
    await drawer.getByRole('button', { name: '批准或不批准' }).click();
    const dialog = page.getByRole('dialog', { name: '区政府批准（第九十一条）' });
    await expect.poll(() => dialog.getByRole('radio', { name: '批准', exact: true }).isChecked()).toBe(true);
    await dialog.getByLabel('意见').fill('同意周文博同志出席。');
    await dialog.getByRole('button', { name: named('确定') }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => drawer.textContent()).toContain('待安排');
    const shown = (await drawer.textContent()) ?? '';
    expect(shown).toContain('区长 林志远');
    expect(shown).toContain('本人在平台办理');
    expect(shown).toContain('同意周文博同志出席。');
    expect(await drawer.getByRole('button', { name: '批准或不批准' }).count()).toBe(0);
    await screenshot(page, 'events-head-approved');

    // Decided: it leaves his 工作台.
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByText(/^全部（\d+）$/).count()).toBe(1);
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);

    const head = await s.handle.db.selectFrom('users').select('id').where('loginName', '=', 'quzhang').executeTakeFirstOrThrow();
    const stored = await s.handle.db
      .selectFrom('eventInvitations')
      .select(['status', 'approvalDecision', 'approvalBody', 'approverName', 'approvalOpinion', 'approvalRecordedByUserId', 'approvalActingForName', 'approvalAttachmentId'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      status: 'awaiting_arrangement',
      approvalDecision: 'approved',
      approvalBody: 'government',
      approverName: '林志远',
      approvalOpinion: '同意周文博同志出席。',
      approvalRecordedByUserId: head.id,
      approvalActingForName: null,
      approvalAttachmentId: null,
    });
    const audit = await s.handle.db.selectFrom('auditEvents').select(['act', 'actorUserId', 'actingForPersonId', 'article']).where('objectId', '=', id).where('act', '=', 'invitation.approve').execute();
    expect(audit).toEqual([{ act: 'invitation.approve', actorUserId: head.id, actingForPersonId: null, article: 91 }]);

    // The office now arranges it.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.ant-table-row', { hasText: TITLE }).textContent()).toContain('邀请待安排');
  });

  it('第五十八条 副区长主持的系统会议请街道主要负责人参加，须经区长批准：区长从工作台打开并本人批准，会议转办公室审批', async () => {
    const { page, baseUrl } = s;
    const fgj = await agentAs(s, 'fgj');
    const options = await fgj.get('/api/events/department-meetings/invitees?date=2026-04-10');
    expect(options.statusCode, options.body).toBe(200);
    const principal = (options.json().items as { postId: string; kind: string; holderName: string | null }[]).find((i) => i.kind === 'town_principal' && i.holderName);
    expect(principal).toBeDefined();
    const requested = await fgj.post('/api/events/department-meetings', {
      title: MEETING,
      meetingDate: '2026-04-10',
      format: 'video',
      chairedBy: 'deputy',
      chairPersonId: 'zhou-wenbo',
      inviteePostIds: [principal!.postId],
      detail: '',
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const id = requested.json().id as string;
    expect(requested.json().status).toBe('awaiting_head_approval');

    await signInAs(s, 'quzhang');
    await page.goto(`${baseUrl}/`);
    const row = page.locator('.ant-table-row', { hasText: MEETING });
    await expect.poll(() => row.textContent()).toContain('会议申请待区长批准');
    await row.getByRole('link', { name: MEETING }).click();
    await page.waitForURL(new RegExp(`/events/department-meetings/${id}$`));
    const drawer = page.locator('.ant-drawer-section');
    await expect.poll(() => drawer.textContent()).toContain(`因工作需要确需参加的，须经区长批准；本次邀请`);
    expect(await drawer.textContent()).toContain(principal!.holderName ?? '');
    await settleDrawer(page);
    await drawer.getByRole('button', { name: '区长审批' }).click();
    const dialog = page.getByRole('dialog', { name: '区长审批（第五十八条）' });
    await dialog.getByLabel('意见').fill('同意，会议从简。');
    await dialog.getByRole('button', { name: named('确定') }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => drawer.textContent()).toContain('林志远，2026-03-02 周一：同意，会议从简。');
    expect(await drawer.getByRole('button', { name: '区长审批' }).count()).toBe(0);
    await screenshot(page, 'events-head-town-principals');

    const stored = await s.handle.db.selectFrom('eventDepartmentMeetings').select(['status', 'headApproval']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.status).toBe('awaiting_approval');
    expect(JSON.parse(stored.headApproval ?? 'null')).toMatchObject({ approverName: '区长林志远', approvedOn: '2026-03-02', opinion: '同意，会议从简。' });
    const head = await s.handle.db.selectFrom('users').select('id').where('loginName', '=', 'quzhang').executeTakeFirstOrThrow();
    const audit = await s.handle.db.selectFrom('auditEvents').select(['actorUserId', 'actingForPersonId', 'article']).where('objectId', '=', id).where('act', '=', 'department_meeting.head_approval').execute();
    expect(audit).toEqual([{ actorUserId: head.id, actingForPersonId: null, article: 58 }]);

    // Next the office approves the meeting itself.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('.ant-table-row', { hasText: MEETING }).textContent()).toContain('会议申请待审批');
  });

  it('第八十一条 代表区政府讲话须事先经区政府同意：办公室为副区长报批，区长从工作台打开并本人决定不同意，记为区长本人办理', async () => {
    const { page, baseUrl } = s;
    const office = await agentAs(s, 'bgs');
    const requested = await office.post('/api/events/speeches', {
      kind: 'speech',
      basis: 'on_behalf',
      title: SPEECH,
      speakerPersonId: 'zhou-wenbo',
      occasion: '全区项目建设推进会',
      eventDate: '2026-03-25',
      outline: '项目建设进展与下步安排',
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const id = requested.json().id as string;

    await signInAs(s, 'quzhang');
    await page.goto(`${baseUrl}/`);
    const row = page.locator('.ant-table-row', { hasText: SPEECH });
    await expect.poll(() => row.textContent()).toContain('待审批');
    await row.getByRole('link', { name: SPEECH }).click();
    await page.waitForURL(new RegExp(`/events/speeches/${id}$`));
    const drawer = page.locator('.ant-drawer-section');
    await expect.poll(() => drawer.textContent()).toContain('区长尚未办理');
    await settleDrawer(page);
    await drawer.getByRole('button', { name: '同意或不同意' }).click();
    const dialog = page.getByRole('dialog', { name: '区政府意见（第八十一条）' });
    await dialog.getByText('不同意', { exact: true }).click();
    await expect.poll(() => dialog.getByRole('radio', { name: '不同意' }).isChecked()).toBe(true);
    await dialog.getByLabel('意见').fill('涉及事项尚未经区政府研究，暂不宜发表。');
    await dialog.getByRole('button', { name: named('确定') }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => drawer.textContent()).toContain('未同意');
    const shown = (await drawer.textContent()) ?? '';
    expect(shown).toContain('区长 林志远');
    expect(shown).toContain('本人在平台办理');
    expect(shown).toContain('涉及事项尚未经区政府研究，暂不宜发表。');
    expect(await drawer.getByRole('button', { name: '同意或不同意' }).count()).toBe(0);
    await screenshot(page, 'events-head-speech-refused');

    const head = await s.handle.db.selectFrom('users').select('id').where('loginName', '=', 'quzhang').executeTakeFirstOrThrow();
    const stored = await s.handle.db.selectFrom('eventSpeeches').select(['status', 'approvalDecision', 'approverName', 'approvalRecordedByUserId']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'not_approved', approvalDecision: 'refused', approverName: '林志远', approvalRecordedByUserId: head.id });
    const audit = await s.handle.db.selectFrom('auditEvents').select(['act', 'actorUserId', 'actingForPersonId', 'article']).where('objectId', '=', id).where('act', 'like', 'speech.%').execute();
    expect(audit).toContainEqual({ act: 'speech.refuse', actorUserId: head.id, actingForPersonId: null, article: 81 });
    expect(audit.filter((entry) => entry.act === 'speech.consent')).toEqual([]);
  });
});
