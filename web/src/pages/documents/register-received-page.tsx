import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Result, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { channelLabels, disclosureLabels, disclosures, documentKeys, documentTypes, receivedChannels, registerReceived, registeredSourceKinds, sourceKindLabels, uploadDocumentAttachment, urgencies } from '../../api/documents';
import type { Disclosure, DocumentAttachment, DocumentType, ReceivedChannel, RegisteredSourceKind, RegisterReceivedInput, Urgency } from '../../api/documents';
import { fetchUnits, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { urgencyLabels } from './document-labels';
import { DocumentsHeader, useIsRegistrar } from './documents-header';

type SenderMode = 'unit' | 'other';

type RegisterForm = {
  senderMode: SenderMode;
  senderUnitId?: string;
  senderName: string;
  sourceKind: RegisteredSourceKind;
  channel: ReceivedChannel;
  receivedOn?: Dayjs;
  copies: number | null;
  pages: number | null;
  disclosure: Disclosure;
  routingUnitId?: string;
  secrecyPeriod: string;
  senderDocNumber: string;
  writtenOn?: Dayjs;
  docType: DocumentType;
  urgency: Urgency;
  title: string;
  body: string;
};

/** A paper original is filed as its scan. */
const scanAccept = '.pdf,.ofd,.png,.jpg,.jpeg';

function optional(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * 来文登记: the office registers a document it received — from the 市政府 or another higher body, a peer, a body
 * outside the platform — on paper or by 电子公文交换 (条例 第二十四条: 签收、登记). A paper original is scanned and
 * attached. It enters the register at 登记 and is handled as every other document from 初审 on.
 */
export default function RegisterReceivedPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const isRegistrar = useIsRegistrar();
  const [form] = Form.useForm<RegisterForm>();
  const { files, setFiles, attachmentIds, isUploading } = useUploads<DocumentAttachment>();
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = '来文登记 · 政务';
  }, []);

  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const unitOptions = useMemo(
    () => (units.data?.items ?? []).filter((unit) => unit.kind !== 'government' && unit.kind !== 'office').map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );
  // The units whose remit a matter can concern: the deputy in charge of one is whom 批办 sends it to (art. 65).
  const routingOptions = useMemo(
    () => (units.data?.items ?? []).filter((unit) => unit.kind !== 'government' && unit.kind !== 'office' && unit.kind !== 'outside_body').map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );
  const unitNames = useMemo(() => new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name])), [units.data]);

  const senderMode = Form.useWatch('senderMode', form) ?? 'other';
  const channel = Form.useWatch('channel', form) ?? 'paper';
  const isPaper = channel === 'paper';
  const isScanMissing = isPaper && attachmentIds.length === 0;

  const mutation = useMutation({
    mutationFn: registerReceived,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
      void message.success(`已登记，收文登记号 ${result.registerNumber ?? ''}`);
      void navigate(`/documents/incoming/${result.id}`);
    },
    onError: () => {
      setTimeout(() => errorRef.current?.scrollIntoView({ block: 'center' }), 0);
    },
  });

  const submit = (values: RegisterForm) => {
    // A unit picked from the platform's list is named as the org data names it.
    const senderName = values.senderMode === 'unit' ? (unitNames.get(values.senderUnitId ?? '') ?? '') : values.senderName.trim();
    const input: RegisterReceivedInput = {
      sourceKind: values.sourceKind,
      senderName,
      channel: values.channel,
      receivedOn: (values.receivedOn ?? dayjs(today(), dateFormat)).format(dateFormat),
      copies: values.copies ?? 1,
      pages: values.pages ?? null,
      disclosure: values.disclosure,
      secrecyPeriod: optional(values.secrecyPeriod),
      senderDocNumber: optional(values.senderDocNumber),
      writtenOn: (values.writtenOn ?? dayjs(today(), dateFormat)).format(dateFormat),
      routingUnitId: values.routingUnitId ?? null,
      docType: values.docType,
      urgency: values.urgency,
      title: values.title.trim(),
      body: values.body.trim(),
      attachmentIds,
    };
    mutation.mutate(input);
  };

  if (isRegistrar === false) {
    return (
      <>
        <DocumentsHeader title="来文登记" />
        <Card size="small">
          <Result status="403" title="只有区政府办公室可以登记来文" extra={<Link to="/documents/incoming">返回收文登记簿</Link>} />
        </Card>
      </>
    );
  }

  return (
    <>
      <DocumentsHeader title="来文登记" />
      <Card size="small" style={{ maxWidth: 1040 }}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="登记上级机关、平级机关和平台外机关的来文"
          description="纸质来文须扫描原件上传；登记后编收文登记号，按初审、拟办、批办、批示、转办的程序办理（第六十五、六十六条）。本平台只处理非涉密公文（第八十四条）。"
        />
        <Form<RegisterForm>
          form={form}
          layout="vertical"
          initialValues={{
            senderMode: 'other',
            senderName: '',
            sourceKind: 'higher',
            channel: 'paper',
            receivedOn: dayjs(today(), dateFormat),
            copies: 1,
            pages: null,
            disclosure: 'not_public',
            secrecyPeriod: '',
            senderDocNumber: '',
            writtenOn: dayjs(today(), dateFormat),
            docType: '通知',
            urgency: 'normal',
            title: '',
            body: '',
          }}
          onFinish={submit}
          onValuesChange={() => {
            if (mutation.isError) mutation.reset();
          }}
        >
          <Form.Item label="来文单位" name="senderMode" style={{ marginBottom: 8 }}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'other', label: '填写机关名称' },
                { value: 'unit', label: '选择平台内单位' },
              ]}
            />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(260px, 2fr) minmax(180px, 1fr)', columnGap: 16 }}>
            {senderMode === 'unit' ? (
              <Form.Item label="平台内单位" name="senderUnitId" rules={[{ required: true, message: '请选择来文单位' }]}>
                <Select showSearch={{ optionFilterProp: 'label' }} loading={units.isPending} options={unitOptions} placeholder="选择单位" />
              </Form.Item>
            ) : (
              <Form.Item label="来文机关" name="senderName" rules={[{ required: true, whitespace: true, message: '请填写来文机关' }]}>
                <Input maxLength={100} placeholder="如：淄博市人民政府" />
              </Form.Item>
            )}
            <Form.Item label="机关类别" name="sourceKind" rules={[{ required: true, message: '请选择机关类别' }]}>
              <Select options={registeredSourceKinds.map((kind) => ({ value: kind, label: sourceKindLabels[kind] }))} />
            </Form.Item>
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: 16 }}>
            <Form.Item label="来文方式" name="channel" rules={[{ required: true, message: '请选择来文方式' }]}>
              <Select options={receivedChannels.map((item) => ({ value: item, label: channelLabels[item] }))} />
            </Form.Item>
            <Form.Item label="收文日期" name="receivedOn" rules={[{ required: true, message: '请选择收文日期' }]}>
              <DatePicker format={dateFormat} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="份数" name="copies" rules={[{ required: true, message: '请填写份数' }]}>
              <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="页数" name="pages" rules={[{ required: isPaper, message: '纸质来文请填写页数' }]}>
              <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="公开属性" name="disclosure" rules={[{ required: true, message: '请选择公开属性' }]}>
              <Select options={disclosures.map((item) => ({ value: item, label: disclosureLabels[item] }))} />
            </Form.Item>
            <Form.Item label="保密期限" name="secrecyPeriod" extra="非涉密公文；如有内部事项的知悉期限，可注明">
              <Input maxLength={50} placeholder="一般不填" />
            </Form.Item>
            <Form.Item label="来文字号" name="senderDocNumber">
              <Input maxLength={50} placeholder="如：淄政字〔2026〕8号" />
            </Form.Item>
            <Form.Item label="成文日期" name="writtenOn" rules={[{ required: true, message: '请选择成文日期' }]}>
              <DatePicker format={dateFormat} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="文种" name="docType" rules={[{ required: true, message: '请选择文种' }]}>
              <Select options={documentTypes.map((type) => ({ value: type, label: type }))} />
            </Form.Item>
            <Form.Item label="紧急程度" name="urgency" extra="急件即到即办（第六十六条）">
              <Select options={urgencies.map((urgency) => ({ value: urgency, label: urgencyLabels[urgency] }))} />
            </Form.Item>
          </div>
          <Form.Item
            label="归口单位"
            name="routingUnitId"
            extra="来文事项属哪个单位职责范围：批办时按当日分工呈该单位的分管副区长；不选的呈区长（第六十五条）"
          >
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={units.isPending} options={routingOptions} placeholder="选择归口单位" style={{ maxWidth: 420 }} />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input maxLength={200} placeholder="如：淄博市人民政府关于做好2026年安全生产工作的通知" />
          </Form.Item>
          <Form.Item label="正文或内容摘要" name="body" extra="原件以扫描件为准">
            <Input.TextArea maxLength={100_000} autoSize={{ minRows: 4, maxRows: 14 }} />
          </Form.Item>
          <Form.Item
            label="原件扫描件"
            required={isPaper}
            extra={isPaper ? '纸质来文须上传原件扫描件（PDF、OFD 或图片）；系统记录每个文件的SM3摘要。' : '电子来文可上传原件；系统记录每个文件的SM3摘要。'}
          >
            <AttachmentUpload files={files} onChange={setFiles} upload={uploadDocumentAttachment} buttonText="上传扫描件" accept={scanAccept} />
          </Form.Item>
          <div ref={errorRef}>
            {mutation.isError && (
              <div style={{ marginBottom: 16 }} data-testid="register-refusal">
                <RuleRefusalAlert error={mutation.error} title="未能登记" />
              </div>
            )}
          </div>
          {isScanMissing && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="纸质来文须上传原件扫描件后登记" data-testid="scan-required" />
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending} disabled={isUploading || isScanMissing}>
              登记
            </Button>
            <Button onClick={() => void navigate('/documents/incoming')}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
