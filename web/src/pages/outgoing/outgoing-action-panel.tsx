import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Form, Input, Popconfirm, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { fetchLeaders, orgKeys } from '../../api/org';
import { outgoingSteps } from '../../api/outgoing';
import type { OutgoingAction, OutgoingDetail, ReviewChecklist } from '../../api/outgoing';
import { dateFormat, today } from '../../app/dates';
import { articleLabel } from '../../lib/article-number';
import { ActionSection, CaseActionPanel, CountersignForm } from '../../lib/case-actions';
import type { CountersignValues } from '../../lib/case-actions';
import { checklistOf, checklistQuestions, contentKindLabels, contentKinds } from './outgoing-labels';
import { useOutgoingStep } from './use-outgoing-step';
import { useWorkingDaysText } from './use-rule-days';

/** The leaders of today's government, for whom the office sends a draft to 审签 or 签发. */
function useLeaderOptions() {
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal), staleTime: 10 * 60_000 });
  return (leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }));
}

function ReviseAction({ doc, isOffice }: { doc: OutgoingDetail; isOffice: boolean }) {
  const navigate = useNavigate();
  const hint = isOffice
    ? doc.status === 'signed'
      ? '签发后对文稿作实质性修改的，须退回签发人复核（条例第二十五条）'
      : '审核中可直接修改文稿，每次修改保留修改稿'
    : '修改后重新报送，历次修改稿均保留';
  return (
    <ActionSection testId={isOffice ? 'action-office-revise' : 'action-revise'} title={isOffice ? '核改文稿' : '修改文稿'} hint={hint} error={null} errorTitle="">
      <Button icon={<EditOutlined />} onClick={() => void navigate(`/outgoing/${doc.id}/edit`)}>
        修改文稿
      </Button>
    </ActionSection>
  );
}

function SubmitAction({ doc }: { doc: OutgoingDetail }) {
  const step = useOutgoingStep(
    doc.id,
    (values: { opinion: string }) => outgoingSteps.submit(doc.id, { version: doc.version, ...(values.opinion.trim() ? { opinion: values.opinion.trim() } : {}) }),
    (result) => (result.status === 'countersigning' ? '已报送，待有关单位主要负责人会签' : result.status === 'office_review' ? '已报送区政府办公室审核' : '已报送'),
  );
  const hint =
    doc.issuer === 'department'
      ? '本部门文件经部门主要负责人审核后报送签发'
      : '代拟的文稿须经起草部门主要负责人审核把关后报送，涉及其他部门的先会签（第六十八条）';
  return (
    <ActionSection testId="action-submit" title="报送" hint={hint} error={step.error} errorTitle="未能报送">
      <Form<{ opinion: string }> name="submit" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="审核意见" name="opinion" style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} placeholder="同意报送" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {doc.countersignUnitIds.length > 0 && !doc.countersignatures.some((row) => row.signedAt !== null) ? '报送会签' : '报送'}
        </Button>
      </Form>
    </ActionSection>
  );
}

function CountersignAction({ doc }: { doc: OutgoingDetail }) {
  const replyDays = useWorkingDaysText('documents.countersignReplyWorkingDays');
  const step = useOutgoingStep(
    doc.id,
    (values: CountersignValues) => outgoingSteps.countersign(doc.id, { version: doc.version, isAgreed: values.isAgreed, opinion: values.opinion.trim(), grounds: values.isAgreed ? null : values.grounds.trim() }),
    (result) => (result.status === 'countersigning' ? '已会签' : '已会签，各单位会签完毕，文稿已送区政府办公室审核'),
  );
  return (
    <ActionSection testId="action-countersign" title="会签" hint={`由本单位主要负责人会签，${replyDays}内回复；不同意的须列明理据（第六十八条）`} error={step.error} errorTitle="未能会签">
      <CountersignForm onFinish={(values) => step.mutate(values)} isPending={step.isPending} groundsMessage="不同意的，须列明理据" />
    </ActionSection>
  );
}

function CoordinateAction({ doc }: { doc: OutgoingDetail }) {
  const step = useOutgoingStep(doc.id, (values: { note: string }) => outgoingSteps.coordinate(doc.id, { version: doc.version, note: values.note.trim() }), () => '已记录协调意见，请不同意的单位重新会签');
  return (
    <ActionSection testId="action-coordinate" title="协调分歧" hint="有关单位意见不一致的，由分管副区长或协助其工作的办公室副主任协调（第五十二、六十八条）；部门之间未协商一致的，不得各自向下行文（第七十条）" error={step.error} errorTitle="未能记录协调">
      <Form<{ note: string }> name="coordinate" layout="vertical" initialValues={{ note: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="协调意见" name="note" rules={[{ required: true, whitespace: true, message: '请填写协调意见' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          记录协调意见
        </Button>
      </Form>
    </ActionSection>
  );
}

type ReviewForm = ReviewChecklist & {
  opinion: string;
  leaderReviewerPersonId: string | undefined;
  signerPersonId: string | undefined;
  isInterpretationReviewed: boolean;
};

/** 核稿: the office confirms the 67/71 checklist, writes its opinion and sends the draft to 审签 or 签发. */
function ReviewAction({ doc }: { doc: OutgoingDetail }) {
  const leaders = useLeaderOptions();
  const step = useOutgoingStep(
    doc.id,
    (values: ReviewForm) =>
      outgoingSteps.review(doc.id, {
        version: doc.version,
        checklist: checklistOf(values),
        opinion: values.opinion.trim(),
        leaderReviewerPersonId: values.leaderReviewerPersonId ?? null,
        signerPersonId: values.signerPersonId ?? null,
        isInterpretationReviewed: values.isInterpretationReviewed,
      }),
    (result) => (result.status === 'leader_review' ? '已审核，呈送领导审签' : '已审核，呈送签发'),
  );
  const isDirective = doc.issuer === 'department';
  return (
    <ActionSection
      testId="action-review"
      title="审核（核稿）"
      hint={isDirective ? '部门向镇街或其他政府部署工作的文件，经办公室审核后呈区政府领导审定（第七十条）' : '文稿须经区政府办公室审核后，方可报区政府领导同志签发（第六十八条）'}
      error={step.error}
      errorTitle="未能审核"
    >
      <Form<ReviewForm>
        name="review"
        layout="vertical"
        initialValues={{ ...doc.checklist, opinion: '', leaderReviewerPersonId: undefined, signerPersonId: undefined, isInterpretationReviewed: false }}
        onFinish={(values) => step.mutate(values)}
      >
        {!isDirective && (
          <Form.Item label="文件内容属于（第六十七条）" name="contentKind" style={{ marginBottom: 8 }}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 2 }} options={contentKinds.map((kind) => ({ value: kind, label: contentKindLabels[kind] }))} />
          </Form.Item>
        )}
        <Space orientation="vertical" size={2} style={{ marginBottom: 8 }} data-testid="review-checklist">
          {checklistQuestions
            .filter((question) => !isDirective || question.key !== 'isDepartmentRemit')
            .map((question) => (
              <Form.Item key={question.key} name={question.key} valuePropName="checked" noStyle>
                <Checkbox>
                  <span title={question.hint}>{question.label}</span>
                </Checkbox>
              </Form.Item>
            ))}
        </Space>
        {doc.isPolicy && (
          <Form.Item name="isInterpretationReviewed" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>政策解读已同步审核（第三十六条）</Checkbox>
          </Form.Item>
        )}
        <Form.Item label="审核意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写审核意见' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：文稿已核，拟请区长签发" />
        </Form.Item>
        <Form.Item label={isDirective ? '审定领导' : '审签领导'} name="leaderReviewerPersonId" style={{ marginBottom: 8 }} extra={isDirective ? '呈区政府领导审定（第七十条）' : '可不选：不经审签，直接呈签发（第六十九条）'} rules={isDirective ? [{ required: true, message: '请选择审定领导' }] : []}>
          <Select aria-label={isDirective ? '审定领导' : '审签领导'} allowClear showSearch={{ optionFilterProp: 'label' }} options={leaders} placeholder={isDirective ? '选择审定领导' : '不经审签'} />
        </Form.Item>
        {!isDirective && (
          <Form.Item label="签发人" name="signerPersonId" style={{ marginBottom: 8 }} extra="不选则按第六十九条：区政府文件由区长签发，办公室文件由办公室主任签发">
            <Select aria-label="签发人" allowClear showSearch={{ optionFilterProp: 'label' }} options={leaders} placeholder="按第六十九条确定" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          审核通过
        </Button>
      </Form>
    </ActionSection>
  );
}

/** The articles a return usually cites, for the reason's picker. */
const returnArticles = [36, 67, 68, 69, 70, 71, 84];

type ReturnForm = { reasons: { article: number; message: string }[] };

function ReturnAction({ doc }: { doc: OutgoingDetail }) {
  const [form] = Form.useForm<ReturnForm>();
  const step = useOutgoingStep(
    doc.id,
    (values: ReturnForm) => outgoingSteps.return(doc.id, { version: doc.version, reasons: values.reasons.map((reason) => ({ article: reason.article, message: reason.message.trim() })) }),
    () => '已退回起草单位修改',
  );
  return (
    <ActionSection testId="action-return" title="退回" hint="退回起草单位修改，逐条写明理由和所依据的条款；起草单位修改后重新报送" error={step.error} errorTitle="未能退回">
      <Form<ReturnForm> form={form} name="return" layout="vertical" initialValues={{ reasons: [{ article: 68, message: '' }] }} onFinish={(values) => step.mutate(values)}>
        <Form.List name="reasons">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" size={6} style={{ width: '100%', marginBottom: 8 }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ width: '100%' }}>
                  <Form.Item name={[field.name, 'article']} noStyle>
                    <Select aria-label={`退回理由${index + 1}的条款`} style={{ width: 120 }} options={returnArticles.map((article) => ({ value: article, label: articleLabel(article) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'message']} noStyle rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}>
                    <Input aria-label={`退回理由${index + 1}`} maxLength={500} placeholder="退回理由" style={{ width: 260 }} />
                  </Form.Item>
                  {fields.length > 1 && <Button aria-label={`删除退回理由${index + 1}`} onClick={() => remove(field.name)}>删除</Button>}
                </Space>
              ))}
              <Button size="small" onClick={() => add({ article: 68, message: '' })}>
                添加理由
              </Button>
            </Space>
          )}
        </Form.List>
        <Popconfirm title="退回起草单位修改？" okText="退回" onConfirm={() => form.submit()}>
          <Button danger loading={step.isPending}>
            退回
          </Button>
        </Popconfirm>
      </Form>
    </ActionSection>
  );
}

function LeaderReviewAction({ doc }: { doc: OutgoingDetail }) {
  const step = useOutgoingStep(doc.id, (values: { opinion: string }) => outgoingSteps.leaderReview(doc.id, { version: doc.version, opinion: values.opinion.trim() }), () => '已审签，呈送签发');
  return (
    <ActionSection testId="action-leader-review" title="审签" hint="分管副区长或办公室副主任审签后呈签发（第六十九条）" error={step.error} errorTitle="未能审签">
      <Form<{ opinion: string }> name="leader-review" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="审签意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写审签意见' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：同意，呈区长签发" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          审签
        </Button>
      </Form>
    </ActionSection>
  );
}

function ApproveDirectiveAction({ doc }: { doc: OutgoingDetail }) {
  const step = useOutgoingStep(doc.id, (values: { opinion: string }) => outgoingSteps.approveDirective(doc.id, { version: doc.version, opinion: values.opinion.trim() }), () => '已审定，文中注明“经区政府同意”');
  return (
    <ActionSection testId="action-approve-directive" title="审定" hint="部门向镇街或其他政府部署工作的文件，经区政府同意后印发，文中注明“经区政府同意”（第七十条）" error={step.error} errorTitle="未能审定">
      <Form<{ opinion: string }> name="approve-directive" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="审定意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写审定意见' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：同意以部门名义印发" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          审定同意
        </Button>
      </Form>
    </ActionSection>
  );
}

/** 签发: opinion, name and date (条例 第二十二条); 圈阅 counts as consent. The signer may act as someone's cover. */
function SignOffAction({ doc, actingFor }: { doc: OutgoingDetail; actingFor: { name: string } | null | undefined }) {
  const [form] = Form.useForm<{ opinion: string }>();
  const step = useOutgoingStep(doc.id, (values: { opinion: string; isCircled: boolean }) => outgoingSteps.signOff(doc.id, { version: doc.version, opinion: values.opinion.trim(), isCircled: values.isCircled }), () => '已签发');
  return (
    <ActionSection
      testId="action-sign-off"
      title={`${doc.needsRecheck ? '复核签发' : '签发'}${actingFor ? `（代${actingFor.name}）` : ''}`}
      hint={`${doc.needsRecheck ? '签发后文稿作了实质性修改，请复核后重新签发（条例第二十五条）。' : ''}签发人签署意见、姓名和完整日期；圈阅或者签名的，视为同意（条例第二十二条）。区政府文件由区长签发，或经区长授权由副区长、办公室主任签发（第六十九条）`}
      error={step.error}
      errorTitle="未能签发"
    >
      <Form<{ opinion: string }> form={form} name="sign-off" layout="vertical" initialValues={{ opinion: '' }} onFinish={(values) => step.mutate({ opinion: values.opinion, isCircled: false })}>
        <Form.Item label="签发意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请签署意见，或选择圈阅' }]} style={{ marginBottom: 8 }}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：同意印发" />
        </Form.Item>
        <Space size={8}>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            签发
          </Button>
          <Popconfirm title="圈阅视为同意签发" okText="圈阅" onConfirm={() => step.mutate({ opinion: '', isCircled: true })}>
            <Button loading={step.isPending}>圈阅</Button>
          </Popconfirm>
        </Space>
      </Form>
    </ActionSection>
  );
}

type IssueForm = { isSealed: boolean; writtenOn?: Dayjs };

function IssueAction({ doc }: { doc: OutgoingDetail }) {
  const [form] = Form.useForm<IssueForm>();
  const isSealed = Form.useWatch('isSealed', form) ?? false;
  const step = useOutgoingStep(
    doc.id,
    (values: IssueForm) => outgoingSteps.issue(doc.id, { version: doc.version, sealed: true, writtenOn: (values.writtenOn ?? dayjs(today(), dateFormat)).format(dateFormat) }),
    (result) => `已印发，发文字号 ${result.documentNumber}，送 ${result.receipts} 个单位签收`,
  );
  return (
    <ActionSection
      testId="action-issue"
      title="编号、用印、印发"
      hint={`印发时按“${doc.sequenceCode}”顺序编发文字号；主送、抄送的平台内单位在“收到的文件”中签收${doc.disclosure === 'proactive' ? '；主动公开的，列入政府网站公开（第七十一条）' : ''}${doc.isPolicy ? '；政策解读与文件同步印发（第三十六条）' : ''}`}
      error={step.error}
      errorTitle="未能印发"
    >
      <Form<IssueForm> form={form} name="issue" layout="vertical" initialValues={{ isSealed: false, writtenOn: dayjs(today(), dateFormat) }} onFinish={(values) => step.mutate(values)}>
        <Form.Item label="成文日期" name="writtenOn" style={{ marginBottom: 8 }} extra="以签发日期为准（条例第九条）">
          <DatePicker format={dateFormat} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="isSealed" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>已用印</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!isSealed} loading={step.isPending}>
          印发
        </Button>
      </Form>
    </ActionSection>
  );
}

/** The order actions are shown in when several are open at once. */
const actionOrder: OutgoingAction[] = ['submit', 'revise', 'countersign', 'coordinate', 'review', 'office_revise', 'leader_review', 'approve_directive', 'sign_off', 'issue', 'return'];

/** Whether the panel would show anything for these actions. */
export function hasPanelActions(actions: readonly OutgoingAction[]): boolean {
  return actionOrder.some((action) => actions.includes(action));
}

/** The controls for what the caller may do now, exactly as the server's `actions` say. Nothing when nothing. */
export function OutgoingActionPanel({ doc, actingFor }: { doc: OutgoingDetail; actingFor?: { name: string } | null }) {
  return <CaseActionPanel order={actionOrder} actions={doc.actions} version={doc.version} render={(action) => renderAction(action, doc, actingFor)} />;
}

function renderAction(action: OutgoingAction, doc: OutgoingDetail, actingFor: { name: string } | null | undefined): ReactNode {
  switch (action) {
    case 'revise':
      return <ReviseAction doc={doc} isOffice={false} />;
    case 'office_revise':
      return <ReviseAction doc={doc} isOffice />;
    case 'submit':
      return <SubmitAction doc={doc} />;
    case 'countersign':
      return <CountersignAction doc={doc} />;
    case 'coordinate':
      return <CoordinateAction doc={doc} />;
    case 'review':
      return <ReviewAction doc={doc} />;
    case 'return':
      return <ReturnAction doc={doc} />;
    case 'leader_review':
      return <LeaderReviewAction doc={doc} />;
    case 'approve_directive':
      return <ApproveDirectiveAction doc={doc} />;
    case 'sign_off':
      return <SignOffAction doc={doc} actingFor={actingFor} />;
    case 'issue':
      return <IssueAction doc={doc} />;
  }
}
