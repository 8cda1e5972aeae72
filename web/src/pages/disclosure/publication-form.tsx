import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { uploadDocumentAttachment } from '../../api/documents';
import type { DocumentAttachment } from '../../api/documents';
import type { PublicationCategory, PublicationDetail } from '../../api/disclosure';
import { disclosureKeys, preparePublication, publicationSteps } from '../../api/disclosure';
import { dateFormat } from '../../app/dates';
import { AttachmentUpload, useUploads } from '../../lib/attachment-upload';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { publicationCategories, publicationCategoryLabels } from './disclosure-labels';
import { useDisclosureStep } from './use-disclosure-step';

type PublicationForm = { category: PublicationCategory; title: string; documentNumber?: string; issuingBody: string; writtenOn?: Dayjs | null; body: string };

const categoryOptions = publicationCategories.map((value) => ({ value, label: publicationCategoryLabels[value] }));

function Fields({ withAttachments, uploads }: { withAttachments: boolean; uploads: ReturnType<typeof useUploads<DocumentAttachment>> }) {
  return (
    <>
      <Form.Item label="栏目" name="category" rules={[{ required: true, message: '请选择栏目' }]}>
        <Select options={categoryOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item label="文号" name="documentNumber" style={{ flex: 1, minWidth: 180 }}>
          <Input maxLength={100} placeholder="如：临政发〔2026〕3号（没有的不填）" />
        </Form.Item>
        <Form.Item label="发布机构" name="issuingBody" rules={[{ required: true, whitespace: true, message: '请填写发布机构' }]} style={{ flex: 1, minWidth: 180 }}>
          <Input maxLength={100} placeholder="如：区人民政府办公室" />
        </Form.Item>
        <Form.Item label="成文日期" name="writtenOn">
          <DatePicker />
        </Form.Item>
      </div>
      <Form.Item label="正文" name="body" rules={[{ required: true, whitespace: true, message: '请填写正文' }]}>
        <Input.TextArea maxLength={200_000} autoSize={{ minRows: 8, maxRows: 20 }} />
      </Form.Item>
      {withAttachments && (
        <Form.Item label="附件">
          <AttachmentUpload files={uploads.files} onChange={uploads.setFiles} upload={(file) => uploadDocumentAttachment(file)} buttonText="上传附件" />
        </Form.Item>
      )}
    </>
  );
}

const hint = '第八十三条：公开信息经办公室审核后在门户网站发布；拟稿人以外的工作人员审核，正文含有个人信息的不能发布。';

/** 拟稿: an item prepared by hand (机构职能、规划计划、财政预决算、清单、执法公示……), queued for review (art. 83). */
export function PrepareModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<PublicationForm>();
  const navigate = useNavigate();
  const uploads = useUploads<DocumentAttachment>(() => [] as UploadFile<DocumentAttachment>[]);
  const step = useDisclosureStep(
    disclosureKeys.all,
    (values: PublicationForm) =>
      preparePublication({
        category: values.category,
        title: values.title.trim(),
        documentNumber: values.documentNumber?.trim() || null,
        issuingBody: values.issuingBody.trim(),
        writtenOn: values.writtenOn ? values.writtenOn.format(dateFormat) : null,
        body: values.body,
        attachmentIds: uploads.attachmentIds,
      }),
    () => '已拟稿，待发布审核',
  );
  return (
    <Modal title="拟稿公开信息" open width={760} onCancel={onClose} onOk={() => form.submit()} okText="提交发布审核" okButtonProps={{ disabled: uploads.isUploading }} confirmLoading={step.isPending} destroyOnHidden>
      <Form<PublicationForm>
        form={form}
        layout="vertical"
        name="publication-prepare"
        onFinish={(values) => step.mutate(values, { onSuccess: (created) => void navigate(`/disclosure/publications/${created.id}`) })}
      >
        <Fields withAttachments uploads={uploads} />
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Paragraph>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能拟稿" />}
    </Modal>
  );
}

/** 修改: a pending item's text before it is reviewed. */
export function ReviseModal({ item, onClose }: { item: PublicationDetail; onClose: () => void }) {
  const [form] = Form.useForm<PublicationForm>();
  const uploads = useUploads<DocumentAttachment>(() => [] as UploadFile<DocumentAttachment>[]);
  const step = useDisclosureStep(
    disclosureKeys.publication(item.id),
    (values: PublicationForm) =>
      publicationSteps.revise(item.id, {
        version: item.version,
        category: values.category,
        title: values.title.trim(),
        documentNumber: values.documentNumber?.trim() || null,
        issuingBody: values.issuingBody.trim(),
        writtenOn: values.writtenOn ? values.writtenOn.format(dateFormat) : null,
        body: values.body,
      }),
    () => '已修改',
  );
  return (
    <Modal title={`修改 · ${item.title}`} open width={760} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={step.isPending} destroyOnHidden>
      <Form<PublicationForm>
        form={form}
        layout="vertical"
        name="publication-revise"
        initialValues={{ category: item.category, title: item.title, documentNumber: item.documentNumber ?? '', issuingBody: item.issuingBody, writtenOn: item.writtenOn ? dayjs(item.writtenOn, dateFormat) : null, body: item.body }}
        onFinish={(values) => step.mutate(values, { onSuccess: onClose })}
      >
        <Fields withAttachments={false} uploads={uploads} />
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能修改" />}
    </Modal>
  );
}
