import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';

/**
 * The executive meeting's arrangement (art. 54): the office proposes which ready topics go on the agenda,
 * the office director reviews, the 区长 decides. Other kinds take the office's arrangement directly.
 */
export async function arrangeAgenda(ctx: OperationContext, input: { id: string; version: number; stage: 'propose' | 'review' | 'decide'; topicIds?: readonly string[] }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (meeting.status !== 'planned') invalid('会议已召开，议程不能再调整');
    const day = localDateOf(at);
    const leaders = await orgRepository.leaders(trx, day, ['head', 'office_director']);
    const isPerson = (kind: string) => leaders.some((l) => l.post.kind === kind && l.personId === ctx.actor.personId);
    const fail = (message: string) => refuse([{ ruleId: 'meetings.executive-arrangement', article: 54, message }]);
    let changes = {};
    if (input.stage === 'propose') {
      if (!ctx.actor.roles.includes('office_staff')) fail('第五十四条：常务会议由区政府办公室提出安排意见');
      const topics = await meetingsRepository.topicsOf(trx, meeting.id);
      const chosen = input.topicIds ?? [];
      for (const id of chosen) {
        const t = topics.find((x) => x.id === id);
        if (!t) invalid('议题不属于该会议');
        if (t.status !== 'ready') invalid(`议题“${t.title}”尚未完成会签或审批，不能列入议程`);
      }
      for (const t of topics) {
        const index = chosen.indexOf(t.id);
        await meetingsRepository.updateTopic(trx, t.id, t.version, { status: index >= 0 ? 'scheduled' : t.status === 'scheduled' ? 'ready' : t.status, sortOrder: index >= 0 ? index + 1 : 0 });
      }
      changes = { agendaProposedAt: at.toISOString(), agendaReviewedByPersonId: null, agendaReviewedAt: null, agendaDecidedByPersonId: null, agendaDecidedAt: null };
    } else if (input.stage === 'review') {
      if (!meeting.agendaProposedAt) invalid('办公室尚未提出安排意见');
      if (!isPerson('office_director')) fail('第五十四条：常务会议安排意见经办公室主任审定');
      changes = { agendaReviewedByPersonId: ctx.actor.personId, agendaReviewedAt: at.toISOString() };
    } else {
      if (meeting.kind === 'executive' && !meeting.agendaReviewedAt) invalid('安排意见尚未经办公室主任审定');
      if (!isPerson('head')) fail('第五十四条：常务会议安排报区长确定');
      changes = { agendaDecidedByPersonId: ctx.actor.personId, agendaDecidedAt: at.toISOString() };
    }
    if (!(await meetingsRepository.update(trx, meeting.id, input.version, { ...changes, updatedAt: at.toISOString() }))) throw new DomainError('conflict', '会议已被他人修改，请刷新后重试');
    return { result: undefined, audit: [{ act: `meetings.agenda.${input.stage}`, objectType: 'meeting', objectId: meeting.id, result: 'success', article: 54, summary: { topicIds: input.topicIds ?? null } }] };
  });
}
