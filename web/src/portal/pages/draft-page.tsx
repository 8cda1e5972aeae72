import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { commentOnDraft, type Draft, fetchDraft, isNotFound } from '../api';
import { blank, Breadcrumb, DateText, ErrorAlert, Field, focusFirstProblem, HoneypotField, LoadState, Submitting, usePageTitle } from '../ui';
import NotFoundPage from './not-found-page';

const MAX_COMMENT = 2000;

function CommentForm({ draft }: { draft: Draft }) {
  const [body, setBody] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [website, setWebsite] = useState('');
  const [bodyError, setBodyError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: () => commentOnDraft(draft.id, { body: body.trim(), displayName: displayName.trim() || undefined, website }),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: ['portal', 'draft', draft.id] });
    },
    onError: () => focusFirstProblem(form.current),
  });
  if (submit.isSuccess) {
    return (
      <div className="alert alert-success" role="status" data-testid="comment-accepted">
        <p>您的意见已提交，感谢您的参与。征求意见结束后，将在本页公布意见采纳情况。</p>
        <button type="button" className="button-secondary" onClick={() => submit.reset()}>
          再提一条意见
        </button>
      </div>
    );
  }
  return (
    <form
      ref={form}
      noValidate
      aria-labelledby="comment-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const error = blank(body) ? '请填写您的意见' : body.trim().length > MAX_COMMENT ? `意见不超过${MAX_COMMENT}字` : undefined;
        setBodyError(error);
        if (error) return focusFirstProblem(form.current);
        submit.mutate();
      }}
    >
      <h2 id="comment-heading">提出意见</h2>
      <p className="hint">意见内容不公开展示，仅供起草单位研究采纳；请勿填写身份证号、手机号等个人信息。</p>
      <Field label="意见内容" required error={bodyError} hint={`不超过${MAX_COMMENT}字`}>
        {(props) => <textarea {...props} name="body" rows={6} maxLength={MAX_COMMENT} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label="称呼">
        {(props) => <input {...props} name="displayName" type="text" maxLength={50} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <HoneypotField value={website} onChange={setWebsite} />
      <ErrorAlert error={submit.error} />
      <Submitting isPending={submit.isPending} />
      <button type="submit" disabled={submit.isPending}>
        提交意见
      </button>
    </form>
  );
}

export default function DraftPage() {
  const { id = '' } = useParams();
  const draft = useQuery({ queryKey: ['portal', 'draft', id], queryFn: ({ signal }) => fetchDraft(id, signal) });
  usePageTitle(draft.data?.title);
  if (isNotFound(draft.error)) return <NotFoundPage />;
  const d = draft.data;
  return (
    <>
      <Breadcrumb trail={[{ label: '征求意见', to: '/gk/drafts' }, { label: '草案' }]} />
      <LoadState isLoading={draft.isLoading} error={draft.error} />
      {d && (
        <article className="document" data-testid="draft">
          <h1>{d.title}</h1>
          <dl className="document-meta">
            <div>
              <dt>类别</dt>
              <dd>{d.kindLabel}</dd>
            </div>
            <div>
              <dt>状态</dt>
              <dd data-testid="draft-status" data-open={d.isOpen}>
                {d.statusLabel}
              </dd>
            </div>
            <div>
              <dt>起草单位</dt>
              <dd>{d.draftingUnitName}</dd>
            </div>
            <div>
              <dt>征求意见期</dt>
              <dd>
                <DateText value={d.opensOn} /> 至 <DateText value={d.closesOn} />（{d.periodLabel}）
              </dd>
            </div>
            <div>
              <dt>已收到意见</dt>
              <dd data-testid="comment-count">{d.commentCount} 条</dd>
            </div>
          </dl>
          {d.periodExplanation && <p className="hint">{d.periodExplanation}</p>}
          <section aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">起草说明</h2>
            {d.explanation.split(/\n+/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
          <section aria-labelledby="text-heading" className="document-body">
            <h2 id="text-heading">草案全文</h2>
            {d.body.split(/\n+/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
          {d.isOpen ? (
            <CommentForm draft={d} />
          ) : d.conclusion ? (
            <section aria-labelledby="conclusion-heading" data-testid="draft-conclusion">
              <h2 id="conclusion-heading">意见采纳情况</h2>
              <h3>意见收集情况</h3>
              {d.conclusion.commentsSummary.split(/\n+/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              <h3>意见采纳情况及理由</h3>
              {d.conclusion.response.split(/\n+/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              {d.conclusion.finalPublication && (
                <p>
                  正式文件：<Link to={`/gk/items/${d.conclusion.finalPublication.id}`}>{d.conclusion.finalPublication.title}</Link>
                </p>
              )}
            </section>
          ) : (
            <p className="notice">征求意见已结束，意见采纳情况整理后在本页公布。</p>
          )}
        </article>
      )}
    </>
  );
}
