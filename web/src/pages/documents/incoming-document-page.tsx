import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Divider, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { documentKeys, fetchIncomingDocument } from '../../api/documents';
import type { IncomingDocumentDetail } from '../../api/documents';
import { fetchUnits, orgKeys } from '../../api/org';
import { today } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { BackButton, CaseDetail, CaseTitleCard, useActingFor } from '../../lib/case-detail';
import { ActionPanel } from './action-panel';
import { CountersignList } from './countersign-list';
import { DocumentElements } from './document-elements';
import { DocumentTimeline } from './document-timeline';
import { statusColors, urgencyColors } from './document-labels';
import { DocumentsHeader } from './documents-header';
import { CirculationList, InstructionList } from './circulation-card';
import { InstructionPanel } from './instruction-panel';
import { SupervisionTasksCard } from './supervision-tasks-card';
import { ReadPanel, ReturnedPanel } from './reading-actions';
import { VersionsList } from './versions-card';
import { FlagAlert } from '../../lib/rule-feedback';
import { dueText, OverdueTag, ProvisionalTag } from './step-clock';

/** The office's return in one line each reason, with its article (the filing unit sees the full panel). */
function ReturnedSummary({ returned }: { returned: NonNullable<IncomingDocumentDetail['returned']> }) {
  return (
    <span data-testid="returned-summary">
      {returned.reasons.map((reason) => (reason.message.startsWith('第') ? reason.message : `${articleLabel(reason.article)}：${reason.message}`)).join('；')}
      {returned.opinion ? `。${returned.opinion}` : ''}（{returned.by}）
    </span>
  );
}

/** Where the document stands now: the step it waits for and its clock, or why it waits for nothing. */
function CurrentStep({ doc }: { doc: IncomingDocumentDetail }) {
  const clock = doc.clock;
  if (clock) {
    return (
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 72 } }}
        data-testid="step-clock"
        items={[
          { key: 'step', label: '当前环节', children: <Tag color={statusColors[doc.status]}>{doc.statusLabel}</Tag> },
          {
            key: 'due',
            label: '办理期限',
            children: (
              <Space size={4} wrap>
                <Typography.Text type={clock.isOverdue ? 'danger' : undefined} strong>
                  {dueText(clock)}
                  {clock.basis === 'hours' ? '（北京时间）' : ''}
                </Typography.Text>
                <ProvisionalTag clock={clock} />
                <OverdueTag clock={clock} />
                {clock.basis === 'hours' && <Tag color="volcano">急件即到即办</Tag>}
              </Space>
            ),
          },
          {
            key: 'explanation',
            label: '计算',
            children: (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {clock.explanation}
              </Typography.Text>
            ),
          },
        ]}
      />
    );
  }
  switch (doc.status) {
    case 'returned':
      return <Alert type="error" showIcon title="已退回报送单位" description={doc.returned ? <ReturnedSummary returned={doc.returned} /> : undefined} />;
    case 'countersigning': {
      const signed = doc.countersignatures.length;
      return <Alert type="info" showIcon title={`待相关单位主要负责人会签（已会签 ${signed}/${doc.relatedUnitIds.length}）`} description="会签完毕后自动报送区政府办公室（第六十四条）" />;
    }
    case 'completed':
      return <Alert type="success" showIcon title="承办单位已办结，待区政府办公室归档" />;
    case 'archived':
      return <Alert type="success" showIcon title="已归档" />;
    default:
      return <Tag color={statusColors[doc.status]}>{doc.statusLabel}</Tag>;
  }
}

/** What has been decided so far: register number, proposal, whom it went to and why, the instruction, the handling. */
function HandlingSummary({ doc, unitName }: { doc: IncomingDocumentDetail; unitName: (id: string) => string }) {
  // After 呈区长 the document waits for the 区长: the latest of the two says why it is with whom.
  const assigned = doc.timeline.filter((item) => item.step === 'assign' || item.step === 'escalate').at(-1);
  const items: { key: string; label: string; children: ReactNode }[] = [];
  if (doc.registerNumber) items.push({ key: 'register', label: '收文登记号', children: doc.registerNumber });
  if (doc.proposal) items.push({ key: 'proposal', label: '拟办意见', children: <span style={{ whiteSpace: 'pre-wrap' }}>{doc.proposal}</span> });
  if (doc.isMajor) items.push({ key: 'major', label: '重大事项', children: <Tag color="magenta">报区长审批（第六十五条）</Tag> });
  if (doc.assignedLeader) {
    items.push({
      key: 'assigned',
      label: '批办',
      children: (
        <Space orientation="vertical" size={2} data-testid="assignment">
          <strong>{doc.assignedLeader.name}</strong>
          {assigned?.opinion && (
            <span>
              {assigned.opinion}
              {assigned.article !== null && (
                <Tag color="blue" variant="outlined" style={{ marginInlineStart: 6 }}>
                  {articleLabel(assigned.article)}
                </Tag>
              )}
            </span>
          )}
        </Space>
      ),
    });
  }
  if (doc.instructions.length > 0) items.push({ key: 'instruction', label: '领导批示', children: <InstructionList instructions={doc.instructions} /> });
  if (doc.handlingUnit) {
    items.push({
      key: 'handling',
      label: '承办单位',
      children: (
        <Space size={[4, 4]} wrap>
          <strong>{doc.handlingUnit.name}</strong>
          {doc.coUnitIds.map((id) => (
            <Tag key={id}>协办：{unitName(id)}</Tag>
          ))}
        </Space>
      ),
    });
  }
  if (doc.result) items.push({ key: 'result', label: '办理结果', children: <span style={{ whiteSpace: 'pre-wrap' }}>{doc.result}</span> });
  if (items.length === 0) return <Typography.Text type="secondary">尚未办理</Typography.Text>;
  return <Descriptions size="small" column={1} bordered styles={{ label: { width: 88, whiteSpace: 'nowrap' } }} items={items} />;
}

/** 公文详情: the document's elements, what has been decided, every step taken, and what the caller may do now. */
export default function IncomingDocumentPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => fetchIncomingDocument(id, signal) });
  const data = detail.data;
  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const mayInstruct = data?.actions.includes('instruct') ?? false;
  // Whether the leader signs as someone's cover (代某某批示, art. 62).
  const actingFor = useActingFor(id, mayInstruct, 'documents');

  const unitNames = useMemo(() => new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const unitName = useCallback((unitId: string) => unitNames.get(unitId) ?? unitId, [unitNames]);
  const unitOptions = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((unit) => unit.kind !== 'government' && unit.kind !== 'outside_body')
        .map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );

  useEffect(() => {
    document.title = data ? `${data.title} · 政务` : '公文详情 · 政务';
  }, [data]);

  return (
    <CaseDetail query={detail} header={<DocumentsHeader title="公文详情" extra={<BackButton />} />} what="公文" list={{ to: '/documents/incoming', text: '返回收文登记簿' }}>
      {(data) => <IncomingDocumentView data={data} actingFor={actingFor} unitName={unitName} unitOptions={unitOptions} />}
    </CaseDetail>
  );
}

/** The loaded document: its line, flags, the panels for what the caller may do, elements, steps. */
function IncomingDocumentView({
  data,
  actingFor,
  unitName,
  unitOptions,
}: {
  data: IncomingDocumentDetail;
  actingFor: ReturnType<typeof useActingFor>;
  unitName: (id: string) => string;
  unitOptions: readonly { value: string; label: string }[];
}) {
  const mayInstruct = data.actions.includes('instruct');
  // 批示, 阅 and a returned document have their own panels, 退回 is part of 初审, and 催办 runs from the chase list.
  const ownPanels: readonly string[] = ['instruct', 'read', 'resubmit', 'withdraw', 'return', 'chase'];
  const hasActions = data.actions.some((action) => !ownPanels.includes(action));
  const mayRead = data.actions.includes('read');
  const mayResubmit = data.actions.includes('resubmit') || data.actions.includes('withdraw');
  return (
    <>
      <CaseTitleCard
        leading={
          <>
            <Tag color={urgencyColors[data.urgency]}>{data.urgencyLabel}</Tag>
            <Tag color={data.docType === '请示' ? 'red' : 'blue'}>{data.docType}</Tag>
          </>
        }
        title={data.title}
        status={{ color: statusColors[data.status], label: data.statusLabel }}
        trailing={
          <>
            {data.isMajor && <Tag color="magenta">重大事项</Tag>}
            {data.revision > 1 && <Tag color="orange">第{data.revision}稿</Tag>}
            <Link to={`/documents/incoming/${data.id}/slip`} data-testid="slip-link">
              <Button size="small" icon={<PrinterOutlined />}>
                收文处理笺
              </Button>
            </Link>
          </>
        }
        subtitle={
          <>
            {data.sender}
            {data.channel !== 'platform' ? `（${data.channelLabel}来文）` : ''}
            {data.senderDocNumber ? ` · ${data.senderDocNumber}` : ''}
            {data.registerNumber ? ` · 收文登记号 ${data.registerNumber}` : ''}
          </>
        }
      />
      {data.flags.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <FlagAlert flags={data.flags} title="报送时标注以下情况，请区政府办公室初审时审核" testId="document-flags" />
        </div>
      )}
      {mayResubmit && <ReturnedPanel doc={data} />}
      {mayInstruct && <InstructionPanel key={data.version} doc={data} actingFor={actingFor} />}
      {mayRead && <ReadPanel key={`read-${data.version}`} doc={data} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={15}>
          <Card size="small" title="公文要素">
            <DocumentElements doc={data} unitName={unitName} />
          </Card>
          {data.circulation.length > 0 && (
            <Card size="small" title="传阅" style={{ marginTop: 12 }}>
              <CirculationList entries={data.circulation} />
            </Card>
          )}
          {data.versions.length > 0 && (
            <Card size="small" title={`报送版本（${data.versions.length}）`} style={{ marginTop: 12 }}>
              <VersionsList versions={data.versions} />
            </Card>
          )}
          {data.relatedUnitIds.length > 0 && (
            <Card size="small" title="会签（第六十四条）" style={{ marginTop: 12 }}>
              <CountersignList doc={data} unitName={unitName} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="当前办理" data-testid="current-step">
            <CurrentStep doc={data} />
            {hasActions && <Divider style={{ margin: '12px 0' }} />}
            <ActionPanel doc={data} unitOptions={unitOptions} />
            {!hasActions && !mayInstruct && !mayRead && !mayResubmit && data.status !== 'archived' && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
                本环节无需您办理。
              </Typography.Paragraph>
            )}
          </Card>
          <Card size="small" title="办理情况" style={{ marginTop: 12 }}>
            <HandlingSummary doc={data} unitName={unitName} />
          </Card>
          <SupervisionTasksCard doc={data} />
          <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
            <DocumentTimeline steps={data.timeline} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
