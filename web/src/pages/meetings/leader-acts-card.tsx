import { Alert, Button, Space } from 'antd';
import { leaderSteps } from '../../api/meetings';
import type { MeetingDetail } from '../../api/meetings';
import { formatDateTime } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { useMeetingStep } from './use-meeting-step';

/**
 * What waits on the 区长 himself before the meeting may sit as planned: town and subdistrict principals at a
 * 副区长's meeting (art. 51, 58 "须经区长批准"), and the executive deputy's chair (art. 49 "可委托…召集并主持").
 * The buttons follow the server's actions; others see where it stands.
 */
export function LeaderActsCard({ meeting, unitName }: { meeting: MeetingDetail; unitName: (id: string) => string }) {
  const towns = meeting.townPrincipalsApproval;
  const entrustment = meeting.chairEntrustment;
  const decideTowns = useMeetingStep(meeting.id, (isApproved: boolean) => leaderSteps.decideTownPrincipals(meeting.id, { version: meeting.version, isApproved, opinion: null }), () => '已办理');
  const entrust = useMeetingStep(meeting.id, () => leaderSteps.entrustChair(meeting.id, { version: meeting.version, opinion: null }), () => '已委托');
  if (!towns && !entrustment) return null;
  const townNames = towns?.unitIds.map(unitName).join('、') ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="leader-acts">
      {towns && (
        <Alert
          type={towns.status === 'approved' ? 'success' : towns.status === 'refused' ? 'error' : 'warning'}
          showIcon
          message={
            towns.status === 'pending'
              ? `第五十八条：副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加；本次请${townNames}主要负责人参加，待区长批准，批准前不列为出席人员`
              : `区长${towns.actingForName ? `${towns.actingForName}（${towns.approverName ?? ''}代）` : (towns.approverName ?? '')}${towns.decidedAt ? `于${formatDateTime(towns.decidedAt)}` : ''}${towns.status === 'approved' ? '批准' : '未批准'}${townNames}主要负责人参加${towns.opinion ? `：${towns.opinion}` : ''}`
          }
          action={
            (meeting.actions.includes('approve_town_principals') || meeting.actions.includes('refuse_town_principals')) && (
              <Space>
                <Button size="small" type="primary" loading={decideTowns.isPending} onClick={() => decideTowns.mutate(true)}>
                  批准
                </Button>
                <Button size="small" loading={decideTowns.isPending} onClick={() => decideTowns.mutate(false)}>
                  不批准
                </Button>
              </Space>
            )
          }
        />
      )}
      {entrustment && (
        <Alert
          type={entrustment.status === 'entrusted' ? 'success' : 'warning'}
          showIcon
          message={
            entrustment.status === 'pending'
              ? `第四十九条：区长不能出席会议时，可委托负责区政府常务工作的副区长召集并主持；${meeting.chair}主持本次会议，待区长委托，委托前会议不能形成决定`
              : entrustment.basis === 'leave_report'
                ? `区长${entrustment.headName ?? ''}请假报告写明由${meeting.chair}代为主持工作，即委托其主持本次会议`
                : `区长${entrustment.headName ?? ''}${entrustment.entrustedAt ? `于${formatDateTime(entrustment.entrustedAt)}` : ''}委托${meeting.chair}召集并主持本次会议`
          }
          action={
            meeting.actions.includes('entrust_chair') && (
              <Button size="small" type="primary" loading={entrust.isPending} onClick={() => entrust.mutate()}>
                委托主持
              </Button>
            )
          }
        />
      )}
      {decideTowns.isError && <RuleRefusalAlert error={decideTowns.error} title="未能办理" />}
      {entrust.isError && <RuleRefusalAlert error={entrust.error} title="未能委托" />}
    </Space>
  );
}
