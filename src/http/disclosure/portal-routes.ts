import etag from '@fastify/etag';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Feed } from 'feed';
import { attachmentRepository } from '../../db/attachment-repository.js';
import type { Db } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { type PortalRow, publicationsRepository } from '../../db/publications-repository.js';
import { type PublicationCategory, publicationCategories, publicationCategoryArticles, publicationCategoryLabels } from '../../domain/disclosure/types.js';
import { found, notFound } from '../../domain/errors.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { fileResponse, idParams } from '../schemas.js';
import { feedQuery, portalDetailView, portalListQuery, portalListView, siteView } from './publication-schema.js';

const tags = ['public'];
const openTags = ['open-data'];

/** Public pages may be kept by browsers and proxies for a minute; an ETag answers 304 when nothing changed. */
const cacheFor = (reply: FastifyReply, seconds: number) => reply.header('cache-control', `public, max-age=${seconds}`);

const itemHref = (id: string) => `/gk/items/${id}`;

function toItem(p: PortalRow) {
  return {
    id: p.id,
    category: p.category as PublicationCategory,
    categoryLabel: publicationCategoryLabels[p.category as PublicationCategory] ?? p.category,
    title: p.title,
    documentNumber: p.documentNumber,
    issuingBody: p.issuingBody,
    writtenOn: p.writtenOn,
    publishedAt: p.publishedAt ?? '',
    disclosureLabel: '主动公开' as const,
    href: itemHref(p.id),
  };
}

/** The day of a Beijing date in 〔from, to〕 as the UTC instants `published_at` is compared with. */
const startOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000).toISOString();

/**
 * The public's side of the catalogue, with no sign-in (art. 33–37, 44): the site's catalogue, the published
 * items and their full-text search, an item with its attachments and its interpretation linked both ways (a
 * withdrawn one as its notice), the Atom and RSS feeds, and the read-only open-data API. Only items that passed
 * the office's publication review (art. 83) are ever read here; everything else is 404 — in lists, search,
 * feeds and the open-data API alike, because they all read through `status = 'published'`.
 */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle } = app.deps;
  const db: Db = handle.db;
  await app.register(etag, { weak: true });

  const siteName = async (): Promise<string> => (await orgRepository.unitWithFunction(db, 'government'))?.name ?? '政府信息公开';

  const list = async (query: { pageSize: number; cursor?: string | undefined; category?: PublicationCategory | undefined; q?: string | undefined; from?: string | undefined; to?: string | undefined }) => {
    const filter = { category: query.category, q: query.q, from: query.from ? startOfDay(query.from) : undefined, to: query.to ? endOfDay(query.to) : undefined };
    const rows = await publicationsRepository.portalPage(db, handle.dialect, filter, { after: decodeListCursor(query.cursor), limit: query.pageSize + 1 });
    const page = pageOf(rows, query.pageSize, (p) => [p.publishedAt ?? '', p.id]);
    return { items: page.rows.map(toItem), nextCursor: page.nextCursor };
  };

  const detail = async (id: string) => {
    const p = found(await publicationsRepository.portalItem(db, id), '公开信息');
    if (p.status === 'withdrawn') {
      return { ...toItem(p), paragraphs: [], attachments: [], interpretations: [], interprets: null, withdrawn: { at: p.withdrawnAt ?? '', reason: p.withdrawnReason ?? '' } };
    }
    const links = await publicationsRepository.publishedLinks(db, p);
    const ids = JSON.parse(p.attachmentIds) as string[];
    const attachments = ids.length ? await db.selectFrom('attachments').select(['id', 'fileName', 'size']).where('id', 'in', ids).execute() : [];
    const interprets = p.interpretsId ? links.find((l) => l.id === p.interpretsId) : undefined;
    return {
      ...toItem(p),
      paragraphs: p.body.split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0),
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: Number(a.size), href: `/api/public/attachments/${a.id}` })),
      interpretations: links.filter((l) => l.interpretsId === p.id).map(toItem),
      interprets: interprets ? toItem(interprets) : null,
      withdrawn: null,
    };
  };

  app.get('/api/public/site', { config: { policy: 'public' }, schema: { summary: '门户网站首页：政府名称、政府信息公开目录（各栏目条数）与最新信息', tags, response: { 200: siteView } } }, async (_request, reply) => {
    const counts = await publicationsRepository.portalCounts(db);
    const latest = await publicationsRepository.portalPage(db, handle.dialect, {}, { after: null, limit: 10 });
    cacheFor(reply, 60);
    return {
      name: await siteName(),
      categories: publicationCategories.map((key) => ({ key, label: publicationCategoryLabels[key], article: publicationCategoryArticles[key], count: counts[key] ?? 0 })),
      latest: latest.map(toItem),
    };
  });

  app.get(
    '/api/public/publications',
    { config: { policy: 'public' }, schema: { summary: '政府信息公开目录：已发布的信息，按栏目、关键词（全文检索）、发布日期筛选，分页', tags, querystring: portalListQuery, response: { 200: portalListView } } },
    async (request, reply) => {
      cacheFor(reply, 60);
      return list(request.query);
    },
  );

  app.get(
    '/api/public/publications/:id',
    { config: { policy: 'public' }, schema: { summary: '一条公开信息：文号、日期、发布机构、公开属性、正文、附件，及其政策解读（双向关联）；已撤回的只显示撤回说明', tags, params: idParams, response: { 200: portalDetailView } } },
    async (request, reply) => {
      cacheFor(reply, 60);
      return detail(request.params.id);
    },
  );

  app.get(
    '/api/public/attachments/:id',
    { config: { policy: 'public' }, schema: { summary: '下载已发布信息的附件', tags, params: idParams, response: fileResponse('*/*', '附件文件') } },
    async (request, reply) => {
      if (!(await publicationsRepository.isPublishedAttachment(db, request.params.id))) notFound('附件');
      const meta = found(await attachmentRepository.findMeta(db, request.params.id), '附件');
      const content = found(await attachmentRepository.content(db, meta.id), '附件');
      cacheFor(reply, 300);
      return reply
        .type(meta.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`)
        .header('x-content-sm3', meta.sm3)
        .send(content);
    },
  );

  const feedOf = async (origin: string, category: PublicationCategory | undefined) => {
    const name = await siteName();
    const rows = await publicationsRepository.portalPage(db, handle.dialect, { category }, { after: null, limit: 50 });
    const title = category ? `${name} · ${publicationCategoryLabels[category]}` : `${name} · 政府信息公开`;
    const feed = new Feed({
      title,
      id: `${origin}/gk`,
      link: `${origin}/gk`,
      language: 'zh-CN',
      copyright: name,
      updated: rows[0]?.publishedAt ? new Date(rows[0].publishedAt) : new Date(0),
      feedLinks: { atom: `${origin}/api/public/feed.atom`, rss: `${origin}/api/public/feed.rss` },
    });
    for (const p of rows) {
      feed.addItem({
        title: p.documentNumber ? `${p.title}（${p.documentNumber}）` : p.title,
        id: `${origin}${itemHref(p.id)}`,
        link: `${origin}${itemHref(p.id)}`,
        date: new Date(p.publishedAt ?? 0),
        description: `${publicationCategoryLabels[p.category as PublicationCategory] ?? ''} · ${p.issuingBody}`,
        category: [{ name: publicationCategoryLabels[p.category as PublicationCategory] ?? p.category }],
      });
    }
    return feed;
  };
  const originOf = (request: { protocol: string; host: string }) => `${request.protocol}://${request.host}`;

  app.get('/api/public/feed.atom', { config: { policy: 'public' }, schema: { summary: 'Atom 订阅：最新发布的50条信息（可按栏目）', tags, querystring: feedQuery, response: fileResponse('application/atom+xml', 'Atom 1.0') } }, async (request, reply) => {
    const feed = await feedOf(originOf(request), request.query.category);
    return cacheFor(reply, 300).type('application/atom+xml; charset=utf-8').send(feed.atom1());
  });

  app.get('/api/public/feed.rss', { config: { policy: 'public' }, schema: { summary: 'RSS 订阅：最新发布的50条信息（可按栏目）', tags, querystring: feedQuery, response: fileResponse('application/rss+xml', 'RSS 2.0') } }, async (request, reply) => {
    const feed = await feedOf(originOf(request), request.query.category);
    return cacheFor(reply, 300).type('application/rss+xml; charset=utf-8').send(feed.rss2());
  });

  app.get(
    '/api/open/publications',
    { config: { policy: 'public' }, schema: { summary: '开放数据：已发布的政府信息，按栏目、关键词、发布日期筛选，分页（只读）', tags: openTags, querystring: portalListQuery, response: { 200: portalListView } } },
    async (request, reply) => {
      cacheFor(reply, 60);
      return list(request.query);
    },
  );

  app.get(
    '/api/open/publications/:id',
    { config: { policy: 'public' }, schema: { summary: '开放数据：一条已发布的政府信息及其正文、附件、解读关联（只读）', tags: openTags, params: idParams, response: { 200: portalDetailView } } },
    async (request, reply) => {
      cacheFor(reply, 60);
      return detail(request.params.id);
    },
  );

  app.get('/api/open/categories', { config: { policy: 'public' }, schema: { summary: '开放数据：政府信息公开目录的栏目及其依据条款', tags: openTags, response: { 200: siteView.shape.categories } } }, async (_request, reply) => {
    const counts = await publicationsRepository.portalCounts(db);
    cacheFor(reply, 60);
    return publicationCategories.map((key) => ({ key, label: publicationCategoryLabels[key], article: publicationCategoryArticles[key], count: counts[key] ?? 0 }));
  });
};
