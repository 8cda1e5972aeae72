import { eventsRepository } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { can } from '../../domain/identity/policies.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';

/**
 * The office's 工作台 lists what waits for it in this area: invitations to approve (art. 91) or arrange
 * (art. 90), department meeting requests (art. 58) and speech requests (art. 81) awaiting a decision, each due
 * on the day of the activity, meeting or speech.
 */
registerWorkbenchProvider({
  area: 'events',
  label: '邀请与会议',
  list: async ({ handle, user }) => {
    if (!can(user.roles, 'events.arrange') && !can(user.roles, 'events.approve')) return [];
    const [invitations, meetings, speeches, units] = await Promise.all([
      eventsRepository.invitationsInStatus(handle.db, ['awaiting_approval', 'awaiting_arrangement']),
      eventsRepository.meetingsInStatus(handle.db, ['awaiting_approval']),
      eventsRepository.speechesInStatus(handle.db, ['awaiting_approval']),
      orgRepository.listUnits(handle.db),
    ]);
    const unitName = (id: string) => units.find((u) => u.id === id)?.name;
    const due = (date: string, what: string, article: string) => ({ due: date, provisional: false, explanation: `${article}：须于${what}${date}之前办理` });
    const items: WorkItem[] = [
      ...invitations.map((i): WorkItem => {
        const name = unitName(i.invitingUnitId);
        return {
          id: i.id,
          area: 'events',
          kind: i.status === 'awaiting_approval' ? '邀请待批准' : '邀请待安排',
          title: i.title,
          ...(name ? { unitName: name } : {}),
          due: due(i.activityDate, '活动日期', i.status === 'awaiting_approval' ? '第九十一条' : '第九十条'),
          href: `/events/invitations/${i.id}`,
          createdAt: i.createdAt,
        };
      }),
      ...meetings.map((m): WorkItem => {
        const name = unitName(m.unitId);
        return {
          id: m.id,
          area: 'events',
          kind: '会议待审批',
          title: m.title,
          ...(name ? { unitName: name } : {}),
          due: due(m.meetingDate, '会议日期', '第五十八条'),
          href: `/events/department-meetings/${m.id}`,
          createdAt: m.createdAt,
        };
      }),
      ...speeches.map(
        (s): WorkItem => ({
          id: s.id,
          area: 'events',
          kind: '讲话文章待审批',
          title: s.title,
          due: due(s.eventDate, '发表日期', '第八十一条'),
          href: `/events/speeches/${s.id}`,
          createdAt: s.createdAt,
        }),
      ),
    ];
    return items;
  },
});
