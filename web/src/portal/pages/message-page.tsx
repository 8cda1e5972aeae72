import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { fetchMessage, isNotFound } from '../api';
import { Breadcrumb, DateText, LoadState, usePageTitle } from '../ui';
import NotFoundPage from './not-found-page';

export default function MessagePage() {
  const { id = '' } = useParams();
  const message = useQuery({ queryKey: ['portal', 'message', id], queryFn: ({ signal }) => fetchMessage(id, signal) });
  usePageTitle(message.data?.subject);
  if (isNotFound(message.error)) return <NotFoundPage />;
  const m = message.data;
  return (
    <>
      <Breadcrumb trail={[{ label: '政民互动', to: '/gk/messages' }, { label: '留言详情' }]} />
      <LoadState isLoading={message.isLoading} error={message.error} />
      {m && (
        <article className="document">
          <h1>{m.subject}</h1>
          <dl className="document-meta">
            <div>
              <dt>留言人</dt>
              <dd>{m.displayName || '网友'}</dd>
            </div>
            <div>
              <dt>留言日期</dt>
              <dd>
                <DateText value={m.receivedOn} />
              </dd>
            </div>
            <div>
              <dt>编号</dt>
              <dd>{m.number}</dd>
            </div>
            {m.answeredOn && (
              <div>
                <dt>答复日期</dt>
                <dd>
                  <DateText value={m.answeredOn} />
                </dd>
              </div>
            )}
          </dl>
          <section aria-labelledby="message-body-heading">
            <h2 id="message-body-heading">留言内容</h2>
            {m.body.split(/\n+/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
          {m.answer && (
            <section aria-labelledby="message-answer-heading" className="answer">
              <h2 id="message-answer-heading">答复内容</h2>
              {m.answer.split(/\n+/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </section>
          )}
        </article>
      )}
    </>
  );
}
