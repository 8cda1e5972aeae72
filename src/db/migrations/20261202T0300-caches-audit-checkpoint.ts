import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.
//
// change_stamps: one row per slowly changing thing every process holds in memory (the imported calendar
// notices, the security policy). The database itself gives the row a new random stamp whenever the source
// table changes (statement triggers), so no writer can forget to, and a process knows its copy is current
// by reading one short row — in the same statement that resolves the session for the security policy.
// Random stamps, not counters: a stamp names one content of the table in one database, so a copy cached
// under it can never be mistaken for another database's (several databases in one process, tests, restores).
//
// audit_verification: the head up to which `zhengwu audit verify` last found the chain sound, so that the
// next run recomputes only what was appended since; and when the last full pass ran.

const STAMPED = [
  ['calendar', 'calendar_notices'],
  ['security_settings', 'security_settings'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('change_stamps')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .execute();
  for (const [name] of STAMPED) {
    await sql`insert into change_stamps (name, stamp) values (${name}, ${isPostgres ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`})`.execute(db);
  }
  if (isPostgres) {
    await sql`
      create function zhengwu_bump_change_stamp() returns trigger language plpgsql as $$
      begin
        update change_stamps set stamp = gen_random_uuid()::text where name = tg_argv[0];
        return null;
      end $$`.execute(db);
    for (const [name, table] of STAMPED) {
      await sql`create trigger ${sql.id(`${table}_stamp`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function zhengwu_bump_change_stamp(${sql.lit(name)})`.execute(db);
    }
  } else {
    for (const [name, table] of STAMPED) {
      // One trigger per event: SQLite has no statement triggers and no "insert or update or delete".
      const events = { insert: sql`insert`, update: sql`update`, delete: sql`delete` };
      for (const [event, keyword] of Object.entries(events)) {
        await sql`create trigger ${sql.id(`${table}_stamp_${event}`)} after ${keyword} on ${sql.table(table)}
          begin
            update change_stamps set stamp = lower(hex(randomblob(16))) where name = ${sql.lit(name)};
          end`.execute(db);
      }
    }
  }

  await db.schema
    .createTable('audit_verification')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', isPostgres ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addColumn('full_verified_at', 'text')
    .addCheckConstraint('audit_verification_single_row', sql`id = 1`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('audit_verification').execute();
  for (const [, table] of STAMPED) {
    if (isPostgres) await sql`drop trigger if exists ${sql.id(`${table}_stamp`)} on ${sql.table(table)}`.execute(db);
    else for (const event of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.id(`${table}_stamp_${event}`)}`.execute(db);
  }
  if (isPostgres) await sql`drop function if exists zhengwu_bump_change_stamp()`.execute(db);
  await db.schema.dropTable('change_stamps').execute();
}
