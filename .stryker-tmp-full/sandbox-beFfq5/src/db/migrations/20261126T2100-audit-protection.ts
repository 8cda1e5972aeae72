// @ts-nocheck
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.
//
// The audit trail becomes append-only in the database itself (等保 8.1.4.3c), so that neither the application
// nor an operator with a SQL prompt can rewrite it:
// - audit_events: no UPDATE ever; DELETE only of rows older than 180 days (网络安全法第二十一条: logs kept at
//   least six months); on PostgreSQL no TRUNCATE either. The triggers hold the legal minimum, with the
//   database's own clock; a longer configured retention (ZHENGWU_AUDIT_RETENTION_DAYS) is enforced on top by
//   the purge operation, which is the only code that deletes.
// - audit_chain_head and audit_anchor (the last purged link): may only advance, never be deleted.

const LEGAL_MINIMUM_DAYS = 180;

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('audit_anchor')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', isPostgres ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('purged_at', 'text', (c) => c.notNull())
    .addCheckConstraint('audit_anchor_single_row', sql`id = 1`)
    .execute();
  await db.schema.createIndex('audit_events_occurred_idx').on('audit_events').column('occurred_at').execute();
  await db.schema.createIndex('audit_events_act_idx').on('audit_events').column('act').execute();

  if (isPostgres) {
    await upPostgres(db);
  } else {
    await upSqlite(db);
  }
}

async function upSqlite(db: Kysely<any>): Promise<void> {
  await sql`
    create trigger audit_events_no_update before update on audit_events
    begin
      select raise(abort, '审计记录不可修改');
    end`.execute(db);
  // An occurred_at that does not parse counts as young: nothing escapes the retention by a malformed time.
  await sql`
    create trigger audit_events_no_young_delete before delete on audit_events
    when julianday(old.occurred_at) is null or julianday(old.occurred_at) > julianday('now', '-180 days')
    begin
      select raise(abort, '审计记录保留未满180天，不可删除（网络安全法第二十一条）');
    end`.execute(db);
  for (const [table, label] of [
    ['audit_chain_head', '审计链头'],
    ['audit_anchor', '审计链清理锚点'],
  ] as const) {
    // Trigger bodies cannot take parameters; the table names and labels are constants of this file.
    await sql`
      create trigger ${sql.id(`${table}_forward_only`)} before update on ${sql.table(table)}
      when new.id <> old.id or new.seq < old.seq or (new.seq = old.seq and new.hash <> old.hash)
      begin
        select raise(abort, ${sql.lit(`${label}只能前移，不能回退或改写`)});
      end`.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.table(table)}
      begin
        select raise(abort, ${sql.lit(`${label}不可删除`)});
      end`.execute(db);
  }
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  // Sequence numbers of the chain can outgrow int4 on a busy system.
  await sql`alter table audit_chain_head alter column seq type bigint`.execute(db);

  await sql`
    create function audit_events_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        raise exception '审计记录不可修改';
      elsif tg_op = 'DELETE' then
        if old.occurred_at::timestamptz > now() - make_interval(days => ${sql.lit(LEGAL_MINIMUM_DAYS)}) then
          raise exception '审计记录保留未满180天，不可删除（网络安全法第二十一条）';
        end if;
        return old;
      end if;
      raise exception '审计记录不可整表清空';
    end
    $$`.execute(db);
  await sql`create trigger audit_events_no_update before update on audit_events for each row execute function audit_events_guard()`.execute(db);
  await sql`create trigger audit_events_no_young_delete before delete on audit_events for each row execute function audit_events_guard()`.execute(db);
  await sql`create trigger audit_events_no_truncate before truncate on audit_events for each statement execute function audit_events_guard()`.execute(db);

  await sql`
    create function audit_link_forward_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        if new.id <> old.id or new.seq < old.seq or (new.seq = old.seq and new.hash <> old.hash) then
          raise exception '%只能前移，不能回退或改写', tg_argv[0];
        end if;
        return new;
      end if;
      raise exception '%不可删除', tg_argv[0];
    end
    $$`.execute(db);
  for (const [table, label] of [
    ['audit_chain_head', '审计链头'],
    ['audit_anchor', '审计链清理锚点'],
  ] as const) {
    await sql`create trigger ${sql.id(`${table}_forward_only`)} before update on ${sql.table(table)} for each row execute function audit_link_forward_only(${sql.lit(label)})`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.table(table)} for each row execute function audit_link_forward_only(${sql.lit(label)})`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)} for each statement execute function audit_link_forward_only(${sql.lit(label)})`.execute(db);
  }

  // Nobody but the owner may change the trail through privileges; the owner is stopped by the triggers above.
  // The application's own role gets SELECT and INSERT only (`zhengwu audit grant-app-role`).
  await sql`revoke update, delete, truncate on audit_events from public`.execute(db);
  await sql`revoke delete, truncate on audit_chain_head, audit_anchor from public`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // The anchor's triggers go with its table.
  await db.schema.dropTable('audit_anchor').execute();
  const triggers = [
    ['audit_events_no_update', 'audit_events'],
    ['audit_events_no_young_delete', 'audit_events'],
    ['audit_chain_head_forward_only', 'audit_chain_head'],
    ['audit_chain_head_no_delete', 'audit_chain_head'],
    ...(isPostgres
      ? [
          ['audit_events_no_truncate', 'audit_events'],
          ['audit_chain_head_no_truncate', 'audit_chain_head'],
        ]
      : []),
  ] as const;
  for (const [name, table] of triggers) {
    await (isPostgres ? sql`drop trigger if exists ${sql.id(name)} on ${sql.table(table)}` : sql`drop trigger if exists ${sql.id(name)}`).execute(db);
  }
  if (isPostgres) {
    await sql`drop function if exists audit_link_forward_only()`.execute(db);
    await sql`drop function if exists audit_events_guard()`.execute(db);
  }
  await db.schema.dropIndex('audit_events_act_idx').execute();
  await db.schema.dropIndex('audit_events_occurred_idx').execute();
}
