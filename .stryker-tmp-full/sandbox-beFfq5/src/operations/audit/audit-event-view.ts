// @ts-nocheck
import type { Db } from '../../db/database.js';
import { auditRepository } from '../../db/audit-repository.js';
import type { AuditRecord } from '../../domain/audit/audit-event.js';

/** An audit event as the audit administrator reads it: the stored fields, the summary parsed, names resolved. */
export type AuditEventView = Omit<AuditRecord, 'summary'> & {
  /** The summary as recorded (JSON), or the raw text if it does not parse. */
  summary: unknown;
  /** The absent leader the actor covered for (art. 62), by name where the person is known. */
  actingForName: string | null;
};

export const auditResultLabels: Record<string, string> = { success: '成功', refused: '拒绝', failure: '失败' };

/** `2026-03-02 09:00:00`, in Beijing time (UTC+8, no daylight saving). */
export function beijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function parseSummary(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function presentAuditEvents(db: Db, records: readonly AuditRecord[]): Promise<AuditEventView[]> {
  const names = await auditRepository.peopleNames(
    db,
    records.flatMap((r) => (r.actingForPersonId ? [r.actingForPersonId] : [])),
  );
  return records.map((r) => ({
    ...r,
    summary: parseSummary(r.summary),
    actingForName: r.actingForPersonId ? (names.get(r.actingForPersonId) ?? null) : null,
  }));
}
