import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { resultsRepository, type SupervisionResultRecord } from '../../db/results-repository.js';
import { spotCheckRepository, type SpotCheckRecord } from '../../db/spot-check-repository.js';
import type { LedgerFilter, SupervisionScope } from '../../db/supervision-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { type ResultKind, resultKindLabels, type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import { viewerOf } from '../../operations/case/viewer.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { supervisionScopeOf } from '../../operations/supervision/cases.js';
import { dashboardOf } from '../../operations/supervision/dashboard.js';
import { exportLedger, importLedger, recordExport } from '../../operations/supervision/ledger-excel.js';
import { periodicReport, periodText, renderPeriodicReportDocx, renderPeriodicReportXlsx } from '../../operations/supervision/periodic-report.js';
import { draftCircular, recordResult, renderCircularDocx, renderCircularXlsx } from '../../operations/supervision/results.js';
import { drawSpotCheck, readSpotCheck, recordFinding, type SpotCheckCriteria, type SpotCheckFinding, spotCheckPopulationLabels, verifySpotCheck } from '../../operations/supervision/spot-checks.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { fileResponse, idParams, xlsxContentType } from '../schemas.js';
import {
  circularDraftView,
  dashboardView,
  drawnView,
  drawSpotCheckBody,
  findingBody,
  findingRecordedView,
  importedView,
  ledgerFilterQuery,
  periodicQuery,
  recordedResultView,
  resultBody,
  resultListQuery,
  resultListView,
  resultView,
  spotCheckDetailView,
  spotCheckListView,
} from './output-schema.js';

const tags = ['supervision'];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Largest ledger workbook an import accepts. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

function summaryOf(s: SpotCheckRecord) {
  const criteria = JSON.parse(s.criteria) as SpotCheckCriteria;
  return {
    id: s.id,
    title: s.title,
    seed: s.seed,
    percent: s.ratioPercent,
    population: criteria.population,
    populationLabel: spotCheckPopulationLabels[criteria.population],
    populationSize: (JSON.parse(s.population) as string[]).length,
    sampleSize: (JSON.parse(s.sample) as string[]).length,
    findingCount: Object.keys(JSON.parse(s.findings) as Record<string, unknown>).length,
    drawnAt: s.drawnAt,
    version: s.version,
  };
}

/** What the ledger yields (督查督办 art. 57, 75, 79): spot checks, results, the periodic report, Excel export and import, the dashboard. */
export const outputRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 2 } });

  const reading = async (user: SignedInUser) => {
    const now = clock.now();
    const viewer = await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    return { viewer, scope: supervisionScopeOf(viewer), today: localDateOf(now) };
  };

  const presentResults = async (rows: readonly SupervisionResultRecord[]) => {
    const taskIds = [...new Set(rows.flatMap((r) => JSON.parse(r.taskIds) as string[]))];
    const unitIds = [...new Set(rows.flatMap((r) => JSON.parse(r.unitIds) as string[]))];
    const tasks = new Map(taskIds.length ? (await db.selectFrom('tasks').select(['id', 'number', 'title']).where('id', 'in', taskIds).execute()).map((t) => [t.id, t]) : []);
    const units = new Map(unitIds.length ? (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()).map((u) => [u.id, u.name]) : []);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as ResultKind,
      kindLabel: resultKindLabels[r.kind as ResultKind] ?? r.kind,
      number: r.number,
      title: r.title,
      text: r.text,
      tasks: (JSON.parse(r.taskIds) as string[]).map((id) => tasks.get(id) ?? { id, number: null, title: '' }),
      units: (JSON.parse(r.unitIds) as string[]).map((id) => ({ id, name: units.get(id) ?? '' })),
      personName: r.personName,
      heldBy: r.heldByName,
      referredTo: r.referredTo,
      heldOn: r.heldOn,
      createdAt: r.createdAt,
      docxHref: r.kind === 'circular' ? `/api/supervision/results/${r.id}.docx` : null,
      xlsxHref: r.kind === 'circular' ? `/api/supervision/results/${r.id}.xlsx` : null,
    }));
  };

  // —— Spot checks (随机抽查, art. 75) ——

  app.post(
    '/api/supervision/spot-checks',
    { config: { policy: 'supervision.office' }, schema: { summary: '随机抽查（第七十五条）：按筛选条件确定抽查范围，按比例和随机种子抽取样本，种子、范围和样本留存可复现', tags, body: drawSpotCheckBody, response: { 201: drawnView } } },
    async (request, reply) => reply.status(201).send(await drawSpotCheck(operationContext(request), request.body as { title: string; population: SpotCheckCriteria['population']; filter: LedgerFilter; percent?: number | null; seed?: string | null })),
  );

  app.get(
    '/api/supervision/spot-checks',
    { config: { policy: 'supervision.read' }, schema: { summary: '随机抽查记录（第七十五条），新近的在前；仅办公室和区政府领导可见', tags, querystring: resultListQuery.pick({ pageSize: true, cursor: true }), response: { 200: spotCheckListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      if (r.scope.kind !== 'all') return { items: [], nextCursor: null };
      const { pageSize, cursor } = request.query;
      const page = pageOf(await spotCheckRepository.list(db, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (s) => [s.drawnAt, s.id]);
      return { items: page.rows.map(summaryOf), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/supervision/spot-checks/:id',
    { config: { policy: 'supervision.read' }, schema: { summary: '随机抽查详情（第七十五条）：抽查范围、种子、样本及检查情况，并按留存的范围和种子重新抽取校验是否一致', tags, params: idParams, response: { 200: spotCheckDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const s = await readSpotCheck(db, r.viewer, request.params.id);
      const sample = JSON.parse(s.sample) as string[];
      const findings = JSON.parse(s.findings) as Record<string, SpotCheckFinding>;
      const tasks = new Map(sample.length ? (await db.selectFrom('tasks').innerJoin('units', 'units.id', 'tasks.leadUnitId').select(['tasks.id', 'tasks.number', 'tasks.title', 'tasks.status', 'units.name as unitName']).where('tasks.id', 'in', sample).execute()).map((t) => [t.id, t]) : []);
      const v = verifySpotCheck(s);
      return {
        ...summaryOf(s),
        filter: (JSON.parse(s.criteria) as SpotCheckCriteria).filter,
        verify: { isReproduced: v.isReproduced, explanation: v.isReproduced ? `按留存的抽查范围（${(JSON.parse(s.population) as string[]).length}项）、随机种子和比例${s.ratioPercent}%重新抽取，样本与原抽取结果一致` : '按留存的抽查范围和随机种子重新抽取，样本与原抽取结果不一致，记录可能被改动' },
        sample: sample.map((taskId) => {
          const t = tasks.get(taskId);
          const f = findings[taskId];
          return {
            taskId,
            number: t?.number ?? null,
            title: t?.title ?? '',
            leadUnitName: t?.unitName ?? '',
            status: t?.status ?? '',
            statusLabel: t ? (taskStatusLabels[t.status as TaskStatus] ?? t.status) : '',
            finding: f ? { text: f.text, isProblem: f.isProblem, recordedAt: f.recordedAt, rectificationTaskId: f.rectificationTaskId, rectificationNumber: f.rectificationNumber } : null,
          };
        }),
      };
    },
  );

  app.post(
    '/api/supervision/spot-checks/:id/findings',
    { config: { policy: 'supervision.office' }, schema: { summary: '记录抽中任务的检查情况（第七十五条）；发现问题的可交办整改（整改问题任务，第七十七条）', tags, params: idParams, body: findingBody, response: { 200: findingRecordedView } } },
    async (request) => recordFinding(operationContext(request), { id: request.params.id, ...request.body }),
  );

  // —— Results (通报、约谈、问责移交, art. 79) ——

  app.get(
    '/api/supervision/results/circular-draft',
    { config: { policy: 'supervision.office' }, schema: { summary: '按台账生成督查通报草稿（第七十九条）：统计数和逾期任务清单，办公室可修改后记录', tags, querystring: ledgerFilterQuery, response: { 200: circularDraftView } } },
    async (request) => draftCircular(db, request.query as LedgerFilter, localDateOf(clock.now())),
  );

  app.post(
    '/api/supervision/results',
    { config: { policy: 'supervision.office' }, schema: { summary: '记录督查结果运用（第七十九条）：通报（编号督查通报〔年份〕N号）、约谈、移交问责，记在任务和单位名下', tags, body: resultBody, response: { 201: recordedResultView } } },
    async (request, reply) => reply.status(201).send(await recordResult(operationContext(request), request.body)),
  );

  app.get(
    '/api/supervision/results',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查结果运用记录（第七十九条），可按类别、任务、单位、日期筛选；单位只见本单位的', tags, querystring: resultListQuery, response: { 200: resultListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await resultsRepository.list(db, filter, r.scope, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (x) => [x.heldOn, x.id]);
      return { items: await presentResults(page.rows), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/supervision/results/:id.docx',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查通报 Word 文件（GB/T 9704-2012 文件格式）', tags, params: idParams, response: fileResponse(docxType, '督查通报（.docx）') } },
    async (request, reply) => {
      const r = await reading(requireAuth(request).user);
      const result = found(await resultsRepository.find(db, request.params.id, r.scope), '督查通报');
      if (result.kind !== 'circular') invalid('只有通报可以下载公文文件');
      const bytes = await renderCircularDocx(db, result);
      return reply.type(docxType).header('content-disposition', attachmentName(`${result.number ?? result.title}.docx`)).send(bytes);
    },
  );

  app.get(
    '/api/supervision/results/:id.xlsx',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查通报的任务清单 Excel 文件（第七十九条）：编号、任务、牵头单位、完成时限、状态、至通报日逾期天数', tags, params: idParams, response: fileResponse(xlsxContentType, '督查通报任务清单（.xlsx）') } },
    async (request, reply) => {
      const r = await reading(requireAuth(request).user);
      const result = found(await resultsRepository.find(db, request.params.id, r.scope), '督查通报');
      if (result.kind !== 'circular') invalid('只有通报可以导出任务清单');
      const bytes = await renderCircularXlsx(db, result);
      return reply.type(xlsxContentType).header('content-disposition', attachmentName(`${result.number ?? result.title}.xlsx`)).send(bytes);
    },
  );

  app.get(
    '/api/supervision/results/:id',
    { config: { policy: 'supervision.read' }, schema: { summary: '一项督查结果运用记录（第七十九条）', tags, params: idParams, response: { 200: resultView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const [view] = await presentResults([found(await resultsRepository.find(db, request.params.id, r.scope), '督查结果运用记录')]);
      return view as NonNullable<typeof view>;
    },
  );

  // —— The periodic report (art. 57) ——

  const periodicOf = async (query: { from: string; to: string } & LedgerFilter, user: SignedInUser) => {
    const r = await reading(user);
    const { from, to, ...filter } = query;
    return periodicReport(db, r.scope, r.today, { from, to }, filter);
  };

  app.get(
    '/api/supervision/reports/periodic.docx',
    { config: { policy: 'supervision.read' }, schema: { summary: '督办任务落实情况定期报告 Word 文件（第五十七条，GB/T 9704-2012 信函格式）：按状态统计、逾期任务清单、各单位落实情况', tags, querystring: periodicQuery, response: fileResponse(docxType, '定期报告（.docx）') } },
    async (request, reply) => {
      const report = await periodicOf(request.query, requireAuth(request).user);
      await recordExport(operationContext(request), { kind: 'periodic', format: 'docx', period: report.period, counts: report.counts });
      const bytes = await renderPeriodicReportDocx(db, report);
      return reply.type(docxType).header('content-disposition', attachmentName(`督办任务落实情况报告（${periodText(report.period)}）.docx`)).send(bytes);
    },
  );

  app.get(
    '/api/supervision/reports/periodic.xlsx',
    { config: { policy: 'supervision.read' }, schema: { summary: '督办任务落实情况定期报告 Excel 文件（第五十七条）：汇总、逾期任务、单位情况三张表', tags, querystring: periodicQuery, response: fileResponse(xlsxContentType, '定期报告（.xlsx）') } },
    async (request, reply) => {
      const report = await periodicOf(request.query, requireAuth(request).user);
      await recordExport(operationContext(request), { kind: 'periodic', format: 'xlsx', period: report.period, counts: report.counts });
      const bytes = await renderPeriodicReportXlsx(report);
      return reply.type(xlsxContentType).header('content-disposition', attachmentName(`督办任务落实情况报告（${periodText(report.period)}）.xlsx`)).send(bytes);
    },
  );

  // —— Excel export and import of the ledger, the dashboard ——

  app.get(
    '/api/supervision/tasks.xlsx',
    { config: { policy: 'supervision.read' }, schema: { summary: '导出督查督办台账（Excel，与台账同样的筛选和可见范围；逐页读取、流式写出）', tags, querystring: ledgerFilterQuery, response: fileResponse(xlsxContentType, '督查督办台账 Excel 文件') } },
    async (request, reply) => {
      const r = await reading(requireAuth(request).user);
      const exported = await exportLedger(operationContext(request), request.query as LedgerFilter, r.scope as SupervisionScope);
      return reply.type(xlsxContentType).header('content-disposition', attachmentName(exported.fileName)).send(exported.stream);
    },
  );

  app.post(
    '/api/supervision/tasks/import',
    { config: { policy: 'supervision.office' }, schema: { summary: '从 Excel 台账导入督办任务（multipart：file；列同导出：任务名称、来源、牵头单位、配合单位、分管领导、完成时限）；任一行有误则全部不导入，逐行说明错误', tags, response: { 201: importedView } } },
    async (request, reply) => {
      if (!request.isMultipart()) invalid('请以 multipart/form-data 上传 Excel 文件');
      const file = await request.file();
      if (!file) invalid('没有收到文件');
      const bytes = await file.toBuffer();
      if (file.file.truncated) invalid(`文件超过${MAX_IMPORT_BYTES / 1024 / 1024}MB`);
      return reply.status(201).send(await importLedger(operationContext(request), { bytes, fileName: file.filename }));
    },
  );

  app.get(
    '/api/supervision/dashboard',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查督办统计图数据：总数与按状态、牵头单位、来源、完成时限月份的统计，与台账同一查询、同一筛选', tags, querystring: ledgerFilterQuery, response: { 200: dashboardView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      return dashboardOf(db, request.query as LedgerFilter, r.scope, r.today);
    },
  );
};
