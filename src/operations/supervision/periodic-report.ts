import ExcelJS from 'exceljs';
import { chineseDate } from '../../calendar/index.js';
import type { Db } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { resultsRepository, type SupervisionResultRecord } from '../../db/results-repository.js';
import { type LedgerCounts, type LedgerFilter, type SupervisionScope, supervisionRepository } from '../../db/supervision-repository.js';
import type { BodyBlock, DocumentLayout } from '../../domain/documents/layout.js';
import { invalid } from '../../domain/errors.js';
import type { ResultKind } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';
import { renderDocumentDocx } from '../documents/layout/index.js';
import { officeNames, type OverdueLine, overdueLines } from './results.js';

/** A period of the report: from and to, both days included. */
export type ReportPeriod = { from: LocalDate; to: LocalDate };

export type UnitRecord = LedgerCounts & { unitId: string; unitName: string; results: Record<ResultKind, number> };

/** The periodic report's content (art. 57), all from the ledger's own queries. */
export type PeriodicReport = {
  period: ReportPeriod;
  /** The day the counts are taken on. */
  asOf: LocalDate;
  counts: LedgerCounts;
  /** Tasks registered in the period. */
  newInPeriod: number;
  overdue: OverdueLine[];
  units: UnitRecord[];
};

const noResults = (): Record<ResultKind, number> => ({ circular: 0, admonitory_talk: 0, referral: 0 });

/** The ledger filter of a report: the tasks under the filter registered by the end of the period. */
export function reportFilter(filter: LedgerFilter, period: ReportPeriod): LedgerFilter {
  return { ...filter, createdTo: filter.createdTo && filter.createdTo < period.to ? filter.createdTo : period.to };
}

/**
 * The periodic report on the ledger to the government's leaders (art. 57 "定期将会议决定事项的落实情况向区政府
 * 领导报告"): for a period and a ledger filter, the counts by status (the ledger's own `ledgerCounts`, so they are
 * the ledger's numbers), the overdue list, and each lead unit's record with the results used against it in the
 * period (circulars, talks, referrals, art. 79).
 */
export async function periodicReport(db: Db, scope: SupervisionScope, today: LocalDate, period: ReportPeriod, filter: LedgerFilter): Promise<PeriodicReport> {
  if (period.from > period.to) invalid('报告期间的开始日期不能晚于结束日期');
  const f = reportFilter(filter, period);
  const counts = await supervisionRepository.ledgerCounts(db, f, scope, today);
  const fresh = await supervisionRepository.ledgerCounts(db, { ...f, createdFrom: filter.createdFrom && filter.createdFrom > period.from ? filter.createdFrom : period.from }, scope, today);
  const overdue = await overdueLines(db, f, scope, today);
  const byUnit = await supervisionRepository.ledgerCountsBy(db, 'leadUnitId', f, scope, today);
  const units = await orgRepository.listUnits(db);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const results = await resultsHeld(db, scope, period);
  const records: UnitRecord[] = byUnit
    .filter((r): r is typeof r & { key: string } => r.key !== null)
    .map(({ key, ...c }) => ({ ...c, unitId: key, unitName: names.get(key) ?? key, results: noResults() }));
  for (const r of results) {
    for (const unitId of JSON.parse(r.unitIds) as string[]) {
      const rec = records.find((x) => x.unitId === unitId);
      if (rec) rec.results[r.kind as ResultKind] += 1;
    }
  }
  records.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  return { period, asOf: today, counts, newInPeriod: fresh.total, overdue, units: records };
}

async function resultsHeld(db: Db, scope: SupervisionScope, period: ReportPeriod): Promise<SupervisionResultRecord[]> {
  const all: SupervisionResultRecord[] = [];
  let after: string[] | null = null;
  for (;;) {
    const page = await resultsRepository.list(db, { heldFrom: period.from, heldTo: period.to }, scope, { after, limit: 500 });
    all.push(...page);
    const last = page.at(-1);
    if (!last || page.length < 500) return all;
    after = [last.heldOn, last.id];
  }
}

const countsText = (c: LedgerCounts) => `共有督办任务${c.total}项，其中已办结${c.done}项，办理中${c.open}项，待验收${c.reviewing}项，未完成销号${c.closedIncomplete}项；逾期未完成${c.overdue}项`;

export const periodText = (p: ReportPeriod) => `${chineseDate(p.from)}至${chineseDate(p.to)}`;

/**
 * The report as an office document (信函式, GB/T 9704-2012) to the government's leaders: 一、总体情况 with the
 * counts, 二、逾期任务 numbered, 三、各单位落实情况 numbered — the renderer has no tables, so lists are numbered
 * paragraphs.
 */
export function periodicReportLayout(r: PeriodicReport, names: { office: string; government: string }): DocumentLayout {
  const body: BodyBlock[] = [
    { kind: 'paragraph', text: `根据《${names.government}工作规则》第五十七条，现将${periodText(r.period)}会议议定事项和督办任务落实情况报告如下：` },
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', text: `截至${chineseDate(r.asOf)}，督查台账${countsText(r.counts)}。本期新登记督办任务${r.newInPeriod}项。` },
    { kind: 'heading', level: 1, text: '二、逾期未完成任务' },
    ...(r.overdue.length
      ? r.overdue.map((o, i): BodyBlock => ({ kind: 'paragraph', text: `${i + 1}.${o.number ?? ''}${o.title}（牵头单位：${o.leadUnitName}；完成时限：${chineseDate(o.dueOn)}；已逾期${o.days}天，其中工作日${o.workingDays}天）。` }))
      : [{ kind: 'paragraph', text: '本期没有逾期未完成的任务。' } as BodyBlock]),
    { kind: 'heading', level: 1, text: '三、各单位落实情况' },
    ...(r.units.length
      ? r.units.map(
          (u, i): BodyBlock => ({
            kind: 'paragraph',
            text: `${i + 1}.${u.unitName}：牵头督办任务${u.total}项，已办结${u.done}项，办理中${u.open}项，待验收${u.reviewing}项，未完成销号${u.closedIncomplete}项，逾期${u.overdue}项；本期被通报${u.results.circular}次、约谈${u.results.admonitory_talk}次、移交问责${u.results.referral}次。`,
          }),
        )
      : [{ kind: 'paragraph', text: '本期没有单位牵头的督办任务。' } as BodyBlock]),
    { kind: 'paragraph', text: '特此报告。' },
  ];
  return {
    format: 'letter',
    issuerMark: names.office,
    title: `关于${periodText(r.period)}督办任务落实情况的报告`,
    mainRecipients: ['区政府领导'],
    body,
    issuerSignature: names.office,
    writtenOn: r.asOf,
  };
}

export async function renderPeriodicReportDocx(db: Db, r: PeriodicReport): Promise<Buffer> {
  return renderDocumentDocx(periodicReportLayout(r, await officeNames(db)));
}

/** The report as a workbook: 汇总 (the counts), 逾期任务 (the overdue list), 单位情况 (each unit's record). */
export async function renderPeriodicReportXlsx(r: PeriodicReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhengwu';
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', key: 'item', width: 24 },
    { header: '数量', key: 'count', width: 12 },
  ];
  const rows: [string, number | string][] = [
    ['报告期间', periodText(r.period)],
    ['统计日期', r.asOf],
    ['督办任务总数', r.counts.total],
    ['办理中', r.counts.open],
    ['待验收', r.counts.reviewing],
    ['已办结', r.counts.done],
    ['未完成销号', r.counts.closedIncomplete],
    ['逾期未完成', r.counts.overdue],
    ['本期新登记', r.newInPeriod],
  ];
  for (const [item, count] of rows) summary.addRow({ item, count });
  const overdue = workbook.addWorksheet('逾期任务');
  overdue.columns = [
    { header: '编号', key: 'number', width: 18 },
    { header: '任务名称', key: 'title', width: 48 },
    { header: '牵头单位', key: 'unit', width: 22 },
    { header: '完成时限', key: 'due', width: 12 },
    { header: '逾期天数', key: 'days', width: 10 },
    { header: '其中工作日', key: 'workingDays', width: 10 },
  ];
  for (const o of r.overdue) overdue.addRow({ number: o.number ?? '', title: o.title, unit: o.leadUnitName, due: o.dueOn, days: o.days, workingDays: o.workingDays });
  const units = workbook.addWorksheet('单位情况');
  units.columns = [
    { header: '单位', key: 'unit', width: 24 },
    { header: '任务总数', key: 'total', width: 10 },
    { header: '办理中', key: 'open', width: 10 },
    { header: '待验收', key: 'reviewing', width: 10 },
    { header: '已办结', key: 'done', width: 10 },
    { header: '未完成销号', key: 'closedIncomplete', width: 12 },
    { header: '逾期', key: 'overdue', width: 8 },
    { header: '通报', key: 'circular', width: 8 },
    { header: '约谈', key: 'talk', width: 8 },
    { header: '移交问责', key: 'referral', width: 10 },
  ];
  for (const u of r.units) units.addRow({ unit: u.unitName, total: u.total, open: u.open, reviewing: u.reviewing, done: u.done, closedIncomplete: u.closedIncomplete, overdue: u.overdue, circular: u.results.circular, talk: u.results.admonitory_talk, referral: u.results.referral });
  for (const sheet of [summary, overdue, units]) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
