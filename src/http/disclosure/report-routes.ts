import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { annualReport, prepareAnnualReport, recordReportExport } from '../../operations/disclosure/annual-report.js';
import { renderAnnualReportDocx } from '../../operations/disclosure/annual-report-docx.js';
import { operationContext } from '../context.js';
import { fileResponse } from '../schemas.js';
import { annualReportView, preparedReportView, yearParams } from './report-schema.js';

const tags = ['disclosure'];
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The annual report on government information disclosure (条例 第四十九条、第五十条), from the data. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;

  app.get(
    '/api/disclosure/annual-reports/:year',
    { config: { policy: 'disclosure.read' }, schema: { summary: '政府信息公开工作年度报告的各表（国家统一格式）：主动公开、收到和处理申请、行政复议和行政诉讼，均由平台数据统计', tags, params: yearParams, response: { 200: annualReportView } } },
    async (request) => annualReport(db, request.params.year, localDateOf(clock.now())),
  );

  app.get(
    '/api/disclosure/annual-reports/:year.docx',
    { config: { policy: 'disclosure.read' }, schema: { summary: '政府信息公开工作年度报告 Word 文件（一、总体情况至六、其他需要报告的事项）', tags, params: yearParams, response: fileResponse(docxType, '年度报告（.docx）') } },
    async (request, reply) => {
      const report = await annualReport(db, request.params.year, localDateOf(clock.now()));
      await recordReportExport(operationContext(request), report);
      const bytes = await renderAnnualReportDocx(report);
      return reply.type(docxType).header('content-disposition', attachmentName(`${report.title}.docx`)).send(bytes);
    },
  );

  app.post(
    '/api/disclosure/annual-reports/:year/prepare',
    { config: { policy: 'disclosure.review' }, schema: { summary: '将年度报告拟稿为待发布的公开信息（政府信息公开工作年度报告栏目），经发布审核后在门户网站公布（第八十三条）', tags, params: yearParams, response: { 201: preparedReportView } } },
    async (request, reply) => reply.code(201).send(await prepareAnnualReport(operationContext(request), request.params.year)),
  );
};
