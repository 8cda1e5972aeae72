// The data generator: N incoming documents with their timeline, step clocks (deadlines), search index and
// ~10 audit rows each on one valid SM3 hash chain, and meetings (with decisions and tasks) and leave reports
// in proportion, in SQLite or PostgreSQL.
//
// How: the real server, in this process, makes a few dozen "template" cases through the HTTP API, as people
// would (every state of the 收文 flow, normal and urgent; a topical meeting with a decision, minutes and a
// task; a leave report). Each template's rows are found in every table (every row that names the case, and
// then every row that names those rows), and cloned N times: new ids, new titles and bodies, new register
// numbers, issuing units spread over the departments, every timestamp and date shifted into the past year.
// So the data has exactly the shape the operations write, whatever columns the schema has today; only the
// search index (SQLite's rowid-keyed FTS rows and short grams) and the audit chain are computed here, the
// chain with the application's own `auditHash`.
//
//   node --import tsx bench/generate.ts --documents 10000 --database sqlite:/tmp/x/zhengwu.db --data-dir /tmp/x
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { fieldCipherFor } from '../src/cli/runtime.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { auditHash } from '../src/domain/audit/audit-event.js';
import { buildApp } from '../src/http/app.js';
import { seedDemoGovernment } from '../src/operations/seed-demo-government.js';
import { type Credentials, firstSignIn, request, type Session } from './lib/client.js';
import { filingBody, steps } from './lib/incoming-flow.js';
import { openRaw, type RawDb, type Row, type TableInfo } from './lib/raw-db.js';

export type GenerateOptions = { database: string; dataDir: string; documents: number; log?: (line: string) => void };

export type Generated = {
  /** The accounts signed in while making the templates (password changed, TOTP bound): sign in with these. */
  accounts: Record<string, Credentials>;
  documents: number;
  meetings: number;
  leaveReports: number;
  auditRows: number;
  /** A meeting and a document to read in detail. */
  sampleMeetingId: string;
  /** Search terms of two and four characters that occur in some titles. */
  searchTerms: { two: string; four: string };
  templatesMs: number;
  loadMs: number;
};

/** Logins the benchmarks use; each is signed in once while the templates are made. */
export const benchLogins = ['bgs', 'fgj', 'fgj-head', 'changwu', 'fuquzhang', 'quzhang', 'bgszr'] as const;

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness, so two runs at the same size generate the same data.

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Titles and bodies: a topic word list, so that a two-character term matches a few percent of documents.
const topics = [
  '重点项目前期经费', '老旧小区改造', '冬季清洁取暖', '农村公路养护', '中小学校舍维修', '城乡供水一体化', '秸秆综合利用', '河道综合治理',
  '安全生产专项整治', '营商环境评价', '招商引资项目', '科技创新平台', '乡村振兴示范村', '养老服务设施', '社区卫生服务中心', '垃圾分类处理',
  '消防站建设', '文物保护修缮', '智慧城市建设', '人才公寓配租', '应急物资储备', '粮食储备库', '燃气管网改造', '污水处理厂扩建',
  '防汛抗旱物资', '职业技能培训', '工业园区道路', '高标准农田', '体育公园建设', '公共停车场', '学前教育资源', '困难群众救助',
  '食品安全抽检', '森林防火', '水库除险加固', '电动汽车充电设施', '历史文化街区', '物业管理考核', '市场监管执法', '退役军人服务站',
];
const asks = ['申请', '请求拨付', '请求批准', '请求协调', '请求追加'];

// ---------------------------------------------------------------------------------------------------------
// Templates through the real server.

type DocTemplate = { id: string; state: string; urgency: string };

const docMix: readonly { state: string; share: number; windowDays: number }[] = [
  { state: 'archived', share: 0.95, windowDays: 365 },
  { state: 'transferred', share: 0.02, windowDays: 30 },
  { state: 'completed', share: 0.005, windowDays: 10 },
  { state: 'assigned', share: 0.006, windowDays: 12 },
  { state: 'submitted', share: 0.003, windowDays: 12 },
  { state: 'received', share: 0.002, windowDays: 12 },
  { state: 'registered', share: 0.003, windowDays: 12 },
  { state: 'reviewed', share: 0.003, windowDays: 12 },
  { state: 'proposed', share: 0.003, windowDays: 12 },
  { state: 'instructed', share: 0.003, windowDays: 12 },
  { state: 'awaiting_sign_off', share: 0.002, windowDays: 12 },
];
/** The state a document is in after the filing (0) and after each step k (k + 1). */
const flowStates = ['submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred', 'completed', 'archived'];

async function makeTemplates(base: string, log: (line: string) => void) {
  const accounts: Record<string, Credentials> = {};
  const sessions: Record<string, Session> = {};
  for (const login of benchLogins) {
    const { session, account } = await firstSignIn(base, login);
    accounts[login] = account;
    sessions[login] = session;
  }
  const by = { unit: sessions['fgj-head']!, office: sessions.bgs!, leader: sessions.changwu! };
  const docs: DocTemplate[] = [];
  let i = 0;
  for (const urgency of ['normal', 'urgent'] as const) {
    for (let stop = 0; stop < flowStates.length; stop += 1) {
      i += 1;
      const filed = await request<{ id: string; status: string }>(base, by.unit, 'POST', '/api/documents/incoming', { ...filingBody(900_000 + i), urgency });
      for (let k = 0; k < stop; k += 1) {
        const step = steps[k]!;
        await request(base, by[step.by], 'POST', `/api/documents/incoming/${filed.id}/${step.path}`, { version: k + 1, ...step.body(i) });
      }
      docs.push({ id: filed.id, state: flowStates[stop]!, urgency });
    }
    i += 1;
    // A 请示 filed by the unit's clerk waits for the principal head's 签发.
    const waiting = await request<{ id: string; status: string }>(base, sessions.fgj!, 'POST', '/api/documents/incoming', { ...filingBody(900_000 + i), urgency });
    docs.push({ id: waiting.id, state: waiting.status, urgency });
  }
  log(`  templates: ${docs.length} documents`);

  const today = new Date();
  const dayAfter = (days: number) => new Date(today.getTime() + days * DAY + 8 * 3600_000).toISOString().slice(0, 10);
  const meetings: string[] = [];
  try {
    const meeting = await request<{ id: string }>(base, sessions.bgs!, 'POST', '/api/meetings', {
      kind: 'topical',
      title: '工业项目推进专题会议',
      meetingDate: dayAfter(0),
      place: '区政府第二会议室',
      convenerPersonId: 'sun-lihua',
      chairPersonId: 'sun-lihua',
      attendeeUnitIds: ['gxj', 'fgj'],
    });
    meetings.push(meeting.id);
    const topic = await request<{ id: string }>(base, sessions.fgj!, 'POST', `/api/meetings/${meeting.id}/topics`, { title: '关于工业技改项目的议题', summary: '涉及企业名单与扶持资金' });
    await request(base, sessions.bgs!, 'POST', `/api/meetings/${meeting.id}/decisions`, { topicId: topic.id, content: '区发改局牵头推进技改项目', leadUnitId: 'fgj', coUnitIds: ['gxj'], dueOn: dayAfter(40) });
    const version = async (s: Session) => (await request<{ version: number }>(base, s, 'GET', `/api/meetings/${meeting.id}`)).version;
    await request(base, sessions.bgs!, 'POST', `/api/meetings/${meeting.id}/minutes`, { version: await version(sessions.bgs!), text: '会议研究了工业技改项目推进工作。' });
    await request(base, sessions.fuquzhang!, 'POST', `/api/meetings/${meeting.id}/minutes/sign`, { version: await version(sessions.fuquzhang!) });
  } catch (error) {
    log(`  warning: the meeting template stopped early: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  const leaves: string[] = [];
  try {
    const report = await request<{ id: string }>(base, sessions.fuquzhang!, 'POST', '/api/leave/reports', {
      kind: 'study',
      startDate: dayAfter(5),
      endDate: dayAfter(6),
      place: '济南',
      reason: '参加培训',
      actingPersonName: '赵明远',
      contact: '13900000002',
      isEmergency: false,
      attachmentIds: [],
    });
    leaves.push(report.id);
  } catch (error) {
    log(`  warning: the leave template failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  return { accounts, docs, meetings, leaves };
}

// ---------------------------------------------------------------------------------------------------------
// Finding a template's rows and compiling them into recipes.

/** Shared data and bookkeeping: never cloned. The search index is computed (below), the chain too. */
const sharedTables = new Set([
  'units', 'people', 'posts', 'appointments', 'portfolio_items', 'cover_pairs', 'users', 'user_roles', 'sessions', 'password_history', 'security_settings',
  'calendar_notices', 'counters', 'audit_chain_head', 'audit_anchor', 'audit_verification', 'change_stamps', 'kysely_migration', 'kysely_migration_lock', 'attachments',
]);
const isSearchTable = (name: string) => /fts|search|grams/.test(name);

type Owned = { table: TableInfo; rows: Row[] };

/** Every row that names the root, then every row that names those rows (by their `id`), three levels deep. */
async function ownedRows(raw: RawDb, tables: TableInfo[], root: string): Promise<Owned[]> {
  const seen = new Map<string, Owned>();
  const rowKeys = new Set<string>();
  let frontier = [root];
  const ids = new Set([root]);
  for (let depth = 0; depth < 4 && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const table of tables) {
      if (sharedTables.has(table.name) || isSearchTable(table.name)) continue;
      const textColumns = table.columns.filter((c) => c.isText);
      if (textColumns.length === 0) continue;
      const placeholders = frontier.map((_, k) => `$${k + 1}`).join(', ');
      const where = textColumns.map((c) => `"${c.name}" in (${placeholders})`).join(' or ');
      for (const row of await raw.query(`select * from "${table.name}" where ${where}`, frontier)) {
        const key = `${table.name}:${JSON.stringify(row)}`;
        if (rowKeys.has(key)) continue;
        rowKeys.add(key);
        const owned = seen.get(table.name) ?? { table, rows: [] };
        owned.rows.push(row);
        seen.set(table.name, owned);
        const id = row.id;
        if (typeof id === 'string' && !ids.has(id)) {
          ids.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  for (const owned of seen.values()) {
    if (owned.table.name === 'audit_events') continue;
    const intKey = owned.table.columns.find((c) => c.isPrimaryKey && c.isInteger);
    if (intKey) throw new Error(`generator: ${owned.table.name} has an integer key (${intKey.name}); teach bench/generate.ts to number it`);
  }
  return [...seen.values()];
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** How one cell of a clone is made: a constant, a shifted time, or text with tokens (ids, title, …) substituted. */
type Cell = { k: 'const'; v: unknown } | { k: 'instant'; ms: number } | { k: 'date'; day: number } | { k: 'text'; parts: (string | number)[] } | { k: 'override'; name: string };

type Recipe = { table: string; columns: string[]; cells: Cell[][] };

function compileRows(owned: Owned[], tokens: readonly string[], overrides: (table: string, column: string, value: unknown) => string | undefined): { recipes: Recipe[]; audit: Recipe | undefined } {
  const sorted = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.length > 0).sort((a, b) => b.t.length - a.t.length);
  const pattern = sorted.length ? new RegExp(sorted.map((x) => x.t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  const indexOf = new Map(sorted.map((x) => [x.t, x.i]));
  const cell = (table: string, column: string, value: unknown): Cell => {
    const override = overrides(table, column, value);
    if (override) return { k: 'override', name: override };
    if (typeof value !== 'string') return { k: 'const', v: value };
    if (instantPattern.test(value)) return { k: 'instant', ms: Date.parse(value) };
    if (datePattern.test(value)) return { k: 'date', day: Date.parse(`${value}T00:00:00Z`) / DAY };
    if (!pattern) return { k: 'const', v: value };
    const parts: (string | number)[] = [];
    let last = 0;
    for (const m of value.matchAll(pattern)) {
      if (m.index > last) parts.push(value.slice(last, m.index));
      parts.push(indexOf.get(m[0])!);
      last = m.index + m[0].length;
    }
    if (parts.length === 0) return { k: 'const', v: value };
    if (last < value.length) parts.push(value.slice(last));
    return { k: 'text', parts };
  };
  const recipes: Recipe[] = [];
  let audit: Recipe | undefined;
  for (const { table, rows } of owned) {
    const columns = table.columns.map((c) => c.name);
    const recipe = { table: table.name, columns, cells: rows.map((row) => columns.map((c) => cell(table.name, c, row[c]))) };
    if (table.name === 'audit_events') {
      // The chain in the order the template wrote it.
      const seqAt = columns.indexOf('seq');
      recipe.cells.sort((a, b) => Number((a[seqAt] as { v: unknown }).v) - Number((b[seqAt] as { v: unknown }).v));
      audit = recipe;
    } else recipes.push(recipe);
  }
  return { recipes, audit };
}

/** Distinct single characters and character pairs, lower-cased (as src/db/documents-repository.ts indexes them). */
function shortGrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    grams.add(chars[i]!);
    if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

// ---------------------------------------------------------------------------------------------------------

type Template = {
  kind: 'document' | 'meeting' | 'leave';
  root: string;
  weight: number;
  windowDays: number;
  /** When the template's last act happened: clones end up to `windowDays` before now. */
  latest: number;
  recipes: Recipe[];
  audit: Recipe | undefined;
  tokens: string[];
  /** Index of title, body, register number, sender number among the tokens (documents). */
  markers?: { title: number; body: number; registerNumber: number; senderDocNumber: number };
  searchContent?: Cell;
};

export async function generate(options: GenerateOptions): Promise<Generated> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const started = performance.now();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const config = loadConfig({ ZHENGWU_DATA_DIR: options.dataDir, ZHENGWU_DATABASE_URL: options.database, ZHENGWU_LOG_LEVEL: 'silent', ZHENGWU_LOGIN_RATE_PER_MINUTE: '1000000' });
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  await seedDemoGovernment(handle, systemClock);
  const app = await buildApp({ config, handle, clock: systemClock, fieldCipher: fieldCipherFor(config), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  log(`generate ${options.documents} documents into ${options.database.replace(/\/\/[^@]*@/, '//')}`);
  let made: Awaited<ReturnType<typeof makeTemplates>>;
  try {
    made = await makeTemplates(base, log);
  } finally {
    await app.close();
    await handle.close();
  }
  const templatesMs = performance.now() - started;

  const raw = await openRaw(options.database);
  try {
    const tables = await raw.tables();
    const tableNames = new Set(tables.map((t) => t.name));
    const units = (await raw.query(`select id from units where kind in ('department', 'town', 'subdistrict', 'development_zone') order by id`)).map((r) => String(r.id));
    const templates: Template[] = [];

    // Documents.
    for (const doc of made.docs) {
      const owned = await ownedRows(raw, tables, doc.id);
      const row = owned.find((o) => o.table.name === 'incoming_documents')?.rows[0];
      if (!row) throw new Error(`template ${doc.id} has no row`);
      const ids = [...new Set(owned.flatMap((o) => o.rows.map((r) => r.id)).filter((v): v is string => typeof v === 'string'))];
      const tokens = [doc.id, ...ids.filter((x) => x !== doc.id), String(row.title), String(row.body), String(row.register_number ?? ''), String(row.sender_doc_number ?? '')];
      const markers = { title: tokens.length - 4, body: tokens.length - 3, registerNumber: tokens.length - 2, senderDocNumber: tokens.length - 1 };
      const { recipes, audit } = compileRows(owned, tokens, (table, column, value) => {
        if (table !== 'incoming_documents') return undefined;
        if (column === 'issuing_unit_id') return 'unit';
        if (column === 'handling_unit_id' && value !== null) return 'unit';
        if (column === 'register_seq' && value !== null) return 'registerSeq';
        return undefined;
      });
      const mix = docMix.find((m) => m.state === doc.state);
      if (!mix) throw new Error(`no share for state ${doc.state}`);
      const latest = Math.max(...owned.flatMap((o) => o.rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string' && instantPattern.test(v)).map((v) => Date.parse(v)))));
      const searchText = [row.title, row.body, row.register_number ?? '', row.sender_doc_number ?? ''].join(' ');
      const searchContent = compileRows([{ table: { name: 'x', columns: [{ name: 'c', isText: true, isInteger: false, isPrimaryKey: false }] }, rows: [{ c: searchText }] }], tokens, () => undefined).recipes[0]!.cells[0]![0]!;
      // The index rows the application wrote for the template must be what this generator writes for a clone.
      if (tableNames.has('incoming_document_search_rows')) {
        const key = (await raw.query(`select search_rowid from incoming_document_search_rows where document_id = $1`, [doc.id]))[0]?.search_rowid;
        const content = (await raw.query(`select content from incoming_documents_search where rowid = $1`, [key]))[0]?.content;
        const grams = (await raw.query(`select gram from incoming_document_grams where search_rowid = $1`, [key])).map((r) => String(r.gram)).sort();
        const expected = shortGrams(searchText).sort();
        if (content !== searchText || grams.join('\u0000') !== expected.join('\u0000')) throw new Error('generator: the search index the application writes differs from the generator\'s; update bench/generate.ts');
      }
      templates.push({ kind: 'document', root: doc.id, weight: mix.share * (doc.urgency === 'normal' ? 0.9 : 0.1), windowDays: mix.windowDays, latest, recipes, audit, tokens, markers, searchContent });
    }
    const documentWeight = templates.reduce((s, t) => s + t.weight, 0);
    for (const t of templates) t.weight /= documentWeight;

    // Meetings and leave reports, with everything that hangs off them.
    for (const [kind, roots] of [['meeting', made.meetings], ['leave', made.leaves]] as const) {
      for (const root of roots) {
        const owned = await ownedRows(raw, tables, root);
        const ids = [...new Set(owned.flatMap((o) => o.rows.map((r) => r.id)).filter((v): v is string => typeof v === 'string'))];
        const tokens = [root, ...ids.filter((x) => x !== root)];
        const { recipes, audit } = compileRows(owned, tokens, () => undefined);
        const latest = Date.now();
        templates.push({ kind, root, weight: 1 / roots.length, windowDays: 365, latest, recipes, audit, tokens });
      }
    }
    log(`  rows per archived document: ${templates.find((t) => t.kind === 'document' && t.root === made.docs.find((d) => d.state === 'archived')?.id)?.recipes.map((r) => `${r.table} ${r.cells.length}`).join(', ')}, audit ${templates.find((t) => t.root === made.docs.find((d) => d.state === 'archived')?.id)?.audit?.cells.length ?? 0}`);

    const loadStarted = performance.now();
    const counts = await load(raw, tables, templates, units, options.documents, log);
    const loadMs = performance.now() - loadStarted;
    const topicTwo = '供水';
    return {
      accounts: made.accounts,
      documents: options.documents,
      meetings: counts.meetings,
      leaveReports: counts.leaves,
      auditRows: counts.auditRows,
      sampleMeetingId: made.meetings[0] ?? '',
      searchTerms: { two: topicTwo, four: '清洁取暖' },
      templatesMs,
      loadMs,
    };
  } finally {
    await raw.close();
  }
}

async function load(raw: RawDb, tables: TableInfo[], templates: Template[], units: string[], n: number, log: (line: string) => void) {
  const random = prng(20_261_202 + n);
  const now = Date.now();
  const tableNames = new Set(tables.map((t) => t.name));
  const searchScheme = tableNames.has('incoming_document_search_rows') ? 'rows' : tableNames.has('incoming_documents_fts') ? 'fts' : 'none';
  const docTemplates = templates.filter((t) => t.kind === 'document');
  const pick = (list: Template[]) => {
    let r = random();
    for (const t of list) {
      r -= t.weight;
      if (r < 0) return t;
    }
    return list[list.length - 1]!;
  };
  // What to make, oldest first, so the chain runs roughly in time order.
  type Spec = { t: Template; end: number };
  const specs: Spec[] = [];
  const spread = (t: Template) => ({ t, end: now - 60_000 - random() * t.windowDays * DAY });
  for (let i = 0; i < n; i += 1) specs.push(spread(pick(docTemplates)));
  const meetings = Math.max(1, Math.round(n / 50));
  const leaves = Math.max(1, Math.round(n / 25));
  for (const [kind, count] of [['meeting', meetings], ['leave', leaves]] as const) {
    const list = templates.filter((t) => t.kind === kind);
    if (list.length > 0) for (let i = 0; i < count; i += 1) specs.push(spread(pick(list)));
  }
  specs.sort((a, b) => a.end - b.end);

  const head = (await raw.query(`select seq, hash from audit_chain_head where id = 1`))[0];
  let seq = Number(head?.seq ?? 0);
  let prevHash = String(head?.hash ?? '');
  const years = new Map<number, number>();
  for (const r of await raw.query(`select register_year as y, max(register_seq) as m from incoming_documents where register_year is not null group by register_year`)) years.set(Number(r.y), Number(r.m));
  let searchKey = searchScheme === 'rows' ? Number((await raw.query(`select coalesce(max(search_rowid), 0) as m from incoming_document_search_rows`))[0]?.m ?? 0) : 0;
  if (raw.dialect === 'postgres') await raw.run(`set session_replication_role = replica`);
  // Secondary indexes of the tables loaded are dropped and built again after the load: one sort per index
  // instead of a random B-tree insert per row. Keys and unique constraints stay (they are the tables' own).
  const loaded = [...new Set([...templates.flatMap((t) => t.recipes.map((r) => r.table)), 'audit_events'])];
  const indexes =
    raw.dialect === 'sqlite'
      ? (await raw.query(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${loaded.map((_, i) => `$${i + 1}`).join(', ')})`, loaded)).map((r) => ({ name: String(r.name), sql: String(r.sql) }))
      : (
          await raw.query(
            `select indexname as name, indexdef as sql from pg_indexes i where schemaname = 'public' and tablename = any($1) and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
            [loaded],
          )
        ).map((r) => ({ name: String(r.name), sql: String(r.sql) }));
  for (const index of indexes) await raw.run(`drop index "${index.name}"`);

  const chunk = raw.dialect === 'sqlite' ? 10_000 : 2_000;
  const buffers = new Map<string, { columns: string[]; rows: unknown[][] }>();
  // By table: every row of a table comes with the same columns (the table's, or the search tables' few).
  const push = (table: string, columns: string[], row: unknown[]) => {
    let b = buffers.get(table);
    if (!b) {
      b = { columns, rows: [] };
      buffers.set(table, b);
    }
    b.rows.push(row);
  };
  const searchRowColumns = ['search_rowid', 'document_id'];
  const searchColumns = ['rowid', 'content'];
  const gramColumns = ['gram', 'search_rowid'];
  const ftsColumns = ['document_id', 'content'];
  const order = ['incoming_documents', 'meetings', 'meeting_topics', 'decision_items', 'tasks', 'leave_reports'];
  let writingMs = 0;
  const perTable = new Map<string, number>();
  const flush = async () => {
    const writeStarted = performance.now();
    await raw.begin();
    const names = [...buffers.keys()].sort((a, b) => rank(a) - rank(b));
    for (const name of names) {
      const b = buffers.get(name)!;
      // Index order: the grams' B-tree fills page by page instead of at random.
      if (name === 'incoming_document_grams') b.rows.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : String(x[0]) > String(y[0]) ? 1 : 0));
      const tableStarted = performance.now();
      await raw.insert(name, b.columns, b.rows);
      perTable.set(name, (perTable.get(name) ?? 0) + performance.now() - tableStarted);
    }
    await raw.commit();
    buffers.clear();
    writingMs += performance.now() - writeStarted;
  };
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? 100 : i;
  };

  let auditRows = 0;
  let made = 0;
  const began = performance.now();
  let lastLog = began;
  for (const { t, end } of specs) {
    const shift = end - t.latest;
    const shiftDays = Math.round(shift / DAY);
    const values: string[] = t.tokens.map(() => randomUUID());
    let registerYear = 0;
    let unit = '';
    if (t.markers) {
      const topic = topics[Math.floor(random() * topics.length)]!;
      unit = units[Math.floor(random() * units.length)] ?? 'fgj';
      const no = made + 1;
      values[t.markers.title] = `关于${asks[Math.floor(random() * asks.length)]}${topic}资金的请示（第${no}号）`;
      values[t.markers.body] = `区政府：\n为做好${topic}工作，拟${asks[Math.floor(random() * asks.length)]}专项资金${10 + Math.floor(random() * 490)}万元，用于项目实施。妥否，请批示。`;
      values[t.markers.senderDocNumber] = `临${unit}〔2026〕${(no % 9000) + 1}号`;
      const reg = t.tokens[t.markers.registerNumber];
      if (reg) {
        const year = Number(/〔(\d{4})〕/.exec(reg)?.[1] ?? 2026);
        registerYear = year;
        const next = (years.get(year) ?? 0) + 1;
        years.set(year, next);
        values[t.markers.registerNumber] = reg.replace(/〕\d+号/, `〕${next}号`);
      } else values[t.markers.registerNumber] = '';
    }
    const make = (c: Cell): unknown => {
      switch (c.k) {
        case 'const':
          return c.v;
        case 'instant':
          return new Date(c.ms + shift).toISOString();
        case 'date':
          return new Date((c.day + shiftDays) * DAY).toISOString().slice(0, 10);
        case 'text':
          return c.parts.map((p) => (typeof p === 'number' ? values[p] : p)).join('');
        case 'override':
          return c.name === 'unit' ? unit : c.name === 'registerSeq' ? years.get(registerYear) : undefined;
      }
    };
    for (const recipe of t.recipes) for (const cells of recipe.cells) push(recipe.table, recipe.columns, cells.map(make));
    if (t.audit) {
      const cols = t.audit.columns;
      for (const cells of t.audit.cells) {
        const row = cells.map(make);
        const get = (name: string) => row[cols.indexOf(name)];
        seq += 1;
        const base = {
          seq,
          id: String(get('id')),
          occurredAt: String(get('occurred_at')),
          actorUserId: (get('actor_user_id') ?? null) as string | null,
          actorName: String(get('actor_name')),
          actingForPersonId: (get('acting_for_person_id') ?? null) as string | null,
          act: String(get('act')),
          objectType: String(get('object_type')),
          objectId: (get('object_id') ?? null) as string | null,
          result: String(get('result')),
          summary: String(get('summary')),
          article: get('article') === null || get('article') === undefined ? null : Number(get('article')),
          requestId: (get('request_id') ?? null) as string | null,
          ip: (get('ip') ?? null) as string | null,
          prevHash,
        };
        const hash = auditHash(base);
        row[cols.indexOf('seq')] = seq;
        row[cols.indexOf('prev_hash')] = prevHash;
        row[cols.indexOf('hash')] = hash;
        prevHash = hash;
        push('audit_events', cols, row);
        auditRows += 1;
      }
    }
    if (t.searchContent && searchScheme !== 'none') {
      const content = String(make(t.searchContent));
      const documentId = values[0];
      if (searchScheme === 'rows') {
        searchKey += 1;
        push('incoming_document_search_rows', searchRowColumns, [searchKey, documentId]);
        push('incoming_documents_search', searchColumns, [searchKey, content]);
        for (const g of shortGrams(content)) push('incoming_document_grams', gramColumns, [g, searchKey]);
      } else push('incoming_documents_fts', ftsColumns, [documentId, content]);
    }
    if (t.kind === 'document') made += 1;
    if (made > 0 && made % chunk === 0 && t.kind === 'document') {
      await flush();
      const at = performance.now();
      if (at - lastLog > 5_000) {
        lastLog = at;
        const rate = made / ((at - began) / 1000);
        log(`  ${made.toLocaleString('en')} / ${n.toLocaleString('en')} documents, ${auditRows.toLocaleString('en')} audit rows, ${Math.round(rate)} documents/s, ~${Math.round((n - made) / rate)} s left`);
      }
    }
  }
  await flush();
  // The chain's head and the register counters where the generated data left them.
  await raw.begin();
  await raw.run(`update audit_chain_head set seq = $1, hash = $2 where id = 1`, [seq, prevHash]);
  for (const [year, value] of years) {
    const name = `incoming:${year}`;
    const exists = (await raw.query(`select value from counters where name = $1`, [name])).length > 0;
    if (exists) await raw.run(`update counters set value = $1 where name = $2`, [value, name]);
    else await raw.run(`insert into counters (name, value) values ($1, $2)`, [name, value]);
  }
  await raw.commit();
  const indexing = performance.now();
  for (const index of indexes) await raw.run(index.sql);
  log(`  built ${indexes.length} indexes again in ${Math.round((performance.now() - indexing) / 1000)} s`);
  if (raw.dialect === 'sqlite') {
    const broken = await raw.query('pragma foreign_key_check');
    if (broken.length > 0) throw new Error(`generator: ${broken.length} rows break a foreign key, e.g. ${JSON.stringify(broken.slice(0, 3))}`);
  }
  if (raw.dialect === 'postgres') {
    await raw.run(`set session_replication_role = origin`);
    await raw.run(`select setval(pg_get_serial_sequence('audit_events', 'seq'), (select max(seq) from audit_events))`);
    // Autovacuum would analyze the new tables within a minute; do it now so every run starts alike.
    await raw.run('analyze');
  }
  if (process.env.BENCH_GENERATE_PROFILE) log(`  writing by table (s): ${[...perTable].map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
  log(`  loaded ${made.toLocaleString('en')} documents, ${meetings} meetings, ${leaves} leave reports, ${auditRows.toLocaleString('en')} audit rows in ${Math.round((performance.now() - began) / 1000)} s (${Math.round(writingMs / 1000)} s of it writing)`);
  return { meetings, leaves, auditRows };
}

// ---------------------------------------------------------------------------------------------------------

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const dataDir = path.resolve(arg('data-dir') ?? './data-bench');
  const database = arg('database') ?? `sqlite:${path.join(dataDir, 'zhengwu.db')}`;
  const result = await generate({ database, dataDir, documents: Number(arg('documents') ?? 10_000) });
  fs.writeFileSync(path.join(dataDir, 'bench-accounts.json'), JSON.stringify(result.accounts, null, 2));
  process.stdout.write(`${JSON.stringify({ ...result, accounts: Object.keys(result.accounts) }, null, 2)}\n`);
}
