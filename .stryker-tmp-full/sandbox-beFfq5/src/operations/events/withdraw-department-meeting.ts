// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { departmentMeetingCase } from '../../domain/events/case.js';
import { takeAction } from '../case/take-action.js';
import { loadMeeting } from './load.js';

/**
 * The department withdraws a pending request, or calls off an approved meeting before its day; either way it
 * no longer counts towards the year's limit (art. 58).
 */
export async function withdrawDepartmentMeeting(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, case: meeting } = await loadMeeting(trx, ctx, at, input.id);
    const { audit } = await takeAction(trx, ctx, at, {
      def: departmentMeetingCase,
      table: 'eventDepartmentMeetings',
      case: meeting,
      action: 'withdraw',
      version: input.version,
      viewer,
      changes: { updatedAt: at.toISOString() },
      summary: { previousStatus: meeting.status },
    });
    return { result: undefined, audit: [audit] };
  });
}
