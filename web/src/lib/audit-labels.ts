import type { AuditResult } from '../api/audit';

export const auditResultLabels: Record<AuditResult, string> = { success: '成功', refused: '拒绝', failure: '失败' };

export const auditResultColors: Record<AuditResult, string> = { success: 'green', refused: 'orange', failure: 'red' };

export const auditResultOrder: AuditResult[] = ['success', 'refused', 'failure'];

export function isAuditResult(value: string): value is AuditResult {
  return value in auditResultLabels;
}

/**
 * Chinese names of the acts the areas record. The server owns the list; an act not named here is shown as
 * recorded, never hidden.
 */
export const auditActLabels: Record<string, string> = {
  'identity.login': '登录',
  'identity.logout': '退出登录',
  'identity.lock': '账号锁定',
  'identity.password.change': '修改密码',
  'identity.password.reset': '重置密码',
  'identity.totp.enroll': '开始绑定动态口令',
  'identity.totp.confirm': '绑定动态口令',
  'identity.totp.verify': '验证动态口令',
  'identity.totp.disable': '停用动态口令',
  'identity.session.revoke': '注销会话',
  'identity.user.create': '开设账号',
  'identity.user.disable': '停用账号',
  'identity.user.enable': '启用账号',
  'identity.roles.grant': '授予角色',
  'security.settings.update': '修改安全策略',
  'access.denied': '越权访问被拒',
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
  'leave.report': '报告请假',
  'leave.return': '报告销假',
  'leave.cancel': '撤销请假',
  'cover.assign': '指定补位',
  'leader_item.create': '登记待领导办理事项',
  'leader_item.handle': '办理待领导办理事项',
  'calendar.notice.import': '导入放假通知',
  'calendar.deadline.recompute': '重算期限',
  'attachment.upload': '上传附件',
};

export const auditObjectTypeLabels: Record<string, string> = {
  user: '账号',
  unit: '单位',
  person: '人员',
  appointment: '任职',
  cover_pair: '补位关系',
  cover_assignment: '补位指定',
  organisation: '组织机构',
  leave_report: '请假报告',
  leader_item: '待领导办理事项',
  security_settings: '安全策略',
  route: '接口',
  encrypted_column: '加密字段',
  calendar_year: '年度日历',
  audit_trail: '审计记录',
  audit_event: '审计记录',
  attachment: '附件',
};
