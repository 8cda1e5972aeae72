import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportAuditEvents } from '../../operations/audit/export-audit-events.js';
import { getAuditEvent } from '../../operations/audit/get-audit-event.js';
import { showAuditHead } from '../../operations/audit/read-audit-head.js';
import { searchAuditEvents } from '../../operations/audit/search-audit-events.js';
import { verifyAuditTrail } from '../../operations/audit/verify-audit-chain.js';
import { operationContext } from '../context.js';
import { fileResponse, xlsxContentType } from '../schemas.js';
import type { AuditEventView } from '../../operations/audit/audit-event-view.js';
import { actLabel, listActLabels, objectTypeLabel, objectTypeLabels } from './act-labels.js';
import { objectNamesOf } from './object-names.js';
import { auditChainReportView, auditEventPage, auditEventView, auditVocabularyView, auditFilterQuery, auditHeadView, auditSearchQuery, seqParams } from './schema.js';

const tags = ['audit'];

/** The audit trail is not to linger in browser or proxy caches. */
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** An attachment with its Chinese name and an ASCII fallback for old clients (RFC 6266). */
const attachment = (name: { filename: string; asciiFilename: string }) =>
  `attachment; filename="${name.asciiFilename}"; filename*=UTF-8''${encodeURIComponent(name.filename)}`;

/**
 * The audit administrator's reading room (等保 8.1.5.2): search, one event, Excel export, verification and
 * the chain head. Read-only; every reading is itself recorded on the chain.
 */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Events as the page shows them: the act's and the object's names from the server, not from the web. */
  const present = async (events: readonly AuditEventView[]) => {
    const nameOf = await objectNamesOf(app.deps.handle.db, events);
    return events.map((e) => ({ ...e, actLabel: actLabel(e.act), objectTypeLabel: objectTypeLabel(e.objectType), objectName: nameOf(e) }));
  };

  app.get(
    '/api/audit/acts',
    { config: { policy: 'audit.read' }, schema: { summary: '审计记录中的操作与对象类型及其中文名称', tags, response: { 200: auditVocabularyView } } },
    async () => ({
      acts: listActLabels(),
      objectTypes: Object.entries(objectTypeLabels)
        .map(([objectType, label]) => ({ objectType, label }))
        .sort((a, b) => a.objectType.localeCompare(b.objectType)),
    }),
  );

  app.get(
    '/api/audit/events',
    {
      config: { policy: 'audit.read' },
      schema: { summary: '检索审计记录（新的在前；日期按北京时间，含首尾两日）', tags, querystring: auditSearchQuery, response: { 200: auditEventPage } },
    },
    async (request, reply) => {
      noStore(reply);
      const page = await searchAuditEvents(operationContext(request), request.query);
      return { ...page, items: await present(page.items) };
    },
  );

  app.get(
    '/api/audit/events/:seq',
    { config: { policy: 'audit.read' }, schema: { summary: '一条审计记录', tags, params: seqParams, response: { 200: auditEventView } } },
    async (request, reply) => {
      noStore(reply);
      const [event] = await present([await getAuditEvent(operationContext(request), request.params.seq)]);
      return event as NonNullable<typeof event>;
    },
  );

  app.get(
    '/api/audit/export.xlsx',
    { config: { policy: 'audit.read' }, schema: { summary: '导出审计记录（Excel，至多10万条）', tags, querystring: auditFilterQuery, response: fileResponse(xlsxContentType, '审计记录 Excel 文件') } },
    async (request, reply) => {
      const exported = await exportAuditEvents(operationContext(request), request.query);
      return noStore(reply).header('content-disposition', attachment(exported)).type(xlsxContentType).send(exported.stream);
    },
  );

  app.get(
    '/api/audit/verify',
    { config: { policy: 'audit.read' }, schema: { summary: '校验审计哈希链（SM3）', tags, response: { 200: auditChainReportView } } },
    async (request, reply) => {
      noStore(reply);
      return verifyAuditTrail(operationContext(request));
    },
  );

  app.get(
    '/api/audit/head',
    { config: { policy: 'audit.read' }, schema: { summary: '审计链链头（供异地保管）', tags, response: { 200: auditHeadView } } },
    async (request, reply) => {
      noStore(reply);
      return showAuditHead(operationContext(request));
    },
  );
};
