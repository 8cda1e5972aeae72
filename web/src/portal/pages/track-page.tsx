import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { correctRequest, type Credentials, downloadAnswer, type Tracked, trackRequest, withdrawRequest } from '../api';
import { blank, Breadcrumb, DateText, ErrorAlert, Field, focusFirstProblem, Submitting, usePageTitle } from '../ui';

/** The credentials form shared by the request and message tracking: number and access code, sent in the body. */
export function CredentialsForm({ numberLabel, onSubmit, isPending, error, submitLabel }: { numberLabel: string; onSubmit: (c: Credentials) => void; isPending: boolean; error: unknown; submitLabel: string }) {
  const [number, setNumber] = useState('');
  const [accessCode, setAccessCode] = useState('');
  const [errors, setErrors] = useState<{ number?: string; accessCode?: string }>({});
  const ref = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={ref}
      noValidate
      className="credentials-form"
      onSubmit={(e) => {
        e.preventDefault();
        const found = { ...(blank(number) ? { number: `请填写${numberLabel}` } : {}), ...(blank(accessCode) ? { accessCode: '请填写查询码' } : {}) };
        setErrors(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(ref.current);
        onSubmit({ number: number.trim(), accessCode: accessCode.trim() });
      }}
    >
      <Field label={numberLabel} required error={errors.number}>
        {(props) => <input {...props} name="number" type="text" maxLength={40} autoComplete="off" value={number} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label="查询码" required error={errors.accessCode} hint="提交时页面显示的查询码">
        {(props) => <input {...props} name="accessCode" type="text" maxLength={64} autoComplete="off" spellCheck={false} value={accessCode} onChange={(e) => setAccessCode(e.target.value)} />}
      </Field>
      <ErrorAlert error={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? '正在查询…' : submitLabel}
      </button>
    </form>
  );
}

function CorrectionForm({ credentials, onDone }: { credentials: Credentials; onDone: () => void }) {
  const [description, setDescription] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const ref = useRef<HTMLFormElement>(null);
  const submit = useMutation({ mutationFn: () => correctRequest(credentials, description.trim()), onSuccess: onDone, onError: () => focusFirstProblem(ref.current) });
  return (
    <form
      ref={ref}
      noValidate
      aria-labelledby="correct-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const error = blank(description) ? '请填写补正后的所需信息描述' : undefined;
        setFieldError(error);
        if (error) return focusFirstProblem(ref.current);
        submit.mutate();
      }}
    >
      <h3 id="correct-heading">提交补正</h3>
      <Field label="补正后的所需信息描述" required error={fieldError} hint="按补正告知的要求，写明所需政府信息的名称、文号或其他特征性描述">
        {(props) => <textarea {...props} name="description" rows={4} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <ErrorAlert error={submit.error} />
      <Submitting isPending={submit.isPending} />
      <button type="submit" disabled={submit.isPending}>
        提交补正
      </button>
    </form>
  );
}

function WithdrawButton({ credentials, onDone }: { credentials: Credentials; onDone: () => void }) {
  const [isConfirming, setConfirming] = useState(false);
  const submit = useMutation({ mutationFn: () => withdrawRequest(credentials), onSuccess: onDone });
  return (
    <div className="withdraw">
      {isConfirming ? (
        <>
          <p>撤回后本申请不再办理。确定撤回吗？</p>
          <button type="button" className="button-danger" disabled={submit.isPending} onClick={() => submit.mutate()}>
            确认撤回申请
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            不撤回
          </button>
        </>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          撤回申请
        </button>
      )}
      <ErrorAlert error={submit.error} />
    </div>
  );
}

/** While a request is in hand the applicant may still withdraw it. */
const open: readonly Tracked['status'][] = ['received', 'correction', 'consulting'];

function TrackedRequest({ tracked, credentials, onChanged }: { tracked: Tracked; credentials: Credentials; onChanged: () => void }) {
  const download = useMutation({ mutationFn: () => downloadAnswer(credentials) });
  const canCorrect = tracked.status === 'correction' && tracked.correction !== null && tracked.correction.correctedOn === null;
  const canWithdraw = open.includes(tracked.status);
  return (
    <section aria-labelledby="status-heading" className="panel" data-testid="tracked-request" data-status={tracked.status}>
      <h2 id="status-heading">申请 {tracked.number}</h2>
      <dl className="document-meta">
        <div>
          <dt>办理状态</dt>
          <dd data-testid="request-status">{tracked.statusLabel}</dd>
        </div>
        <div>
          <dt>收到申请日期</dt>
          <dd>
            <DateText value={tracked.receivedOn} />
          </dd>
        </div>
        {tracked.dueOn && (
          <div>
            <dt>答复期限</dt>
            <dd data-testid="request-due">
              <DateText value={tracked.dueOn} />
            </dd>
          </div>
        )}
      </dl>
      {tracked.explanation && (
        <p className="hint" data-testid="request-explanation">
          期限计算：{tracked.explanation}
        </p>
      )}
      {tracked.extensionNotice && (
        <div className="notice" data-testid="request-extension">
          <h3>延长答复期限告知</h3>
          <p>
            经政府信息公开工作机构负责人同意，答复期限延长{tracked.extensionNotice.days}个工作日（<DateText value={tracked.extensionNotice.approvedOn} />）。
          </p>
          <p>{tracked.extensionNotice.notice}</p>
        </div>
      )}
      {tracked.correction && (
        <div className="notice" data-testid="request-correction">
          <h3>补正告知</h3>
          <p>需要补正的内容：{tracked.correction.items}</p>
          <p>
            补正告知日期：<DateText value={tracked.correction.requestedOn} />
          </p>
          {tracked.correction.correctedOn ? (
            <p>
              已于 <DateText value={tracked.correction.correctedOn} /> 收到补正，答复期限自收到补正之日起重新计算。
            </p>
          ) : (
            <p>
              请于 <DateText value={tracked.correction.byOn} /> 前补正；逾期无正当理由不补正的，视为放弃申请。
            </p>
          )}
          {canCorrect && <CorrectionForm credentials={credentials} onDone={onChanged} />}
        </div>
      )}
      {tracked.answer && (
        <div className="answer" data-testid="request-answer">
          <h3>答复</h3>
          <p>
            答复结果：<strong data-testid="request-outcome">{tracked.answer.outcomeLabel}</strong>（<DateText value={tracked.answer.answeredOn} />）
          </p>
          {tracked.answer.reason && <p>理由：{tracked.answer.reason}</p>}
          {tracked.answer.text.split(/\n+/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {tracked.answer.hasFile && (
            <p>
              <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
                {download.isPending ? '正在下载…' : '下载答复书'}
              </button>
            </p>
          )}
          <ErrorAlert error={download.error} />
        </div>
      )}
      {canWithdraw && <WithdrawButton credentials={credentials} onDone={onChanged} />}
    </section>
  );
}

export default function TrackPage() {
  const [credentials, setCredentials] = useState<Credentials>();
  usePageTitle('查询办理进度');
  const track = useMutation({ mutationFn: trackRequest });
  const lookUp = (c: Credentials) => {
    setCredentials(c);
    track.mutate(c);
  };
  return (
    <>
      <Breadcrumb trail={[{ label: '依申请公开', to: '/gk/apply' }, { label: '查询办理进度' }]} />
      <h1>查询办理进度</h1>
      <p>
        请输入提交申请时获得的申请编号和查询码。还没有提交申请的，请先<Link to="/gk/apply">在线申请</Link>。
      </p>
      <CredentialsForm numberLabel="申请编号" submitLabel="查询" onSubmit={lookUp} isPending={track.isPending} error={track.error} />
      {track.data && credentials && <TrackedRequest tracked={track.data} credentials={credentials} onChanged={() => track.mutate(credentials)} />}
    </>
  );
}
