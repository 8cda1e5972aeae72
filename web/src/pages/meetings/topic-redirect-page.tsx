import { Card, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { MeetingDetail } from '../../api/meetings';
import { today } from '../../app/dates';
import { MeetingsHeader } from './meetings-header';
import { useFindMeeting } from './use-find-meeting';

/**
 * `/meetings/topics/:id`, where the 工作台 sends a unit head to countersign a topic: opens the meeting the topic is for.
 * Topics wait for countersignatures only while their meeting is being prepared, so only those meetings are searched.
 */
export default function TopicRedirectPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const year = Number(today().slice(0, 4));
  const found = useFindMeeting({ from: `${year - 1}-01-01`, to: `${year + 1}-12-31` }, (item) => item.status === 'planned', (meeting: MeetingDetail) => meeting.topics.some((topic) => topic.id === id));

  useEffect(() => {
    if (found.meeting) void navigate(`/meetings/${found.meeting.id}`, { replace: true });
  }, [found.meeting, navigate]);

  return (
    <>
      <MeetingsHeader title="议题" />
      {found.isSearching || found.meeting ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <Card size="small">
          <Result status="404" title="议题不存在，或其会议已召开" extra={<Link to="/meetings">返回会议日历</Link>} />
        </Card>
      )}
    </>
  );
}
