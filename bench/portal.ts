// Portal benchmark: the public portal's reads (no sign-in) — the site page, the catalogue's first page, a
// category page, a deep page by cursor, searches of 2 and 4 characters, an item, the Atom feed, and the site
// page asked again with its ETag (304) — on SQLite and PostgreSQL loaded with BENCH_PORTAL_ITEMS published
// items (default 20,000 — a district's several years), beside a bare Fastify hello-world (the ceiling)
// measured in the same slot, at 20 connections (autocannon). Targets alternate within each round; each figure
// is the median of the rounds.
//
//   npm run bench:portal                BENCH_SECONDS=5 per measurement, BENCH_ROUNDS=3, BENCH_CONNECTIONS=20
//   BENCH_DIALECTS=sqlite BENCH_PORTAL_ITEMS=100000 npm run bench:portal
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { type PublicationRecord, publicationsRepository } from '../src/db/publications-repository.js';
import { type PublicationCategory, publicationCategories } from '../src/domain/disclosure/types.js';
import { seededGenerator } from '../src/domain/supervision/sample.js';
import { seedDemoGovernment } from '../src/operations/seed-demo-government.js';
import { type Latency, latency, type Throughput } from './lib/http-load.js';
import { startBenchPostgresOrSkip } from './lib/postgres.js';
import { machine, median, table } from './lib/report.js';
import { type BenchServer, startServer } from './lib/server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ITEMS = Number(process.env.BENCH_PORTAL_ITEMS ?? 20_000);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const DEEP_PAGES = 50;
const BATCH = 500;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// The items: titles and bodies from a fixed seed. Each item has one of 40 topics (in its title and a few times
// in its body), so a topic's term matches ~2.5 % of the items; the sentences around them never contain one.

const topics = [
  '重点项目前期经费', '老旧小区改造', '冬季清洁取暖', '农村公路养护', '中小学校舍维修', '城乡供水一体化', '秸秆综合利用', '河道综合治理',
  '安全生产专项整治', '营商环境评价', '招商引资项目', '科技创新平台', '乡村振兴示范村', '养老服务设施', '社区卫生服务中心', '垃圾分类处理',
  '消防站建设', '文物保护修缮', '智慧城市建设', '人才公寓配租', '应急物资储备', '粮食储备库', '燃气管网改造', '污水处理厂扩建',
  '防汛抗旱物资', '职业技能培训', '工业园区道路', '高标准农田', '体育公园建设', '公共停车场', '学前教育资源', '困难群众救助',
  '食品安全抽检', '森林防火', '水库除险加固', '电动汽车充电设施', '历史文化街区', '物业管理考核', '市场监管执法', '退役军人服务站',
];
/** The terms searched: 2 characters (one topic), 4 characters (another), and 2 characters that occur nowhere (the whole table is read). */
const searchTerms = { two: '供水', four: '清洁取暖', none: '鲸鱼' };

const sentences = [
  '为深入贯彻落实党中央、国务院和省委、省政府的决策部署，结合我区实际，制定本方案。',
  '各镇人民政府、街道办事处，区政府各部门、各直属机构要高度重视，切实加强组织领导，明确责任分工。',
  '坚持以人民为中心的发展思想，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。',
  '到年底前，基本建立职责明确、运转高效、监管有力的工作机制，群众满意度明显提升。',
  '区财政部门要统筹安排专项资金，加强资金使用绩效评价，确保资金安全、规范、高效使用。',
  '各责任单位要建立工作台账，实行清单化管理、项目化推进，每月底前报送工作进展情况。',
  '区政府督查室将把落实情况纳入年度综合考核，对工作不力、进展缓慢的单位予以通报。',
  '本通知自印发之日起施行，有效期五年。此前有关规定与本通知不一致的，以本通知为准。',
  '对在工作中涌现出的先进典型，及时总结推广经验做法，营造比学赶超的良好氛围。',
  '严格落实安全责任，健全风险排查、隐患整改和应急处置机制，坚决守住安全底线。',
  '充分利用政府网站、政务新媒体等渠道，加大政策宣传解读力度，及时回应社会关切。',
  '依法依规履行程序，广泛听取社会公众、专家学者和利益相关方的意见建议。',
  '本年度部门收入预算、支出预算及“三公”经费预算均按照厉行节约的要求编制。',
  '一般公共预算财政拨款支出主要用于保障机构正常运转和完成年度重点工作任务。',
  '各镇街要结合本地实际，细化实施方案，明确时间节点，倒排工期，挂图作战。',
  '强化部门协同配合，建立联席会议制度，定期研究解决工作推进中的重大问题。',
  '严格执行行政执法公示、执法全过程记录和重大执法决定法制审核制度。',
  '对群众反映强烈的突出问题，实行挂牌督办，限期整改到位，做到件件有着落、事事有回音。',
  '加强信息化支撑，推动数据共享和业务协同，提升政务服务便利化水平。',
  '各有关单位要严格按照职责分工，认真抓好贯彻落实，重要情况及时向区政府报告。',
  '会议听取了有关部门关于上半年工作情况的汇报，研究部署了下一阶段重点任务。',
  '会议原则同意所提方案，请牵头部门根据会议意见修改完善后按程序印发实施。',
  '经研究，现将有关办理情况答复如下，感谢您对我区经济社会发展的关心和支持。',
  '本清单实行动态调整，法律法规规章和上级政策发生变化的，及时予以更新并向社会公布。',
  '年度内共主动公开政府信息数千条，受理政府信息公开申请数十件，均在法定期限内答复。',
  '坚持公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。',
  '要坚持问题导向和目标导向，聚焦重点领域和关键环节，着力补齐短板弱项。',
  '统筹发展和安全，稳妥有序推进各项改革举措落地见效，不断增强群众获得感、幸福感、安全感。',
];
const docNumberPrefixes = ['临政发', '临政办发', '临政字', '临政办字'];

type Loaded = { items: number; searchMatches: { two: number; four: number; none: number }; loadMs: number };

function makeItems(units: readonly { id: string; name: string }[], count: number, now: number): PublicationRecord[] {
  const next = seededGenerator(`portal-bench-${count}`);
  const pick = <T>(list: readonly T[]): T => list[next() % list.length]!;
  const rows: PublicationRecord[] = [];
  const documentIds: string[] = [];
  // Several years back from now, spread evenly (the portal lists latest published first).
  const span = 5 * 365 * DAY;
  for (let n = 0; n < count; n += 1) {
    const category: PublicationCategory = pick(publicationCategories);
    const topic = pick(topics);
    const unit = pick(units);
    const publishedAt = new Date(now - span + Math.floor((n / count) * span) + (next() % 3_600_000));
    const year = publishedAt.getUTCFullYear();
    const writtenOn = new Date(publishedAt.getTime() - (next() % 10) * DAY).toISOString().slice(0, 10);
    const documentNumber = category === 'documents' || category === 'plans' ? `${pick(docNumberPrefixes)}〔${year}〕${(next() % 200) + 1}号` : null;
    const titles: Record<PublicationCategory, string> = {
      organization: `${unit.name}${topic}工作职责调整情况`,
      documents: `临淄区人民政府办公室关于印发《临淄区${topic}实施方案》的通知`,
      interpretations: `《临淄区${topic}实施方案》政策解读`,
      plans: `临淄区${year}年${topic}工作计划`,
      budgets: `${unit.name}${year}年${topic}专项资金预算公开`,
      decision_drafts: `关于《临淄区${topic}管理办法（征求意见稿）》公开征求意见的公告`,
      meeting_decisions: `区政府常务会议研究${topic}有关事项议定情况`,
      suggestion_results: `对区人大代表关于加快${topic}建议的答复`,
      power_lists: `${unit.name}${topic}权责清单`,
      enforcement: `${unit.name}${topic}行政执法信息公示`,
      major_issue_results: `关于${topic}有关问题的处理结果公告`,
      annual_reports: `${unit.name}${year}年政府信息公开工作年度报告`,
    };
    const paragraphs: string[] = [`为做好${topic}工作，${pick(sentences)}`];
    let length = paragraphs[0]!.length;
    const target = 1800 + (next() % 400);
    while (length < target) {
      const paragraph = Array.from({ length: 3 + (next() % 3) }, () => pick(sentences)).join('');
      const withTopic = next() % 4 === 0 ? `围绕${topic}，${paragraph}` : paragraph;
      paragraphs.push(withTopic);
      length += withTopic.length + 1;
    }
    const id = randomUUID();
    if (category === 'documents') documentIds.push(id);
    const interpretsId = category === 'interpretations' && documentIds.length > 0 ? pick(documentIds) : null;
    const at = publishedAt.toISOString();
    const queuedAt = new Date(publishedAt.getTime() - 2 * DAY).toISOString();
    rows.push({
      id,
      category,
      title: titles[category],
      documentNumber,
      issuingBody: category === 'documents' ? '临淄区人民政府办公室' : unit.name,
      writtenOn,
      body: paragraphs.join('\n'),
      sourceType: null,
      sourceId: null,
      interpretsId,
      unitId: unit.id,
      attachmentIds: '[]',
      status: 'published',
      preparedByUserId: null,
      preparedByName: '刘敏',
      reviewOpinion: '同意发布',
      reviewedByPersonId: null,
      reviewedByName: '王芳',
      reviewedAt: at,
      publishedAt: at,
      withdrawnAt: null,
      withdrawnReason: null,
      withdrawnByName: null,
      deadlineId: null,
      dueOn: null,
      queuedAt,
      version: 2,
      createdAt: queuedAt,
      updatedAt: at,
    });
  }
  return rows;
}

/** Migrates and seeds the database as the server would, then inserts the items in batches (and, on SQLite, their search rows as the application writes them). */
async function load(database: string, dataDir: string, count: number): Promise<Loaded> {
  fs.mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ ZHENGWU_DATA_DIR: dataDir, ZHENGWU_DATABASE_URL: database });
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
    await seedDemoGovernment(handle, systemClock);
    const units = await handle.db.selectFrom('units').select(['id', 'name']).where('kind', '!=', 'outside_body').orderBy('sortOrder').orderBy('id').execute();
    const started = performance.now();
    const rows = makeItems(units, count, Date.now());
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('publications').values(batch).execute();
        for (const row of batch) await publicationsRepository.indexForSearch(trx, handle.dialect, row);
      });
    }
    // As autovacuum would within a minute of the load.
    if (handle.dialect === 'postgres') await sql`analyze publications`.execute(handle.db);
    const matches = (term: string) => rows.filter((r) => `${r.title} ${r.body} ${r.documentNumber ?? ''}`.includes(term)).length;
    return { items: rows.length, searchMatches: { two: matches(searchTerms.two), four: matches(searchTerms.four), none: matches(searchTerms.none) }, loadMs: performance.now() - started };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// The reads.

type PortalRoute = { name: string; url: string; headers: Record<string, string>; expect: 200 | 304 };

/** autocannon, counting every answer other than the expected status as an error (a conditional GET expects 304). */
async function throughput(url: string, headers: Record<string, string>, expect: 200 | 304, seconds: number): Promise<Throughput> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  const wrong = expect === 304 ? r['1xx'] + r['2xx'] + r['4xx'] + r['5xx'] : r.non2xx;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + wrong };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function portalRoutes(base: string): Promise<{ routes: PortalRoute[]; bytes: Map<string, number> }> {
  type Page = { items: { id: string }[]; nextCursor: string | null };
  let cursor: string | null = null;
  for (let page = 1; page <= DEEP_PAGES; page += 1) {
    const p: Page = await getJson(`${base}/api/public/publications${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    cursor = p.nextCursor;
    if (!cursor) break;
  }
  const interpretation = (await getJson<Page>(`${base}/api/public/publications?category=interpretations&pageSize=1`)).items[0];
  const site = await fetch(`${base}/api/public/site`);
  await site.arrayBuffer();
  const tag = site.headers.get('etag');
  if (!tag) throw new Error('the site page sent no ETag');
  const q = encodeURIComponent;
  const routes: PortalRoute[] = [
    { name: 'site page', url: '/api/public/site', headers: {}, expect: 200 },
    { name: 'catalogue, first page', url: '/api/public/publications', headers: {}, expect: 200 },
    { name: 'category page (财政预决算)', url: '/api/public/publications?category=budgets', headers: {}, expect: 200 },
    { name: `deep page (${DEEP_PAGES + 1}, cursor)`, url: cursor ? `/api/public/publications?cursor=${q(cursor)}` : '/api/public/publications', headers: {}, expect: 200 },
    { name: `search, 2 characters (${searchTerms.two})`, url: `/api/public/publications?q=${q(searchTerms.two)}`, headers: {}, expect: 200 },
    { name: `search, 2 characters, no match (${searchTerms.none})`, url: `/api/public/publications?q=${q(searchTerms.none)}`, headers: {}, expect: 200 },
    { name: `search, 4 characters (${searchTerms.four})`, url: `/api/public/publications?q=${q(searchTerms.four)}`, headers: {}, expect: 200 },
    { name: 'item (an interpretation)', url: `/api/public/publications/${interpretation?.id ?? 'none'}`, headers: {}, expect: 200 },
    { name: 'Atom feed', url: '/api/public/feed.atom', headers: {}, expect: 200 },
    { name: 'site page, If-None-Match (304)', url: '/api/public/site', headers: { 'if-none-match': tag }, expect: 304 },
  ];
  // Each read once, untimed: that it answers as expected, and the size of its answer.
  const bytes = new Map<string, number>();
  for (const route of routes) {
    const response = await fetch(`${base}${route.url}`, { headers: route.headers });
    bytes.set(route.name, (await response.arrayBuffer()).byteLength);
    if (response.status !== route.expect) throw new Error(`${route.name}: ${route.url} answered ${response.status}, expected ${route.expect}`);
  }
  return { routes, bytes };
}

// ---------------------------------------------------------------------------------------------------------

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-portal-'));
const pg = DIALECTS.includes('postgres') ? await startBenchPostgresOrSkip({ durable: false }) : undefined;
if (!pg && DIALECTS.includes('postgres')) DIALECTS.splice(DIALECTS.indexOf('postgres'), 1);
type Target = { dialect: string; server: BenchServer; routes: PortalRoute[]; bytes: Map<string, number>; alone: Map<string, Latency>; loaded: Loaded };
const targets: Target[] = [];
let hello: BenchServer | undefined;
try {
  for (const dialect of DIALECTS) {
    const dataDir = path.join(work, dialect);
    const database = dialect === 'postgres' && pg ? await pg.newDatabase('bench_portal') : `sqlite:${path.join(dataDir, 'zhengwu.db')}`;
    const loaded = await load(database, dataDir, ITEMS);
    process.stderr.write(`${dialect}: ${loaded.items} items loaded in ${(loaded.loadMs / 1000).toFixed(1)} s\n`);
    const server = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: dataDir, BENCH_DATABASE: database });
    await server.chased;
    const { routes, bytes } = await portalRoutes(server.url);
    // Each read one request at a time, nothing else running on the server: what it costs on its own at this size.
    const alone = new Map<string, Latency>();
    for (const route of routes) alone.set(route.name, await latency(`${server.url}${route.url}`, route.headers, { min: 5, max: 20, seconds: 3 }));
    targets.push({ dialect, server, routes, bytes, alone, loaded });
  }
  hello = await startServer('./hello-server.ts');
  const routeNames = targets[0]?.routes.map((r) => r.name) ?? [];
  const results = new Map<string, Throughput[]>();
  const rss = new Map<string, number>();
  const record = (key: string, m: Throughput) => results.set(key, [...(results.get(key) ?? []), m]);
  const warm = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
  // BENCH_ROUNDS=0: only the reads one at a time (e.g. at another size, to see which reads grow with the data).
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [i, name] of routeNames.entries()) {
      const slot = [
        { key: `hello|${name}`, run: (s: number) => throughput(`${hello!.url}/`, {}, 200, s) },
        ...targets.map((t) => {
          const route = t.routes[i]!;
          return { key: `${t.dialect}|${name}`, run: (s: number) => throughput(`${t.server.url}${route.url}`, route.headers, route.expect, s) };
        }),
      ];
      const order = (round + i) % 2 === 0 ? slot : [...slot].reverse();
      for (const s of order) {
        if (warm > 0) await s.run(warm);
        const m = await s.run(SECONDS);
        record(s.key, m);
        const server = targets.find((t) => s.key.startsWith(`${t.dialect}|`))?.server;
        if (server) {
          const dialect = s.key.split('|')[0]!;
          rss.set(dialect, Math.max(rss.get(dialect) ?? 0, (await server.stats()).rss / 2 ** 20));
        }
        process.stderr.write(`  round ${round} ${s.key}: ${m.rps.toFixed(0)} req/s p50 ${m.p50} p99 ${m.p99}${m.errors ? ` errors ${m.errors}` : ''}\n`);
      }
    }
  }
  const rows: string[][] = [];
  const med = (key: string) => {
    const list = results.get(key) ?? [];
    return { rps: median(list.map((m) => m.rps)), p50: median(list.map((m) => m.p50)), p99: median(list.map((m) => m.p99)), errors: list.reduce((s, m) => s + m.errors, 0) };
  };
  for (const name of routeNames) {
    const ceiling = med(`hello|${name}`).rps;
    for (const t of targets) {
      const m = med(`${t.dialect}|${name}`);
      rows.push([name, t.dialect, m.rps.toFixed(0), String(m.p50), String(m.p99), String(m.errors), (t.bytes.get(name) ?? 0).toLocaleString('en'), ceiling.toFixed(0), `${((m.rps / ceiling) * 100).toFixed(1)} %`]);
    }
  }
  const first = targets[0]?.loaded;
  process.stdout.write(`\n${machine(pg?.version)}\n`);
  process.stdout.write(
    `${ITEMS.toLocaleString('en')} published items (12 categories, bodies of 1,800–2,200 characters; ${first ? `“${searchTerms.two}” in ${first.searchMatches.two}, “${searchTerms.four}” in ${first.searchMatches.four}, “${searchTerms.none}” in ${first.searchMatches.none}` : ''}), ${CONNECTIONS} connections, ${SECONDS} s per measurement after a ${warm} s warm-up, median of ${ROUNDS} rounds, targets alternating; ceiling = bare Fastify hello-world in the same slot; a list page is the default 100 items.\n\n`,
  );
  process.stdout.write(`Loading (insert in batches of ${BATCH}${DIALECTS.includes('sqlite') ? ', SQLite with its search rows' : ''}): ${targets.map((t) => `${t.dialect} ${(t.loaded.loadMs / 1000).toFixed(1)} s`).join(', ')}. Server RSS right after each measurement, highest: ${[...rss].map(([d, mb]) => `${d} ${mb.toFixed(0)} MB`).join(', ')}.\n\n`);
  if (ROUNDS > 0) process.stdout.write(table(['read', 'database', 'req/s', 'p50 ms', 'p99 ms', 'wrong status/errors', 'bytes', 'ceiling req/s', 'ratio to ceiling'], rows));
  const aloneRows = routeNames.flatMap((name) =>
    targets.map((t) => {
      const l = t.alone.get(name)!;
      return [name, t.dialect, l.p50.toFixed(1), l.p99.toFixed(1), String(l.n), String(l.status)];
    }),
  );
  process.stdout.write(`\nOne request at a time at ${ITEMS.toLocaleString('en')} items (before the load above; 5–20 requests, at most 3 s, after one untimed request):\n\n`);
  process.stdout.write(table(['read', 'database', 'p50 ms', 'p99 ms', 'n', 'status'], aloneRows));
} finally {
  for (const t of targets) await t.server.stop();
  await hello?.stop();
  pg?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
