import { Alert, App } from 'antd';
import { useCallback } from 'react';
import { ApiError, violationText } from '../api/client';

/** A user-facing sentence for any thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return `操作失败：${error.message}`;
  return '操作失败，请稍后重试';
}

function ErrorBody({ error }: { error: ApiError }) {
  if (error.violations.length === 0) return <>{error.detail}</>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {error.violations.map((violation) => (
        <li key={`${violation.ruleId}-${violation.article}`}>{violationText(violation)}</li>
      ))}
    </ul>
  );
}

/**
 * Shows an API error the way users expect: a short toast for a plain failure, a notification listing every
 * broken article when the rulebook refused the act. A 401 is not shown; the client already sends the user to
 * the login page.
 */
export function useShowApiError(): (error: unknown, title?: string) => void {
  const { message, notification } = App.useApp();
  return useCallback(
    (error: unknown, title?: string) => {
      if (error instanceof ApiError && error.status === 401) return;
      if (error instanceof ApiError && error.violations.length > 0) {
        notification.error({
          title: violationAlertTitle(error, title),
          description: <ErrorBody error={error} />,
          duration: 8,
        });
        return;
      }
      const text = errorText(error);
      void message.error(title ? `${title}：${text}` : text, 5);
    },
    [message, notification],
  );
}

function violationAlertTitle(error: ApiError, title: string | undefined): string {
  const isRepeat = error.violations.some((violation) => violation.message === error.detail);
  const detail = isRepeat ? '不符合工作规则' : error.detail;
  return title ? `${title}：${detail}` : detail;
}

/** The same error inline, for forms (login, password) where a toast is easy to miss. */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  if (error instanceof ApiError && error.violations.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        title={violationAlertTitle(error, title)}
        description={<ErrorBody error={error} />}
      />
    );
  }
  return <Alert type="error" showIcon title={title ? `${title}：${errorText(error)}` : errorText(error)} />;
}
