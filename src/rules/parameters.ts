import { z } from 'zod';
import type { Citation, Effective } from './types.js';

/** Units a parameter is counted in. Calendar days and working days are never mixed up: say which. */
export const PARAMETER_UNITS = [
  'working-day',
  'calendar-day',
  'ratio',
  'meetings-per-year',
  'meetings-per-month',
  'sessions-per-month',
  'sessions-per-quarter',
  'days-per-year',
  'briefings-per-department',
  'hour',
  'matter-list',
  'month',
  'percent',
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();

/** "More than half" is `{ numerator: 1, denominator: 2, strict: true }`; `strict: false` means "at least". */
export const fractionSchema = z.object({ numerator: positiveInt, denominator: positiveInt, strict: z.boolean() }).refine((f) => f.numerator <= f.denominator, {
  message: 'numerator must not exceed denominator',
});
export type Fraction = z.infer<typeof fractionSchema>;

export const countRangeSchema = z.object({ min: nonNegativeInt, max: positiveInt }).refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
export type CountRange = z.infer<typeof countRangeSchema>;

export const countLimitSchema = z.object({ max: nonNegativeInt });
export type CountLimit = z.infer<typeof countLimitSchema>;

/** Working days each step of handling an incoming document may take (签收登记, 初审, 拟办, 批办, 批示, 转办). */
export const documentStepLimitsSchema = z.object({
  receive: positiveInt,
  review: positiveInt,
  propose: positiveInt,
  assign: positiveInt,
  instruct: positiveInt,
  transfer: positiveInt,
});
export type DocumentStepLimits = z.infer<typeof documentStepLimitsSchema>;

/** Hours each step of an urgent document may take, by urgency (特急, 加急): urgent documents are handled at once. */
export const urgentStepHoursSchema = z.object({ very_urgent: positiveInt, urgent: positiveInt });
export type UrgentStepHours = z.infer<typeof urgentStepHoursSchema>;

/** The matters an article lists, each with the words by which a topic or decision is recognised as one (art. 27). */
export const matterListSchema = z.array(z.object({ category: z.string().min(1), keywords: z.array(z.string().min(1)).min(1) })).min(1);
export type MatterList = z.infer<typeof matterListSchema>;

/**
 * Every parameter the rulebooks may set: its value's schema and unit. This one table gives both the runtime
 * check of rulebook data and, through `ParameterValues`, the compile-time type of each key's value. A new
 * parameter is a new row here plus a value in each rulebook that sets it.
 */
export const parameterSpecs = {
  /** Art. 53 (2022): topics reach the head and the deputy in charge this many working days before the executive meeting. */
  'meetings.topicLeadWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 49 (2022): share of the members who must attend an executive meeting. */
  'meetings.executive.quorum': { value: fractionSchema, unit: 'ratio' },
  /** Art. 27 (2022): the important decisions reserved for the plenary or executive meeting (also art. 8 "重大问题"). */
  'meetings.majorMatters': { value: matterListSchema, unit: 'matter-list' },
  /** Art. 48 (2022): plenary meetings a year, as a rule. */
  'meetings.plenary.perYear': { value: countRangeSchema, unit: 'meetings-per-year' },
  /** Art. 49 (2022): regular executive meetings a month (urgent ones come on top). */
  'meetings.executive.perMonth': { value: positiveInt, unit: 'meetings-per-month' },
  /** Art. 68 (2022): a co-operating department replies to a countersign request within this many working days. */
  'documents.countersignReplyWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 82 (2022): leave is reported this many calendar days before it starts. */
  'leave.noticeDays': { value: positiveInt, unit: 'calendar-day' },
  /** Art. 82 (2022): an absence of strictly more than this many days needs the notice, plan and schedule attached. */
  'leave.longAbsenceDays': { value: positiveInt, unit: 'calendar-day' },
  /**
   * Art. 82 (2022) "因紧急事项临时外出的，要及时报备": the text sets no number; this is the office's limit, in
   * calendar days after the day of leaving, by which an emergency absence is reported.
   */
  'leave.emergencyReportDays': { value: positiveInt, unit: 'calendar-day' },
  /** Art. 90 (2022): invitations to leaders reach the office this many calendar days before the event. */
  'events.invitationLeadDays': { value: positiveInt, unit: 'calendar-day' },
  /** Art. 58 (2022): system-wide meetings a department may hold a year, as a rule. */
  'events.departmentSystemMeetingsPerYear': { value: countLimitSchema, unit: 'meetings-per-year' },
  /** Art. 60 (2022): collective study sessions a month, at least. */
  'study.collectivePerMonthMin': { value: positiveInt, unit: 'sessions-per-month' },
  /** Art. 60 (2022): collective law-study sessions a quarter. */
  'study.lawStudyPerQuarter': { value: positiveInt, unit: 'sessions-per-quarter' },
  /** Art. 60 (2022): days of collective study a year, at least. */
  'study.daysPerYearMin': { value: positiveInt, unit: 'days-per-year' },
  /**
   * Art. 66 (2022) requires every step of handling a document to finish within set limits without naming
   * them; these are the limits the office sets under it.
   */
  'documents.stepWorkingDays': { value: documentStepLimitsSchema, unit: 'working-day' },
  /** Art. 66 (2022): the default time a handling unit has to finish and report back, set by the office. */
  'documents.handlingWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 66 (2022): "对属于急件的公文，即到即办" — hours per step for 特急 and 加急 documents, set by the office. */
  'documents.urgentStepHours': { value: urgentStepHoursSchema, unit: 'hour' },
  /** Art. 66 (2022): reminders (催办) go out this many working days before a deadline, set by the office. */
  'documents.reminderWorkingDays': { value: positiveInt, unit: 'working-day' },
  /**
   * Art. 69 (2022): who signs off the government's and the office's documents, as lists of post titles under
   * fixed headings (`区政府公文签发`, `区政府公文经区长授权签发`, `区长可授权签发的事项`, `区政府办公室公文签发`,
   * `区政府办公室公文如有需要签发` — `分管副区长` is the deputy whose portfolio holds the office —, `区政府办公室公文经授权签发`),
   * shaped as a matter list so the rulebook pages show it as the article reads.
   */
  'documents.signOffAuthority': { value: matterListSchema, unit: 'matter-list' },
  /** Art. 71 (2022) with 政府信息公开条例 第二十六条: a proactively disclosed document is published within this many working days. */
  'disclosure.proactiveWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** 条例 第三十三条 (under art. 34): a disclosure request is answered within this many working days of receipt. */
  'disclosure.requestAnswerWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** 条例 第三十三条: the answer period may be extended once, by at most this many working days. */
  'disclosure.requestExtensionWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** 条例 第三十条: a 补正 notice is given within this many working days of receipt. */
  'disclosure.correctionNoticeWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** 条例 第三十二条: a third party consulted gives its view within this many working days. */
  'disclosure.thirdPartyWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 36, 23: the shortest comment period of a normative document or policy draft, in working days. */
  'disclosure.commentWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 36: the shortest comment period, in calendar days, of a draft bearing on businesses or of a major decision. */
  'disclosure.commentLongDays': { value: positiveInt, unit: 'calendar-day' },
  /** Art. 39: a message from the public is answered within this many working days. */
  'disclosure.messageAnswerWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 40 (2022) "限时办结": months from assignment within which a deputy's suggestion or CPPCC proposal is answered. */
  'supervision.suggestionAnswerMonths': { value: positiveInt, unit: 'month' },
  /** Art. 40 (2022): the longest a complex suggestion or proposal may run from assignment, extensions included. */
  'supervision.suggestionMaxMonths': { value: positiveInt, unit: 'month' },
  /** Art. 40 (2022): calendar days after assignment within which a unit may send back one not in its remit. */
  'supervision.suggestionSendBackDays': { value: positiveInt, unit: 'calendar-day' },
  /** Art. 40 (2022): months the unit has to answer again when the proposer is dissatisfied with the first answer. */
  'supervision.suggestionReanswerMonths': { value: positiveInt, unit: 'month' },
  /** Art. 77 (2022) "经常组织开展回头看": months after a rectified problem is closed when its look-back falls due. */
  'supervision.lookBackMonths': { value: positiveInt, unit: 'month' },
  /** Art. 77 (2022) "回头看": working days the lead unit has to finish a look-back once it is opened, set by the office. */
  'supervision.lookBackWorkingDays': { value: positiveInt, unit: 'working-day' },
  /** Art. 75 (2022) "随机抽查": the share of tasks a spot check draws, in percent, as the office sets it. */
  'supervision.spotCheckPercent': { value: positiveInt.max(100), unit: 'percent' },
  /** Art. 76 (2022): the eight focus areas of the office's supervision (督查的重点), as the article lists them. */
  'supervision.focusAreas': { value: matterListSchema, unit: 'matter-list' },
  /** Art. 71 (2022): registered briefings each department may send to the government. */
  'information.briefingsPerDepartment': { value: positiveInt, unit: 'briefings-per-department' },
} as const satisfies Record<string, { value: z.ZodType; unit: ParameterUnit }>;

export type ParameterKey = keyof typeof parameterSpecs;
export const PARAMETER_KEYS = Object.keys(parameterSpecs) as ParameterKey[];

/** The value type of every parameter key, known at compile time. */
export type ParameterValues = { [K in ParameterKey]: z.infer<(typeof parameterSpecs)[K]['value']> };

/** One parameter as a rulebook sets it, citing its article. */
export type Parameter<K extends ParameterKey = ParameterKey> = {
  key: K;
  value: ParameterValues[K];
  unit: (typeof parameterSpecs)[K]['unit'];
  cites: Citation;
  /** Within the rulebook's own window; defaults to it. */
  effective: Effective;
  /** Chinese: what the article says, near its own words. */
  summary: string;
  /**
   * Where the number comes from when the article itself sets none (a statute, a provincial rule, the office's
   * own practice), and whether that source has been confirmed as the one in force here; unconfirmed values are
   * flagged wherever they are shown.
   */
  basis?: ParameterBasis;
};

export type ParameterBasis = { source: string; isConfirmed: boolean };

/** Any parameter, discriminated by `key`. */
export type AnyParameter = { [K in ParameterKey]: Parameter<K> }[ParameterKey];

export function isParameterKey(key: string): key is ParameterKey {
  return Object.hasOwn(parameterSpecs, key);
}

/** Whether `present` of `expected` members meet a quorum: "more than half" of 9 needs 5, of 10 needs 6. */
export function meetsQuorum(quorum: Fraction, present: number, expected: number): boolean {
  const lhs = present * quorum.denominator;
  const rhs = quorum.numerator * expected;
  return quorum.strict ? lhs > rhs : lhs >= rhs;
}

/** The smallest attendance that meets the quorum. */
export function quorumMinimum(quorum: Fraction, expected: number): number {
  const exact = (quorum.numerator * expected) / quorum.denominator;
  return quorum.strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}
