// @ts-nocheck
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.js';
import { commitChange } from '../../src/db/change.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { grantAppRole } from '../../src/operations/audit/grant-app-role.js';
import { verifyStoredAuditChain } from '../../src/operations/audit/verify-audit-chain.js';
import { dialects, freshDatabase } from '../harness/databases.js';
import { appendEvents, contextAt, openTestDatabase, rawSql, refusedWith } from './helpers.js';

const DAY = 86_400_000;
const young = () => new Date();
/** Well past the legal minimum by the database's own clock, whatever day the tests run. */
const old = () => new Date(Date.now() - 400 * DAY);

describe.each(dialects)('等保 8.1.4.3c 审计记录只增不改：数据库触发器（%s）', (dialect) => {
  const opened: DatabaseHandle[] = [];
  const open = async () => {
    const db = await openTestDatabase(dialect);
    opened.push(db.handle);
    return db;
  };
  afterEach(async () => {
    for (const h of opened.splice(0)) await h.close();
  });

  it('经应用的 Kysely 连接修改或删除未满180天的审计记录均被拒绝', async () => {
    const { handle } = await open();
    await appendEvents(handle, young(), 3);
    await refusedWith(handle.db.updateTable('auditEvents').set({ actorName: '别人' }).where('seq', '=', 2).execute(), /审计记录不可修改/);
    await refusedWith(handle.db.updateTable('auditEvents').set({ summary: '{}' }).execute(), /审计记录不可修改/);
    await refusedWith(handle.db.deleteFrom('auditEvents').where('seq', '=', 3).execute(), /保留未满180天/);
    await refusedWith(handle.db.deleteFrom('auditEvents').execute(), /保留未满180天/);
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true, count: 3 });
  });

  it('绕过应用、直接执行 SQL 同样被拒绝（PostgreSQL 上包括 TRUNCATE）', async () => {
    const { handle, url } = await open();
    await appendEvents(handle, young(), 2);
    await refusedWith(rawSql(handle, url, "update audit_events set act = 'x' where seq = 1"), /审计记录不可修改/);
    await refusedWith(rawSql(handle, url, 'delete from audit_events where seq = 2'), /保留未满180天/);
    if (dialect === 'postgres') await refusedWith(rawSql(handle, url, 'truncate audit_events'), /不可整表清空/);
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true, count: 2 });
  });

  it('网络安全法第二十一条 满180天的记录数据库允许删除（清理由应用按保留期另行把关）', async () => {
    const { handle } = await open();
    await appendEvents(handle, old(), 2);
    await refusedWith(handle.db.updateTable('auditEvents').set({ act: 'x' }).where('seq', '=', 1).execute(), /审计记录不可修改/);
    const deleted = await handle.db.deleteFrom('auditEvents').where('seq', '=', 1).executeTakeFirst();
    expect(Number(deleted.numDeletedRows)).toBe(1);
  });

  it('链头只能前移：回退、原位改写、删除均被拒绝，正常追加照常', async () => {
    const { handle, url } = await open();
    await appendEvents(handle, young(), 3);
    await refusedWith(handle.db.updateTable('auditChainHead').set({ seq: 1 }).where('id', '=', 1).execute(), /审计链头只能前移/);
    await refusedWith(handle.db.updateTable('auditChainHead').set({ hash: 'f'.repeat(64) }).where('id', '=', 1).execute(), /审计链头只能前移/);
    await refusedWith(rawSql(handle, url, 'delete from audit_chain_head'), /审计链头不可删除/);
    await appendEvents(handle, young(), 2);
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true, count: 5, head: { seq: 5 } });
  });

  it('清理锚点只能前移、不可删除', async () => {
    const { handle, url } = await open();
    await handle.db.insertInto('auditAnchor').values({ id: 1, seq: 5, hash: 'a'.repeat(64), purgedAt: '2026-01-01T00:00:00.000Z' }).execute();
    await refusedWith(handle.db.updateTable('auditAnchor').set({ seq: 4 }).execute(), /清理锚点只能前移/);
    await refusedWith(rawSql(handle, url, 'delete from audit_anchor'), /清理锚点不可删除/);
  });

});

describe('grant-app-role 只适用于 PostgreSQL', () => {
  it('在 SQLite 上拒绝并说明原因', async () => {
    const handle = await freshDatabase('sqlite');
    try {
      await expect(grantAppRole(handle, 'zw_app')).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(dialects.includes('postgres'))('等保 8.1.4.3c PostgreSQL 应用角色对审计记录只有查询和追加权限', () => {
  it('zhengwu audit grant-app-role：应用角色可追加审计，不能修改、删除、清空；所有者也被触发器拦住', async () => {
    const { handle: owner, url } = await openTestDatabase('postgres');
    if (!url) throw new Error('no url');
    const role = `zw_app_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await sql`create role ${sql.id(role)} login password ${sql.lit(password)}`.execute(owner.db);
    let app: DatabaseHandle | undefined;
    const output: string[] = [];
    vi.stubEnv('ZHENGWU_DATABASE_URL', url);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    try {
      await appendEvents(owner, young(), 2);

      // Refusals first: a superuser or an unknown role is not an application role.
      await expect(grantAppRole(owner, 'postgres')).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(grantAppRole(owner, 'no_such_role_zw')).rejects.toMatchObject({ code: 'invalid_input' });

      expect(await auditCommand.run(['grant-app-role', role])).toBe(0);
      write.mockRestore();
      const printed = output.join('');
      expect(printed).toContain(`grant select, insert on "public"."audit_events" to "${role}"`);
      expect(printed).toContain(`revoke all on "public"."audit_events"`);

      const appUrl = new URL(url);
      appUrl.username = role;
      appUrl.password = password;
      app = openDatabase({ dialect: 'postgres', url: appUrl.toString() });
      // The server starts as this role: the migration check reads, nothing is pending.
      expect(await migrateToLatest(app.db)).toEqual([]);

      // The application's own append path works under the role.
      await commitChange(contextAt(app, young()), async () => ({
        result: undefined,
        audit: [{ act: 'test.app_role', objectType: 'test', objectId: null, result: 'success', summary: {} }],
      }));
      expect(await verifyStoredAuditChain(app.db)).toMatchObject({ ok: true, count: 3 });

      const denied = /permission denied/;
      await refusedWith(app.db.updateTable('auditEvents').set({ act: 'x' }).where('seq', '=', 1).execute(), denied);
      await refusedWith(app.db.deleteFrom('auditEvents').where('seq', '=', 1).execute(), denied);
      await refusedWith(sql`truncate audit_events`.execute(app.db), denied);
      await refusedWith(app.db.deleteFrom('auditChainHead').execute(), denied);
      await refusedWith(app.db.updateTable('auditAnchor').set({ seq: 0 }).execute(), denied);
      // The rest of the schema stays writable for the role.
      await app.db.updateTable('calendarNotices').set({ importedBy: null }).where('year', '=', -1).execute();

      // The owner holds every privilege, and still the triggers refuse.
      await refusedWith(owner.db.updateTable('auditEvents').set({ act: 'x' }).where('seq', '=', 1).execute(), /审计记录不可修改/);
      await refusedWith(owner.db.deleteFrom('auditEvents').where('seq', '=', 1).execute(), /保留未满180天/);
      expect(await verifyStoredAuditChain(owner.db)).toMatchObject({ ok: true, count: 3 });
    } finally {
      write.mockRestore();
      vi.unstubAllEnvs();
      await app?.close();
      await sql`drop owned by ${sql.id(role)}`.execute(owner.db);
      await owner.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`drop role if exists ${role}`);
      } finally {
        await admin.end();
      }
    }
  });
});
