import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { formatNoticeJson } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { found } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { importNotice } from '../../operations/calendar/import-notice.js';
import { loadCalendar } from '../../operations/calendar/load-calendar.js';
import { computeDeadline } from '../../operations/calendar/track-deadline.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { fileResponse, localDate } from '../schemas.js';
import { calendarMonthView, calendarYearListView, deadlineView, importNoticeResultView } from './schema.js';

const tags = ['calendar'];
const year = z.coerce.number().int().min(1990).max(2199);

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;

  app.get(
    '/api/calendar/years',
    { config: { policy: 'calendar.read' }, schema: { summary: '各年度工作日历来源：国务院放假通知、导入或暂定', tags, response: { 200: calendarYearListView } } },
    async (request) => {
      const calendar = await loadCalendar(handle.db);
      const imported = new Map((await calendarRepository.importedNotices(handle.db)).map((i) => [i.notice.year, i]));
      const thisYear = Number(localDateOf(clock.now()).slice(0, 4));
      const years = [];
      for (let y = 2020; y <= Math.max(thisYear + 1, ...imported.keys()); y++) {
        const status = calendar.yearStatus(y);
        years.push({ year: y, status: status.status, source: status.notice?.source ?? null, importedAt: imported.get(y)?.importedAt ?? null });
      }
      return { items: years, actions: can(requireAuth(request).user.roles, 'calendar.import') ? ['import'] : [] };
    },
  );

  app.get(
    '/api/calendar/months/:month',
    { config: { policy: 'calendar.read' }, schema: { summary: '一个月的每一天：工作日、周末、节假日、调休', tags, params: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') }), response: { 200: calendarMonthView } } },
    async (request) => {
      const calendar = await loadCalendar(handle.db);
      const [y, m] = request.params.month.split('-').map(Number) as [number, number];
      const days = [];
      for (let d = 1; d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); d++) {
        days.push(calendar.dayInfo(`${request.params.month}-${String(d).padStart(2, '0')}`));
      }
      const status = calendar.yearStatus(y);
      return { month: request.params.month, year: { year: y, status: status.status, source: status.notice?.source ?? null }, days };
    },
  );

  app.get(
    '/api/calendar/deadline',
    {
      config: { policy: 'calendar.read' },
      schema: {
        summary: '计算并解释一个期限：起算日、天数、跳过的节假日与调休、是否暂定',
        tags,
        querystring: z.object({ start: localDate, amount: z.coerce.number().int().min(0).max(3650), basis: z.enum(['working_days', 'calendar_days', 'months']).default('working_days') }),
        response: { 200: deadlineView },
      },
    },
    async (request) => {
      const calendar = await loadCalendar(handle.db);
      return computeDeadline(calendar, request.query.basis, request.query.start, request.query.amount);
    },
  );

  app.post(
    '/api/calendar/notices',
    {
      config: { policy: 'calendar.import' },
      schema: {
        summary: '导入某年度放假通知（JSON 或 iCalendar），并重新计算受影响的未结期限',
        tags,
        body: z.object({ format: z.enum(['json', 'ics']), text: z.string().min(1, '文件内容为空').max(1_000_000), year: year.optional() }),
        response: { 200: importNoticeResultView },
      },
    },
    async (request) => importNotice(operationContext(request), request.body),
  );

  app.get(
    '/api/calendar/notices/:year',
    { config: { policy: 'calendar.read' }, schema: { summary: '导出某年度放假安排（JSON，可再导入）', tags, params: z.object({ year }), response: fileResponse('application/json', '该年度放假安排（可再导入的 JSON 文件）') } },
    async (request, reply) => {
      const calendar = await loadCalendar(handle.db);
      const status = calendar.yearStatus(request.params.year);
      const notice = found(status.notice ?? undefined, `${request.params.year}年放假通知`);
      return reply
        .header('content-disposition', `attachment; filename="holidays-${request.params.year}.json"`)
        .type('application/json; charset=utf-8')
        .send(formatNoticeJson(notice));
    },
  );
};
