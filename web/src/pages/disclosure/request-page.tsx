import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { RequestAction, RequestContact, RequestDetail, RequestOutcome } from '../../api/disclosure';
import { disclosureKeys, fetchRequest, fetchRequestContact, requestSteps } from '../../api/disclosure';
import { documentAttachmentUrl, uploadDocumentAttachment } from '../../api/documents';
import type { DocumentAttachment } from '../../api/documents';
import { dateFormat, formatDate } from '../../app/dates';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { ActionSection, CaseActionPanel } from '../../lib/case-actions';
import { BackButton, CaseDetail } from '../../lib/case-detail';
import { CaseTimeline } from '../../lib/case-timeline';
import { useShowApiError } from '../../lib/show-api-error';
import { stepColor, stepsOf } from './case-steps';
import { DueCell } from './clock-text';
import { DisclosureHeader } from './disclosure-header';
import { requestOutcomeOptions, requestOutcomes, requestStatusColors } from './disclosure-labels';
import { ChallengeModal } from './request-forms';
import { useCan } from './use-can';
import { useDisclosureStep } from './use-disclosure-step';

const order: readonly RequestAction[] = ['request_correction', 'correct', 'abandon', 'consult', 'end_consultation', 'extend', 'answer', 'withdraw'];

const dayOf = (value: Dayjs | null | undefined) => (value ? value.format(dateFormat) : null);

function CorrectionSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (values: { items: string; periodWorkingDays?: number }) => requestSteps.requestCorrection(item.id, { version: item.version, items: values.items.trim(), periodWorkingDays: values.periodWorkingDays }), (result) => `已告知补正${result.byOn ? `，${formatDate(result.byOn)}前补正` : ''}`);
  return (
    <ActionSection testId="request-correction" title="告知补正" hint="条例第三十条：申请内容不明确的，自收到申请之日起7个工作日内一次性告知补正事项和合理的补正期限；答复期限自收到补正申请之日起重新计算。" error={step.error} errorTitle="未能告知补正">
      <Form layout="vertical" name="correction" initialValues={{ periodWorkingDays: 15 }} onFinish={(values: { items: string; periodWorkingDays?: number }) => step.mutate(values)}>
        <Form.Item name="items" rules={[{ required: true, whitespace: true, message: '请填写需要补正的事项' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="需要补正的事项（一次性告知）" />
        </Form.Item>
        <Form.Item label="补正期限（工作日）" name="periodWorkingDays" style={{ marginBottom: 8 }}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          告知补正
        </Button>
      </Form>
    </ActionSection>
  );
}

function CorrectSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (values: { description: string; receivedOn?: Dayjs | null }) => requestSteps.correct(item.id, { version: item.version, description: values.description.trim(), receivedOn: dayOf(values.receivedOn) }), (result) => `已登记补正，${formatDate(result.dueOn)}前答复`);
  return (
    <ActionSection testId="request-correct" title="登记补正" hint="申请人以书面方式提交的补正申请：答复期限自收到补正申请之日起重新计算。" error={step.error} errorTitle="未能登记补正">
      <Form layout="vertical" name="correct" initialValues={{ description: item.description }} onFinish={(values: { description: string; receivedOn?: Dayjs | null }) => step.mutate(values)}>
        <Form.Item name="description" rules={[{ required: true, whitespace: true, message: '请填写补正后的所需信息描述' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label="收到补正之日（默认今天）" name="receivedOn" style={{ marginBottom: 8 }}>
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          登记补正
        </Button>
      </Form>
    </ActionSection>
  );
}

function AbandonSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), () => requestSteps.abandon(item.id, { version: item.version }), () => '已视为放弃申请');
  return (
    <ActionSection testId="request-abandon" title="视为放弃" hint={`条例第三十条：申请人无正当理由逾期不补正的，视为放弃申请。${item.correction ? `补正期限：${formatDate(item.correction.byOn)}。` : ''}`} error={step.error} errorTitle="未能办理">
      <Button danger loading={step.isPending} onClick={() => step.mutate(undefined)}>
        逾期未补正，视为放弃
      </Button>
    </ActionSection>
  );
}

function ExtendSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (values: { reason: string; notice: string }) => requestSteps.extend(item.id, { version: item.version, reason: values.reason.trim(), notice: values.notice.trim() }), (result) => `已批准延长，${formatDate(result.dueOn)}前答复`);
  return (
    <ActionSection testId="request-extend" title="批准延长答复期限" hint="条例第三十三条：需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过20个工作日。" error={step.error} errorTitle="未能批准延长">
      <Form layout="vertical" name="extend" onFinish={(values: { reason: string; notice: string }) => step.mutate(values)}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: '请填写延长理由' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="延长理由" />
        </Form.Item>
        <Form.Item name="notice" rules={[{ required: true, whitespace: true, message: '请填写告知申请人的内容' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="告知申请人的延期内容" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          同意延长
        </Button>
      </Form>
    </ActionSection>
  );
}

function ConsultSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (values: { party: string; matter?: string }) => requestSteps.consult(item.id, { version: item.version, party: values.party.trim(), matter: values.matter?.trim() || null }), () => '已征求第三方意见，所需时间不计入答复期限');
  return (
    <ActionSection testId="request-consult" title="征求第三方意见" hint="条例第三十二条：第三方自收到征求意见书之日起15个工作日内提出意见；所需时间不计入答复期限。" error={step.error} errorTitle="未能办理">
      <Form layout="vertical" name="consult" onFinish={(values: { party: string; matter?: string }) => step.mutate(values)}>
        <Form.Item name="party" rules={[{ required: true, whitespace: true, message: '请填写第三方或其他机关' }]} style={{ marginBottom: 8 }}>
          <Input maxLength={200} placeholder="第三方或其他机关" />
        </Form.Item>
        <Form.Item name="matter" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="征求意见的事项（选填）" />
        </Form.Item>
        <Button htmlType="submit" loading={step.isPending}>
          征求意见
        </Button>
      </Form>
    </ActionSection>
  );
}

function EndConsultationSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (values: { opinion?: string; receivedOn?: Dayjs | null }) => requestSteps.endConsultation(item.id, { version: item.version, opinion: values.opinion?.trim() || null, receivedOn: dayOf(values.receivedOn) }), (result) => `已记录第三方意见，${formatDate(result.dueOn)}前答复`);
  return (
    <ActionSection testId="request-end-consultation" title="第三方意见已收到" hint="征求意见所用工作日不计入答复期限，答复期限相应顺延。" error={step.error} errorTitle="未能办理">
      <Form layout="vertical" name="end-consultation" onFinish={(values: { opinion?: string; receivedOn?: Dayjs | null }) => step.mutate(values)}>
        <Form.Item name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="第三方意见（逾期未提出的可不填）" />
        </Form.Item>
        <Form.Item label="收到意见之日（默认今天）" name="receivedOn" style={{ marginBottom: 8 }}>
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          意见已收到
        </Button>
      </Form>
    </ActionSection>
  );
}

type AnswerForm = { outcome: RequestOutcome; reason?: string; answer: string };

function AnswerSection({ item }: { item: RequestDetail }) {
  const [form] = Form.useForm<AnswerForm>();
  const outcome = Form.useWatch('outcome', form);
  const needsReason = outcome ? requestOutcomes[outcome].needsReason : false;
  const uploads = useUploads<DocumentAttachment>(() => [] as UploadFile<DocumentAttachment>[]);
  const step = useDisclosureStep(
    disclosureKeys.request(item.id),
    (values: AnswerForm) => requestSteps.answer(item.id, { version: item.version, outcome: values.outcome, reason: values.reason?.trim() || null, answer: values.answer.trim(), attachmentId: uploads.attachmentIds[0] ?? null }),
    (result) => (result.isLate ? '已答复（超过答复期限，记为逾期答复）' : '已答复申请人'),
  );
  return (
    <ActionSection testId="request-answer" title="答复申请人" hint="条例第三十六条：按情形答复；不予公开、无法提供、不予处理的，告知理由。答复情形按年度报告的分类统计。" error={step.error} errorTitle="未能答复">
      <Form<AnswerForm> form={form} layout="vertical" name="answer" onFinish={(values) => step.mutate(values)}>
        <Form.Item label="答复情形" name="outcome" rules={[{ required: true, message: '请选择答复情形' }]} style={{ marginBottom: 8 }}>
          <Select options={requestOutcomeOptions} showSearch={{ optionFilterProp: 'label' }} placeholder="按年度报告分类选择" data-testid="answer-outcome" />
        </Form.Item>
        {needsReason && (
          <Form.Item label="理由及依据" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由及依据' }]} style={{ marginBottom: 8 }}>
            <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
        <Form.Item label="答复内容" name="answer" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={20_000} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <AttachmentUpload files={uploads.files} onChange={uploads.setFiles} upload={(file) => uploadDocumentAttachment(file)} buttonText="上传答复书" maxCount={1} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending} disabled={uploads.isUploading}>
          答复
        </Button>
      </Form>
    </ActionSection>
  );
}

function WithdrawSection({ item }: { item: RequestDetail }) {
  const step = useDisclosureStep(disclosureKeys.request(item.id), (note: string) => requestSteps.withdraw(item.id, { version: item.version, note: note.trim() || null }), () => '已登记撤回');
  return (
    <ActionSection testId="request-withdraw" title="撤回申请" hint="申请人书面撤回的，由办公室登记。" error={step.error} errorTitle="未能撤回">
      <Form layout="vertical" name="withdraw" onFinish={(values: { note?: string }) => step.mutate(values.note ?? '')}>
        <Form.Item name="note" style={{ marginBottom: 8 }}>
          <Input maxLength={1000} placeholder="说明（选填）" />
        </Form.Item>
        <Button danger htmlType="submit" loading={step.isPending}>
          登记撤回
        </Button>
      </Form>
    </ActionSection>
  );
}

/** 查看: the applicant's full identity number, telephone and address; every reading is audited. */
function ContactButton({ item }: { item: RequestDetail }) {
  const showError = useShowApiError();
  const [contact, setContact] = useState<RequestContact | null>(null);
  const reveal = useMutation({ mutationFn: () => fetchRequestContact(item.id), onSuccess: setContact, onError: (error) => showError(error, '未能查看') });
  return (
    <>
      <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()} data-testid="reveal-contact">
        查看
      </Button>
      {contact && (
        <Modal title={`申请人信息 · ${contact.number}`} open onCancel={() => setContact(null)} onOk={() => setContact(null)} cancelButtonProps={{ style: { display: 'none' } }}>
          <Descriptions
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            column={1}
            items={[
              { key: 'name', label: '申请人', children: contact.applicantName },
              { key: 'id', label: '身份证号码', children: contact.idNumber ?? '—' },
              { key: 'contact', label: '联系电话', children: contact.contact },
              { key: 'address', label: '通信地址', children: contact.address ?? '—' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            本次查看已记入审计日志。
          </Typography.Paragraph>
        </Modal>
      )}
    </>
  );
}

function RequestView({ item }: { item: RequestDetail }) {
  const canRecord = useCan('disclosure.requests');
  const [isChallenge, setIsChallenge] = useState(false);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={
            <Space size={8} wrap>
              <span data-testid="document-title">{item.number}</span>
              <Tag color={requestStatusColors[item.status]} data-testid="request-status">
                {item.statusLabel}
              </Tag>
              {item.isExtended && <Tag color="orange">已延长</Tag>}
              {item.isOverdue && <Tag color="red">超期</Tag>}
            </Space>
          }
          extra={
            canRecord &&
            item.status === 'answered' && (
              <Button size="small" onClick={() => setIsChallenge(true)}>
                登记行政复议、诉讼
              </Button>
            )
          }
        >
          <Descriptions
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'applicant', label: '申请人', children: `${item.applicantName}（${item.applicantKindLabel}）` },
              {
                key: 'contact',
                label: '联系方式',
                children: (
                  <Space size={8} wrap>
                    <span data-testid="contact-masked">{[item.contactMasked, item.idNumberMasked, item.addressMasked].filter(Boolean).join('；') || '—'}</span>
                    {canRecord && <ContactButton item={item} />}
                  </Space>
                ),
              },
              { key: 'channel', label: '申请方式', children: item.channelLabel },
              { key: 'delivery', label: '获取方式', children: item.deliveryLabel },
              { key: 'received', label: '收到申请之日', children: formatDate(item.receivedOn) },
              { key: 'start', label: '计时起点', children: formatDate(item.clockStart) },
              {
                key: 'due',
                label: '答复期限',
                span: 2,
                children: <DueCell due={item.clock?.due ?? item.dueOn} isOverdue={item.isOverdue} explanation={item.clock?.explanation} testId="request-due" />,
              },
              { key: 'description', label: '所需信息', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span> },
              ...(item.purpose ? [{ key: 'purpose', label: '用途', span: 2, children: item.purpose }] : []),
              ...(item.head ? [{ key: 'head', label: '工作机构负责人', span: 2, children: `${item.head.name}（批准延长答复期限）` }] : []),
            ]}
          />
          {item.correction && (
            <Alert
              type={item.correction.correctedOn ? 'info' : 'warning'}
              showIcon
              style={{ marginTop: 12 }}
              title={`告知补正（${formatDate(item.correction.requestedOn)}，${item.correction.requestedByName}）：${formatDate(item.correction.byOn)}前补正${item.correction.correctedOn ? `；${formatDate(item.correction.correctedOn)}已补正` : ''}`}
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.correction.items}</span>}
            />
          )}
          {item.extension && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={`延长答复期限${item.extension.days}个工作日（${item.extension.approvedByName}，${formatDate(item.extension.approvedOn)}同意）`}
              description={
                <>
                  <div>理由：{item.extension.reason}</div>
                  <div>告知申请人：{item.extension.notice}</div>
                </>
              }
            />
          )}
          {item.consultations.map((consultation) => (
            <Alert
              key={consultation.id}
              type={consultation.endedOn ? 'info' : 'warning'}
              showIcon
              style={{ marginTop: 12 }}
              title={`征求${consultation.party}意见：${formatDate(consultation.sentOn)}发出，${formatDate(consultation.dueOn)}前提出${consultation.endedOn ? `；${formatDate(consultation.endedOn)}收到，用时${consultation.workingDays ?? 0}个工作日（不计入答复期限）` : ''}`}
              description={[consultation.matter, consultation.opinion ? `意见：${consultation.opinion}` : null].filter(Boolean).join('\n') || undefined}
            />
          ))}
          {item.answer && (
            <Card size="small" type="inner" title={`答复（${formatDate(item.answer.answeredOn)}${item.answer.answeredByName ? `，${item.answer.answeredByName}` : ''}）`} style={{ marginTop: 12 }} data-testid="request-answer-view">
              <Space size={6} wrap style={{ marginBottom: 6 }}>
                <Tag color="blue">{item.answer.outcomeGroup}</Tag>
                <Tag>{item.answer.outcomeLabel}</Tag>
                {item.answer.isLate && <Tag color="red">逾期答复</Tag>}
              </Space>
              {item.answer.reason && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>理由：{item.answer.reason}</Typography.Paragraph>}
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.answer.text}</Typography.Paragraph>
              {item.answer.attachment && (
                <a href={documentAttachmentUrl(item.answer.attachment.id)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {item.answer.attachment.fileName}
                </a>
              )}
            </Card>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small" title="当前办理">
          <CaseActionPanel
            order={order}
            actions={item.actions}
            version={item.version}
            render={(action) => {
              if (action === 'request_correction') return <CorrectionSection item={item} />;
              if (action === 'correct') return <CorrectSection item={item} />;
              if (action === 'abandon') return <AbandonSection item={item} />;
              if (action === 'extend') return <ExtendSection item={item} />;
              if (action === 'consult') return <ConsultSection item={item} />;
              if (action === 'end_consultation') return <EndConsultationSection item={item} />;
              if (action === 'answer') return <AnswerSection item={item} />;
              if (action === 'withdraw') return <WithdrawSection item={item} />;
              return null;
            }}
          />
          {item.actions.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              本环节无需您办理。
            </Typography.Text>
          )}
        </Card>
        <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
          <CaseTimeline steps={stepsOf(item.timeline)} colorOf={stepColor(['abandon', 'withdraw', 'request_correction'], ['answer'])} />
        </Card>
      </Col>
      {isChallenge && <ChallengeModal requestId={item.id} onClose={() => setIsChallenge(false)} />}
    </Row>
  );
}

/** 政府信息公开申请: the applicant (masked), the clock and how it was counted, and the office's steps (art. 34). */
export default function RequestPage() {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: disclosureKeys.request(id), queryFn: ({ signal }) => fetchRequest(id, signal) });
  useEffect(() => {
    document.title = detail.data ? `${detail.data.number} · 政务` : '政府信息公开申请 · 政务';
  }, [detail.data]);
  return (
    <CaseDetail query={detail} header={<DisclosureHeader title="依申请公开" extra={<BackButton to="/disclosure/requests" text="依申请公开" />} />} what="政府信息公开申请" list={{ to: '/disclosure/requests', text: '返回依申请公开' }}>
      {(item) => <RequestView item={item} />}
    </CaseDetail>
  );
}
