import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fetchMessages, type Posted, postMessage, trackMessage } from '../api';
import { blank, Breadcrumb, DateText, ErrorAlert, Field, focusFirstProblem, HoneypotField, LoadState, Pager, Submitting, usePageTitle } from '../ui';
import { CredentialsForm } from './track-page';

type Form = { subject: string; body: string; displayName: string; contact: string; wantsPublic: boolean; website: string };
const empty: Form = { subject: '', body: '', displayName: '', contact: '', wantsPublic: true, website: '' };

function PostedNotice({ posted }: { posted: Posted }) {
  return (
    <section className="alert alert-success receipt" aria-labelledby="posted-heading" data-testid="message-posted" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2 id="posted-heading">留言已提交</h2>
      <dl className="receipt-codes">
        <div>
          <dt>留言编号</dt>
          <dd data-testid="message-number">{posted.number}</dd>
        </div>
        <div>
          <dt>查询码</dt>
          <dd data-testid="message-access-code">{posted.accessCode}</dd>
        </div>
      </dl>
      <p className="important">
        <strong>请妥善保存留言编号和查询码。</strong>查询码只显示这一次，凭它在本页查询答复。
      </p>
      <p>
        预计答复日期：<DateText value={posted.dueOn} />。
      </p>
      {posted.explanation && <p className="hint">{posted.explanation}</p>}
    </section>
  );
}

function MessageForm() {
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const ref = useRef<HTMLFormElement>(null);
  const submit = useMutation({
    mutationFn: () => postMessage({ subject: form.subject.trim(), body: form.body.trim(), displayName: form.displayName.trim() || undefined, contact: form.contact.trim() || undefined, wantsPublic: form.wantsPublic, website: form.website }),
    onError: () => focusFirstProblem(ref.current),
  });
  if (submit.data) return <PostedNotice posted={submit.data} />;
  const set = (key: 'subject' | 'body' | 'displayName' | 'contact') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form
      ref={ref}
      noValidate
      aria-labelledby="message-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const found = { ...(blank(form.subject) ? { subject: '请填写留言主题' } : {}), ...(blank(form.body) ? { body: '请填写留言内容' } : {}) };
        setErrors(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(ref.current);
        submit.mutate();
      }}
    >
      <h2 id="message-form-heading">我要留言</h2>
      <Field label="主题" required error={errors.subject}>
        {(props) => <input {...props} name="subject" type="text" maxLength={200} value={form.subject} onChange={set('subject')} />}
      </Field>
      <Field label="留言内容" required error={errors.body} hint="请勿在留言内容中填写身份证号、手机号等个人信息">
        {(props) => <textarea {...props} name="body" rows={6} maxLength={5000} value={form.body} onChange={set('body')} />}
      </Field>
      <Field label="称呼">
        {(props) => <input {...props} name="displayName" type="text" maxLength={50} autoComplete="name" value={form.displayName} onChange={set('displayName')} />}
      </Field>
      <Field label="联系方式" hint="便于工作人员与您联系，不会公开">
        {(props) => <input {...props} name="contact" type="text" maxLength={100} autoComplete="tel" value={form.contact} onChange={set('contact')} />}
      </Field>
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="wantsPublic" checked={form.wantsPublic} onChange={(e) => setForm((f) => ({ ...f, wantsPublic: e.target.checked }))} />
          同意在答复后公开我的留言和答复（不公开联系方式）
        </label>
      </div>
      <HoneypotField value={form.website} onChange={(website) => setForm((f) => ({ ...f, website }))} />
      <ErrorAlert error={submit.error} />
      <Submitting isPending={submit.isPending} />
      <button type="submit" disabled={submit.isPending}>
        提交留言
      </button>
    </form>
  );
}

function MessageTracking() {
  const track = useMutation({ mutationFn: trackMessage });
  const m = track.data;
  return (
    <section aria-labelledby="message-track-heading" className="panel">
      <h2 id="message-track-heading">查询留言答复</h2>
      <CredentialsForm numberLabel="留言编号" submitLabel="查询" onSubmit={(c) => track.mutate(c)} isPending={track.isPending} error={track.error} />
      {m && (
        <div data-testid="tracked-message" data-status={m.status}>
          <h3>{m.subject}</h3>
          <p>
            状态：{m.statusLabel}；留言日期：<DateText value={m.receivedOn} />
            ；答复期限：<DateText value={m.dueOn} />
            {m.isPublished && '；已在本栏目公开'}
          </p>
          {m.answer && (
            <div className="answer">
              <h4>答复</h4>
              <p>{m.answer}</p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

export default function MessagesPage() {
  const [params] = useSearchParams();
  const cursor = params.get('cursor') ?? undefined;
  const messages = useQuery({ queryKey: ['portal', 'messages', cursor], queryFn: ({ signal }) => fetchMessages(cursor, signal) });
  usePageTitle('政民互动');
  return (
    <>
      <Breadcrumb trail={[{ label: '政民互动' }]} />
      <h1>政民互动</h1>
      <p>您可以就政府工作提出咨询、意见和建议。留言由相关部门答复；您同意公开的，答复后在本栏目公布。</p>
      <div className="two-columns">
        <MessageForm />
        <MessageTracking />
      </div>
      <section aria-labelledby="answered-heading">
        <h2 id="answered-heading">留言答复</h2>
        <LoadState isLoading={messages.isLoading} error={messages.error} />
        {messages.data && messages.data.items.length === 0 && <p className="muted">暂无公开的留言答复。</p>}
        {messages.data && messages.data.items.length > 0 && (
          <ul className="item-list">
            {messages.data.items.map((m) => (
              <li key={m.id}>
                <Link to={`/gk/messages/${m.id}`} className="item-title">
                  {m.subject}
                </Link>
                <span className="item-meta">
                  <span>
                    留言日期 <DateText value={m.receivedOn} />
                  </span>
                  {m.answeredOn && (
                    <span>
                      答复日期 <DateText value={m.answeredOn} />
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {messages.data && <Pager cursor={cursor} nextCursor={messages.data.nextCursor} hrefFor={(c) => `/gk/messages${c ? `?cursor=${encodeURIComponent(c)}` : ''}`} />}
      </section>
    </>
  );
}
