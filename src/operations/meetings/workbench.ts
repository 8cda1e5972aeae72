import { localDateOf } from '../../clock.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { meetingKindLabels, type MeetingKind } from '../../domain/meetings/types.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';

/**
 * Meeting work waiting for the user: the 区长's agenda decisions, exceptions and minutes to sign; the office
 * director's agenda reviews; a chair's or delegator's minutes; a related unit head's countersignatures; a
 * lead unit's follow-up tasks.
 */
registerWorkbenchProvider({
  area: 'meetings',
  label: '会议与督办',
  list: async ({ handle, clock, user }) => {
    const today = localDateOf(clock.now());
    const items: WorkItem[] = [];
    const year = today.slice(0, 4);
    const meetings = await meetingsRepository.list(handle.db, `${Number(year) - 1}-01-01`, `${Number(year) + 1}-12-31`);
    const leaders = await orgRepository.leaders(handle.db, today, ['head', 'office_director']);
    const isHead = leaders.some((l) => l.post.kind === 'head' && l.personId === user.personId);
    const isDirector = leaders.some((l) => l.post.kind === 'office_director' && l.personId === user.personId);
    for (const m of meetings) {
      const label = `${meetingKindLabels[m.kind as MeetingKind]}：${m.title}`;
      const push = (kind: string) => items.push({ id: `${m.id}:${kind}`, area: 'meetings', kind, title: label, due: { due: m.meetingDate, provisional: false, explanation: `会议日期 ${m.meetingDate}` }, href: `/meetings/${m.id}`, createdAt: m.createdAt });
      if (m.status === 'planned' && m.kind === 'executive' && m.agendaProposedAt && !m.agendaReviewedAt && isDirector) push('审定会议安排');
      if (m.status === 'planned' && m.agendaReviewedAt && !m.agendaDecidedAt && isHead) push('确定会议安排');
      const signer = m.kind === 'topical' ? (m.delegatedByPersonId ? null : m.chairPersonId) : leaders.find((l) => l.post.kind === 'head')?.personId;
      if (m.status === 'minutes_drafted' && m.kind === 'topical' && m.delegatedByPersonId === user.personId) push('审定会议纪要');
      if ((m.status === 'minutes_drafted' && signer === user.personId) || (m.status === 'minutes_approved' && (m.chairPersonId === user.personId || m.delegatedByPersonId === user.personId))) push('签发会议纪要');
      if (isHead) {
        for (const t of await meetingsRepository.topicsOf(handle.db, m.id)) {
          if (t.status === 'awaiting_exception') items.push({ id: t.id, area: 'meetings', kind: '议题逾期上会审批', title: t.title, href: `/meetings/${m.id}`, createdAt: t.createdAt });
        }
      }
    }
    if (user.unit) {
      for (const t of await meetingsRepository.topicsByUnit(handle.db, user.unit.id)) {
        const related = JSON.parse(t.relatedUnitIds) as string[];
        if (t.status === 'coordinating' && related.includes(user.unit.id) && user.roles.includes('unit_head')) {
          items.push({ id: t.id, area: 'meetings', kind: '议题会签', title: t.title, href: `/meetings/topics/${t.id}`, createdAt: t.createdAt });
        }
      }
      for (const task of await meetingsRepository.tasks(handle.db, { leadUnitId: user.unit.id, status: 'open' })) {
        items.push({ id: task.id, area: 'meetings', kind: '会议议定事项', title: task.title, due: { due: task.dueOn, provisional: false, explanation: `第五十七条：会议议定事项，${task.dueOn}前完成` }, href: `/tasks/${task.id}`, createdAt: task.createdAt });
      }
    }
    return items;
  },
});
