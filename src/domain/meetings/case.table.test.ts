import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, isWorkItem, type Viewer } from '../case.js';
import { type AbsenceCase, absenceCase, hasSeparateDeputy, isDelegatedTopical, type MeetingCase, meetingCase, type TopicCase, topicCase, topicStatusFrom } from './case.js';

const v = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const office = v({ roles: ['office_staff'] });
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => v({ roles: ['leader'], personId, standsInFor });
const unitHead = (unitId: string) => v({ roles: ['unit_head'], unitId, personId: `${unitId}-head` });
const meeting = (over: Partial<MeetingCase> = {}): MeetingCase => ({ id: 'm', version: 1, status: 'planned', kind: 'executive', meetingDate: '2026-03-02', chairPersonId: 'head', delegatedByPersonId: null, agenda: 'none', headPersonId: 'head', directorPersonId: 'dir', townPrincipals: null, chairEntrustment: null, ...over });

describe('第五十四条 常务会议安排：办公室提出、主任审定、区长确定', () => {
  it('未提出时办公室提出；办公室的提出不上其工作台', () => {
    expect(actionsFor(meetingCase, meeting(), office)).toContain('propose_agenda');
    expect(meetingCase.actions.propose_agenda.isWork).toBe(false);
  });
  it.each([
    ['已提出：主任审定', 'proposed', leader('dir'), ['review_agenda']],
    ['已提出：区长尚不能确定', 'proposed', leader('head'), []],
    ['已审定：区长确定', 'reviewed', leader('head'), ['decide_agenda']],
    ['已审定：主任不能再审定', 'reviewed', leader('dir'), []],
    ['已确定：无人再动', 'decided', leader('head'), []],
  ] as const)('%s', (_, agenda, viewer, actions) => {
    expect(actionsFor(meetingCase, meeting({ agenda }), viewer)).toEqual(actions);
  });
  it('区长外出时主持工作的常务副区长代为确定', () => {
    const exec = leader('exec', [{ personId: 'head', name: '区长', basis: 'acting_head', isUrgentOnly: false }]);
    expect(authorize(meetingCase, 'decide_agenda', meeting({ agenda: 'reviewed' }), exec).actingFor).toEqual({ personId: 'head', name: '区长' });
  });
  it('区长确定前不形成决定、不起草纪要；确定后可以；已确定后不再提出', () => {
    expect(actionsFor(meetingCase, meeting({ agenda: 'reviewed' }), office)).toEqual(['propose_agenda', 'record_attendance', 'request_absence']);
    expect(actionsFor(meetingCase, meeting({ agenda: 'decided' }), office)).toEqual(['record_attendance', 'request_absence', 'record_decision', 'draft_minutes']);
  });
  it('非常务会议无须区长确定安排', () => {
    expect(actionsFor(meetingCase, meeting({ kind: 'head_office', agenda: 'proposed' }), leader('dir'))).toEqual([]);
    expect(actionsFor(meetingCase, meeting({ kind: 'head_office', agenda: 'reviewed' }), leader('head'))).toEqual([]);
    expect(actionsFor(meetingCase, meeting({ kind: 'head_office' }), office)).toEqual(['propose_agenda', 'record_attendance', 'request_absence', 'record_decision', 'draft_minutes']);
  });
  it('区长确定会议安排是其工作台上的事项；办公室的筹备不是', () => {
    expect(isWorkItem(meetingCase, meeting({ agenda: 'reviewed' }), leader('head'))).toBe(true);
    expect(isWorkItem(meetingCase, meeting({ agenda: 'decided' }), office)).toBe(false);
  });
});

describe('第四十九条、第五十五条、第五十六条 会议的进程', () => {
  it.each([
    ['planned', 'record_attendance', 'planned'],
    ['held', 'record_attendance', 'held'],
    ['held', 'request_absence', 'held'],
    ['planned', 'record_decision', 'held'],
    ['held', 'draft_minutes', 'minutes_drafted'],
    ['minutes_drafted', 'draft_minutes', 'minutes_drafted'],
  ] as const)('%s 时 %s → %s', (status, action, to) => {
    expect(authorize(meetingCase, action, meeting({ status, agenda: 'decided' }), office).to).toBe(to);
  });
  it('会后可登记出席、记录议定事项、起草纪要；签发后办公室无事可做', () => {
    expect(actionsFor(meetingCase, meeting({ status: 'held', agenda: 'decided' }), office)).toEqual(['record_attendance', 'request_absence', 'record_decision', 'draft_minutes']);
    // Before the meeting day nothing is decided and no minutes are drafted.
    expect(actionsFor(meetingCase, meeting({ agenda: 'decided', meetingDate: '2026-03-03' }), office)).toEqual(['record_attendance', 'request_absence']);
    expect(actionsFor(meetingCase, meeting({ status: 'minutes_signed', agenda: 'decided' }), office)).toEqual([]);
  });
  it('单位可在筹备中提交议题', () => {
    expect(actionsFor(meetingCase, meeting(), v({ roles: ['unit_staff'], unitId: 'fgj' }))).toEqual(['submit_topic']);
    expect(actionsFor(meetingCase, meeting({ status: 'held' }), v({ roles: ['unit_staff'], unitId: 'fgj' }))).toEqual([]);
  });
});

describe('第五十六条 纪要签发与受委托会议纪要的审定', () => {
  const drafted = (over: Partial<MeetingCase>) => meeting({ status: 'minutes_drafted', agenda: 'decided', ...over });
  it.each([
    ['常务会议：区长签发', drafted({}), leader('head'), ['sign_minutes']],
    ['常务会议：主持人不是区长不能签发', drafted({ chairPersonId: 'exec' }), leader('exec'), []],
    ['专题会议：主持人签发', drafted({ kind: 'topical', chairPersonId: 'dep' }), leader('dep'), ['sign_minutes']],
    ['专题会议：区长不是主持人不能签发', drafted({ kind: 'topical', chairPersonId: 'dep' }), leader('head'), []],
    ['受委托专题会议：委托人先审定', drafted({ kind: 'topical', chairPersonId: 'dir', delegatedByPersonId: 'dep' }), leader('dep'), ['approve_minutes']],
    ['受委托专题会议：未审定前主持人不能签发', drafted({ kind: 'topical', chairPersonId: 'dir', delegatedByPersonId: 'dep' }), leader('dir'), []],
    ['受委托专题会议：审定后主持人签发', drafted({ kind: 'topical', chairPersonId: 'dir', delegatedByPersonId: 'dep', status: 'minutes_approved' }), leader('dir'), ['sign_minutes']],
    ['受委托专题会议：审定后委托人也可签发', drafted({ kind: 'topical', chairPersonId: 'dir', delegatedByPersonId: 'dep', status: 'minutes_approved' }), leader('dep'), ['sign_minutes']],
    ['非受委托的专题会议不经审定', drafted({ kind: 'topical', chairPersonId: 'dep' }), leader('dep'), ['sign_minutes']],
    ['已审定的非受委托会议不能再签发（不应出现的状态）', drafted({ status: 'minutes_approved' }), leader('head'), []],
  ] as const)('%s', (_, c, viewer, actions) => {
    expect(actionsFor(meetingCase, c, viewer)).toEqual(actions);
  });
  it('签发后议定事项开始计时（第五十七条）', () => {
    expect(authorize(meetingCase, 'sign_minutes', drafted({}), leader('head'))).toMatchObject({ to: 'minutes_signed', articles: [56, 57], act: 'meetings.minutes.sign' });
    expect(meetingCase.actions.sign_minutes.clock).toEqual({ label: '议定事项办理', article: 57 });
  });
  it('第四十九条 常务副区长主持须经区长本人委托：委托前不形成决定；常务副区长代区长时也不能自己委托自己', () => {
    const pending = meeting({ chairPersonId: 'exec', delegatedByPersonId: 'head', chairEntrustment: 'pending', agenda: 'decided' });
    expect(actionsFor(meetingCase, pending, leader('head'))).toContain('entrust_chair');
    const exec = leader('exec', [{ personId: 'head', name: '区长', basis: 'acting_head', isUrgentOnly: false }]);
    expect(actionsFor(meetingCase, pending, exec)).not.toContain('entrust_chair');
    expect(actionsFor(meetingCase, pending, office)).not.toContain('record_decision');
    expect(actionsFor(meetingCase, { ...pending, chairEntrustment: 'entrusted' }, office)).toContain('record_decision');
  });
  it('第五十八条、第五十一条 副区长的专题会议请镇街主要负责人：区长批准或不批准', () => {
    const pending = meeting({ kind: 'topical', chairPersonId: 'dep', townPrincipals: 'pending' });
    expect(actionsFor(meetingCase, pending, leader('head'))).toEqual(['approve_town_principals', 'refuse_town_principals']);
    expect(actionsFor(meetingCase, pending, leader('dep'))).not.toContain('approve_town_principals');
    expect(actionsFor(meetingCase, { ...pending, townPrincipals: 'approved' }, leader('head'))).toEqual([]);
    // The convening deputy standing in for an absent 区长 does not approve his own invitation.
    expect(actionsFor(meetingCase, pending, leader('dep', [{ personId: 'head', name: '区长', basis: 'acting_head', isUrgentOnly: false }]))).toEqual([]);
    expect(actionsFor(meetingCase, pending, leader('exec', [{ personId: 'head', name: '区长', basis: 'acting_head', isUrgentOnly: false }]))).toEqual(['approve_town_principals', 'refuse_town_principals']);
  });
  it('受委托的专题会议', () => {
    expect(isDelegatedTopical({ kind: 'topical', delegatedByPersonId: 'dep' })).toBe(true);
    expect(isDelegatedTopical({ kind: 'topical', delegatedByPersonId: null })).toBe(false);
    expect(isDelegatedTopical({ kind: 'executive', delegatedByPersonId: 'dep' })).toBe(false);
  });
});

const topic = (over: Partial<TopicCase> = {}): TopicCase => ({
  id: 't', version: 1, status: 'coordinating', meetingKind: 'executive', isMeetingPlanned: true, submittingUnitId: 'fgj', relatedUnitIds: ['czj', 'jyj'], signedUnitIds: ['jyj'],
  hasOpenDisagreement: false, headPersonId: 'head', deputyInChargePersonId: 'dep', assistingDeputyDirectorIds: ['odd'], isDeputyReviewed: false, isHeadReviewed: false, ...over,
});

describe('第五十二条 议题会签与协调', () => {
  it.each([
    ['未会签单位的主要负责人会签', topic(), unitHead('czj'), ['countersign']],
    ['已会签单位不再会签', topic(), unitHead('jyj'), []],
    ['会议已不在筹备中', topic({ isMeetingPlanned: false }), unitHead('czj'), []],
    ['有分歧：分管副区长协调', topic({ hasOpenDisagreement: true }), leader('dep'), ['coordinate']],
    ['有分歧：协助分管副区长工作的办公室副主任协调', topic({ hasOpenDisagreement: true }), leader('odd'), ['coordinate']],
    ['有分歧：不协助该副区长的办公室副主任不能协调', topic({ hasOpenDisagreement: true, assistingDeputyDirectorIds: ['other-odd'] }), leader('odd'), []],
    ['有分歧：其他领导不能协调', topic({ hasOpenDisagreement: true }), leader('x'), []],
    ['无分歧：不需协调', topic(), leader('dep'), []],
    ['有分歧但会议已不在筹备中', topic({ hasOpenDisagreement: true, isMeetingPlanned: false }), leader('dep'), []],
  ] as const)('%s', (_, c, viewer, actions) => {
    expect(actionsFor(topicCase, c, viewer)).toEqual(actions);
  });
  it('会签、协调后按规则去向（未定时仍在协调中）', () => {
    expect(authorize(topicCase, 'countersign', topic(), unitHead('czj')).to).toBe('coordinating');
    expect(authorize(topicCase, 'countersign', topic({ onward: 'awaiting_review' }), unitHead('czj')).to).toBe('awaiting_review');
    expect(authorize(topicCase, 'coordinate', topic({ hasOpenDisagreement: true }), leader('dep')).to).toBe('coordinating');
    expect(authorize(topicCase, 'coordinate', topic({ hasOpenDisagreement: true, onward: 'ready' }), leader('dep')).to).toBe('ready');
  });
});

describe('第五十三条 逾期议题经区长同意、议题经区长和分管副区长审定', () => {
  it.each([
    ['区长同意逾期上会', topic({ status: 'awaiting_exception' }), leader('head'), ['approve_exception']],
    ['分管副区长不能同意逾期', topic({ status: 'awaiting_exception' }), leader('dep'), []],
    ['会议不在筹备中时不能同意', topic({ status: 'awaiting_exception', isMeetingPlanned: false }), leader('head'), []],
    ['分管副区长审定', topic({ status: 'awaiting_review' }), leader('dep'), ['review']],
    ['区长审定（提报区长、分管副区长审定）', topic({ status: 'awaiting_review' }), leader('head'), ['head_review']],
    ['分管副区长已审定：只待区长', topic({ status: 'awaiting_review', isDeputyReviewed: true }), leader('dep'), []],
    ['区长已审定：区长不再审定', topic({ status: 'awaiting_review', isHeadReviewed: true }), leader('head'), []],
    ['提交单位不在副区长分管之列：区长一次审定', topic({ status: 'awaiting_review', deputyInChargePersonId: 'head' }), leader('head'), ['head_review']],
    ['分管领导以外的人不能审定', topic({ status: 'awaiting_review' }), leader('x'), []],
    ['会议不在筹备中时不能审定', topic({ status: 'awaiting_review', isMeetingPlanned: false }), leader('dep'), []],
  ] as const)('%s', (_, c, viewer, actions) => {
    expect(actionsFor(topicCase, c, viewer)).toEqual(actions);
  });
  it('同意后进入会签协调（或规则所定去向），审定后可列入议程', () => {
    expect(authorize(topicCase, 'approve_exception', topic({ status: 'awaiting_exception' }), leader('head')).to).toBe('coordinating');
    expect(authorize(topicCase, 'approve_exception', topic({ status: 'awaiting_exception', onward: 'ready' }), leader('head')).to).toBe('ready');
    expect(authorize(topicCase, 'review', topic({ status: 'awaiting_review' }), leader('dep')).to).toBe('awaiting_review');
    expect(authorize(topicCase, 'head_review', topic({ status: 'awaiting_review', onward: 'ready' }), leader('head')).to).toBe('ready');
    expect(authorize(topicCase, 'review', topic({ status: 'awaiting_review', onward: 'scheduled' }), leader('dep')).to).toBe('scheduled');
  });
  it.each([
    [{ isLateWithoutException: true, isUncoordinated: true, needsReview: true }, 'awaiting_exception'],
    [{ isLateWithoutException: false, isUncoordinated: true, needsReview: true }, 'coordinating'],
    [{ isLateWithoutException: false, isUncoordinated: false, needsReview: true }, 'awaiting_review'],
    [{ isLateWithoutException: false, isUncoordinated: false, needsReview: false }, 'ready'],
  ] as const)('议题去向 %j → %s', (facts, status) => {
    expect(topicStatusFrom(facts)).toBe(status);
  });
});

describe('第五十四条、第四十九条 列入议程与议定', () => {
  it.each([
    ['可列入议程', topic({ status: 'ready' }), ['classify', 'schedule']],
    ['已列入议程：移出或议定', topic({ status: 'scheduled' }), ['classify', 'unschedule', 'decide']],
    ['常务会议只议定列入议程的', topic({ status: 'ready' }), ['classify', 'schedule']],
    ['其他会议可直接议定', topic({ status: 'ready', meetingKind: 'topical' }), ['classify', 'schedule', 'decide']],
    ['已议定可再议定', topic({ status: 'decided' }), ['decide']],
    ['会议不在筹备中：不能列入议程', topic({ status: 'ready', isMeetingPlanned: false, meetingKind: 'topical' }), ['decide']],
    ['会议不在筹备中：不能移出议程', topic({ status: 'scheduled', isMeetingPlanned: false }), ['decide']],
  ] as const)('%s', (_, c, actions) => {
    expect(actionsFor(topicCase, c, office)).toEqual(actions);
  });
  it('去向', () => {
    expect(authorize(topicCase, 'schedule', topic({ status: 'ready' }), office).to).toBe('scheduled');
    expect(authorize(topicCase, 'unschedule', topic({ status: 'scheduled' }), office).to).toBe('ready');
    expect(authorize(topicCase, 'decide', topic({ status: 'scheduled' }), office).to).toBe('decided');
  });
});

describe('第五十五条 领导同志不能出席会议须向区长请假', () => {
  const absence = (over: Partial<AbsenceCase> = {}): AbsenceCase => ({ id: 'a', version: 1, status: 'requested', headPersonId: 'head', isMeetingOpen: true, ...over });
  it.each([
    ['区长同意或不同意', absence(), leader('head'), ['consent', 'decline']],
    ['他人不能', absence(), leader('dep'), []],
    ['会议已结束', absence({ isMeetingOpen: false }), leader('head'), []],
    ['已同意', absence({ status: 'consented' }), leader('head'), []],
  ] as const)('%s', (_, c, viewer, actions) => {
    expect(actionsFor(absenceCase, c, viewer)).toEqual(actions);
  });
  it('去向与审计动作', () => {
    expect(authorize(absenceCase, 'consent', absence(), leader('head'))).toMatchObject({ to: 'consented', act: 'meetings.absence.consent', articles: [55] });
    expect(authorize(absenceCase, 'decline', absence(), leader('head'))).toMatchObject({ to: 'declined', act: 'meetings.absence.decline', articles: [55] });
  });
});

describe('第四十九条 委托常务副区长主持：只及常务会议，须区长本人', () => {
  const pending = (over: Partial<MeetingCase> = {}) => meeting({ chairPersonId: 'exec', delegatedByPersonId: 'head', chairEntrustment: 'pending', agenda: 'decided', ...over });
  it.each([
    ['常务会议待委托：区长本人委托', pending(), leader('head'), true],
    ['全体会议不由常务副区长受托主持：无委托一事', pending({ kind: 'plenary' }), leader('head'), false],
    ['专题会议不在此列', pending({ kind: 'topical' }), leader('head'), false],
    ['未登记区长的会议：无人员身份的账户不能委托', pending({ headPersonId: null }), v({ roles: ['leader'] }), false],
    ['未登记区长的会议：其他领导不能委托', pending({ headPersonId: null }), leader('dep'), false],
  ] as const)('第四十九条 %s', (_, c, viewer, offered) => {
    expect(actionsFor(meetingCase, c, viewer).includes('entrust_chair')).toBe(offered);
  });
});

describe('第五十三条 议题经区长和分管副区长审定（区长先审定）', () => {
  it('区长先审定、分管副区长尚未审定：仍待审定', () => {
    expect(authorize(topicCase, 'head_review', topic({ status: 'awaiting_review' }), leader('head')).to).toBe('awaiting_review');
  });
  it.each([
    ['分管副区长与区长不是同一人：分别审定', 'dep', 'head', true],
    ['提交单位由区长分管：区长一次审定', 'head', 'head', false],
    ['无分管副区长：区长一次审定', null, 'head', false],
    ['未登记区长、也无分管副区长', null, null, false],
  ] as const)('第五十三条 %s', (_, deputyInChargePersonId, headPersonId, separate) => {
    expect(hasSeparateDeputy({ deputyInChargePersonId, headPersonId })).toBe(separate);
  });
});
