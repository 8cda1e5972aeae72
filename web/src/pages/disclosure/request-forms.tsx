import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ChallengeInput, ChallengeKind, ChallengeOutcome, RegisterRequestInput } from '../../api/disclosure';
import { disclosureKeys, recordChallenge, registerRequest } from '../../api/disclosure';
import { dateFormat, formatDate } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { applicantKindLabels, challengeKindLabels, challengeOutcomeLabels, deliveryFormLabels, organizationKindLabels, paperChannelLabels } from './disclosure-labels';
import { useDisclosureStep } from './use-disclosure-step';

type RegisterForm = Omit<RegisterRequestInput, 'receivedOn'> & { receivedOn: Dayjs };
type Filed = { number: string; accessCode: string; receivedOn: string; dueOn: string; explanation: string };

const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** 登记申请: one handed in by letter, in person, by fax or e-mail; the day it arrived is the day received (条例 第三十一条). */
export function RegisterRequestModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<RegisterForm>();
  const [filed, setFiled] = useState<Filed | null>(null);
  const applicantKind = Form.useWatch('applicantKind', form) ?? 'person';
  const step = useDisclosureStep(
    disclosureKeys.all,
    (values: RegisterForm) =>
      registerRequest({
        ...values,
        organizationKind: values.applicantKind === 'organization' ? (values.organizationKind ?? 'other') : null,
        idNumber: values.idNumber?.trim() || null,
        address: values.address?.trim() || null,
        purpose: values.purpose?.trim() || null,
        receivedOn: values.receivedOn.format(dateFormat),
      }),
    (result) => `已登记 ${result.number}`,
  );
  if (filed) {
    return (
      <Modal title="已登记申请" open onCancel={onClose} onOk={onClose} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }}>
        <Alert
          type="success"
          showIcon
          title={`申请编号 ${filed.number}`}
          data-testid="request-filed"
          description={
            <Space orientation="vertical" size={4}>
              <span>
                查询码：<Typography.Text strong copyable>{filed.accessCode}</Typography.Text>（仅此一次显示，请告知申请人妥善保存）
              </span>
              <span>
                收到申请之日 {formatDate(filed.receivedOn)}，答复期限 {formatDate(filed.dueOn)}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {filed.explanation}
              </Typography.Text>
            </Space>
          }
        />
      </Modal>
    );
  }
  return (
    <Modal title="登记政府信息公开申请" open width={720} onCancel={onClose} onOk={() => form.submit()} okText="登记" confirmLoading={step.isPending} destroyOnHidden>
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        name="request-register"
        initialValues={{ channel: 'letter', applicantKind: 'person', delivery: 'paper', receivedOn: dayjs() }}
        onFinish={(values) => step.mutate(values, { onSuccess: (result) => setFiled(result) })}
      >
        <Space wrap align="start">
          <Form.Item label="申请方式" name="channel">
            <Radio.Group optionType="button" buttonStyle="solid" options={optionsOf(paperChannelLabels)} />
          </Form.Item>
          <Form.Item label="收到申请之日" name="receivedOn" rules={[{ required: true, message: '请选择收到申请之日' }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label="申请人类型" name="applicantKind">
            <Radio.Group options={optionsOf(applicantKindLabels)} />
          </Form.Item>
          {applicantKind === 'organization' && (
            <Form.Item label="组织类型" name="organizationKind" rules={[{ required: true, message: '请选择组织类型' }]}>
              <Select style={{ width: 160 }} options={optionsOf(organizationKindLabels)} />
            </Form.Item>
          )}
        </Space>
        <Space wrap align="start">
          <Form.Item label={applicantKind === 'organization' ? '名称' : '姓名'} name="name" rules={[{ required: true, whitespace: true, message: '请填写申请人名称' }]}>
            <Input maxLength={100} style={{ width: 220 }} />
          </Form.Item>
          {applicantKind === 'person' && (
            <Form.Item label="身份证号码" name="idNumber">
              <Input maxLength={18} style={{ width: 220 }} />
            </Form.Item>
          )}
          <Form.Item label="联系电话" name="contact" rules={[{ required: true, whitespace: true, message: '请填写联系电话' }]}>
            <Input maxLength={30} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item label="通信地址" name="address">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="所需信息的名称、文号或特征性描述" name="description" rules={[{ required: true, whitespace: true, message: '请填写所需信息的描述' }]}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label="用途（选填）" name="purpose">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="获取信息的方式" name="delivery">
          <Radio.Group options={optionsOf(deliveryFormLabels)} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第三十四条：依申请公开按《政府信息公开条例》办理，自收到申请之日起20个工作日内答复。申请人的身份证号码、联系电话和地址加密保存，查看须记入审计。
      </Typography.Paragraph>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能登记" />}
    </Modal>
  );
}

type ChallengeForm = Omit<ChallengeInput, 'filedOn'> & { filedOn: Dayjs };

/** 登记行政复议、行政诉讼: the annual report's table 四 counts them. */
export function ChallengeModal({ requestId, onClose }: { requestId?: string; onClose: () => void }) {
  const [form] = Form.useForm<ChallengeForm>();
  const step = useDisclosureStep(disclosureKeys.challenges, (values: ChallengeForm) => recordChallenge({ ...values, requestId: requestId ?? (values.requestId?.trim() || null), note: values.note?.trim() || null, filedOn: values.filedOn.format(dateFormat) }), () => '已登记');
  return (
    <Modal title="登记行政复议、行政诉讼" open width={600} onCancel={onClose} onOk={() => form.submit()} okText="登记" confirmLoading={step.isPending} destroyOnHidden>
      <Form<ChallengeForm> form={form} layout="vertical" name="challenge" initialValues={{ kind: 'review', outcome: 'pending', filedOn: dayjs() }} onFinish={(values) => step.mutate(values, { onSuccess: onClose })}>
        <Form.Item label="类别" name="kind">
          <Radio.Group options={optionsOf<ChallengeKind>(challengeKindLabels)} />
        </Form.Item>
        <Form.Item label="结果" name="outcome">
          <Radio.Group optionType="button" buttonStyle="solid" options={optionsOf<ChallengeOutcome>(challengeOutcomeLabels)} />
        </Form.Item>
        <Form.Item label="提起日期" name="filedOn" rules={[{ required: true, message: '请选择提起日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
      {step.isError && <RuleRefusalAlert error={step.error} title="未能登记" />}
    </Modal>
  );
}
