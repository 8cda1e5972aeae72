import { type CaseDefinition, describeCase } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import { departmentMeetingCase, invitationCase, speechCase } from '../../domain/events/case.js';
import { leaderItemCase, leaveReportCase } from '../../domain/leave/case.js';
import { absenceCase, meetingCase, topicCase } from '../../domain/meetings/case.js';
import { outgoingDocumentCase, outgoingReceiptCase } from '../../domain/outgoing/case.js';
import { extensionCase, reportCase, suggestionCase, taskCase } from '../../domain/supervision/case.js';
import { draftCase, messageCase, publicationCase, requestCase } from '../../domain/disclosure/case.js';

/**
 * Every kind of case, for the acts `takeAction` records (`<kind>.<action>` or the action's own `act`). A new
 * case definition is added here; src/http/audit/act-labels.test.ts finds the ones that are not.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds every kind, whatever its state and case types.
export const caseDefinitions: readonly CaseDefinition<string, any>[] = [
  incomingDocumentCase,
  leaveReportCase,
  leaderItemCase,
  meetingCase,
  topicCase,
  absenceCase,
  taskCase,
  reportCase,
  extensionCase,
  suggestionCase,
  invitationCase,
  departmentMeetingCase,
  speechCase,
  outgoingDocumentCase,
  outgoingReceiptCase,
  publicationCase,
  draftCase,
  requestCase,
  messageCase,
];

/**
 * Chinese names of the acts recorded outside the case kernel: sign-in, administration, organisation, calendar,
 * and the acts that open a case (a case's later acts are named from its declaration). The audit page shows
 * these; an act without a name fails src/http/audit/act-labels.test.ts.
 */
export const recordedActLabels: Readonly<Record<string, string>> = {
  'identity.login': '登录',
  'identity.logout': '退出登录',
  'identity.lock': '账号锁定',
  'identity.password.change': '修改密码',
  'identity.password.reset': '重置密码',
  'identity.totp.enroll': '开始绑定动态口令',
  'identity.totp.confirm': '绑定动态口令',
  'identity.totp.verify': '验证动态口令',
  'identity.totp.disable': '停用动态口令',
  'identity.totp.reset': '重置动态口令',
  'identity.session.revoke': '注销会话',
  'identity.user.create': '开设账号',
  'identity.user.disable': '停用账号',
  'identity.user.enable': '启用账号',
  'identity.roles.grant': '授予角色',
  'security.settings.update': '修改安全策略',
  'access.denied': '越权访问被拒',
  'request.refused': '办理被拒',
  'audit.read': '查阅审计记录',
  'audit.export': '导出审计记录',
  'audit.purge': '清理审计记录',
  'crypto.key.rotate': '轮换加密密钥',
  'system.seed_demo': '初始化演示数据',
  'org.unit.create': '新增单位',
  'org.unit.update': '修改单位',
  'org.structure.import': '导入组织机构',
  'org.portfolio.set': '设定分管',
  'org.person.contact.read': '查看联系方式',
  'org.person.contact.update': '修改联系方式',
  'org.cover_pair.create': '设定补位',
  'org.cover_pair.end': '结束补位',
  'org.appointment.create': '任职',
  'org.appointment.end': '免职',
  'calendar.notice.import': '导入放假通知',
  'calendar.deadline.recompute': '重算期限',
  'attachment.upload': '上传附件',
  'leave.report': '报告外出',
  'leave.report.contact.read': '查看外出领导24小时联系电话',
  'cover.assign': '指定补位',
  'leader_item.create': '登记领导事项',
  'documents.incoming.submit': '报送公文',
  'documents.incoming.chase': '催办',
  'documents.incoming.register_received': '登记来文',
  'outgoing.create': '起草发文',
  'outgoing.chase': '催办会签',
  'outgoing.authorize_sign_off': '授权签发',
  'outgoing.revoke_sign_off_authorization': '撤销签发授权',
  'meetings.plan': '安排会议',
  'supervision.task.open': '登记督办任务',
  'supervision.task.reassign': '调整建议提案承办单位',
  'supervision.suggestion.register': '登记建议提案',
  'supervision.plan.create': '制定督查工作年度计划',
  'supervision.plan.revise': '修改督查工作年度计划',
  'supervision.spot_check.draw': '随机抽查抽取样本',
  'supervision.spot_check.finding': '登记抽查结果',
  'supervision.result.record': '登记督查结果运用',
  'supervision.report.export': '导出督查督办报告',
  'supervision.ledger.import': '导入督查督办台账',
  'disclosure.publication.queue': '列入发布审核',
  'disclosure.publication.prepare': '拟稿待发布',
  'disclosure.draft.create': '起草征求意见稿',
  'disclosure.comment.submit': '公众提交意见',
  'disclosure.comment.hide': '屏蔽公众意见',
  'disclosure.comment.export': '导出公众意见',
  'disclosure.request.file': '收到政府信息公开申请',
  'disclosure.request.contact.read': '查看申请人联系方式',
  'disclosure.challenge.record': '登记行政复议、行政诉讼',
  'disclosure.challenge.update': '更新行政复议、行政诉讼结果',
  'disclosure.message.submit': '收到公众留言',
  'disclosure.annual_report.export': '生成政府信息公开工作年度报告',
  'invitation.submit': '提交邀请',
  'invitation.arrange': '安排邀请',
  'invitation.decline': '谢绝邀请',
  'invitation.withdraw': '撤回邀请',
  'department_meeting.request': '申请召开全区性会议',
  'department_meeting.approval': '记录会议的批准',
  'department_meeting.withdraw': '撤回会议申请',
  'speech.request': '报请讲话、发表文章',
};

/**
 * Acts the code no longer records but earlier records carry (the trail is kept for years): still named, kept apart
 * so that `recordedActLabels` lists exactly what the code records today.
 */
export const formerActLabels: Readonly<Record<string, string>> = {
  'invitation.approval': '记录邀请的批准',
  // Follow-up tasks of meetings before the supervision area (art. 57): created by signed minutes, completed by the lead unit.
  'tasks.create': '交办督办任务',
  'tasks.complete': '办结（督办任务）',
  'speech.approval': '记录讲话、文章的同意',
};

/** The act each action of a case records, as `authorize` in src/domain/case.ts composes it. */
export function actOfAction(def: { kind: string; actions: Readonly<Record<string, { act?: string }>> }, action: string): string {
  return def.actions[action]?.act ?? `${def.kind}.${action}`;
}

/** "签收（公文）": the action's label and the kind's, both from the declaration. */
function caseActLabels(defs: typeof caseDefinitions): Map<string, string> {
  const labels = new Map<string, string>();
  for (const def of defs) {
    const described = describeCase(def);
    for (const [action, label] of Object.entries(described.actions)) {
      const act = actOfAction(def, action);
      if (!labels.has(act)) labels.set(act, `${label}（${described.label}）`);
    }
  }
  return labels;
}

const allActLabels: ReadonlyMap<string, string> = new Map([...Object.entries(formerActLabels), ...caseActLabels(caseDefinitions), ...Object.entries(recordedActLabels)]);

/** The Chinese name of an audit act; null for an act this version does not know (an old record). */
export function actLabel(act: string): string | null {
  return allActLabels.get(act) ?? null;
}

/** Every act with its name, sorted by act. */
export function listActLabels(): { act: string; label: string }[] {
  return [...allActLabels].map(([act, label]) => ({ act, label })).sort((a, b) => a.act.localeCompare(b.act));
}

/** Chinese names of the kinds of object the audit trail records. */
export const objectTypeLabels: Readonly<Record<string, string>> = {
  user: '账号',
  unit: '单位',
  person: '人员',
  appointment: '任职',
  cover_pair: '补位关系',
  cover_assignment: '补位指定',
  organisation: '组织机构',
  security_settings: '安全策略',
  route: '接口',
  encrypted_column: '加密字段',
  calendar_year: '年度日历',
  audit_trail: '审计记录',
  audit_event: '审计记录',
  attachment: '附件',
  // A refused request (`request.refused`, src/http/problem.ts) names the area of its route.
  documents: '公文',
  meetings: '会议',
  'meeting-topics': '议题',
  tasks: '督办任务',
  supervision: '督查督办',
  spot_check: '随机抽查',
  supervision_result: '督查结果运用',
  supervision_ledger: '督查督办台账',
  leave: '领导去向与请销假',
  'leader-items': '领导事项',
  events: '邀请、会议与讲话',
  org: '组织机构',
  calendar: '工作日历',
  admin: '账号',
  security: '安全管理',
  session: '登录会话',
  attachments: '附件',
  disclosure: '政务公开',
  disclosure_challenge: '行政复议、行政诉讼',
  annual_report: '政府信息公开工作年度报告',
  ...Object.fromEntries(caseDefinitions.map((def) => [def.kind, def.label])),
};

export function objectTypeLabel(objectType: string): string | null {
  return Object.hasOwn(objectTypeLabels, objectType) ? (objectTypeLabels[objectType] as string) : null;
}
