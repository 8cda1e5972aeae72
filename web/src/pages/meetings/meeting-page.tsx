import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useParams } from 'react-router';
import { fetchMeeting, meetingKeys } from '../../api/meetings';
import type { MeetingDetail } from '../../api/meetings';
import { formatDate } from '../../app/dates';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { AgendaCard } from './agenda-card';
import { AttendanceCard } from './attendance-card';
import { DecisionsCard } from './decisions-card';
import { LeaderActsCard } from './leader-acts-card';
import { MeetingsHeader } from './meetings-header';
import { compositionTexts, meetingKindColors, meetingStatusColors } from './meetings-labels';
import { MinutesCard } from './minutes-card';
import { TopicsCard } from './topics-card';
import { useLeaders, useUnits } from './use-org';

/** The meeting at a glance: kind, minutes number, date, place, who convenes and who chairs (and on whose behalf). */
function MeetingSummary({ meeting, unitName }: { meeting: MeetingDetail; unitName: (id: string) => string }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: '10px 16px' } }}>
      <Space size={8} wrap style={{ marginBottom: 6 }}>
        <Tag color={meetingKindColors[meeting.kind]}>{meeting.kindLabel}</Tag>
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="meeting-title">
          {meeting.title}
        </Typography.Text>
        <Tag color={meetingStatusColors[meeting.status]} data-testid="meeting-status">
          {meeting.statusLabel}
        </Tag>
        {meeting.minutesNumber && <Tag color="red" variant="outlined">{meeting.minutesNumber}</Tag>}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 4 }}
        items={[
          { key: 'date', label: '会议日期', children: `${formatDate(meeting.meetingDate)}${meeting.startTime ? ` ${meeting.startTime}` : ''}` },
          { key: 'place', label: '地点', children: meeting.place },
          { key: 'convener', label: '召集人', children: meeting.convener },
          {
            key: 'chair',
            label: '主持人',
            children: (
              <Space size={4} wrap>
                <span data-testid="meeting-chair">{meeting.chair}</span>
                {meeting.delegatedBy && (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                    受{meeting.delegatedBy}委托
                  </Tag>
                )}
              </Space>
            ),
          },
          ...(meeting.kind === 'topical'
            ? [{ key: 'units', label: '参加单位', span: 'filled' as const, children: meeting.attendeeUnitIds.map(unitName).join('、') || '—' }]
            : []),
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {compositionTexts[meeting.kind]}
      </Typography.Text>
    </Card>
  );
}

/**
 * 会议详情: the meeting, who sits and who is present with the live quorum, the topics and the arrangement (art. 52–54),
 * what was decided (art. 49) and the minutes (art. 56), whose decision items become follow-up tasks (art. 57).
 */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: meetingKeys.detail(id), queryFn: ({ signal }) => fetchMeeting(id, signal) });
  const data = detail.data;
  const units = useUnits();
  const leaders = useLeaders(data?.meetingDate);

  useEffect(() => {
    document.title = data ? `${data.title} · 政务` : '会议详情 · 政务';
  }, [data]);

  const personName = useCallback(
    (personId: string) => data?.attendance.find((seat) => seat.personId === personId)?.name ?? leaders.byPerson.get(personId)?.name ?? personId,
    [data, leaders.byPerson],
  );

  return (
    <CaseDetail query={detail} header={<MeetingsHeader title="会议详情" extra={<BackButton to="/meetings" text="会议日历" />} />} what="会议" list={{ to: '/meetings', text: '返回会议日历' }}>
      {(data) => (
        <>
          <MeetingSummary meeting={data} unitName={units.unitName} />
          <LeaderActsCard meeting={data} unitName={units.unitName} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={15}>
              <AttendanceCard meeting={data} leaders={leaders.byPerson} />
            </Col>
            <Col xs={24} xl={9}>
              <AgendaCard meeting={data} personName={personName} />
            </Col>
            <Col span={24}>
              <TopicsCard meeting={data} unitName={units.unitName} />
            </Col>
            <Col span={24}>
              <DecisionsCard meeting={data} unitName={units.unitName} unitOptions={units.options} />
            </Col>
            <Col span={24}>
              <MinutesCard meeting={data} personName={personName} />
            </Col>
          </Row>
        </>
      )}
    </CaseDetail>
  );
}
