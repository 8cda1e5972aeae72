/**
 * Schema-driven fuzzing of every route (issue 12 item 7; 等保 8.1.4.9 软件容错, ASVS 5.1): from the OpenAPI
 * document the app itself publishes, each route gets a bounded number of malformed requests, signed in as a
 * role the route allows — wrong types, huge and empty strings, NUL, unicode edge cases, deep nesting, extreme
 * numbers, impossible dates, unknown ids, extra fields — and must never answer 5xx. Afterwards the audit chain
 * verifies.
 *
 * ZHENGWU_FUZZ_CASES sets the cases per route (default 50, the issue's floor; about 15 s a database); ZHENGWU_FUZZ_SEED replays a run;
 * ZHENGWU_FUZZ_DEBUG=1 prints each route's plausible request and its answer.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditChain } from '../../src/db/audit-repository.js';
import { type AuditRecord, verifyAuditChain } from '../../src/domain/audit/audit-event.js';
import { type Action, policies } from '../../src/domain/identity/policies.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { deriveSeed, mulberry32, randomInt } from '../crash/prng.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';

const CASES = Number(process.env.ZHENGWU_FUZZ_CASES ?? 50);
const SEED = Number(process.env.ZHENGWU_FUZZ_SEED ?? 20261201);

/** The demo account of each role; the first allowed role in this order signs the route's requests. */
const loginOf: [Role, string][] = [
  ['office_staff', 'bgs'],
  ['leader', 'quzhang'],
  ['system_admin', 'sysadmin'],
  ['security_admin', 'secadmin'],
  ['audit_admin', 'auditadmin'],
  ['unit_staff', 'fgj'],
  ['unit_head', 'fgj-head'],
  ['legal_reviewer', 'sfj'],
];
/** Signs public and own-account routes: an account of its own, since fuzzing may log it out. */
const SELF_LOGIN = 'fuzz-self';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  nullable?: boolean;
  $ref?: string;
  default?: unknown;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };

/** Ids of seeded objects, so that plausible requests can succeed (and what they create be checked for audit rows). */
type Refs = { unit: string; person: string; post: string };
let refs: Refs = { unit: 'gov', person: 'lin-zhiyuan', post: 'no-such-post' };
function referenceFor(key: string | undefined): string | undefined {
  if (!key) return undefined;
  if (/(^p|P)ersonIds?$/.test(key)) return refs.person;
  if (/(^u|U)nitIds?$|^parentId$/.test(key)) return refs.unit;
  if (/(^p|P)ostIds?$/.test(key)) return refs.post;
  return undefined;
}

/** A plausible value for a schema: the starting point that each case then breaks in one place. */
function example(schema: JsonSchema | undefined, doc: OpenApi, depth = 0, key?: string): unknown {
  if (!schema || depth > 8) return null;
  if (schema.$ref) return example(doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], doc, depth + 1, key);
  const reference = referenceFor(key);
  if (schema.const !== undefined) return schema.const;
  // The second choice where there is one: the first is often the top of a hierarchy (a government unit).
  if (schema.enum && schema.enum.length > 0) return schema.enum[Math.min(1, schema.enum.length - 1)];
  if (schema.default !== undefined) return schema.default;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return example(variants.find((v) => v.type !== 'null') ?? variants[0], doc, depth + 1, key);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => example(s, doc, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, example(v, doc, depth + 1, k)]));
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => example(schema.items, doc, depth + 1, key));
    case 'integer':
      return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return '2026-03-09';
      if (schema.format === 'date-time') return '2026-03-09T02:00:00.000Z';
      if (schema.format === 'uri' || schema.format === 'url') return 'https://example.org/';
      if (reference) return reference;
      if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') || /(Date|On|^validFrom|^validTo)$/.test(key ?? '')) return '2026-03-09';
      if (/Time$/.test(key ?? '') || schema.pattern?.includes(':')) return '09:00';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return null;
  }
}

/** Values that break a field: each kind the issue names. */
const hostile: (string | number | boolean | null | object)[] = [
  '',
  'x'.repeat(100_000),
  'a\u0000b',
  '\ud800',
  '\udfff孤',
  '\u202Egnp.exe',
  '😀'.repeat(64),
  'e\u0301\u0301\u0301',
  '\uFEFF\uFFFF',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '../../../etc/passwd',
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 1,
  1e308,
  -1,
  0.5,
  0,
  true,
  null,
  [],
  {},
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '2026-13-01',
  '2026-03-02T25:61:00Z',
  'no-such-id-0000',
  '00000000-0000-0000-0000-000000000000',
];
const deep = (n: number): unknown => (n === 0 ? 'deep' : { a: deep(n - 1) });
const hostileText = (random: () => number) => {
  const value = hostile[randomInt(random, hostile.length)];
  return typeof value === 'string' ? value : JSON.stringify(value);
};

type Case = { label: string; request: InjectOptions };

/** Percent-encodes a path value; a lone surrogate (which encodeURIComponent refuses) goes as its raw, invalid UTF-8 bytes. */
function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

/** The route's cases: one plausible request, then each later one broken in one place. */
function casesFor(method: string, path: string, operation: Operation, doc: OpenApi, random: () => number): Case[] {
  const params = (operation.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const baseBody = bodySchema ? example(bodySchema, doc) : undefined;
  const baseQuery: Record<string, string> = {};
  for (const p of params.filter((q) => q.in === 'query' && q.required)) baseQuery[p.name] = String(example(p.schema, doc) ?? 'x');
  const build = (pathValues: Record<string, string>, query: Record<string, string>, body: unknown, raw?: string): InjectOptions => {
    const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => encodePathValue(pathValues[name] ?? 'no-such-id-404'));
    const search = new URLSearchParams(query).toString();
    return {
      method: method.toUpperCase() as 'GET',
      url: search ? `${url}?${search}` : url,
      ...(raw !== undefined ? { payload: raw, headers: { 'content-type': 'application/json' } } : body !== undefined ? { payload: body as object } : {}),
    };
  };
  const cases: Case[] = [{ label: 'plausible', request: build({}, baseQuery, baseBody) }];
  for (let i = 1; i < CASES; i++) {
    const kind = randomInt(random, 6);
    const value = hostile[randomInt(random, hostile.length)];
    if (kind === 0 && params.length > 0) {
      // A path or query parameter.
      const p = params[randomInt(random, params.length)] as Parameter;
      const text = hostileText(random);
      cases.push(p.in === 'path' ? { label: `path ${p.name}=${text.slice(0, 20)}`, request: build({ [p.name]: text }, baseQuery, baseBody) } : { label: `query ${p.name}=${text.slice(0, 20)}`, request: build({}, { ...baseQuery, [p.name]: text }, baseBody) });
    } else if (kind <= 2 && baseBody !== null && typeof baseBody === 'object' && !Array.isArray(baseBody) && Object.keys(baseBody).length > 0) {
      // One field of the body.
      const keys = Object.keys(baseBody);
      const key = keys[randomInt(random, keys.length)] as string;
      const replaced = random() < 0.1 ? deep(64) : random() < 0.1 ? [value, value] : value;
      cases.push({ label: `body.${key}=${JSON.stringify(replaced).slice(0, 30)}`, request: build({}, baseQuery, { ...baseBody, [key]: replaced }) });
    } else if (kind === 3) {
      // Extra and prototype-polluting fields.
      const body = baseBody !== null && typeof baseBody === 'object' && !Array.isArray(baseBody) ? baseBody : {};
      cases.push({ label: 'extra fields', request: build({}, baseQuery, undefined, JSON.stringify({ ...body, extraField: value, constructor: { prototype: { isAdmin: true } } }).replace('"constructor"', '"__proto__"')) });
    } else if (kind === 4) {
      // The whole body of the wrong kind, or not JSON at all.
      const raws = ['{"broken"', '[1,2,3]', '"text"', '12', 'null', JSON.stringify(deep(200)), '{"a":'.repeat(50)];
      const raw = raws[randomInt(random, raws.length)] as string;
      cases.push({ label: `raw ${raw.slice(0, 20)}`, request: build({}, baseQuery, undefined, raw) });
    } else {
      // Every field broken at once, each differently.
      const body = baseBody !== null && typeof baseBody === 'object' && !Array.isArray(baseBody) ? Object.fromEntries(Object.keys(baseBody).map((k) => [k, hostile[randomInt(random, hostile.length)]])) : value;
      const query = Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, hostileText(random)]));
      const pathValues = Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, hostileText(random)]));
      cases.push({ label: 'all fields', request: build(pathValues, query, body) });
    }
  }
  return cases;
}

describe.each(dialects)('模糊测试：每个接口的畸形请求从不得到 5xx（%s）', (dialect) => {
  let t: TestApp;
  const agents = new Map<string, Agent>();
  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const [, login] of loginOf) agents.set(login, await logInAs(t.app, login));
    await createUserWithRoles(t, { loginName: SELF_LOGIN, displayName: '模糊测试本人', unitId: 'office', roles: ['office_staff'] });
    agents.set(SELF_LOGIN, await logInAs(t.app, SELF_LOGIN));
  }, 120_000);
  afterAll(async () => t.close());

  it(`每个接口 ${CASES} 个畸形请求（以允许的角色登录）：0 个 5xx，之后审计链可验证，新建的记录都有审计记录`, async () => {
    const post = await t.handle.db.selectFrom('posts').select('id').executeTakeFirst();
    refs = { unit: 'gov', person: 'lin-zhiyuan', post: post?.id ?? 'no-such-post' };
    const before = await rowIds(t);
    const doc = t.app.swagger() as unknown as OpenApi;
    const policyOf = new Map(t.app.routeCatalogue.map((r) => [`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`, r.policy]));
    const failures: string[] = [];
    let requests = 0;
    let routes = 0;
    const started = performance.now();
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const policy = policyOf.get(`${method.toUpperCase()} ${path}`);
        const allowed: readonly string[] = policy && policy !== 'public' ? policies[policy as Action].roles : [];
        const login = policy === 'public' || policy === 'session.self' ? SELF_LOGIN : (loginOf.find(([role]) => allowed.includes(role))?.[1] ?? SELF_LOGIN);
        routes++;
        const random = mulberry32(deriveSeed(SEED, routes, dialects.indexOf(dialect)));
        for (const c of casesFor(method, path, operation, doc, random)) {
          const agent = await liveAgent(t.app, agents, login);
          const response: LightMyRequestResponse = await agent.request(c.request);
          requests++;
          if (c.label === 'plausible' && process.env.ZHENGWU_FUZZ_DEBUG) console.log(`${response.statusCode} ${method.toUpperCase()} ${path} ${JSON.stringify(c.request.payload ?? '').slice(0, 150)} ${response.body.slice(0, 150)}`);
          if (response.statusCode >= 500) failures.push(`${method.toUpperCase()} ${path} [${c.label}] as ${login} → ${response.statusCode} ${response.body.slice(0, 160)}`);
        }
      }
    }
    const records: AuditRecord[] = [];
    for await (const record of readAuditChain(t.handle.db)) records.push(record);
    const chain = verifyAuditChain(records);
    // Every row the fuzzing created (a plausible request may well succeed) has an audit row naming it.
    const after = await rowIds(t);
    const audited = records.map((r) => `${r.objectId ?? ''} ${r.summary}`).join('\n');
    const created = [...after].filter(([key]) => !before.has(key));
    const unaudited = created.filter(([, id]) => !audited.includes(id)).map(([key]) => key);
    console.log(
      `[模糊测试] ${dialect}: ${routes} 个接口，${requests} 个请求（每个接口 ${CASES} 个，seed=${SEED}），5xx ${failures.length} 个，${((performance.now() - started) / 1000).toFixed(1)} 秒；审计链 ${chain.ok ? `可验证（${chain.count} 条）` : '断裂'}；新建记录 ${created.length} 条，无审计记录的 ${unaudited.length} 条`,
    );
    expect(routes).toBeGreaterThan(50);
    expect(failures, `重放：ZHENGWU_FUZZ_SEED=${SEED} ZHENGWU_FUZZ_CASES=${CASES}`).toEqual([]);
    expect(chain.ok).toBe(true);
    expect(unaudited, '新建的记录没有审计记录').toEqual([]);
  }, 600_000);
});

/** The aggregates whose every row must be named by an audit row. */
const auditedTables = [
  'units',
  'people',
  'posts',
  'appointments',
  'coverPairs',
  'users',
  'attachments',
  'leaveReports',
  'leaderItems',
  'incomingDocuments',
  'meetings',
  'meetingTopics',
  'tasks',
  'eventInvitations',
  'eventDepartmentMeetings',
  'eventSpeeches',
] as const;

/** `table:id` → id for every row of the audited aggregates. */
async function rowIds(t: TestApp): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const table of auditedTables) {
    const rows = (await t.handle.db.selectFrom(table).select('id').execute()) as { id: string }[];
    for (const row of rows) ids.set(`${table}:${row.id}`, row.id);
  }
  return ids;
}

/** The agent, signed in again when a fuzzed request ended its session (logout, a revoked session). */
async function liveAgent(app: FastifyInstance, agents: Map<string, Agent>, login: string): Promise<Agent> {
  const agent = agents.get(login);
  if (agent && login !== SELF_LOGIN) return agent;
  if (agent && (await agent.get('/api/session')).statusCode === 200) return agent;
  // A fuzzed password change counts as a failed attempt; the account's own lockout is tested elsewhere.
  await app.deps.handle.db.updateTable('users').set({ failedLogins: 0, lockedUntil: null }).where('loginName', '=', login).execute();
  const fresh = await signInAgain(app, login);
  agents.set(login, fresh);
  return fresh;
}
