// @ts-nocheck
import { z } from 'zod';

import { DomainError } from '../domain/errors.js';
import { isLocalDate } from './local-date.js';
import type { YearNotice } from './types.js';
import { assertValidNotice } from './validate-notice.js';

/*
 * The JSON a later year's notice is imported from: the shape of the shipped data (`YearNotice`) without
 * `origin`, which the import sets to `imported`. Unknown fields are refused so that a misspelt
 * "adjustedWorkDays" cannot silently import a year with no 调休. See README.md for an example.
 */

/** Says "缺少X" for a missing field and "X应为…" for a wrong type, instead of zod's generic wording. */
const typeError =
  (what: string, expected: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined => {
    // Other issues on the same schema (unknown keys) fall through to the zh-CN locale messages.
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? `缺少${what}` : `${what}应为${expected}`;
  };

const localDate = z
  .string({ error: typeError('日期', 'YYYY-MM-DD格式的日期字符串') })
  .refine(isLocalDate, { error: (issue) => `“${String(issue.input)}”不是YYYY-MM-DD格式的有效日期` });

const nonEmpty = (what: string) => z.string({ error: typeError(what, '文字') }).trim().min(1, { error: `${what}不能为空` });

const sourceSchema = z.strictObject(
  {
    title: nonEmpty('通知标题'),
    documentNumber: nonEmpty('文号').nullable().default(null),
    issuedOn: localDate.nullable().default(null),
    url: nonEmpty('网址').nullable().default(null),
  },
  { error: typeError('通知信息', '对象') },
);

/** zod schema of the importable notice JSON; exported for the HTTP layer's OpenAPI description. */
export const noticeJsonSchema = z.strictObject({
  year: z.number({ error: typeError('年份', '数字') }).int({ error: '年份应为整数' }),
  source: sourceSchema,
  amendments: z.array(sourceSchema, { error: typeError('后续修改通知', '数组') }).default([]),
  holidays: z
    .array(
      z.strictObject(
        {
          name: nonEmpty('节日名称'),
          from: localDate,
          to: localDate,
          note: z.string({ error: typeError('说明', '文字') }).optional(),
        },
        { error: typeError('放假安排', '对象') },
      ),
      { error: typeError('放假安排', '数组') },
    )
    .min(1, { error: '至少应有一项放假安排' }),
  adjustedWorkingDays: z
    .array(
      z.strictObject({ date: localDate, holidayName: nonEmpty('所属节日名称') }, { error: typeError('调休上班日', '对象') }),
      { error: typeError('调休上班日', '数组') },
    )
    .default([]),
  notes: z.array(z.string({ error: typeError('备注', '文字') }), { error: typeError('备注', '数组') }).default([]),
}, { error: typeError('节假日安排', 'JSON对象') });

/** The JSON shape as written by a person (defaults not yet applied). */
export type NoticeJson = z.input<typeof noticeJsonSchema>;

const FIELD_NAMES: Record<string, string> = {
  year: '年份',
  source: '通知',
  amendments: '后续修改通知',
  holidays: '放假安排',
  adjustedWorkingDays: '调休上班日',
  notes: '备注',
  title: '标题',
  documentNumber: '文号',
  issuedOn: '成文日期',
  url: '网址',
  name: '节日名称',
  from: '起始日期',
  to: '结束日期',
  note: '说明',
  date: '日期',
  holidayName: '所属节日名称',
};

/** `放假安排第2项的起始日期`, from a zod issue path. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `第${key + 1}项`;
    else out += `${out ? '的' : ''}${FIELD_NAMES[String(key)] ?? String(key)}`;
  }
  return out;
}

/**
 * Parses and validates a year notice written as JSON (the shipped data's shape). Returns it with
 * `origin: 'imported'`, or throws `DomainError('invalid_input')` whose Chinese message lists every problem
 * (also in `details.problems`).
 */
export function parseNoticeJson(text: string): YearNotice {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DomainError('invalid_input', `节假日安排文件不是有效的JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  // Per-parse Chinese messages for zod's own issues (the schema's messages take precedence); the global
  // zod config is left alone because other areas share it.
  const parsed = noticeJsonSchema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const message =
        issue.code === 'unrecognized_keys'
          ? `出现未知字段${issue.keys.map((k) => `“${k}”`).join('、')}（字段名区分大小写，见src/calendar/README.md）`
          : issue.message;
      return `${describePath(issue.path)}：${message}`;
    });
    throw new DomainError('invalid_input', `节假日安排文件有误：${problems.map((p, i) => `${i + 1}. ${p}`).join('；')}`, {
      details: { problems },
    });
  }
  const value = parsed.data;
  const notice: YearNotice = {
    year: value.year,
    origin: 'imported',
    source: value.source,
    amendments: value.amendments,
    holidays: value.holidays.map((h) => (h.note === undefined ? { name: h.name, from: h.from, to: h.to } : h)),
    adjustedWorkingDays: value.adjustedWorkingDays,
    notes: value.notes,
  };
  assertValidNotice(notice, `${value.year}年节假日安排文件`);
  return notice;
}

/** The JSON text of a notice in the import shape (without `origin`), e.g. to export shipped data. */
export function formatNoticeJson(notice: YearNotice): string {
  const { origin: _origin, ...rest } = notice;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
