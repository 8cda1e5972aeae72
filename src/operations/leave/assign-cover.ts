import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { invalid } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';

/**
 * The 区长 arranges another leader to cover an absent one for a period (art. 63 "特殊情况时，由区长安排其他
 * 领导同志进行工作补位"), which also lets mutual covers be away together.
 */
export async function assignCover(
  ctx: OperationContext,
  input: { absentPersonId: string; coverPersonId: string; validFrom: LocalDate; validTo: LocalDate; reason: string },
): Promise<{ id: string }> {
  if (input.validTo < input.validFrom) invalid('结束日期不能早于开始日期');
  if (input.absentPersonId === input.coverPersonId) invalid('补位领导不能是本人');
  return commitChange(ctx, async (trx, at) => {
    const leaders = await orgRepository.leaders(trx, input.validFrom, ['head', 'executive_deputy', 'deputy']);
    const head = leaders.find((l) => l.post.kind === 'head');
    if (!head || head.personId !== ctx.actor.personId) {
      refuseBy('cover.head-assigns', '第六十三条：特殊情况时，由区长安排其他领导同志进行工作补位；另行安排补位须由区长本人办理');
    }
    for (const id of [input.absentPersonId, input.coverPersonId]) {
      if (!leaders.some((l) => l.personId === id)) invalid('补位安排只在区政府领导之间进行');
    }
    const id = randomUUID();
    await leaveRepository.insertAssignment(trx, { id, ...input, assignedByPersonId: head.personId, createdAt: at.toISOString() });
    const names = Object.fromEntries(leaders.map((l) => [l.personId, l.name]));
    return {
      result: { id },
      audit: [
        {
          act: 'cover.assign',
          objectType: 'cover_assignment',
          objectId: id,
          result: 'success',
          article: 63,
          summary: { absent: names[input.absentPersonId], cover: names[input.coverPersonId], validFrom: input.validFrom, validTo: input.validTo, reason: input.reason },
        },
      ],
    };
  });
}
