import { EyeInvisibleOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Descriptions, Divider, Form, Input, Modal, Space, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { fetchPeople, fetchPersonContact, orgKeys, updatePersonContact } from '../../api/org';
import type { PersonContactInput } from '../../api/org';
import { ApiErrorAlert } from '../../lib/show-api-error';

type ContactForm = { mobile?: string; clearMobile?: boolean; idNumber?: string; clearIdNumber?: boolean };

type FieldName = 'mobile' | 'idNumber';

const fieldLabels: Record<FieldName, string> = { mobile: '手机号码', idNumber: '居民身份证号码' };

/** The server's per-field answers (`errors: [{ path: 'body.mobile', message }]`) keyed by form field. */
function fieldErrors(error: unknown): { name: FieldName; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  const raw = (error.problem as { errors?: unknown }).errors;
  if (!Array.isArray(raw)) return [];
  const byField = new Map<FieldName, string[]>();
  for (const entry of raw as { path?: unknown; message?: unknown }[]) {
    const field = String(entry.path ?? '').split('.').pop();
    if ((field === 'mobile' || field === 'idNumber') && typeof entry.message === 'string') {
      byField.set(field, [...(byField.get(field) ?? []), entry.message]);
    }
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

function Value({ value, isFull }: { value: string | null | undefined; isFull: boolean }) {
  if (value === undefined) return <Typography.Text type="secondary">无权查看</Typography.Text>;
  if (value === null) return <Typography.Text type="secondary">未登记</Typography.Text>;
  return (
    <Typography.Text strong={isFull} style={{ fontFamily: 'monospace', fontSize: 14 }}>
      {value}
    </Typography.Text>
  );
}

/**
 * 联系方式 of one person (system administrator). Lists show the numbers masked; 查看完整号码 asks the server for
 * them, which records the reading in the audit trail, and they live only as long as this dialog (never in the
 * query cache). The edit form sends only the fields changed; the server checks the numbers and answers in Chinese.
 */
export function ContactModal({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ContactForm>();
  const clearMobile = Form.useWatch('clearMobile', form) ?? false;
  const clearIdNumber = Form.useWatch('clearIdNumber', form) ?? false;
  const people = useQuery({ queryKey: orgKeys.people, queryFn: ({ signal }) => fetchPeople(signal) });
  const person = people.data?.items.find((candidate) => candidate.id === personId);
  const canRead = person?.actions.includes('read_contact') ?? false;
  const canEdit = person?.actions.includes('set_contact') ?? false;

  // gcTime 0: the full numbers leave memory with the dialog instead of waiting in the mutation cache.
  const reveal = useMutation({ mutationFn: () => fetchPersonContact(personId), gcTime: 0 });
  const save = useMutation({
    mutationFn: (input: PersonContactInput) => updatePersonContact(personId, input),
    onSuccess: async () => {
      void message.success('联系方式已保存');
      reveal.reset();
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
    onError: (error) => {
      const fields = fieldErrors(error);
      if (fields.length > 0) form.setFields(fields);
    },
  });
  const full = reveal.data;
  const hasNumbers = Boolean(person?.mobileMasked || person?.idNumberMasked);
  const isFull = full !== undefined;

  const submit = (values: ContactForm) => {
    const input: PersonContactInput = {};
    const mobile = values.mobile?.replace(/[\s-]/g, '') ?? '';
    const idNumber = values.idNumber?.replace(/\s/g, '') ?? '';
    if (values.clearMobile) input.mobile = null;
    else if (mobile) input.mobile = mobile;
    if (values.clearIdNumber) input.idNumber = null;
    else if (idNumber) input.idNumber = idNumber;
    if (Object.keys(input).length === 0) {
      form.setFields([{ name: 'mobile', errors: ['请填写新的手机号码或居民身份证号码，或勾选清除'] }]);
      return;
    }
    save.mutate(input);
  };

  return (
    <Modal title={`联系方式 · ${name}`} open onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} destroyOnHidden width={560}>
      {people.isError && <ApiErrorAlert error={people.error} title="人员信息加载失败" />}
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'mobile', label: fieldLabels.mobile, children: <Value value={isFull ? full.mobile : person?.mobileMasked} isFull={isFull} /> },
          {
            key: 'idNumber',
            label: fieldLabels.idNumber,
            children: <Value value={isFull ? full.idNumber : person?.idNumberMasked} isFull={isFull} />,
          },
        ]}
      />
      {canRead && hasNumbers && (
        <div style={{ marginTop: 12 }}>
          {isFull ? (
            <Alert
              type="warning"
              showIcon
              icon={<SafetyCertificateOutlined />}
              title="本次查看已记入审计日志"
              description="完整号码仅在本窗口显示，关闭或隐藏即清除，请勿转发或另行保存。"
              action={
                <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => reveal.reset()}>
                  隐藏
                </Button>
              }
            />
          ) : (
            <Space size={8} wrap>
              <Button icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()} data-testid="reveal-contact">
                查看完整号码
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                每次查看完整号码均记入审计日志（查看人、时间、所查看的项目）
              </Typography.Text>
            </Space>
          )}
          {reveal.isError && (
            <div style={{ marginTop: 8 }}>
              <ApiErrorAlert error={reveal.error} title="无法查看完整号码" />
            </div>
          )}
        </div>
      )}
      {canEdit && (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '16px 0 8px' }}>
            修改联系方式
          </Divider>
          <Form<ContactForm>
            form={form}
            layout="vertical"
            onFinish={submit}
            onValuesChange={() => {
              if (save.isError) save.reset();
            }}
          >
            <Form.Item label={fieldLabels.mobile} extra="不修改请留空">
              <Space size={12}>
                <Form.Item name="mobile" noStyle>
                  <Input aria-label="新手机号码" maxLength={20} autoComplete="off" inputMode="numeric" placeholder="11位手机号码" disabled={clearMobile} style={{ width: 260 }} />
                </Form.Item>
                {person?.mobileMasked && (
                  <Form.Item name="clearMobile" valuePropName="checked" noStyle>
                    <Checkbox>清除已登记的号码</Checkbox>
                  </Form.Item>
                )}
              </Space>
            </Form.Item>
            <Form.Item label={fieldLabels.idNumber} extra="不修改请留空；末位为 X 的请输入 X">
              <Space size={12}>
                <Form.Item name="idNumber" noStyle>
                  <Input aria-label="新居民身份证号码" maxLength={20} autoComplete="off" placeholder="18位居民身份证号码" disabled={clearIdNumber} style={{ width: 260 }} />
                </Form.Item>
                {person?.idNumberMasked && (
                  <Form.Item name="clearIdNumber" valuePropName="checked" noStyle>
                    <Checkbox>清除已登记的号码</Checkbox>
                  </Form.Item>
                )}
              </Space>
            </Form.Item>
            {save.isError && fieldErrors(save.error).length === 0 && (
              <div style={{ marginBottom: 12 }}>
                <ApiErrorAlert error={save.error} title="保存失败" />
              </div>
            )}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存联系方式
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 12 }}>
              号码加密存储，修改记入审计日志
            </Typography.Text>
          </Form>
        </>
      )}
    </Modal>
  );
}
