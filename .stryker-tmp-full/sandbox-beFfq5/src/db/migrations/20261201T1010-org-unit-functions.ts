// @ts-nocheck
import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Units carry the functions the rules name (区委, 纪委监委, 区司法局, 区审计局, 区政府办公室, 区政府), so code never
 * names a unit id. Existing organisations get them from their units' kinds and names once; later ones set
 * them in the organisation data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('function', 'text').execute();
  const assign = async (fn: string, where: ReturnType<typeof sql>) => {
    await sql`update units set function = ${fn} where id = (select min(id) from units where ${where}) and not exists (select 1 from units where function = ${fn})`.execute(db);
  };
  await assign('government', sql`kind = 'government'`);
  await assign('government_office', sql`kind = 'office'`);
  await assign('party_committee', sql`name like '中共%委' and name not like '%纪%'`);
  await assign('discipline_commission', sql`name like '%纪委%'`);
  await assign('justice_bureau', sql`kind = 'department' and name like '%司法局'`);
  await assign('audit_bureau', sql`kind = 'department' and name like '%审计局'`);
  await db.schema.createIndex('units_function_uq').on('units').column('function').unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('units_function_uq').execute();
  await db.schema.alterTable('units').dropColumn('function').execute();
}
