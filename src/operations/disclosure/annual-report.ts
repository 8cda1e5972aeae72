import { type Expression, sql } from 'kysely';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import {
  type ChallengeKind,
  challengeKindLabels,
  challengeKinds,
  type ChallengeOutcome,
  challengeOutcomeLabels,
  challengeOutcomes,
  organizationKindLabels,
  organizationKinds,
  type PublicationCategory,
  publicationCategories,
  publicationCategoryLabels,
  requestOutcomeKeys,
  requestOutcomes,
  type RequestOutcome,
} from '../../domain/disclosure/types.js';
import { DomainError, invalid } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';
import { preparePublication } from './publications.js';

/**
 * The annual report on government information disclosure (政府信息公开工作年度报告, 条例 第四十九条、第五十条),
 * in the tables of the national template (国办公开办函〔2021〕30号), every number counted in SQL from the
 * platform's data:
 * - 二 主动公开: the items the portal published in the year by category, and the template's rows where the data
 *   gives them (行政规范性文件 本年制发: normative drafts concluded with their final text published in the year);
 *   what the platform does not record (废止, 现行有效, 规章, 许可、处罚、强制、收费) is null with the reason.
 * - 三 收到和处理政府信息公开申请: by applicant (自然人; 法人或其他组织 by kind; 总计), received in the year,
 *   carried over from earlier years (received before 1 January and not ended by then), the year's results by
 *   the template's groups, and those carried into the next year (not ended by 31 December). A request ends when
 *   it is answered (its outcome), abandoned for want of 补正 (（六）1) or withdrawn by the applicant (（六）3 其他);
 *   its day is `answered_on`, or for one ended without it, the day it last changed.
 * - 四 行政复议、行政诉讼: the challenges filed in the year by kind and their outcome as recorded.
 * The numbers add up: 新收 + 上年结转 = 办理结果总计 + 结转下年度.
 */

/** What the report records under: art. 34 and its carrier (src/domain/disclosure/carriers.ts). */
const annualReportRule = 'disclosure.annual-report';
export const annualReportCites = { ruleId: annualReportRule, article: 34 } as const;

export const requestColumns = ['person', ...organizationKinds, 'total'] as const;
export type RequestColumn = (typeof requestColumns)[number];
export const requestColumnLabels: Record<RequestColumn, string> = { person: '自然人', ...organizationKindLabels, total: '总计' };

export type Counts = Record<RequestColumn, number>;
export type RequestRow = { key: string; label: string; level: 0 | 1 | 2; counts: Counts | null };

export type TemplateCell = { item: string; values: Record<string, number | null>; note: string | null };

export type AnnualReport = {
  year: number;
  government: string;
  title: string;
  asOf: LocalDate;
  /** 二、主动公开政府信息情况. */
  proactive: {
    /** 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
    documents: TemplateCell[];
    /** 第二十条第（五）（六）项 本年处理决定数量, 第（八）项 本年收费金额（万元）. */
    decisions: TemplateCell[];
    /** The portal's catalogue: items published in the year, by category. */
    byCategory: { category: PublicationCategory; label: string; published: number }[];
    publishedTotal: number;
  };
  /** 三、收到和处理政府信息公开申请情况. */
  requests: { columns: { key: RequestColumn; label: string }[]; rows: RequestRow[] };
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  challenges: {
    kinds: { kind: ChallengeKind; label: string }[];
    outcomes: { outcome: ChallengeOutcome | 'total'; label: string }[];
    counts: Record<ChallengeKind, Record<ChallengeOutcome | 'total', number>>;
  };
  notes: string[];
};

/** The instants (ISO, UTC) a year of Beijing time starts and ends at: timestamps are stored in UTC. */
function yearInstants(year: number): { from: string; to: string } {
  const at = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * 3600_000).toISOString();
  return { from: at(year), to: at(year + 1) };
}

const zero = (): Counts => Object.fromEntries(requestColumns.map((c) => [c, 0])) as Counts;

const columnOf = (applicantKind: string, organizationKind: string | null): Exclude<RequestColumn, 'total'> =>
  applicantKind === 'person' ? 'person' : (organizationKinds as readonly string[]).includes(organizationKind ?? '') ? (organizationKind as Exclude<RequestColumn, 'total' | 'person'>) : 'other';

function tally(rows: readonly { applicantKind: string; organizationKind: string | null; n: number | string | bigint }[]): Counts {
  const counts = zero();
  for (const r of rows) {
    const n = Number(r.n);
    counts[columnOf(r.applicantKind, r.organizationKind)] += n;
    counts.total += n;
  }
  return counts;
}

const groupNumbers = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];

/** The groups of table 三's results in the template's order, each with its outcomes. */
export function outcomeGroups(): { key: string; label: string; outcomes: RequestOutcome[] }[] {
  const groups: { key: string; label: string; outcomes: RequestOutcome[] }[] = [];
  for (const k of requestOutcomeKeys) {
    const label = requestOutcomes[k].group;
    const last = groups.at(-1);
    if (last && last.label === label) last.outcomes.push(k);
    else groups.push({ key: k.split('_')[0] ?? k, label, outcomes: [k] });
  }
  return groups;
}

/** The report's numbers for a year, from the data. */
export async function annualReport(db: Db, year: number, today: LocalDate): Promise<AnnualReport> {
  if (!Number.isInteger(year) || year < 2008 || year > Number(today.slice(0, 4))) invalid(`年度应为2008年至${Number(today.slice(0, 4))}年`);
  const government = (await orgRepository.unitWithFunction(db, 'government'))?.name ?? '';
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const { from, to } = yearInstants(year);

  // ——— 二 主动公开 ———
  const published = await db
    .selectFrom('publications')
    .select(['category', sql<number>`count(*)`.as('n')])
    .where('status', 'in', ['published', 'withdrawn'])
    .where('publishedAt', '>=', from)
    .where('publishedAt', '<', to)
    .groupBy('category')
    .execute();
  const publishedOf = new Map(published.map((r) => [r.category, Number(r.n)]));
  const byCategory = publicationCategories.map((category) => ({ category, label: publicationCategoryLabels[category], published: publishedOf.get(category) ?? 0 }));
  const normative = await db
    .selectFrom('commentDrafts as d')
    .innerJoin('publications as p', 'p.id', 'd.finalPublicationId')
    .select(sql<number>`count(*)`.as('n'))
    .where('d.kind', '=', 'normative')
    .where('d.status', '=', 'concluded')
    .where('p.status', 'in', ['published', 'withdrawn'])
    .where('p.publishedAt', '>=', from)
    .where('p.publishedAt', '<', to)
    .executeTakeFirst();
  const notRecorded = '平台不登记该项，由相关工作机构另行填报';
  const documents: TemplateCell[] = [
    { item: '规章', values: { issued: null, repealed: null, inForce: null }, note: '平台不办理规章的制定和废止，由相关工作机构另行填报' },
    {
      item: '行政规范性文件',
      values: { issued: Number(normative?.n ?? 0), repealed: null, inForce: null },
      note: '本年制发件数为本年在平台征求意见、公布正式文本的行政规范性文件；平台不登记规范性文件的废止和有效期，本年废止件数、现行有效件数另行填报',
    },
  ];
  const decisions: TemplateCell[] = ['行政许可', '行政处罚', '行政强制', '行政事业性收费'].map((item) => ({ item, values: { value: null }, note: notRecorded }));

  // ——— 三 申请 ———
  const ended = sql<boolean>`disclosure_requests.status in ('answered', 'abandoned', 'withdrawn')`;
  const endedOn: Expression<string> = sql<string>`coalesce(disclosure_requests.answered_on, substr(disclosure_requests.updated_at, 1, 10))`;
  const base = () => db.selectFrom('disclosureRequests').select(['applicantKind', 'organizationKind', sql<number>`count(*)`.as('n')]).groupBy(['applicantKind', 'organizationKind']);
  const received = tally(await base().where('receivedOn', '>=', start).where('receivedOn', '<=', end).execute());
  const carriedIn = tally(await base().where('receivedOn', '<', start).where(sql<boolean>`not (${ended} and ${endedOn} < ${start})`).execute());
  const carriedOut = tally(await base().where('receivedOn', '<=', end).where(sql<boolean>`not (${ended} and ${endedOn} <= ${end})`).execute());
  const outcomeKey = sql<string>`case when disclosure_requests.status = 'abandoned' then coalesce(disclosure_requests.outcome, 'other_no_correction') when disclosure_requests.status = 'withdrawn' then coalesce(disclosure_requests.outcome, 'other') else coalesce(disclosure_requests.outcome, 'other') end`;
  const results = await db
    .selectFrom('disclosureRequests')
    .select(['applicantKind', 'organizationKind', outcomeKey.as('outcomeKey'), sql<number>`count(*)`.as('n')])
    .where(ended)
    .where(endedOn, '>=', start)
    .where(endedOn, '<=', end)
    .groupBy(['applicantKind', 'organizationKind', outcomeKey])
    .execute();
  const byOutcome = new Map<string, Counts>();
  for (const k of requestOutcomeKeys) byOutcome.set(k, tally(results.filter((r) => (requestOutcomeKeys.includes(r.outcomeKey as RequestOutcome) ? r.outcomeKey : 'other') === k)));
  const sum = (list: readonly Counts[]): Counts => {
    const c = zero();
    for (const x of list) for (const col of requestColumns) c[col] += x[col];
    return c;
  };
  const rows: RequestRow[] = [
    { key: 'received', label: '一、本年新收政府信息公开申请数量', level: 0, counts: received },
    { key: 'carried_in', label: '二、上年结转政府信息公开申请数量', level: 0, counts: carriedIn },
    { key: 'results', label: '三、本年度办理结果', level: 0, counts: null },
  ];
  outcomeGroups().forEach((g, i) => {
    const subtotal = sum(g.outcomes.map((k) => byOutcome.get(k) ?? zero()));
    const number = groupNumbers[i] ?? '';
    const label = g.label.startsWith(number) ? g.label : `${number}${g.label}`;
    rows.push({ key: g.outcomes.length === 1 ? `outcome.${g.outcomes[0]}` : `group.${g.key}`, label, level: 1, counts: subtotal });
    if (g.outcomes.length > 1) g.outcomes.forEach((k, j) => rows.push({ key: `outcome.${k}`, label: `${j + 1}.${requestOutcomes[k].label}`, level: 2, counts: byOutcome.get(k) ?? zero() }));
  });
  rows.push({ key: 'results_total', label: '（七）总计', level: 1, counts: sum([...byOutcome.values()]) });
  rows.push({ key: 'carried_out', label: '四、结转下年度继续办理', level: 0, counts: carriedOut });

  // ——— 四 复议、诉讼 ———
  const challenged = await db
    .selectFrom('disclosureChallenges')
    .select(['kind', 'outcome', sql<number>`count(*)`.as('n')])
    .where('filedOn', '>=', start)
    .where('filedOn', '<=', end)
    .groupBy(['kind', 'outcome'])
    .execute();
  const counts = Object.fromEntries(challengeKinds.map((k) => [k, Object.fromEntries([...challengeOutcomes, 'total'].map((o) => [o, 0]))])) as AnnualReport['challenges']['counts'];
  for (const c of challenged) {
    const row = counts[c.kind as ChallengeKind];
    if (!row) continue;
    const outcome = (challengeOutcomes as readonly string[]).includes(c.outcome) ? (c.outcome as ChallengeOutcome) : 'other';
    row[outcome] += Number(c.n);
    row.total += Number(c.n);
  }

  return {
    year,
    government,
    title: `${government}${year}年政府信息公开工作年度报告`,
    asOf: today,
    proactive: { documents, decisions, byCategory, publishedTotal: byCategory.reduce((s, c) => s + c.published, 0) },
    requests: { columns: requestColumns.map((key) => ({ key, label: requestColumnLabels[key] })), rows },
    challenges: {
      kinds: challengeKinds.map((kind) => ({ kind, label: challengeKindLabels[kind] })),
      outcomes: [...challengeOutcomes.map((outcome) => ({ outcome, label: challengeOutcomeLabels[outcome] })), { outcome: 'total' as const, label: '总计' }],
      counts,
    },
    notes: [
      `统计截至${chineseDate(today)}，数据均由平台按国家统一格式（国办公开办函〔2021〕30号）自动汇总。`,
      '申请人撤回申请的，计入“（六）其他处理”中的“其他”；申请人逾期不补正视为放弃的，计入“（六）其他处理”第1项。',
      '行政复议、行政诉讼按本年度提起的案件统计，结果为统计时登记的结果。',
      '表中注明“另行填报”的项目，平台没有相应数据。',
    ],
  };
}

const row = (r: RequestRow) => (r.counts ? `${r.label}：${requestColumns.map((c) => `${requestColumnLabels[c]}${r.counts?.[c] ?? 0}件`).join('，')}` : r.label);

/** 一、总体情况: the year in a few sentences, from the numbers. */
export function overviewOf(r: AnnualReport): string[] {
  const total = (key: string) => r.requests.rows.find((x) => x.key === key)?.counts?.total ?? 0;
  const challenges = Object.values(r.challenges.counts).reduce((s, c) => s + c.total, 0);
  return [
    `${r.year}年，${r.government}认真贯彻落实《中华人民共和国政府信息公开条例》，通过政府门户网站主动公开政府信息${r.proactive.publishedTotal}条。`,
    `全年新收政府信息公开申请${total('received')}件，上年结转${total('carried_in')}件，办结${total('results_total')}件，结转下年度继续办理${total('carried_out')}件。`,
    `因政府信息公开引起行政复议、行政诉讼${challenges}件。`,
  ];
}

/** The report as plain text: the body of its publication on the portal. */
export function reportText(r: AnnualReport): string {
  const lines: string[] = [`根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，现公布${r.government}${r.year}年政府信息公开工作年度报告。`, '一、总体情况', ...overviewOf(r), '二、主动公开政府信息情况'];
  for (const d of r.proactive.documents) lines.push(`${d.item}：本年制发${d.values.issued ?? '（另行填报）'}件，本年废止${d.values.repealed ?? '（另行填报）'}件，现行有效${d.values.inForce ?? '（另行填报）'}件。`);
  for (const c of r.proactive.byCategory) if (c.published > 0) lines.push(`${c.label}：本年主动公开${c.published}条。`);
  lines.push('三、收到和处理政府信息公开申请情况', ...r.requests.rows.map(row), '四、政府信息公开行政复议、行政诉讼情况');
  for (const k of r.challenges.kinds) {
    const c = r.challenges.counts[k.kind];
    lines.push(`${k.label}：${r.challenges.outcomes.map((o) => `${o.label}${c[o.outcome]}件`).join('，')}。`);
  }
  lines.push('五、存在的主要问题及改进情况', '（由区政府办公室填写。）', '六、其他需要报告的事项', ...r.notes);
  return lines.join('\n');
}

/** The office downloads the report (audited: the numbers it carried). */
export async function recordReportExport(ctx: OperationContext, r: AnnualReport): Promise<void> {
  const total = (key: string) => r.requests.rows.find((x) => x.key === key)?.counts?.total ?? 0;
  await commitChange(ctx, async () => ({
    result: undefined,
    audit: [{ act: 'disclosure.annual_report.export', objectType: 'annual_report', objectId: String(r.year), result: 'success', article: 34, summary: { rule: annualReportCites.ruleId, year: r.year, format: 'docx', received: total('received'), results: total('results_total'), published: r.proactive.publishedTotal } } satisfies AuditEntry],
  }));
}

/**
 * The office prepares the year's report for the portal: a pending item of category 年度报告, which reaches the
 * portal only through the publication review (art. 83). One report of a year awaits review or is published at
 * a time.
 */
export async function prepareAnnualReport(ctx: OperationContext, year: number): Promise<{ id: string; status: string; version: number }> {
  const db: Db = ctx.handle.db;
  const r = await annualReport(db, year, localDateOf(ctx.clock.now()));
  const existing = await db.selectFrom('publications').select('id').where('category', '=', 'annual_reports').where('title', '=', r.title).where('status', 'in', ['pending', 'published']).executeTakeFirst();
  if (existing) throw new DomainError('conflict', `${r.title}已在发布审核中或已发布`, { details: { publicationId: existing.id } });
  return preparePublication(ctx, { category: 'annual_reports', title: r.title, issuingBody: r.government, writtenOn: r.asOf, body: reportText(r) });
}
