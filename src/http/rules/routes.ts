import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { found } from '../../domain/errors.js';
import {
  articleView,
  CARRYING_KINDS,
  defaultRulebookSet,
  findProjectRoot,
  PARAMETER_KEYS,
  findParam,
  jurisdiction,
  projectCoverage,
  rulebookInForce,
  searchArticles,
  type Coverage,
  type Rulebook,
} from '../../rules/index.js';
import { localDate } from '../schemas.js';
import { articleDetailView, articleListView, parameterListView, rulebookView } from './schema.js';

const tags = ['rules'];

/**
 * Carriers are found in the project's source and tests in its test files, as `zhengwu rules coverage` finds
 * them, when they are deployed beside the server (as in a checkout); a deployment without them shows none.
 * Computed once per rulebook.
 */
const coverageCache = new Map<string, Promise<Coverage>>();
function coverage(rulebook: Rulebook): Promise<Coverage> {
  const cached = coverageCache.get(rulebook.id);
  if (cached) return cached;
  const computed = projectCoverage(findProjectRoot(process.cwd()) ?? process.cwd(), rulebook);
  coverageCache.set(rulebook.id, computed);
  return computed;
}
const carriersOf = (c: Coverage) => c.articles.flatMap((a) => a.carriers);

export const rulesRoutes: FastifyPluginAsyncZod = async (app) => {
  const today = () => localDateOf(app.deps.clock.now());
  const inForce = (asOf: string) => found(rulebookInForce(defaultRulebookSet, jurisdiction(), asOf), '该日期施行的工作规则');

  app.get(
    '/api/rules',
    { config: { policy: 'rules.read' }, schema: { summary: '施行中的工作规则：文件信息、章节、原文特殊情况', tags, querystring: z.object({ asOf: localDate.optional() }), response: { 200: rulebookView } } },
    async (request) => {
      const rulebook = inForce(request.query.asOf ?? today());
      const c = await coverage(rulebook);
      return {
        id: rulebook.id,
        title: rulebook.title,
        issuer: rulebook.issuer,
        issued: rulebook.issued,
        adopted: rulebook.adopted ?? null,
        effective: rulebook.effective,
        repeals: rulebook.repeals,
        chapters: rulebook.chapters,
        quirks: rulebook.quirks,
        kinds: CARRYING_KINDS,
        totals: c.totals,
      };
    },
  );

  app.get(
    '/api/rules/articles',
    {
      config: { policy: 'rules.read' },
      schema: {
        summary: '条文列表与检索（原文、条号、中文条号）',
        tags,
        querystring: z.object({ q: z.string().max(100).optional(), kind: z.enum(CARRYING_KINDS).optional(), chapter: z.coerce.number().int().min(1).max(99).optional(), asOf: localDate.optional() }),
        response: { 200: articleListView },
      },
    },
    async (request) => {
      const rulebook = inForce(request.query.asOf ?? today());
      const c = await coverage(rulebook);
      const all = [...new Set(carriersOf(c))];
      const q = request.query.q?.trim();
      const numbers = q ? new Set(searchArticles(rulebook, q).map((h) => h.number)) : undefined;
      const items = rulebook.articles
        .filter((a) => !numbers || numbers.has(a.number))
        .map((a) => {
          const view = articleView(rulebook, a, all);
          const tests = c.articles.find((x) => x.number === a.number)?.tests ?? [];
          return view && { ...view, testCount: tests.length };
        })
        .filter((v) => v !== undefined)
        .filter((v) => (request.query.kind ? v.kind === request.query.kind : true))
        .filter((v) => (request.query.chapter ? v.chapter?.number === request.query.chapter : true));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/rules/articles/:number',
    { config: { policy: 'rules.read' }, schema: { summary: '一条条文：原文、承载方式、承载者、参数与以其命名的测试', tags, params: z.object({ number: z.coerce.number().int().min(1).max(9999) }), querystring: z.object({ asOf: localDate.optional() }), response: { 200: articleDetailView } } },
    async (request) => {
      const rulebook = inForce(request.query.asOf ?? today());
      const c = await coverage(rulebook);
      const view = found(articleView(rulebook, request.params.number, [...new Set(carriersOf(c))]), '条文');
      const tests = c.articles.find((x) => x.number === view.number)?.tests ?? [];
      return { ...view, tests };
    },
  );

  app.get(
    '/api/rules/parameters',
    { config: { policy: 'rules.read' }, schema: { summary: '某日施行的规则参数（如议题提前5个工作日），各注明条款', tags, querystring: z.object({ asOf: localDate.optional() }), response: { 200: parameterListView } } },
    async (request) => {
      const asOf = request.query.asOf ?? today();
      const items = PARAMETER_KEYS.map((key) => findParam(defaultRulebookSet, jurisdiction(), key, asOf)).filter((p) => p !== undefined);
      return { asOf, items };
    },
  );
};
