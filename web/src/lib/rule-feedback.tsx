import { Alert, App, Space, Tag, Tooltip } from 'antd';
import { useCallback } from 'react';
import { ApiError, violationText } from '../api/client';
import type { Violation } from '../api/client';
import { articleLabel } from './article-number';
import { ApiErrorAlert, useShowApiError } from './show-api-error';

/**
 * How every area shows the rulebook's answers: a refusal lists each broken article on its own line
 * ("第八十二条：…", never said twice), flags on accepted records show as orange tags and warnings.
 */
export function ruleText(violation: Violation): string {
  return violationText(violation);
}

function RuleList({ violations, testId = 'rule-violations' }: { violations: readonly Violation[]; testId?: string }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={testId}>
      {violations.map((violation) => (
        <li key={`${violation.ruleId}-${violation.article}`}>{ruleText(violation)}</li>
      ))}
    </ul>
  );
}

/** A refusal inline on a form: every broken article on its own line; any other failure as one sentence. */
export function RuleRefusalAlert({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  if (error instanceof ApiError && error.violations.length > 0) {
    return <Alert type="error" showIcon title={`${title}：不符合《工作规则》`} description={<RuleList violations={error.violations} />} data-testid="rule-refusal" />;
  }
  return <ApiErrorAlert error={error} title={title} />;
}

/** A refusal of an action button as a notification listing its articles; other failures as usual. */
export function useShowRuleError(): (error: unknown, title: string) => void {
  const { notification } = App.useApp();
  const showApiError = useShowApiError();
  return useCallback(
    (error: unknown, title: string) => {
      if (error instanceof ApiError && error.violations.length > 0) {
        notification.error({ title: `${title}：不符合《工作规则》`, description: <RuleList violations={error.violations} />, duration: 8 });
        return;
      }
      showApiError(error, title);
    },
    [notification, showApiError],
  );
}

/** Flags on an accepted record, in full, for whoever must weigh them (the office, an approver). */
export function FlagAlert({ flags, title, testId = 'rule-flags' }: { flags: readonly Violation[]; title: string; testId?: string }) {
  if (flags.length === 0) return null;
  return <Alert type="warning" showIcon title={title} description={<RuleList violations={flags} testId={testId} />} style={{ marginBottom: 12 }} />;
}

/** Short names some flags go by in tables. */
const flagNames: Record<string, string> = { 'meetings.topic-lead-time': '逾期提报', 'leave.notice-days-ahead': '紧急外出报备' };

/** A short name for a flag: its message after the article, up to the first "，" or "：". */
function flagName(flag: Violation): string {
  const known = flagNames[flag.ruleId];
  if (known) return known;
  const label = `${articleLabel(flag.article)}：`;
  const message = flag.message.startsWith(label) ? flag.message.slice(label.length) : flag.message;
  const cut = message.search(/[：，]/);
  return cut > 0 && cut <= 12 ? message.slice(0, cut) : message.slice(0, 12);
}

/** Flags as orange tags naming their article, the full text on hover (for tables). */
export function FlagTags({ flags }: { flags: readonly Violation[] }) {
  if (flags.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {flags.map((flag) => (
        <Tooltip key={`${flag.ruleId}-${flag.article}`} title={ruleText(flag)}>
          <Tag color="orange" style={{ marginInlineEnd: 0, cursor: 'help' }} data-rule-id={flag.ruleId}>
            {articleLabel(flag.article)} {flagName(flag)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
