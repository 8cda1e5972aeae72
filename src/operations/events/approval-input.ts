import { invalid } from '../../domain/errors.js';
import type { ApprovalRecord, ApprovingBody } from '../../domain/events/types.js';
import type { LocalDate } from '../../rules/types.js';

/** A decision as the office records it on an invitation, a meeting request or a speech request. */
export type ApprovalInput = {
  id: string;
  version: number;
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  approverName: string;
  approverPost: string;
  decidedOn: LocalDate;
  opinion: string;
};

/**
 * The record of a decision, refused when it is dated after the day it is recorded: the office writes down a
 * decision already taken, never one to come.
 */
export function approvalRecord(input: ApprovalInput, today: LocalDate, recordedByUserId: string | null, at: Date): ApprovalRecord {
  if (input.decidedOn > today) invalid('批准日期不能晚于记录当日');
  return {
    decision: input.decision,
    body: input.body,
    approverName: input.approverName,
    approverPost: input.approverPost,
    decidedOn: input.decidedOn,
    opinion: input.opinion,
    recordedByUserId,
    recordedAt: at.toISOString(),
  };
}

/** The audit summary of a decision: everything but who typed it in (the audit row names the actor). */
export function approvalSummary(a: ApprovalRecord): Record<string, unknown> {
  return { decision: a.decision, body: a.body, approverName: a.approverName, approverPost: a.approverPost, decidedOn: a.decidedOn, opinion: a.opinion };
}
