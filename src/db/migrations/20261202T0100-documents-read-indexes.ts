import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Every read of the 收文登记簿 served by an index (issue 11):
 * - the keyset orders: latest changed first (updated_at, id), by written-on date (written_on, id), and the
 *   overdue register / chase list by due instant (open incoming deadlines by due, id);
 * - each equality filter leading an index that continues in the page order (status, doc type, issuing unit);
 * - the open step clock found from the deadline (step_deadline_id), so the overdue page starts at the deadlines;
 * - search of one or two characters: PostgreSQL's trigram index cannot answer a pattern shorter than three
 *   characters (no trigram can be extracted from '%ab%'), and neither can SQLite's FTS5 trigram table; both
 *   get an index of the haystack's single characters and character pairs ("grams");
 * - SQLite's full-text rows keyed by an integer rowid (via incoming_document_search_rows) instead of an
 *   unindexed document_id column, so re-indexing a document deletes by key instead of scanning the table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('incoming_documents_page_idx', 'incoming_documents', ['updated_at', 'id']);
  await index('incoming_documents_status_page_idx', 'incoming_documents', ['status', 'updated_at', 'id']);
  await index('incoming_documents_type_page_idx', 'incoming_documents', ['doc_type', 'updated_at', 'id']);
  await index('incoming_documents_unit_page_idx', 'incoming_documents', ['issuing_unit_id', 'updated_at', 'id']);
  await index('incoming_documents_written_idx', 'incoming_documents', ['written_on', 'id']);
  await index('incoming_documents_deadline_idx', 'incoming_documents', ['step_deadline_id']);
  // Partial, so that it serves only the queries that name exactly these open incoming clocks (as a full index it
  // would tie with deadlines_object_idx and could be chosen for a lookup by object); its leading columns repeat
  // the condition so that SQLite, without statistics, prefers it to the older (is_open, due) index.
  await sql`create index deadlines_incoming_open_due_idx on deadlines (object_type, is_open, due, id) where object_type = 'incoming_document' and is_open = 1`.execute(db);

  if (isPostgres) {
    // Distinct characters and character pairs of a text: `grams(lower(h)) @> array[lower(q)]` is exactly
    // "h contains q" (case-insensitively) for a q of one or two characters, and a GIN index answers it.
    await sql`create function incoming_short_grams(h text) returns text[] language sql immutable strict parallel safe as $$
      select coalesce(array_agg(distinct g), '{}'::text[]) from (
        select substr(h, i, 1) as g from generate_series(1, length(h)) as i
        union all
        select substr(h, i, 2) from generate_series(1, length(h) - 1) as i
      ) s
    $$`.execute(db);
    await sql`create index incoming_documents_short_grams_idx on incoming_documents using gin (incoming_short_grams(lower(title || ' ' || body || ' ' || coalesce(register_number, '') || ' ' || coalesce(sender_doc_number, ''))))`.execute(
      db,
    );
    return;
  }

  await sql`create table incoming_document_search_rows (search_rowid integer primary key, document_id text not null unique)`.execute(db);
  await sql`create virtual table incoming_documents_search using fts5(content, tokenize = 'trigram')`.execute(db);
  await sql`create table incoming_document_grams (gram text not null, search_rowid integer not null, primary key (gram, search_rowid)) without rowid`.execute(db);
  // Existing documents, in chunks (a migration of a large register must not hold every body in memory).
  let after = '';
  for (;;) {
    const rows = (
      await sql<{ id: string; content: string }>`select id, title || ' ' || body || ' ' || coalesce(register_number, '') || ' ' || coalesce(sender_doc_number, '') as content
        from incoming_documents where id > ${after} order by id limit 500`.execute(db)
    ).rows;
    for (const row of rows) {
      // Aliased: the application's connection may rename result columns (camel case).
      const key = (await sql<{ key: number }>`insert into incoming_document_search_rows (document_id) values (${row.id}) returning search_rowid as key`.execute(db)).rows[0]!.key;
      await sql`insert into incoming_documents_search (rowid, content) values (${key}, ${row.content})`.execute(db);
      const grams = shortGrams(row.content);
      for (let i = 0; i < grams.length; i += 400) {
        const chunk = grams.slice(i, i + 400);
        await sql`insert into incoming_document_grams (gram, search_rowid) values ${sql.join(chunk.map((g) => sql`(${g}, ${key})`))}`.execute(db);
      }
    }
    if (rows.length < 500) break;
    after = rows.at(-1)!.id;
  }
  await sql`drop table incoming_documents_fts`.execute(db);
}

/** Distinct single characters and character pairs (by code point), lower-cased; a copy frozen with this migration. */
function shortGrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    grams.add(chars[i]!);
    if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const name of ['incoming_documents_page_idx', 'incoming_documents_status_page_idx', 'incoming_documents_type_page_idx', 'incoming_documents_unit_page_idx', 'incoming_documents_written_idx', 'incoming_documents_deadline_idx', 'deadlines_incoming_open_due_idx']) {
    await db.schema.dropIndex(name).execute();
  }
  if (isPostgres) {
    await sql`drop index incoming_documents_short_grams_idx`.execute(db);
    await sql`drop function incoming_short_grams(text)`.execute(db);
    return;
  }
  await sql`create virtual table incoming_documents_fts using fts5(document_id unindexed, content, tokenize = 'trigram')`.execute(db);
  await sql`insert into incoming_documents_fts (document_id, content) select r.document_id, s.content from incoming_document_search_rows r join incoming_documents_search s on s.rowid = r.search_rowid`.execute(db);
  for (const table of ['incoming_document_grams', 'incoming_documents_search', 'incoming_document_search_rows']) await sql`drop table ${sql.table(table)}`.execute(db);
}
