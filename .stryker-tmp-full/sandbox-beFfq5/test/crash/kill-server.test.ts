/**
 * Crash safety (等保 2.0 数据完整性; ASVS 2.3.3), after SQLite's kill-9 tests: the real server runs as a
 * child process, takes a burst of concurrent writes through the HTTP API and is SIGKILLed at a random
 * moment. With the server down we check the database's integrity, the audit chain and that nothing is
 * half-done; every write the client saw acknowledged (2xx) must be there with its value and its audit row.
 *
 * ZHENGWU_CRASH_ROUNDS sets the rounds per dialect; ZHENGWU_CRASH_SEED replays a run (the seed is printed
 * on failure).
 */
// @ts-nocheck

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readAuditChain } from '../../src/db/audit-repository.js';
import { type DatabaseHandle, type Dialect, openDatabase } from '../../src/db/database.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { type AuditRecord, verifyAuditChain } from '../../src/domain/audit/audit-event.js';
import { systemClock } from '../../src/clock.js';
import { TEST_PASSWORD } from '../harness/app.js';
import { authenticatorFor } from '../harness/totp.js';
import { createPostgresDatabase, dialects } from '../harness/databases.js';
import { type HttpClient, logIn } from './http-client.js';
import { deriveSeed, mulberry32, randomInt, seedFromEnv } from './prng.js';
import { assertServerBuilt, killAllServers, type ServerProcess, startServer } from './server-process.js';

const ROUNDS = positiveInt(process.env.ZHENGWU_CRASH_ROUNDS, 20);
const SEED = seedFromEnv(process.env.ZHENGWU_CRASH_SEED);
/** Requests in flight at once. */
const WORKERS = 6;
/** The kill lands 0–300 ms after the burst starts. */
const MAX_KILL_DELAY_MS = 300;
const UNIT_PREFIX = '崩溃测试单位';
const PERSON_PREFIX = '崩溃测试人员';
const VALID_FROM = '2026-01-01';

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ZHENGWU_CRASH_ROUNDS 应为正整数：${value}`);
  return n;
}

/** Writes the client saw acknowledged with 2xx, with what they wrote. */
type CreatedUnit = { round: number; name: string; sortOrder: number; id: string | undefined };
type PatchedUnit = { round: number; unitId: string; fromVersion: number; sortOrder: number };
type Appointed = { round: number; personName: string; postId: string; id: string | undefined; personId: string | undefined };
type Acks = { units: CreatedUnit[]; patches: PatchedUnit[]; appointments: Appointed[] };

type UnitRow = { id: string; name: string; sortOrder: number; version: number; kind?: string };

/** One dialect's database: where it lives and how to reach it with the server down. */
type Target = { dialect: Dialect; dataDir: string; sqliteFile?: string; databaseUrl?: string };

const tempDirs: string[] = [];
const pgDatabases: string[] = [];

afterEach(async () => {
  await killAllServers();
});

afterAll(async () => {
  await killAllServers();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  const admin = inject('postgresUrl');
  if (admin && pgDatabases.length > 0) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      for (const name of pgDatabases) await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  }
});

describe('断电/崩溃安全：随机 SIGKILL 后已确认的写入不丢失', () => {
  beforeAll(() => {
    assertServerBuilt();
  });

  describe.each(dialects)('%s', (dialect) => {
    it(
      `并发写入中随机 SIGKILL ${ROUNDS} 轮：完整性检查通过、审计链可验证、已确认写入与其审计记录都在、无半完成的写入`,
      async () => {
        const target = await prepareTarget(dialect);
        const acks: Acks = { units: [], patches: [], appointments: [] };
        let client: HttpClient | undefined;
        let posts: string[] = [];
        let cutOff = 0;
        let killsMidRequest = 0;
        const started = performance.now();
        const dialectIndex = dialects.indexOf(dialect);

        for (let round = 1; round <= ROUNDS + 1; round++) {
          const isFinal = round > ROUNDS;
          const random = mulberry32(deriveSeed(SEED, dialectIndex, round));
          const killDelay = randomInt(random, MAX_KILL_DELAY_MS + 1);
          const where = `[崩溃测试] dialect=${dialect} seed=${SEED} round=${isFinal ? '最终重启' : `${round}/${ROUNDS}`} killDelay=${killDelay}ms`;
          try {
            const server = await startServer({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
            if (client) {
              // The session of round 1 (and with it the password change and TOTP binding) was acknowledged,
              // so it must survive every kill.
              client.baseUrl = server.url;
              await expectReadySession(client);
            } else client = await signInFirstTime(server.url);
            // (1) after the restart, the server itself shows every acknowledged unit write.
            const units = await listUnits(client);
            expect(checkUnits(units, acks, '重启后接口')).toEqual([]);
            if (isFinal) {
              expect(await server.stop(), '服务未能平稳停止').toBe(0);
              break;
            }
            if (posts.length === 0) posts = await loadPosts(client, units);
            const { acks: roundAcks, inFlightAtKill } = await burst({ server, client, round, killDelay, units, posts });
            acks.units.push(...roundAcks.units);
            acks.patches.push(...roundAcks.patches);
            acks.appointments.push(...roundAcks.appointments);
            cutOff += inFlightAtKill;
            if (inFlightAtKill > 0) killsMidRequest++;
            await checkWhileDown(target, acks);
          } catch (error) {
            const message = `${where}\n重放：ZHENGWU_CRASH_SEED=${SEED} ZHENGWU_CRASH_ROUNDS=${ROUNDS} npx vitest run --project medium test/crash\n${error instanceof Error ? error.message : String(error)}`;
            console.error(message);
            throw new Error(message, { cause: error });
          } finally {
            await killAllServers();
          }
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `[崩溃测试] ${dialect}: ${ROUNDS} 轮，${seconds} 秒；已确认写入：新增单位 ${acks.units.length}、修改单位 ${acks.patches.length}、任职 ${acks.appointments.length}；${killsMidRequest} 次杀在写请求进行中，共切断 ${cutOff} 个写请求（seed=${SEED}）`,
        );
      },
      ROUNDS * 10_000 + 60_000,
    );
  });
});

async function prepareTarget(dialect: Dialect): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zhengwu-crash-${dialect}-`));
  tempDirs.push(dataDir);
  if (dialect === 'sqlite') return { dialect, dataDir, sqliteFile: path.join(dataDir, 'zhengwu.db') };
  const { url, name } = await createPostgresDatabase();
  pgDatabases.push(name);
  return { dialect, dataDir, databaseUrl: url };
}

/**
 * Round 1 only: the demo account's forced password change, and the TOTP binding the three administrators
 * need before any business (a later login would need a fresh TOTP time step, one per 30 s, so the rounds
 * reuse this session instead; it lives in the database and must survive the kills).
 */
async function signInFirstTime(baseUrl: string): Promise<HttpClient> {
  const client = await logIn(baseUrl, 'sysadmin', DEMO_PASSWORD);
  const changed = await client.send('POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: TEST_PASSWORD });
  if (changed.status !== 204) throw new Error(`修改密码失败：${changed.status} ${await changed.text()}`);
  const { user } = await readSession(client);
  if (user.needsTotpEnrolment) {
    const started = await client.send('POST', '/api/session/totp/enrolment');
    const text = await started.text();
    if (started.status !== 200) throw new Error(`绑定动态口令失败：${started.status} ${text}`);
    const authenticator = authenticatorFor((JSON.parse(text) as { secret: string }).secret, systemClock);
    const confirmed = await client.send('POST', '/api/session/totp/enrolment/confirm', { code: authenticator.code() });
    if (confirmed.status !== 204) throw new Error(`确认动态口令失败：${confirmed.status} ${await confirmed.text()}`);
  }
  await expectReadySession(client);
  return client;
}

type SessionUser = { mustChangePassword: boolean; needsTotpEnrolment?: boolean };

async function readSession(client: HttpClient): Promise<{ user: SessionUser }> {
  const response = await client.get('/api/session');
  const text = await response.text();
  if (response.status !== 200) throw new Error(`会话不可用：GET /api/session → ${response.status} ${text}`);
  return JSON.parse(text) as { user: SessionUser };
}

async function expectReadySession(client: HttpClient): Promise<void> {
  const { user } = await readSession(client);
  expect(user.mustChangePassword, '已确认的密码修改丢失').toBe(false);
  expect(user.needsTotpEnrolment ?? false, '已确认的动态口令绑定丢失').toBe(false);
}

async function listUnits(client: HttpClient): Promise<UnitRow[]> {
  const response = await client.get('/api/org/units');
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET /api/org/units → ${response.status} ${text}`);
  return (JSON.parse(text) as { items: UnitRow[] }).items;
}

/** Post ids to appoint people to, from the seeded government (posts are not written by the test). */
async function loadPosts(client: HttpClient, units: readonly UnitRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (const unit of units.slice(0, 12)) {
    const response = await client.get(`/api/org/units/${encodeURIComponent(unit.id)}`);
    const body = (await response.json()) as { posts: { id: string }[] };
    ids.push(...body.posts.map((p) => p.id));
  }
  if (ids.length === 0) throw new Error('演示数据中没有职务，无法测试任职');
  return ids;
}

type BurstInput = {
  server: ServerProcess;
  client: HttpClient;
  round: number;
  killDelay: number;
  units: readonly UnitRow[];
  posts: readonly string[];
};

/**
 * Several workers write concurrently until the server is SIGKILLed `killDelay` ms after the start. Returns
 * what was acknowledged. A status other than 2xx (or 409 on a stale version) while the server was up fails.
 */
async function burst({ server, client, round, killDelay, units, posts }: BurstInput): Promise<{ acks: Acks; inFlightAtKill: number }> {
  const acks: Acks = { units: [], patches: [], appointments: [] };
  let inFlight = 0;
  let inFlightAtKill = 0;
  /** Counts the write requests the kill cuts off, to show kills do land mid-request. */
  const write: HttpClient['send'] = async (...args) => {
    inFlight++;
    try {
      return await client.send(...args);
    } finally {
      inFlight--;
    }
  };
  const governmentId = units.find((u) => u.kind === 'government')?.id;
  if (!governmentId) throw new Error('找不到区政府单位');
  const unitIds = units.map((u) => u.id);
  const unexpected: string[] = [];
  let isKilled = false;
  const tag = `${SEED.toString(36)}-r${round}`;

  const worker = async (w: number) => {
    const rnd = mulberry32(deriveSeed(SEED, round, 1000 + w));
    for (let n = 0; !isKilled; n++) {
      const choice = rnd();
      try {
        if (choice < 0.4) {
          const name = `${UNIT_PREFIX}-${tag}-w${w}-${n}`;
          const sortOrder = randomInt(rnd, 100_001);
          const response = await write('POST', '/api/org/units', { name, kind: 'department', parentId: governmentId, sortOrder });
          if (response.status === 201) {
            const ack: CreatedUnit = { round, name, sortOrder, id: undefined };
            acks.units.push(ack);
            ack.id = ((await response.json()) as { id: string }).id;
            unitIds.push(ack.id);
          } else unexpected.push(`POST /api/org/units → ${response.status} ${await response.text()}`);
        } else if (choice < 0.75) {
          const unitId = unitIds[randomInt(rnd, unitIds.length)] ?? governmentId;
          const sortOrder = randomInt(rnd, 100_001);
          const read = await client.get(`/api/org/units/${encodeURIComponent(unitId)}`);
          if (read.status === 404) continue;
          if (read.status !== 200) {
            unexpected.push(`GET /api/org/units/${unitId} → ${read.status} ${await read.text()}`);
            continue;
          }
          const { version } = (await read.json()) as { version: number };
          const response = await write('PATCH', `/api/org/units/${encodeURIComponent(unitId)}`, { version, sortOrder });
          if (response.status === 200) acks.patches.push({ round, unitId, fromVersion: version, sortOrder });
          else if (response.status !== 409) unexpected.push(`PATCH /api/org/units/${unitId} → ${response.status} ${await response.text()}`);
        } else {
          const personName = `${PERSON_PREFIX}-${tag}-w${w}-${n}`;
          const postId = posts[randomInt(rnd, posts.length)] ?? posts[0] ?? '';
          const response = await write('POST', '/api/org/appointments', { postId, personName, validFrom: VALID_FROM });
          if (response.status === 201) {
            const ack: Appointed = { round, personName, postId, id: undefined, personId: undefined };
            acks.appointments.push(ack);
            const body = (await response.json()) as { id: string; personId: string };
            ack.id = body.id;
            ack.personId = body.personId;
          } else unexpected.push(`POST /api/org/appointments → ${response.status} ${await response.text()}`);
        }
      } catch (error) {
        // The kill drops connections (and may cut a body already acknowledged by its status line).
        if (!isKilled) unexpected.push(`请求失败（服务尚未被杀）：${error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)}`);
        return;
      }
    }
  };

  const killer = new Promise<void>((resolve, reject) => {
    setTimeout(() => {
      isKilled = true;
      inFlightAtKill = inFlight;
      server.kill().then(resolve, reject);
    }, killDelay);
  });
  await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), killer]);
  if (unexpected.length > 0) throw new Error(`服务在线时出现意外的应答：\n${unexpected.slice(0, 10).join('\n')}`);
  return { acks, inFlightAtKill };
}

/** (2)–(4) with the server down: integrity, audit chain, acknowledged writes with their audit rows, nothing half-done. */
async function checkWhileDown(target: Target, acks: Acks): Promise<void> {
  let snapshotDir: string | undefined;
  let handle: DatabaseHandle;
  if (target.sqliteFile) {
    // (2) on the files exactly as the kill left them, read-only.
    const db = new SQLite(target.sqliteFile, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check'), 'PRAGMA integrity_check').toEqual([{ integrity_check: 'ok' }]);
      expect(db.pragma('foreign_key_check'), 'PRAGMA foreign_key_check').toEqual([]);
    } finally {
      db.close();
    }
    // A read-write connection checkpoints the WAL when it closes, which would do the crash recovery for
    // the server. Read a copy instead, so the next start recovers from the killed state itself.
    snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-crash-snap-'));
    const copy = path.join(snapshotDir, 'zhengwu.db');
    fs.copyFileSync(target.sqliteFile, copy);
    if (fs.existsSync(`${target.sqliteFile}-wal`)) fs.copyFileSync(`${target.sqliteFile}-wal`, `${copy}-wal`);
    handle = openDatabase({ dialect: 'sqlite', file: copy });
  } else {
    handle = openDatabase({ dialect: 'postgres', url: target.databaseUrl ?? '' });
  }
  try {
    const { db } = handle;
    const { count } = await db.selectFrom('units').select((eb) => eb.fn.countAll<string | number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(count), 'select count(*) from units').toBeGreaterThan(0);

    // (3) the chain verifies, and its head row agrees with the last link.
    const records: AuditRecord[] = [];
    for await (const record of readAuditChain(db)) records.push(record);
    const verdict = verifyAuditChain(records);
    if (!verdict.ok) throw new Error(`审计链断裂：${verdict.reason}`);
    const head = await db.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    expect({ seq: Number(head.seq), hash: head.hash }, '审计链头与最后一条记录不一致').toEqual(verdict.head);

    const units = (await db.selectFrom('units').select(['id', 'name', 'sortOrder', 'version']).execute()).map((u) => ({ ...u, version: Number(u.version), sortOrder: Number(u.sortOrder) }));
    const people = await db.selectFrom('people').select(['id', 'name']).where('name', 'like', `${PERSON_PREFIX}%`).execute();
    const appointments = await db.selectFrom('appointments').select(['id', 'personId', 'postId', 'validFrom']).execute();

    const problems = [
      ...checkUnits(units, acks, '停机后数据库'),
      ...checkUnitAudit(units, acks, records),
      ...checkAppointments(people, appointments, acks, records),
    ];
    expect(problems, '崩溃后的数据库').toEqual([]);
  } finally {
    await handle.close();
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true });
  }
}

/** (1) for units: created ones exist with their name; an acknowledged PATCH's value stands unless a later version replaced it. */
function checkUnits(units: readonly UnitRow[], acks: Acks, where: string): string[] {
  const problems: string[] = [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map(units.map((u) => [u.name, u]));
  for (const ack of acks.units) {
    const unit = byName.get(ack.name);
    if (!unit) problems.push(`${where}：第${ack.round}轮已确认新增的单位“${ack.name}”丢失`);
    else if (ack.id && unit.id !== ack.id) problems.push(`${where}：单位“${ack.name}”的编号 ${unit.id} 与确认的 ${ack.id} 不同`);
    else if (unit.version === 1 && unit.sortOrder !== ack.sortOrder) problems.push(`${where}：单位“${ack.name}”排序 ${unit.sortOrder}，确认的是 ${ack.sortOrder}`);
  }
  for (const ack of acks.patches) {
    const unit = byId.get(ack.unitId);
    if (!unit) problems.push(`${where}：第${ack.round}轮已确认修改的单位 ${ack.unitId} 不见了`);
    else if (unit.version < ack.fromVersion + 1) problems.push(`${where}：单位 ${ack.unitId} 版本 ${unit.version}，已确认的修改应使其至少为 ${ack.fromVersion + 1}`);
    else if (unit.version === ack.fromVersion + 1 && unit.sortOrder !== ack.sortOrder) {
      problems.push(`${where}：单位 ${ack.unitId} 版本 ${unit.version} 的排序为 ${unit.sortOrder}，第${ack.round}轮已确认的是 ${ack.sortOrder}`);
    }
  }
  return problems;
}

function auditIndex(records: readonly AuditRecord[], act: string): Map<string, AuditRecord[]> {
  const index = new Map<string, AuditRecord[]>();
  for (const r of records) {
    if (r.act !== act || r.result !== 'success' || r.objectId === null) continue;
    index.set(r.objectId, [...(index.get(r.objectId) ?? []), r]);
  }
  return index;
}

/** (3)–(4) for units: each change has exactly its audit row, and each audit row its change. */
function checkUnitAudit(units: readonly UnitRow[], acks: Acks, records: readonly AuditRecord[]): string[] {
  const problems: string[] = [];
  const creates = auditIndex(records, 'org.unit.create');
  const updates = auditIndex(records, 'org.unit.update');
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const unit of units) {
    const created = creates.get(unit.id) ?? [];
    if (unit.name.startsWith(UNIT_PREFIX) && created.length !== 1) problems.push(`单位“${unit.name}”有 ${created.length} 条 org.unit.create 审计记录（应为 1）`);
    // No imports run here, so every version step is one audited update.
    const updated = updates.get(unit.id)?.length ?? 0;
    if (unit.version !== 1 + updated) problems.push(`单位“${unit.name}”版本 ${unit.version}，但有 ${updated} 条 org.unit.update 审计记录`);
  }
  for (const [unitId, rows] of creates) {
    const unit = byId.get(unitId);
    if (!unit) problems.push(`审计记录 org.unit.create 第${rows[0]?.seq}条所指单位 ${unitId} 不存在（半完成）`);
    else {
      const after = (JSON.parse(rows[0]?.summary ?? '{}') as { after?: { name?: string } }).after;
      if (after?.name !== unit.name) problems.push(`单位 ${unitId} 的名称与其 org.unit.create 审计记录不符`);
    }
  }
  for (const ack of acks.patches) {
    const matching = (updates.get(ack.unitId) ?? []).filter((r) => {
      const summary = JSON.parse(r.summary) as { before?: { version?: number }; after?: { sortOrder?: number } };
      return summary.before?.version === ack.fromVersion;
    });
    if (matching.length !== 1) problems.push(`单位 ${ack.unitId} 从版本 ${ack.fromVersion} 的已确认修改有 ${matching.length} 条审计记录（应为 1）`);
    else if ((JSON.parse(matching[0]?.summary ?? '{}') as { after?: { sortOrder?: number } }).after?.sortOrder !== ack.sortOrder) {
      problems.push(`单位 ${ack.unitId} 从版本 ${ack.fromVersion} 的修改，审计记录中的排序与确认的 ${ack.sortOrder} 不符`);
    }
  }
  return problems;
}

/** (1), (3), (4) for appointments: each acknowledged one exists with its audit row; no new person without both. */
function checkAppointments(
  people: readonly { id: string; name: string }[],
  appointments: readonly { id: string; personId: string; postId: string; validFrom: string }[],
  acks: Acks,
  records: readonly AuditRecord[],
): string[] {
  const problems: string[] = [];
  const creates = auditIndex(records, 'org.appointment.create');
  const appointmentIds = new Set(appointments.map((a) => a.id));
  const ofPerson = new Map<string, typeof appointments>();
  for (const a of appointments) ofPerson.set(a.personId, [...(ofPerson.get(a.personId) ?? []), a]);
  const peopleByName = new Map<string, { id: string; name: string }[]>();
  for (const p of people) peopleByName.set(p.name, [...(peopleByName.get(p.name) ?? []), p]);

  for (const person of people) {
    const held = ofPerson.get(person.id) ?? [];
    if (held.length !== 1) problems.push(`新任职人员“${person.name}”有 ${held.length} 条任职（应为 1，半完成）`);
    for (const a of held) {
      const audited = creates.get(a.id)?.length ?? 0;
      if (audited !== 1) problems.push(`任职 ${a.id}（${person.name}）有 ${audited} 条 org.appointment.create 审计记录（应为 1）`);
    }
  }
  for (const [appointmentId, rows] of creates) {
    if (!appointmentIds.has(appointmentId)) problems.push(`审计记录 org.appointment.create 第${rows[0]?.seq}条所指任职 ${appointmentId} 不存在（半完成）`);
  }
  for (const ack of acks.appointments) {
    const found = peopleByName.get(ack.personName) ?? [];
    if (found.length !== 1) {
      problems.push(`第${ack.round}轮已确认任职的“${ack.personName}”在人员表中有 ${found.length} 人（应为 1）`);
      continue;
    }
    const person = found[0];
    const held = person ? (ofPerson.get(person.id) ?? []) : [];
    const match = held.find((a) => a.postId === ack.postId && a.validFrom === VALID_FROM);
    if (!match) problems.push(`第${ack.round}轮已确认的任职（${ack.personName} → 职务 ${ack.postId}）丢失`);
    else if (ack.id && match.id !== ack.id) problems.push(`任职（${ack.personName}）编号 ${match.id} 与确认的 ${ack.id} 不同`);
  }
  return problems;
}
