import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Divider, Form, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { documentTypes, fetchIncomingDocuments, documentKeys, uploadDocumentAttachment } from '../../api/documents';
import type { DocumentAttachment, DocumentType } from '../../api/documents';
import { fetchMeetings, meetingKeys } from '../../api/meetings';
import { fetchSequences, outgoingKeys } from '../../api/outgoing';
import type { Disclosure, DraftInput, OutgoingDetail, OutgoingIssuer, ReviewChecklist } from '../../api/outgoing';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { classificationLabels, urgencyLabels } from '../documents/document-labels';
import { classifications, urgencies } from '../../api/documents';
import type { Classification, Urgency } from '../../api/documents';
import { BodyEditor } from './body-editor';
import type { BodyBlock } from './body-numbering';
import { checklistOf, checklistQuestions, contentKindLabels, contentKinds, disclosureLabels, disclosures, issuerLabels, matterBasisChoiceOptions } from './outgoing-labels';
import type { MatterBasisChoice } from './outgoing-labels';
import { dateFormat, today } from '../../app/dates';
import { useWorkingDaysText } from './use-rule-days';
import { useUnits } from './use-units';

export type DraftFormValues = {
  issuer: OutgoingIssuer;
  docType: DocumentType;
  sequenceCode: string;
  title: string;
  mainRecipientUnitIds: string[];
  mainRecipientNames: string[];
  copyToUnitIds: string[];
  copyToNames: string[];
  disclosure: Disclosure;
  disclosureReason: string;
  classification: Classification;
  urgency: Urgency;
  body: BodyBlock[];
  note: string;
  isPolicy: boolean;
  interpretationTitle: string;
  interpretationBody: BodyBlock[];
  answersIncomingId: string | undefined;
  countersignUnitIds: string[];
  directsLowerGovernments: boolean;
  matterBasis: MatterBasisChoice;
  decidedAtMeetingId: string | undefined;
} & ReviewChecklist;

/** 上行文 show 签发人 (GB/T 9704 7.2.4); 批复 answers a 请示 (条例 第八条). */
const upwardTypes: readonly DocumentType[] = ['请示', '报告'];

function optional(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function initialValues(doc: OutgoingDetail | undefined, ownIssuer: OutgoingIssuer): DraftFormValues {
  if (!doc) {
    return {
      issuer: ownIssuer,
      docType: '通知',
      sequenceCode: '',
      title: '',
      mainRecipientUnitIds: [],
      mainRecipientNames: [],
      copyToUnitIds: [],
      copyToNames: [],
      disclosure: 'proactive',
      disclosureReason: '',
      classification: 'none',
      urgency: 'normal',
      body: [],
      note: '',
      isPolicy: false,
      interpretationTitle: '',
      interpretationBody: [],
      answersIncomingId: undefined,
      countersignUnitIds: [],
      directsLowerGovernments: false,
      matterBasis: 'other',
      decidedAtMeetingId: undefined,
      contentKind: 'important_matter',
      isProvidedByLaw: false,
      isCoveredByCurrentDocument: false,
      hasNewContent: true,
      isSeparateDivisionPlan: false,
      isDepartmentRemit: false,
    };
  }
  const inPlatform = (recipients: OutgoingDetail['mainRecipients']) => recipients.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const byName = (recipients: OutgoingDetail['mainRecipients']) => recipients.flatMap((r) => (r.unitId ? [] : [r.name]));
  return {
    issuer: doc.issuer,
    docType: doc.docType,
    sequenceCode: doc.sequenceCode,
    title: doc.title,
    mainRecipientUnitIds: inPlatform(doc.mainRecipients),
    mainRecipientNames: byName(doc.mainRecipients),
    copyToUnitIds: inPlatform(doc.copyTo),
    copyToNames: byName(doc.copyTo),
    disclosure: doc.disclosure,
    disclosureReason: doc.disclosureReason ?? '',
    classification: doc.classification,
    urgency: doc.urgency,
    body: doc.body.map((block) => ({ ...block })),
    note: doc.note ?? '',
    isPolicy: doc.isPolicy,
    interpretationTitle: doc.interpretation?.title ?? '',
    interpretationBody: doc.interpretation?.body.map((block) => ({ ...block })) ?? [],
    answersIncomingId: doc.answersIncomingId ?? undefined,
    countersignUnitIds: [...doc.countersignUnitIds],
    directsLowerGovernments: doc.directsLowerGovernments,
    matterBasis: doc.matterBasis ?? 'other',
    decidedAtMeetingId: doc.decidedAtMeeting?.id ?? undefined,
    ...doc.checklist,
  };
}

/** The form's values as the API takes a draft. */
export function draftInputOf(values: DraftFormValues, attachmentIds: readonly string[]): DraftInput {
  const checklist = checklistOf(values);
  const trimmed = (blocks: readonly BodyBlock[]) => blocks.map((block) => ({ ...block, text: block.text.trim() })).filter((block) => block.text !== '');
  return {
    issuer: values.issuer,
    docType: values.docType,
    title: values.title.trim(),
    mainRecipientUnitIds: values.mainRecipientUnitIds ?? [],
    mainRecipientNames: (values.mainRecipientNames ?? []).map((name) => name.trim()).filter((name) => name !== ''),
    copyToUnitIds: values.copyToUnitIds ?? [],
    copyToNames: (values.copyToNames ?? []).map((name) => name.trim()).filter((name) => name !== ''),
    disclosure: values.disclosure,
    disclosureReason: values.disclosure === 'withheld' ? optional(values.disclosureReason) : null,
    classification: values.classification,
    urgency: values.urgency,
    attachmentIds: [...attachmentIds],
    body: trimmed(values.body ?? []),
    note: optional(values.note),
    sequenceCode: values.sequenceCode,
    isPolicy: values.isPolicy,
    interpretation: values.isPolicy ? { title: values.interpretationTitle.trim(), body: trimmed(values.interpretationBody ?? []) } : null,
    answersIncomingId: values.docType === '批复' ? (values.answersIncomingId ?? null) : null,
    countersignUnitIds: values.countersignUnitIds ?? [],
    directsLowerGovernments: values.issuer === 'department' ? values.directsLowerGovernments : false,
    // Art. 69(一) is about the government's documents; "其他" is no basis (the 区长 signs).
    ...matterBasisInputOf(values),
    checklist,
  };
}

function matterBasisInputOf(values: DraftFormValues): Pick<DraftInput, 'matterBasis' | 'decidedAtMeetingId'> {
  const basis = values.issuer === 'government' && values.matterBasis !== 'other' ? values.matterBasis : null;
  return { matterBasis: basis, decidedAtMeetingId: basis === 'executive_meeting' ? (values.decidedAtMeetingId ?? null) : null };
}

/** How far back the meeting picker looks for the 常务会议 that decided a matter. */
const meetingLookBackDays = 365;

/** 事项依据 (art. 69(一)): a matter the 常务会议 decided (which one), a routine approval, or neither. */
function MatterBasisFields({ needsRecheckWarning }: { needsRecheckWarning: boolean }) {
  const form = Form.useFormInstance<DraftFormValues>();
  const basis = (Form.useWatch('matterBasis', form) as MatterBasisChoice | undefined) ?? 'other';
  const to = today();
  const from = dayjs(to, dateFormat).subtract(meetingLookBackDays, 'day').format(dateFormat);
  const meetings = useQuery({
    queryKey: [...meetingKeys.list(from, to)],
    queryFn: ({ signal }) => fetchMeetings(from, to, signal),
    enabled: basis === 'executive_meeting',
    staleTime: 5 * 60_000,
  });
  // Only a held 区政府常务会议 decides (the server refuses any other meeting).
  const options = (meetings.data?.items ?? [])
    .filter((meeting) => meeting.kind === 'executive' && meeting.status !== 'planned' && meeting.meetingDate <= to)
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))
    .map((meeting) => ({ value: meeting.id, label: `${meeting.meetingDate} ${meeting.title}` }));
  return (
    <>
      <Form.Item
        label="事项依据"
        name="matterBasis"
        style={{ marginBottom: basis === 'executive_meeting' ? 8 : 12 }}
        extra={`第六十九条：经区政府常务会议决定的事项和属于例行批准手续的事项，区长可授权副区长或办公室主任签发；其他由区长签发${needsRecheckWarning ? '。签发后改变事项依据的，退回签发人复核' : ''}`}
      >
        <Radio.Group aria-label="事项依据" optionType="button" options={matterBasisChoiceOptions} />
      </Form.Item>
      {basis === 'executive_meeting' && (
        <Form.Item label="决定该事项的常务会议" name="decidedAtMeetingId" rules={[{ required: true, message: '请选择决定该事项的区政府常务会议' }]}>
          <Select
            aria-label="决定该事项的常务会议"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={meetings.isPending}
            placeholder="已召开的区政府常务会议"
            notFoundContent="近一年没有已召开的区政府常务会议"
            options={options}
          />
        </Form.Item>
      )}
    </>
  );
}

/** Units inside the platform (they sign for the issued document) and bodies outside it by name. */
function RecipientFields({ label, unitsName, namesName, lowerGovernments, departments, options }: { label: string; unitsName: 'mainRecipientUnitIds' | 'copyToUnitIds'; namesName: 'mainRecipientNames' | 'copyToNames'; lowerGovernments: readonly string[]; departments: readonly string[]; options: { value: string; label: string }[] }) {
  const form = Form.useFormInstance<DraftFormValues>();
  const addAll = (ids: readonly string[]) => {
    const current = (form.getFieldValue(unitsName) as string[] | undefined) ?? [];
    form.setFieldValue(unitsName, [...new Set([...current, ...ids])]);
  };
  return (
    <Form.Item label={label} style={{ marginBottom: 12 }}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Form.Item name={unitsName} noStyle>
          <Select mode="multiple" allowClear aria-label={`${label}单位`} placeholder="平台内单位（印发后在其“收到的文件”中签收）" showSearch={{ optionFilterProp: 'label' }} options={options} maxTagCount={12} />
        </Form.Item>
        <Space size={6} wrap>
          <Button size="small" onClick={() => addAll(lowerGovernments)}>
            加入各镇人民政府、街道办事处和开发区
          </Button>
          <Button size="small" onClick={() => addAll(departments)}>
            加入区政府各部门
          </Button>
        </Space>
        <Form.Item name={namesName} noStyle>
          <Select mode="tags" aria-label={`${label}机关（平台外）`} tokenSeparators={['，', ',', '、']} placeholder="平台外的机关，如：淄博市人民政府（输入后回车）" open={false} />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

/**
 * The draft as its drafter writes it (拟稿) or revises it: the elements of 条例 第九条 and GB/T 9704, the body as
 * structured blocks, a policy document's 解读 (art. 36), the 会签 units (art. 68) and the 67/71 checklist.
 * `onSave` gets the API input; the refusal, if any, is shown above the buttons.
 */
export function DraftForm({ doc, ownUnit, ownUnitKind, isOffice, saveLabel, isSaving, error, onSave, onCancel }: {
  doc?: OutgoingDetail;
  ownUnit: { id: string; name: string } | null;
  ownUnitKind: string | undefined;
  isOffice: boolean;
  saveLabel: string;
  isSaving: boolean;
  error: unknown;
  onSave: (input: DraftInput) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<DraftFormValues>();
  const units = useUnits();
  const errorRef = useRef<HTMLDivElement>(null);
  const { files, setFiles, attachmentIds, isUploading } = useUploads<DocumentAttachment>(
    () => doc?.attachments.map((attachment) => ({ uid: attachment.id, name: attachment.fileName, size: attachment.size, status: 'done' as const, response: { ...attachment } as unknown as DocumentAttachment })) ?? [],
  );
  const ownIssuer: OutgoingIssuer = isOffice ? 'office' : 'government';
  const initial = useMemo(() => initialValues(doc, ownIssuer), [doc, ownIssuer]);

  const issuer = Form.useWatch('issuer', form) ?? initial.issuer;
  const docType = Form.useWatch('docType', form) ?? initial.docType;
  const disclosure = Form.useWatch('disclosure', form) ?? initial.disclosure;
  const classification = Form.useWatch('classification', form) ?? initial.classification;
  const isPolicy = Form.useWatch('isPolicy', form) ?? initial.isPolicy;
  const directs = Form.useWatch('directsLowerGovernments', form) ?? initial.directsLowerGovernments;
  const countersignUnitIds = Form.useWatch('countersignUnitIds', form) ?? initial.countersignUnitIds;
  const contentKind = Form.useWatch('contentKind', form) ?? initial.contentKind;
  const sequenceCode = Form.useWatch('sequenceCode', form);
  const replyDays = useWorkingDaysText('documents.countersignReplyWorkingDays');
  const disclosureDays = useWorkingDaysText('disclosure.proactiveWorkingDays');

  const sequences = useQuery({ queryKey: outgoingKeys.sequences, queryFn: ({ signal }) => fetchSequences(signal), staleTime: 10 * 60_000 });
  const sequenceOptions = useMemo(
    () =>
      (sequences.data?.items ?? [])
        .filter((sequence) => sequence.issuer === issuer && (issuer !== 'department' || sequence.unitId === ownUnit?.id))
        .map((sequence) => ({ value: sequence.code, label: `${sequence.code} · ${sequence.name}`, title: `编号形如 ${sequence.example}` })),
    [sequences.data, issuer, ownUnit],
  );
  const requests = useQuery({
    queryKey: documentKeys.incoming({ docType: '请示', pageSize: 50 }),
    queryFn: ({ signal }) => fetchIncomingDocuments({ docType: '请示', pageSize: 50 }, signal),
    enabled: docType === '批复',
  });

  const isGovernmentOrOffice = issuer !== 'department';
  const issuerOptions = [
    { value: 'government', label: `${issuerLabels.government}（${isOffice ? '办公室起草' : '代拟'}）` },
    { value: 'office', label: issuerLabels.office },
    ...(ownUnitKind === 'department' ? [{ value: 'department', label: `本部门（${ownUnit?.name ?? ''}）` }] : []),
  ];

  useEffect(() => {
    // The refusal is shown above the buttons; bring it into view on a long form.
    if (error) errorRef.current?.scrollIntoView({ block: 'center' });
  }, [error]);

  const save = (values: DraftFormValues) => onSave(draftInputOf(values, attachmentIds));

  return (
    <Form<DraftFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      onFinishFailed={() => setTimeout(() => document.querySelector('.ant-form-item-has-error')?.scrollIntoView({ block: 'center' }), 0)}
      data-testid="draft-form"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="第六十七、六十八、七十一条 制发文件"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>以区政府或区政府办公室名义制发的文件，由主管部门代拟，部门主要负责人审核把关，经区政府办公室审核后报区政府领导同志签发。</li>
            <li>属于部门职权范围内的事项，不得以区政府或区政府办公室名义行文；涉及其他部门职权的，须会签有关部门。</li>
            <li>凡法律法规已作出明确规定的，一律不再制发文件；现行文件规定仍适用的，不再重复发文；没有新内容、新政策的，一律不制发文件。</li>
          </ul>
        }
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 16 }}>
        <Form.Item label="发文机关" name="issuer" rules={[{ required: true, message: '请选择发文机关' }]} extra={ownUnit ? `起草单位：${ownUnit.name}` : undefined}>
          <Select
            options={issuerOptions}
            onChange={() => {
              form.setFieldValue('sequenceCode', '');
            }}
          />
        </Form.Item>
        <Form.Item label="文种" name="docType" rules={[{ required: true, message: '请选择文种' }]} extra={docType === '批复' ? '批复用于答复请示（条例第八条）' : upwardTypes.includes(docType) ? '上行文标注签发人' : undefined}>
          <Select options={documentTypes.filter((type) => type !== '纪要').map((type) => ({ value: type, label: type }))} />
        </Form.Item>
        <Form.Item label="发文字号" name="sequenceCode" rules={[{ required: true, message: '请选择发文字号' }]} extra="印发时按序编号，不空号、不重号">
          <Select aria-label="发文字号" placeholder="选择字号" loading={sequences.isPending} options={sequenceOptions} notFoundContent="本发文机关没有可用的字号" />
        </Form.Item>
        <Form.Item label="紧急程度" name="urgency">
          <Select options={urgencies.map((urgency) => ({ value: urgency, label: urgencyLabels[urgency] }))} />
        </Form.Item>
        <Form.Item label="密级" name="classification" extra="本平台只制发非涉密公文（第八十四条）">
          <Select options={classifications.map((item) => ({ value: item, label: classificationLabels[item] }))} />
        </Form.Item>
        <Form.Item label="公开属性" name="disclosure" extra={disclosure === 'proactive' ? `印发后${disclosureDays}内在政府网站公开` : undefined}>
          <Select options={disclosures.map((item) => ({ value: item, label: disclosureLabels[item] }))} />
        </Form.Item>
      </div>
      {sequenceCode && !sequenceOptions.some((option) => option.value === sequenceCode) && sequences.data && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="所选字号不属于当前发文机关，请重新选择" />
      )}
      {classification !== 'none' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="涉密公文不得通过本平台制发" description="第八十四条：严守保密纪律，严禁泄露国家秘密。请按涉密载体管理规定办理。" />
      )}
      {disclosure === 'withheld' && (
        <Form.Item label="不予公开的理由" name="disclosureReason" rules={[{ required: true, whitespace: true, message: '请写明不予公开的理由' }]}>
          <Input maxLength={500} placeholder="依据《中华人民共和国政府信息公开条例》的具体条款" />
        </Form.Item>
      )}
      {docType === '批复' && (
        <Form.Item label="答复的请示" name="answersIncomingId" rules={[{ required: true, message: '批复须答复收文登记簿中的一件请示' }]}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={requests.isPending}
            placeholder="选择收文登记簿中的请示"
            options={(requests.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.title}${item.registerNumber ? `（${item.registerNumber}）` : ''}` }))}
          />
        </Form.Item>
      )}
      {issuer === 'government' && <MatterBasisFields needsRecheckWarning={Boolean(doc?.signOff)} />}
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]} extra="标题由发文机关名称、事由和文种组成">
        <Input maxLength={200} placeholder="如：临淄区人民政府关于做好2026年春季农业生产工作的通知" />
      </Form.Item>
      <RecipientFields label="主送" unitsName="mainRecipientUnitIds" namesName="mainRecipientNames" lowerGovernments={units.lowerGovernments} departments={units.departments} options={units.options} />
      <Form.Item
        label="正文"
        name="body"
        required
        rules={[{ validator: async (_, value: BodyBlock[] | undefined) => ((value ?? []).some((block) => block.text.trim() !== '') ? undefined : Promise.reject(new Error('请填写正文'))) }]}
        extra="结构层次序数依次为“一、”“（一）”“1.”“（1）”（GB/T 9704-2012）"
      >
        <BodyEditor />
      </Form.Item>
      <Form.Item label="附件" extra="支持 PDF、OFD、DOCX、PNG、JPEG，单个不超过20MB">
        <AttachmentUpload files={files} onChange={setFiles} upload={uploadDocumentAttachment} buttonText="上传附件" />
      </Form.Item>
      <RecipientFields label="抄送" unitsName="copyToUnitIds" namesName="copyToNames" lowerGovernments={units.lowerGovernments} departments={units.departments} options={units.options} />
      <Form.Item label="附注" name="note" extra="如“此件公开发布”或联系人及电话，印在成文日期下方的圆括号内">
        <Input maxLength={500} placeholder="如：此件公开发布" />
      </Form.Item>

      <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
        会签与政策解读
      </Divider>
      <Form.Item
        label="会签单位"
        name="countersignUnitIds"
        extra={`涉及其他部门职权的，由有关部门主要负责人会签，${replyDays}内回复（第六十八条）；有分歧的列明各方理据，协调一致后再报`}
      >
        <Select mode="multiple" allowClear aria-label="会签单位" placeholder="不涉及其他部门职权的，无需选择" showSearch={{ optionFilterProp: 'label' }} options={units.options.filter((option) => option.value !== ownUnit?.id)} />
      </Form.Item>
      {countersignUnitIds.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8, fontSize: 12 }}>
          报送后先送 {countersignUnitIds.length} 个单位主要负责人会签，会签完毕再送区政府办公室审核。
        </Typography.Paragraph>
      )}
      {issuer === 'department' && (
        <Space size={8} style={{ marginBottom: 12 }} align="start">
          <Form.Item name="directsLowerGovernments" valuePropName="checked" noStyle>
            <Switch aria-label="向镇街或其他政府部署工作" />
          </Form.Item>
          <span>
            向各镇人民政府、街道办事处或其他政府部署工作（第七十条：须经区政府同意，文中注明“经区政府同意”）
            {directs && (
              <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                报送后由区政府办公室审核，呈区政府领导审定；正文须写明“经区政府同意”。
              </Typography.Text>
            )}
          </span>
        </Space>
      )}
      <Space size={8} style={{ marginBottom: 12 }}>
        <Form.Item name="isPolicy" valuePropName="checked" noStyle>
          <Switch aria-label="政策性文件" />
        </Form.Item>
        <span>政策性文件（第三十六条：解读方案与政策文件同步组织、同步审签、同步部署）</span>
      </Space>
      {isPolicy && (
        <div data-testid="interpretation-editor" style={{ padding: 12, background: '#fafafa', borderRadius: 6, marginBottom: 16 }}>
          <Form.Item label="解读标题" name="interpretationTitle" rules={[{ required: true, whitespace: true, message: '政策性文件须同步起草解读（第三十六条）' }]}>
            <Input maxLength={200} placeholder="如：《……的通知》政策解读" />
          </Form.Item>
          <Form.Item label="解读正文" name="interpretationBody" style={{ marginBottom: 0 }}>
            <BodyEditor />
          </Form.Item>
        </div>
      )}

      <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
        发文必要性（第六十七、七十一条）
      </Divider>
      <div data-testid="checklist">
        {isGovernmentOrOffice && (
          <Form.Item label="文件内容属于" name="contentKind" extra="第六十七条：区政府和区政府办公室制发的文件，限于以上三类事项">
            <Radio.Group options={contentKinds.map((kind) => ({ value: kind, label: contentKindLabels[kind] }))} />
          </Form.Item>
        )}
        {isGovernmentOrOffice && contentKind === 'none' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="不属于第六十七条所列事项的，不以区政府或区政府办公室名义发文" />}
        <Space orientation="vertical" size={4}>
          {checklistQuestions
            .filter((question) => isGovernmentOrOffice || question.key !== 'isDepartmentRemit')
            .map((question) => (
              <Form.Item key={question.key} name={question.key} valuePropName="checked" noStyle>
                <Checkbox>
                  {question.label}
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                    {question.hint}
                  </Typography.Text>
                </Checkbox>
              </Form.Item>
            ))}
        </Space>
      </div>

      <div ref={errorRef} style={{ marginTop: 16 }}>
        {Boolean(error) && (
          <div style={{ marginBottom: 16 }} data-testid="draft-refusal">
            <RuleRefusalAlert error={error} title="未能保存" />
          </div>
        )}
      </div>
      <Space>
        <Button type="primary" htmlType="submit" loading={isSaving} disabled={isUploading}>
          {saveLabel}
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
