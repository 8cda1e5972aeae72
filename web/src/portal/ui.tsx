import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId } from 'react';
import { Link } from 'react-router';
import { fetchSite, type Item, PortalError, violationText } from './api';

/** The site's name and catalogue: the header, the footer and the home page share one query. */
export function useSite() {
  return useQuery({ queryKey: ['portal', 'site'], queryFn: ({ signal }) => fetchSite(signal), staleTime: 60_000 });
}

/** Every page names itself in the window's title: "政策解读 - 临淄区人民政府信息公开". */
export function usePageTitle(title: string | undefined): void {
  const site = useSite().data?.name;
  useEffect(() => {
    const suffix = site ? `${site}政府信息公开` : '政府信息公开';
    document.title = title ? `${title} - ${suffix}` : suffix;
  }, [title, site]);
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026年3月12日" for a date or a timestamp (Beijing time). */
export function chineseDate(value: string | null | undefined): string {
  if (!value) return '';
  const local = dateOnly.test(value) ? value : beijing.format(new Date(value));
  const m = dateOnly.exec(local);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** A date for a machine and a person at once. */
export function DateText({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  const local = dateOnly.test(value) ? value : beijing.format(new Date(value));
  return <time dateTime={local}>{chineseDate(value)}</time>;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The refusal or failure of a submission, read out as soon as it appears: the server's sentence, then each
 * article it cites ("第三十四条：……").
 */
export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const lines = errorLines(error);
  return (
    <div id={id} role="alert" className={lines.length > 0 ? 'alert alert-error' : 'alert-empty'}>
      {lines.length > 0 && (
        <>
          <p className="alert-title">提交未成功：</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function errorLines(error: unknown): string[] {
  if (!error) return [];
  if (error instanceof PortalError) {
    const violations = error.violations.map(violationText);
    const repeats = error.violations.some((v) => v.message === error.detail);
    return repeats ? violations : [error.detail, ...violations];
  }
  if (error instanceof Error) return [error.message];
  return ['操作未成功，请稍后重试'];
}

/** Loading and failure of a page's data, said in words (not a spinner alone). */
export function LoadState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  if (isLoading) return <p className="muted" role="status">正在加载…</p>;
  if (error) {
    return (
      <p className="alert alert-error" role="alert">
        {error instanceof PortalError ? error.detail : '加载失败，请稍后重试'}
      </p>
    );
  }
  return null;
}

type FieldProps = {
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  children: (props: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean | undefined; required: boolean | undefined }) => ReactNode;
};

/** A visible label, an optional hint and a field error, tied to the control by id and aria-describedby. */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required">（必填）</span> : <span className="optional">（选填）</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required: required || undefined })}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A field no person sees or reaches (hidden from sight, from screen readers and from the Tab key); only a
 * machine filling in every input fills it, and the server then refuses the submission.
 */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="portal-website">网站</label>
      <input id="portal-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** A list of catalogue items: title, number and date, each a link to the item. */
export function ItemList({ items, showCategory = false }: { items: readonly Item[]; showCategory?: boolean }) {
  if (items.length === 0) return <p className="muted">暂无信息。</p>;
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/gk/items/${item.id}`} className="item-title">
            {item.title}
          </Link>
          <span className="item-meta">
            {showCategory && <span>{item.categoryLabel}</span>}
            {item.documentNumber && <span>{item.documentNumber}</span>}
            <span>
              发布日期 <DateText value={item.publishedAt} />
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "下一页" as a link (the cursor in the address: a page can be bookmarked and cached), and back to the first. */
export function Pager({ nextCursor, cursor, hrefFor }: { nextCursor: string | null; cursor: string | undefined; hrefFor: (cursor: string | undefined) => string }) {
  if (!nextCursor && !cursor) return null;
  return (
    <nav className="pager" aria-label="翻页">
      {cursor && <Link to={hrefFor(undefined)}>返回第一页</Link>}
      {nextCursor && (
        <Link to={hrefFor(nextCursor)} rel="next">
          下一页
        </Link>
      )}
    </nav>
  );
}

export function Breadcrumb({ trail }: { trail: readonly { label: string; to?: string }[] }) {
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <ol>
        <li>
          <Link to="/gk">首页</Link>
        </li>
        {trail.map((step) => (
          <li key={step.label}>{step.to ? <Link to={step.to}>{step.label}</Link> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** Whether a string is an empty answer to a required field. */
export function blank(value: string): boolean {
  return value.trim().length === 0;
}

/** After a refused submission, the reader is taken to the first field to fix (or to the alert). */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.alert-error');
    target?.focus();
  });
}

/** What a form says while the browser does its check and the server answers. */
export function Submitting({ isPending }: { isPending: boolean }) {
  return (
    <p role="status" className="submitting">
      {isPending ? '正在提交…（浏览器正在完成提交前的校验，请稍候）' : ''}
    </p>
  );
}
