import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { documentTypes } from '../../api/documents';
import type { DocumentType } from '../../api/documents';
import { fetchLeaders, orgKeys } from '../../api/org';
import { fetchAuthorizations, fetchOutgoingList, grantAuthorization, outgoingKeys, revokeAuthorization } from '../../api/outgoing';
import type { AuthorizationInput, SignOffAuthorization } from '../../api/outgoing';
import { dateFormat, formatDateTime, today } from '../../app/dates';
import { RuleRefusalAlert } from '../../lib/rule-feedback';
import { errorText, useShowApiError } from '../../lib/show-api-error';
import { OutgoingHeader } from './outgoing-header';
import { issuerLabels, matterBasisLabels } from './outgoing-labels';
import type { MatterBasis } from './outgoing-labels';

type GrantForm = {
  personId: string;
  issuer: 'government' | 'office';
  scope: 'doc_type' | 'document';
  docType?: DocumentType;
  documentId?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  basis?: MatterBasis;
  note: string;
};

/** Whose documents an authorisation is for (art. 69): the government's or its office's. */
const issuerOptions = (['government', 'office'] as const).map((value) => ({ value, label: issuerLabels[value] }));
/** An authorisation covers a kind of document or one document (a dated, recorded act). */
/** Art. 69(一): the 区长 may authorise signing the government's documents only for these two kinds of matter. */
const basisOptions = (Object.keys(matterBasisLabels) as MatterBasis[]).map((value) => ({ value, label: matterBasisLabels[value] }));
const scopeOptions = [
  { value: 'doc_type', label: '某一文种' },
  { value: 'document', label: '单个公文' },
];

/** The 区长's own act (art. 69): a 副区长 or the office director may sign a kind of document, or one document. */
function GrantCard() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantForm>();
  const scope = Form.useWatch('scope', form) ?? 'doc_type';
  const issuer = Form.useWatch('issuer', form) ?? 'government';
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal), staleTime: 10 * 60_000 });
  const leaderOptions = (leaders.data?.items ?? []).filter((leader) => leader.post.kind !== 'head').map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }));
  const waiting = useQuery({
    queryKey: outgoingKeys.list({ status: 'awaiting_sign_off', pageSize: 100 }),
    queryFn: ({ signal }) => fetchOutgoingList({ status: 'awaiting_sign_off', pageSize: 100 }, signal),
    enabled: scope === 'document',
  });
  const grant = useMutation({
    mutationFn: grantAuthorization,
    onSuccess: async (result) => {
      void message.success(`已授权${result.person.name}签发`);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: outgoingKeys.all });
    },
  });
  const submit = (values: GrantForm) => {
    const input: AuthorizationInput = {
      personId: values.personId,
      issuer: values.issuer,
      scope: values.scope,
      docType: values.scope === 'doc_type' ? (values.docType ?? null) : null,
      documentId: values.scope === 'document' ? (values.documentId ?? null) : null,
      validFrom: values.validFrom.format(dateFormat),
      validTo: values.validTo ? values.validTo.format(dateFormat) : null,
      basis: values.issuer === 'government' ? (values.basis ?? null) : null,
      note: values.note.trim() || null,
    };
    grant.mutate(input);
  };
  return (
    <Card size="small" title="授权签发" style={{ marginBottom: 12 }} data-testid="grant-authorization">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第六十九条：以区政府名义制发的文件由区长签发，也可由区长授权副区长或办公室主任签发；区政府办公室文件由办公室主任签发，或经授权由分管副区长签发。授权由区长本人办理，注明日期和范围。
      </Typography.Paragraph>
      <Form<GrantForm> form={form} layout="inline" initialValues={{ issuer: 'government', scope: 'doc_type', validFrom: dayjs(today(), dateFormat), note: '' }} onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item label="受权人" name="personId" rules={[{ required: true, message: '请选择受权人' }]}>
          <Select aria-label="受权人" style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} options={leaderOptions} />
        </Form.Item>
        <Form.Item label="发文机关" name="issuer">
          <Radio.Group optionType="button" options={issuerOptions} />
        </Form.Item>
        <Form.Item label="范围" name="scope">
          <Radio.Group optionType="button" options={scopeOptions} />
        </Form.Item>
        {scope === 'doc_type' ? (
          <Form.Item label="文种" name="docType" rules={[{ required: true, message: '请选择文种' }]}>
            <Select aria-label="授权文种" style={{ width: 100 }} options={documentTypes.map((type) => ({ value: type, label: type }))} />
          </Form.Item>
        ) : (
          <Form.Item label="公文" name="documentId" rules={[{ required: true, message: '请选择公文' }]}>
            <Select aria-label="授权公文" style={{ width: 320 }} showSearch={{ optionFilterProp: 'label' }} loading={waiting.isPending} options={(waiting.data?.items ?? []).map((doc) => ({ value: doc.id, label: doc.title }))} />
          </Form.Item>
        )}
        {issuer === 'government' && (
          // Marked required but left to the server: its refusal cites art. 69 and names the two bases.
          <Form.Item label="授权依据" name="basis" required>
            <Select aria-label="授权依据" style={{ width: 220 }} options={basisOptions} placeholder="常务会议决定的事项或例行批准手续" />
          </Form.Item>
        )}
        <Form.Item label="自" name="validFrom" rules={[{ required: true, message: '请选择起始日期' }]}>
          <DatePicker format={dateFormat} />
        </Form.Item>
        <Form.Item label="至" name="validTo">
          <DatePicker format={dateFormat} placeholder="长期" />
        </Form.Item>
        <Form.Item label="说明" name="note">
          <Input maxLength={500} style={{ width: 240 }} placeholder="如：区长外出期间" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={grant.isPending}>
            授权
          </Button>
        </Form.Item>
      </Form>
      {grant.isError && (
        <div style={{ marginTop: 8 }}>
          <RuleRefusalAlert error={grant.error} title="未能授权" />
        </div>
      )}
    </Card>
  );
}

/** 签发授权: who the 区长 has authorised to sign which documents (art. 69), and, for him, granting and revoking. */
export default function SignOffAuthorizationsPage() {
  const queryClient = useQueryClient();
  const showApiError = useShowApiError();
  const authorizations = useQuery({ queryKey: outgoingKeys.authorizations, queryFn: ({ signal }) => fetchAuthorizations(signal) });
  // The server says who may grant and revoke (the 区长, or whoever acts for him, art. 7); the page only shows.
  const mayGrant = authorizations.data?.actions.includes('grant') ?? false;
  const revoke = useMutation({
    mutationFn: revokeAuthorization,
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: outgoingKeys.all }),
    onError: (error) => showApiError(error, '未能撤销'),
  });

  useEffect(() => {
    document.title = '签发授权 · 政务';
  }, []);

  const columns: TableColumnsType<SignOffAuthorization> = [
    { title: '受权人', key: 'person', width: 100, render: (_, row) => row.person.name },
    { title: '发文机关', dataIndex: 'issuer', width: 110, render: (issuer: SignOffAuthorization['issuer']) => (issuer === 'government' ? '区政府' : '区政府办公室') },
    {
      title: '范围',
      key: 'scope',
      render: (_, row) => (row.scope === 'doc_type' ? `${row.docType ?? ''}（文种）` : row.documentId ? <Link to={`/outgoing/${row.documentId}`}>单个公文</Link> : '单个公文'),
    },
    { title: '期间', key: 'period', width: 200, render: (_, row) => `${row.validFrom} 至 ${row.validTo ?? '长期'}` },
    { title: '授权依据', dataIndex: 'basisLabel', width: 190, render: (value: string | null) => value ?? '—' },
    { title: '说明', dataIndex: 'note', render: (value: string | null) => value ?? '—' },
    { title: '授权', key: 'granted', width: 170, render: (_, row) => `${row.grantedBy} · ${formatDateTime(row.grantedAt)}` },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, row) =>
        row.revokedAt ? (
          <Tag>已撤销 {formatDateTime(row.revokedAt)}</Tag>
        ) : (
          <Space size={6}>
            <Tag color="success">有效</Tag>
            {row.actions.includes('revoke') && (
              <Popconfirm title={`撤销对${row.person.name}的签发授权？`} okText="撤销" onConfirm={() => revoke.mutate(row.id)}>
                <Button size="small" danger>
                  撤销
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <OutgoingHeader title="签发授权" />
      {mayGrant && <GrantCard />}
      <Card size="small" title="授权记录">
        {authorizations.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="授权记录加载失败" description={errorText(authorizations.error)} />}
        <Table<SignOffAuthorization>
          size="small"
          rowKey="id"
          loading={authorizations.isPending}
          columns={columns}
          dataSource={authorizations.data?.items ?? []}
          pagination={false}
          data-testid="authorizations"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="区长尚未授权他人签发" /> }}
        />
      </Card>
    </>
  );
}
