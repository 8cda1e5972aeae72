import { Card, Tabs } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../layout/app-layout';
import { InvitationsTab } from './invitations-tab';
import { MeetingsTab } from './meetings-tab';
import { SpeechesTab } from './speeches-tab';

const tabs = [
  { key: 'invitations', label: '活动邀请' },
  { key: 'department-meetings', label: '系统会议' },
  { key: 'speeches', label: '讲话文章' },
] as const;
type TabKey = (typeof tabs)[number]['key'];

const isTab = (value: string | undefined): value is TabKey => tabs.some((tab) => tab.key === value);

/**
 * 邀请与会议: invitations of leaders (art. 90–92), departments' system-wide meetings (art. 58) and speeches and
 * articles for the government (art. 81). `/events/<tab>/<id>` opens one object beside its list (the 工作台 links there).
 */
export default function EventsPage() {
  const params = useParams();
  const navigate = useNavigate();
  const tab: TabKey = isTab(params.tab) ? params.tab : 'invitations';

  useEffect(() => {
    document.title = '邀请与会议 · 政务';
  }, []);

  return (
    <>
      <PageTitle>邀请与会议</PageTitle>
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs size="small" activeKey={tab} items={tabs.map((t) => ({ key: t.key, label: t.label }))} onChange={(key) => void navigate(`/events/${key}`)} />
        {tab === 'invitations' && <InvitationsTab openId={params.id} />}
        {tab === 'department-meetings' && <MeetingsTab openId={params.id} />}
        {tab === 'speeches' && <SpeechesTab openId={params.id} />}
      </Card>
    </>
  );
}
