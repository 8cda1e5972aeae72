import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { eventsKeys, requestSpeech } from '../../api/events';
import type { RequestSpeechInput, Speech, SpeechBasis, SpeechKind } from '../../api/events';
import { fetchLeaders, orgKeys } from '../../api/org';
import { dateFormat, today } from '../../app/dates';
import { useSession } from '../../app/use-session';
import { articleText } from './events-labels';
import { RuleRefusalAlert } from '../../lib/rule-feedback';

type SpeechForm = { kind: SpeechKind; basis: SpeechBasis; title: string; speakerPersonId?: string; occasion: string; eventDate?: Dayjs; outline: string };

/** 报批讲话或文章 (art. 81): a leader for themself, or the office for a leader; before the day, never after. */
export function SpeechFormModal({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (speech: Speech) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession();
  // The office asks for a named leader; a leader asks for themself (the server's `events.request_speech_for`).
  const isOffice = (session.data?.actions ?? []).includes('events.request_speech_for');
  const [form] = Form.useForm<SpeechForm>();
  const asOf = today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(asOf), queryFn: ({ signal }) => fetchLeaders(asOf, signal), enabled: isOffice });

  const mutation = useMutation({
    mutationFn: requestSpeech,
    onSuccess: async (speech) => {
      await queryClient.invalidateQueries({ queryKey: eventsKeys.all });
      void message.success('已报区政府审批');
      onCreated(speech);
    },
  });

  const submit = (values: SpeechForm) => {
    if (!values.eventDate) return;
    const input: RequestSpeechInput = {
      kind: values.kind,
      basis: values.basis,
      title: values.title.trim(),
      speakerPersonId: isOffice ? (values.speakerPersonId ?? null) : null,
      occasion: values.occasion.trim(),
      eventDate: values.eventDate.format(dateFormat),
      outline: values.outline.trim(),
    };
    mutation.mutate(input);
  };

  return (
    <Modal title="报批讲话或文章" open={isOpen} onCancel={onClose} onOk={() => form.submit()} okText="报批" confirmLoading={mutation.isPending} destroyOnHidden width={680}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="第八十一条" description={articleText[81]} />
      <Form<SpeechForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'speech', basis: 'on_behalf', title: '', occasion: '', outline: '' }}
        onFinish={submit}
        onValuesChange={() => {
          if (mutation.isError) mutation.reset();
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', columnGap: 12 }}>
          <Form.Item label="类别" name="kind">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'speech', label: '讲话' },
                { value: 'article', label: '文章' },
              ]}
            />
          </Form.Item>
          <Form.Item label="报批事由" name="basis">
            <Radio.Group
              options={[
                { value: 'on_behalf', label: '代表区政府发表' },
                { value: 'undecided_major_issue', label: '涉及未经区政府研究决定的重大问题' },
              ]}
            />
          </Form.Item>
          {isOffice ? (
            <Form.Item label="发表的区政府领导" name="speakerPersonId" rules={[{ required: true, message: '请选择领导' }]} extra="区政府办公室代领导报批">
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={leaders.isPending}
                options={(leaders.data?.items ?? []).map((leader) => ({ value: leader.personId, label: `${leader.name}（${leader.post.title}）` }))}
              />
            </Form.Item>
          ) : (
            <Form.Item label="发表人">
              <Input value={`${session.data?.user.displayName ?? ''}（本人）`} disabled />
            </Form.Item>
          )}
          <Form.Item label="发表日期" name="eventDate" rules={[{ required: true, message: '请选择日期' }]} extra="事先须经区政府同意（第八十一条）">
            <DatePicker format={dateFormat} style={{ width: '100%' }} disabledDate={(day) => day.format(dateFormat) < today()} />
          </Form.Item>
        </div>
        <Form.Item label="题目" name="title" rules={[{ required: true, whitespace: true, message: '请填写题目' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="场合或刊物" name="occasion" rules={[{ required: true, whitespace: true, message: '请填写场合或刊物' }]}>
          <Input maxLength={200} placeholder="如：全区优化营商环境大会；《临淄日报》" />
        </Form.Item>
        <Form.Item label="主要内容" name="outline">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        {mutation.isError && <RuleRefusalAlert error={mutation.error} title="未能报批" />}
      </Form>
    </Modal>
  );
}
