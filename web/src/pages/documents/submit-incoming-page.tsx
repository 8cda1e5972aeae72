import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Card, DatePicker, Form, Input, Result, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { classifications, documentKeys, documentTypes, resubmitIncoming, submitIncoming, uploadDocumentAttachment, urgencies } from '../../api/documents';
import type { Classification, DocumentAttachment, DocumentType, IncomingDocumentDetail, SubmitIncomingInput, Urgency } from '../../api/documents';
import { fetchUnit, fetchUnits, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { classificationLabels, urgencyLabels } from './document-labels';
import { DocumentsHeader, useIsSubmitter } from './documents-header';
import { RuleRefusalAlert, ruleText } from '../../lib/rule-feedback';
import { AttachmentList } from './document-elements';
import { ReturnReasons } from './reading-actions';

type SubmitForm = {
  docType: DocumentType;
  title: string;
  body: string;
  senderDocNumber: string;
  signerName: string;
  urgency: Urgency;
  classification: Classification;
  declaredMatters: string[];
  relatedUnitIds: string[];
  attachmentNote: string;
  writtenOn?: Dayjs;
  note: string;
  cc: string;
  /** 主送机关 as the document states them (art. 64 "不得多头报文"). */
  mainRecipients: string[];
  /** For a unit under another body: the approval to file past it (art. 64 "未经批准不得越级行文"). */
  skipLevelApproval: string;
  /** On a revision: what was changed in answer to the return. */
  changeNote?: string;
};

const docNumberPattern = /〔\d{4}〕\d+号$/;

function optional(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The form's values from a returned document, so the unit revises what it filed rather than typing it again. */
function valuesOf(doc: IncomingDocumentDetail): Partial<SubmitForm> {
  return {
    docType: doc.docType,
    title: doc.title,
    body: doc.body,
    senderDocNumber: doc.senderDocNumber ?? '',
    signerName: doc.signerName,
    urgency: doc.urgency,
    classification: doc.classification,
    declaredMatters: doc.declaredMatters.length > 0 ? [...doc.declaredMatters] : [''],
    relatedUnitIds: [...doc.relatedUnitIds],
    attachmentNote: doc.attachmentNote ?? '',
    writtenOn: dayjs(doc.writtenOn, dateFormat),
    note: doc.note ?? '',
    cc: doc.cc ?? '',
    mainRecipients: [...doc.mainRecipients],
    skipLevelApproval: doc.skipLevelApproval ?? '',
  };
}

/** 报送: a unit files a 请示 or 报告 (or another type) to the government through the office (art. 64). */
export default function SubmitIncomingPage() {
  return <SubmitIncomingForm />;
}

/**
 * The filing form. With `returned`, the same form revises a document the office returned: prefilled with what
 * was filed, the reasons for the return (with their articles) above it, and 重新报送 files the next revision of
 * the same document — through 签发 and 会签 again as on first filing (art. 64).
 */
export function SubmitIncomingForm({ returned }: { returned?: IncomingDocumentDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const session = useSession();
  const isSubmitter = useIsSubmitter();
  const [form] = Form.useForm<SubmitForm>();
  // On a revision these are the files added to it; those filed before stay with the document.
  const { files, setFiles, attachmentIds, isUploading } = useUploads<DocumentAttachment>();
  const errorRef = useRef<HTMLDivElement>(null);
  const unit = session.data?.user.unit ?? null;

  const pageTitle = returned ? '修改后重新报送' : '报送公文';
  useEffect(() => {
    document.title = `${pageTitle} · 政务`;
  }, [pageTitle]);

  const asOf = today();
  const ownUnit = useQuery({
    queryKey: orgKeys.unit(unit?.id ?? '', asOf, false),
    queryFn: ({ signal }) => fetchUnit(unit?.id ?? '', asOf, false, signal),
    enabled: unit !== null,
  });
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const principals = useMemo(
    () => (ownUnit.data?.posts ?? []).filter((post) => post.kind === 'principal').flatMap((post) => post.holders.map((holder) => ({ personId: holder.personId, name: holder.name, title: post.title }))),
    [ownUnit.data],
  );
  const relatedOptions = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((item) => item.id !== unit?.id && item.kind !== 'government' && item.kind !== 'outside_body')
        .map((item) => ({ value: item.id, label: item.name })),
    [units.data, unit],
  );

  const docType = Form.useWatch('docType', form) ?? '请示';
  const classification = Form.useWatch('classification', form) ?? 'none';
  const declaredMatters = Form.useWatch('declaredMatters', form) ?? [];
  const relatedUnitIds = Form.useWatch('relatedUnitIds', form) ?? [];
  const isRequest = docType === '请示';
  const matterCount = declaredMatters.filter((matter) => matter?.trim()).length;

  const mutation = useMutation({
    mutationFn: async (input: SubmitIncomingInput & { changeNote?: string }) => {
      if (!returned) return submitIncoming(input);
      // The type and 密级 of a document stay what they were filed as; the rest is the revision.
      const { docType: _docType, classification: _classification, changeNote, ...revised } = input;
      const result = await resubmitIncoming(returned.id, { ...revised, version: returned.version, changeNote: changeNote ?? '' });
      return { id: returned.id, status: result.status, flags: result.flags };
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
      if (result.flags.length > 0) {
        void message.warning(`已报送，并标注：${result.flags.map(ruleText).join('；')}`, 8);
      } else if (result.status === 'awaiting_sign_off') {
        void message.success('已提交，待本单位主要负责人签发后报送（第六十四条）');
      } else if (result.status === 'countersigning') {
        void message.success('已提交，待相关单位主要负责人会签后报送区政府办公室');
      } else {
        void message.success('已报送区政府办公室');
      }
      void navigate(`/documents/incoming/${result.id}`);
    },
    onError: () => {
      // The refusal is shown above the buttons; bring it into view on a long form.
      setTimeout(() => errorRef.current?.scrollIntoView({ block: 'center' }), 0);
    },
  });


  const submit = (values: SubmitForm) => {
    const signerName = values.signerName.trim();
    const input: SubmitIncomingInput = {
      docType: values.docType,
      title: values.title.trim(),
      body: values.body.trim(),
      senderDocNumber: optional(values.senderDocNumber),
      // Only the name the document shows: the principal head signs a 请示 off in their own session (待签发).
      signerName,
      urgency: values.urgency,
      classification: values.classification,
      declaredMatters: (values.declaredMatters ?? []).map((matter) => matter?.trim() ?? '').filter((matter) => matter !== ''),
      relatedUnitIds: values.relatedUnitIds ?? [],
      attachmentNote: optional(values.attachmentNote),
      writtenOn: (values.writtenOn ?? dayjs(today(), dateFormat)).format(dateFormat),
      note: optional(values.note),
      cc: optional(values.cc),
      mainRecipients: (values.mainRecipients ?? []).map((r) => r.trim()).filter((r) => r !== ''),
      skipLevelApproval: optional(values.skipLevelApproval),
      attachmentIds,
    };
    mutation.mutate(returned ? { ...input, changeNote: values.changeNote?.trim() ?? '' } : input);
  };

  if (session.data && isSubmitter === false) {
    return (
      <>
        <DocumentsHeader title={pageTitle} />
        <Card size="small">
          <Result status="403" title="只有各单位的经办人员和负责人可以报送公文" extra={<Link to="/documents/incoming">返回收文登记簿</Link>} />
        </Card>
      </>
    );
  }

  return (
    <>
      <DocumentsHeader title={pageTitle} />
      <Card size="small" style={{ maxWidth: 1040 }}>
        {returned && <ReturnReasons doc={returned} />}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="第六十四条 报送区政府的公文"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              <li>公文一律送区政府办公室按规定程序统一办理，不得直接报送区政府领导同志个人。</li>
              <li>请示应当一文一事，报告不得夹带请示事项；报送区政府的请示性公文，须由报送单位主要负责人签发。</li>
              <li>凡属区政府部门职责范围内的事项，应直接报送区政府有关部门，不得报区政府。</li>
            </ul>
          }
        />
        <Form<SubmitForm>
          form={form}
          layout="vertical"
          initialValues={returned ? valuesOf(returned) : {
            docType: '请示',
            urgency: 'normal',
            classification: 'none',
            declaredMatters: [''],
            relatedUnitIds: [],
            writtenOn: dayjs(today(), dateFormat),
            title: '',
            body: '',
            senderDocNumber: '',
            signerName: '',
            attachmentNote: '',
            note: '',
            cc: '',
            mainRecipients: ['临淄区人民政府'],
            skipLevelApproval: '',
          }}
          onFinish={submit}
          onValuesChange={() => {
            if (mutation.isError) mutation.reset();
          }}
        >
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 16 }}>
            <Form.Item label="文种" name="docType" rules={[{ required: true, message: '请选择文种' }]}>
              <Select disabled={returned !== undefined} options={documentTypes.map((type) => ({ value: type, label: type }))} />
            </Form.Item>
            <Form.Item label="来文字号" name="senderDocNumber" rules={[{ pattern: docNumberPattern, message: '发文字号应形如 临发改〔2026〕12号' }]}>
              <Input maxLength={50} placeholder="如：临发改〔2026〕12号" />
            </Form.Item>
            <Form.Item
              label="签发人"
              name="signerName"
              rules={[{ required: true, whitespace: true, message: '请填写签发人' }]}
              extra={isRequest ? '请示须由本单位主要负责人本人签发（第六十四条）：报送后进入其工作台待签发' : undefined}
            >
              <AutoComplete
                maxLength={50}
                placeholder="选择或填写姓名"
                options={principals.map((principal) => ({ value: principal.name, label: `${principal.name}（${principal.title}）` }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
              />
            </Form.Item>
            <Form.Item label="成文日期" name="writtenOn" rules={[{ required: true, message: '请选择成文日期' }]}>
              <DatePicker format={dateFormat} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="紧急程度" name="urgency" extra="急件即到即办（第六十六条）">
              <Select options={urgencies.map((urgency) => ({ value: urgency, label: urgencyLabels[urgency] }))} />
            </Form.Item>
            <Form.Item label="密级" name="classification" extra="本平台只处理非涉密公文（第八十四条）">
              <Select disabled={returned !== undefined} options={classifications.map((item) => ({ value: item, label: classificationLabels[item] }))} />
            </Form.Item>
          </div>
          {classification !== 'none' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="涉密公文不予接收"
              description="第八十四条：严守保密纪律，严禁泄露国家秘密。涉密公文不得通过本平台报送，请按涉密载体管理规定办理。"
            />
          )}
          <Form.Item label="主送">
            <Input value="临淄区人民政府（由区政府办公室统一办理）" disabled />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]} extra="标题由发文机关、事由和文种组成">
            <Input maxLength={200} placeholder="如：区发展和改革局关于申请重点项目前期经费的请示" />
          </Form.Item>
          <Form.Item label="正文" name="body" rules={[{ required: true, whitespace: true, message: '请填写正文' }]}>
            <Input.TextArea maxLength={100_000} autoSize={{ minRows: 6, maxRows: 16 }} />
          </Form.Item>
          <Form.Item
            label={isRequest ? '申报事项' : '申报事项（请示事项）'}
            required={isRequest}
            extra={isRequest ? '请示应当一文一事（第六十四条）' : '报告不得夹带请示事项（第六十四条）；一般报告无需填写'}
          >
            <Form.List name="declaredMatters">
              {(fields, { add, remove }) => (
                <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start" style={{ width: '100%' }}>
                      <Form.Item name={field.name} noStyle>
                        <Input aria-label={`申报事项${index + 1}`} maxLength={200} placeholder={`事项${index + 1}`} style={{ width: 560 }} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} aria-label={`删除申报事项${index + 1}`} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add('')}>
                    添加事项
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
          {isRequest && matterCount > 1 && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`本件申报了${matterCount}个事项`} description="请示应当一文一事（第六十四条），多个事项请分别行文。" />
          )}
          <Form.Item
            label="涉及单位"
            name="relatedUnitIds"
            extra="凡涉及其他单位职权的，主办单位须主动与相关单位充分协调，由主办单位主要负责人与相关单位主要负责人会签或联合报区政府审批（第六十四条）。选择后，公文先送相关单位主要负责人会签，会签完毕再报送区政府办公室。"
          >
            <Select mode="multiple" allowClear placeholder="不涉及其他单位职权的，无需选择" showSearch={{ optionFilterProp: 'label' }} loading={units.isPending} options={relatedOptions} />
          </Form.Item>
          {relatedUnitIds.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`提交后送 ${relatedUnitIds.length} 个相关单位主要负责人会签`}
              description="单位之间有分歧的，应列明各方理据，提出办理意见，与相关单位会签后报区政府决定（第六十四条）。"
            />
          )}
          {returned && returned.attachments.length > 0 && (
            <Form.Item label="已报送的附件" extra="重新报送时保留">
              <AttachmentList attachments={returned.attachments} />
            </Form.Item>
          )}
          <Form.Item label={returned ? '补充附件' : '附件'} extra="支持 PDF、OFD、DOCX、PNG、JPEG，单个不超过20MB；系统记录每个文件的SM3摘要。">
            <AttachmentUpload files={files} onChange={setFiles} upload={uploadDocumentAttachment} buttonText="上传附件" />
          </Form.Item>
          <Form.Item label="附件说明" name="attachmentNote">
            <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如：1.项目清单 2.资金测算表" />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', columnGap: 16 }}>
            <Form.Item label="附注" name="note">
              <Input maxLength={500} placeholder="如：联系人及电话" />
            </Form.Item>
            <Form.Item label="抄送" name="cc">
              <Input maxLength={500} placeholder="抄送机关" />
            </Form.Item>
            <Form.Item label="主送机关" name="mainRecipients" extra="第六十四条：不得多头报文，请示只主送一个机关，其他机关用抄送">
              <Select mode="tags" tokenSeparators={['，', ',', '、']} placeholder="如：临淄区人民政府" />
            </Form.Item>
            <Form.Item label="越级行文的批准情况" name="skipLevelApproval" extra="第六十四条：未经批准不得越级行文；隶属于区政府部门或镇（街道）的单位直接报区政府的，请注明批准情况并抄送被越过的机关">
              <Input maxLength={200} placeholder="一般不填" />
            </Form.Item>
          </div>
          {returned && (
            <Form.Item label="修改说明" name="changeNote" rules={[{ required: true, whitespace: true, message: '请说明按退回意见作了哪些修改' }]}>
              <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：已按一文一事要求，删去第二个事项" />
            </Form.Item>
          )}
          <div ref={errorRef}>
            {mutation.isError && (
              <div style={{ marginBottom: 16 }} data-testid="submit-refusal">
                <RuleRefusalAlert error={mutation.error} title="未能报送" />
              </div>
            )}
          </div>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending} disabled={isUploading}>
              {returned ? '重新报送' : relatedUnitIds.length > 0 ? '提交会签' : '报送'}
            </Button>
            <Button onClick={() => void navigate(returned ? `/documents/incoming/${returned.id}` : '/documents/incoming')}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
