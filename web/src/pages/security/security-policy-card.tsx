import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { fetchSecuritySettings, securityKeys, updateSecuritySettings } from '../../api/security';
import type { SecuritySettings } from '../../api/security';
import { ApiErrorAlert, errorText } from '../../lib/show-api-error';

type Field = { key: keyof SecuritySettings; label: string; unit: string; min: number; max: number; hint?: string };

/** Each setting with its Chinese label and the bounds the server accepts. */
const groups: { title: string; fields: Field[] }[] = [
  {
    title: '口令复杂度与更换（8.1.4.1a）',
    fields: [
      { key: 'passwordMinLength', label: '密码最小长度', unit: '位', min: 6, max: 64 },
      { key: 'passwordMinClasses', label: '至少包含字符种类', unit: '类', min: 1, max: 4, hint: '大写、小写、数字、特殊字符' },
      { key: 'passwordExpiryDays', label: '密码有效期', unit: '天', min: 1, max: 3650 },
      { key: 'passwordHistory', label: '不得重复使用最近几次的密码', unit: '次', min: 0, max: 24 },
    ],
  },
  {
    title: '登录失败处理（8.1.4.1b）',
    fields: [
      { key: 'lockoutAttempts', label: '连续登录失败几次即锁定', unit: '次', min: 1, max: 100 },
      { key: 'lockoutMinutes', label: '锁定时长', unit: '分钟', min: 1, max: 1440 },
    ],
  },
  {
    title: '会话超时（8.1.4.1b）',
    fields: [
      { key: 'sessionIdleMinutes', label: '会话空闲超时', unit: '分钟', min: 1, max: 1440 },
      { key: 'sessionAbsoluteHours', label: '会话最长时长', unit: '小时', min: 1, max: 72 },
    ],
  },
];

/**
 * 安全策略: password, lockout and session settings, saved with the version read (a concurrent change answers 409).
 * Where a setting is looser than the 等保 level-3 baseline the server says so, and the page shows it.
 */
export function SecurityPolicyCard() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SecuritySettings>();
  const policy = useQuery({ queryKey: securityKeys.settings, queryFn: ({ signal }) => fetchSecuritySettings(signal) });

  const save = useMutation({
    mutationFn: updateSecuritySettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(securityKeys.settings, saved);
      form.setFieldsValue(saved.settings);
      void message.success('安全策略已保存');
    },
  });

  const reload = async () => {
    save.reset();
    const { data } = await policy.refetch();
    if (data) form.setFieldsValue(data.settings);
  };

  const data = policy.data;
  const isConflict = save.error instanceof ApiError && save.error.isConflict;

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <SafetyCertificateOutlined />
          安全策略
          {data && <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>第 {data.version} 版</Typography.Text>}
        </Space>
      }
      loading={policy.isPending}
    >
      {policy.isError && <Alert type="error" showIcon title="安全策略加载失败" description={errorText(policy.error)} />}
      {data && (
        <>
          {data.deviations.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="policy-deviations"
              title={`当前策略有 ${data.deviations.length} 项低于等保2.0第三级基线要求`}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {data.deviations.map((deviation) => (
                    <li key={deviation}>{deviation}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 12 }} title="当前策略符合等保2.0第三级基线要求" />
          )}
          {isConflict && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title="安全策略已被他人修改"
              description="您看到的不是最新的策略。请重新加载后再修改（您未保存的改动将被放弃）。"
              action={
                <Button size="small" onClick={() => void reload()}>
                  重新加载
                </Button>
              }
            />
          )}
          {save.isError && !isConflict && (
            <div style={{ marginBottom: 12 }}>
              <ApiErrorAlert error={save.error} title="保存失败" />
            </div>
          )}
          <Form<SecuritySettings>
            form={form}
            layout="vertical"
            initialValues={data.settings}
            onFinish={(settings) => save.mutate({ version: data.version, settings })}
          >
            {groups.map((group) => (
              <div key={group.title}>
                <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
                  {group.title}
                </Typography.Text>
                <Row gutter={16}>
                  {group.fields.map((field) => (
                    <Col key={field.key} xs={24} md={12} xl={6}>
                      <Form.Item
                        label={field.label}
                        name={field.key}
                        extra={`${field.hint ? `${field.hint}；` : ''}默认值 ${data.defaults[field.key]} ${field.unit}`}
                        rules={[{ required: true, message: `请填写${field.label}` }]}
                      >
                        <InputNumber min={field.min} max={field.max} precision={0} suffix={field.unit} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </div>
            ))}
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending} disabled={isConflict}>
                保存
              </Button>
              <Button onClick={() => form.setFieldsValue(data.settings)}>撤销修改</Button>
              <Button onClick={() => form.setFieldsValue(data.defaults)}>填入默认值</Button>
            </Space>
          </Form>
        </>
      )}
    </Card>
  );
}
