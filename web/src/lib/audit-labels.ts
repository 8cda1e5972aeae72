import type { AuditResult } from '../api/audit';

export const auditResultLabels: Record<AuditResult, string> = { success: '成功', refused: '拒绝', failure: '失败' };

export const auditResultColors: Record<AuditResult, string> = { success: 'green', refused: 'orange', failure: 'red' };

export const auditResultOrder: AuditResult[] = ['success', 'refused', 'failure'];

export function isAuditResult(value: string): value is AuditResult {
  return value in auditResultLabels;
}
