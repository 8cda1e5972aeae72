import { type Insertable, sql } from 'kysely';
import type { LocalDate } from '../rules/types.js';
import type {
  Appointment,
  CoverPair,
  PortfolioItem,
  Post,
  PostKind,
  Unit,
  UnitFunction,
  UnitKind,
} from '../domain/org/types.js';
import type { Db, Tx } from './database.js';
import { keysetAfter } from './keyset.js';
import type { AppointmentTable, CoverPairTable, PersonTable, PortfolioItemTable, PostTable, UnitTable } from './schema.js';

type Conn = Db | Tx;

/** A person with contact data as stored: SM4 field ciphertext (src/crypto), never plaintext. */
export type PersonContactRow = { id: string; name: string; mobileEncrypted: string | null; idNumberEncrypted: string | null; version: number };

/** A post with the people who hold it on the day asked (or ever, with history). */
export type PostWithHolders = Post & {
  holders: { appointmentId: string; personId: string; name: string; from: LocalDate; to: LocalDate | null }[];
};

/** A leader of the government on a day: post, portfolio and cover partner (art. 7, 9, 62). */
export type LeaderView = {
  personId: string;
  name: string;
  post: { id: string; kind: PostKind; title: string; unitId: string };
  portfolio: { units: { id: string; name: string }[]; areas: string[] };
  cover: { personId: string; name: string } | null;
};

const toUnit = (r: UnitTable): Unit => ({
  id: r.id,
  name: r.name,
  shortName: r.shortName,
  kind: r.kind as UnitKind,
  function: (r.function as UnitFunction | null) ?? null,
  parentId: r.parentId,
  sortOrder: r.sortOrder,
  version: r.version,
});

const toPost = (r: PostTable): Post => ({ id: r.id, unitId: r.unitId, kind: r.kind as PostKind, title: r.title, sortOrder: r.sortOrder });

/** Units, posts, people, appointments, portfolios and cover pairs: the organisation aggregate. */
export const orgRepository = {
  async listUnits(db: Conn): Promise<Unit[]> {
    const rows = await db.selectFrom('units').selectAll().orderBy('sortOrder').orderBy('name').execute();
    return rows.map(toUnit);
  },

  async findUnit(db: Conn, id: string): Promise<Unit | undefined> {
    const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUnit(row);
  },

  /** The unit that carries a function the rules name (区委, 区司法局 …), if the organisation has one. */
  async unitWithFunction(db: Conn, fn: UnitFunction): Promise<Unit | undefined> {
    const row = await db.selectFrom('units').selectAll().where('function', '=', fn).executeTakeFirst();
    return row && toUnit(row);
  },

  async findUnitByName(db: Conn, name: string): Promise<Unit | undefined> {
    const row = await db.selectFrom('units').selectAll().where('name', '=', name).executeTakeFirst();
    return row && toUnit(row);
  },

  async insertUnit(db: Conn, unit: Insertable<UnitTable>): Promise<void> {
    await db.insertInto('units').values(unit).execute();
  },

  /** Updates only when the stored version is the one the caller read; returns whether it did. */
  async updateUnit(
    db: Conn,
    id: string,
    expectedVersion: number,
    changes: Partial<Pick<UnitTable, 'name' | 'shortName' | 'sortOrder' | 'function'>> & { updatedAt: string },
  ): Promise<boolean> {
    const result = await db
      .updateTable('units')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async postsOfUnit(db: Conn, unitId: string, asOf: LocalDate, withHistory: boolean): Promise<PostWithHolders[]> {
    const posts = await db.selectFrom('posts').selectAll().where('unitId', '=', unitId).orderBy('sortOrder').execute();
    if (posts.length === 0) return [];
    let q = db
      .selectFrom('appointments')
      .innerJoin('people', 'people.id', 'appointments.personId')
      .select([
        'appointments.id as appointmentId',
        'appointments.postId',
        'appointments.personId',
        'people.name',
        'appointments.validFrom',
        'appointments.validTo',
      ])
      .where(
        'appointments.postId',
        'in',
        posts.map((p) => p.id),
      )
      .where('appointments.validFrom', '<=', asOf)
      .orderBy('appointments.validFrom');
    if (!withHistory) q = q.where((eb) => eb.or([eb('appointments.validTo', 'is', null), eb('appointments.validTo', '>=', asOf)]));
    const holders = await q.execute();
    return posts.map((p) => ({
      ...toPost(p),
      holders: holders
        .filter((h) => h.postId === p.id)
        .map((h) => ({ appointmentId: h.appointmentId, personId: h.personId, name: h.name, from: h.validFrom, to: h.validTo })),
    }));
  },

  async findPost(db: Conn, id: string): Promise<Post | undefined> {
    const row = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toPost(row);
  },

  async insertPost(db: Conn, post: Insertable<PostTable>): Promise<void> {
    await db.insertInto('posts').values(post).execute();
  },

  async findPerson(db: Conn, id: string): Promise<{ id: string; name: string } | undefined> {
    return db.selectFrom('people').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  },

  /** Everyone, with their contact data as stored (ciphertext): callers mask it before it leaves the server. */
  async listPeople(db: Conn): Promise<PersonContactRow[]> {
    return db.selectFrom('people').select(['id', 'name', 'mobileEncrypted', 'idNumberEncrypted', 'version']).orderBy('name').execute();
  },

  async findPersonContact(db: Conn, id: string): Promise<PersonContactRow | undefined> {
    return db.selectFrom('people').select(['id', 'name', 'mobileEncrypted', 'idNumberEncrypted', 'version']).where('id', '=', id).executeTakeFirst();
  },

  /** The stored (encrypted) mobile numbers of some people, for presenting them masked beside other views. */
  async mobilesOf(db: Conn, personIds: readonly string[]): Promise<Map<string, string | null>> {
    if (personIds.length === 0) return new Map();
    const rows = await db.selectFrom('people').select(['id', 'mobileEncrypted']).where('id', 'in', [...new Set(personIds)]).execute();
    return new Map(rows.map((r) => [r.id, r.mobileEncrypted]));
  },

  /** Replaces a person's encrypted contact fields (only those given) and moves the version on. */
  async updatePersonContact(
    db: Conn,
    id: string,
    changes: Partial<Pick<PersonTable, 'mobileEncrypted' | 'idNumberEncrypted'>> & { updatedAt: string },
  ): Promise<void> {
    await db
      .updateTable('people')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  },

  async insertPerson(db: Conn, person: Insertable<PersonTable>): Promise<void> {
    await db.insertInto('people').values(person).execute();
  },

  async findAppointment(db: Conn, id: string): Promise<Appointment | undefined> {
    return db.selectFrom('appointments').select(['id', 'personId', 'postId', 'validFrom', 'validTo']).where('id', '=', id).executeTakeFirst();
  },

  async appointmentsOfPost(db: Conn, postId: string): Promise<Appointment[]> {
    return db.selectFrom('appointments').select(['id', 'personId', 'postId', 'validFrom', 'validTo']).where('postId', '=', postId).execute();
  },

  async insertAppointment(db: Conn, a: Insertable<AppointmentTable>): Promise<void> {
    await db.insertInto('appointments').values(a).execute();
  },

  async endAppointment(db: Conn, id: string, validTo: LocalDate): Promise<void> {
    await db.updateTable('appointments').set({ validTo }).where('id', '=', id).execute();
  },

  async portfolioOf(db: Conn, personId: string): Promise<PortfolioItem[]> {
    return db.selectFrom('portfolioItems').selectAll().where('personId', '=', personId).orderBy('validFrom').execute();
  },

  async insertPortfolioItem(db: Conn, item: Insertable<PortfolioItemTable>): Promise<void> {
    await db.insertInto('portfolioItems').values(item).execute();
  },

  async endPortfolioItems(db: Conn, ids: readonly string[], validTo: LocalDate): Promise<void> {
    if (ids.length === 0) return;
    await db.updateTable('portfolioItems').set({ validTo }).where('id', 'in', ids).execute();
  },

  async coverPairs(db: Conn): Promise<CoverPair[]> {
    return db.selectFrom('coverPairs').selectAll().orderBy('validFrom').execute();
  },

  async findCoverPair(db: Conn, id: string): Promise<CoverPair | undefined> {
    return db.selectFrom('coverPairs').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insertCoverPair(db: Conn, pair: Insertable<CoverPairTable>): Promise<void> {
    await db.insertInto('coverPairs').values(pair).execute();
  },

  async endCoverPair(db: Conn, id: string, validTo: LocalDate): Promise<void> {
    await db.updateTable('coverPairs').set({ validTo }).where('id', '=', id).execute();
  },

  /** The government's leaders in post on a day, with their portfolios and cover partners. */
  async leaders(db: Conn, asOf: LocalDate, leaderKinds: readonly PostKind[]): Promise<LeaderView[]> {
    const holders = await db
      .selectFrom('appointments')
      .innerJoin('posts', 'posts.id', 'appointments.postId')
      .innerJoin('people', 'people.id', 'appointments.personId')
      .select(['people.id as personId', 'people.name', 'posts.id as postId', 'posts.kind', 'posts.title', 'posts.unitId', 'posts.sortOrder'])
      .where('posts.kind', 'in', [...leaderKinds])
      .where('appointments.validFrom', '<=', asOf)
      .where((eb) => eb.or([eb('appointments.validTo', 'is', null), eb('appointments.validTo', '>=', asOf)]))
      .orderBy('posts.sortOrder')
      .execute();
    if (holders.length === 0) return [];
    const personIds = holders.map((h) => h.personId);
    const items = await db
      .selectFrom('portfolioItems')
      .leftJoin('units', 'units.id', 'portfolioItems.unitId')
      .select(['portfolioItems.personId', 'portfolioItems.unitId', 'units.name as unitName', 'portfolioItems.area', 'units.sortOrder'])
      .where('portfolioItems.personId', 'in', personIds)
      .where('portfolioItems.validFrom', '<=', asOf)
      .where((eb) => eb.or([eb('portfolioItems.validTo', 'is', null), eb('portfolioItems.validTo', '>=', asOf)]))
      .orderBy('units.sortOrder')
      .execute();
    const pairs = (await this.coverPairs(db)).filter((p) => p.validFrom <= asOf && (p.validTo === null || asOf <= p.validTo));
    const names = new Map(holders.map((h) => [h.personId, h.name]));
    return holders.map((h) => {
      const pair = pairs.find((p) => p.firstPersonId === h.personId || p.secondPersonId === h.personId);
      const partnerId = pair ? (pair.firstPersonId === h.personId ? pair.secondPersonId : pair.firstPersonId) : null;
      const own = items.filter((i) => i.personId === h.personId);
      return {
        personId: h.personId,
        name: h.name,
        post: { id: h.postId, kind: h.kind as PostKind, title: h.title, unitId: h.unitId },
        portfolio: {
          units: own.filter((i) => i.unitId !== null).map((i) => ({ id: i.unitId as string, name: i.unitName ?? '' })),
          areas: own.filter((i) => i.area !== null).map((i) => i.area as string),
        },
        cover: partnerId ? { personId: partnerId, name: names.get(partnerId) ?? '' } : null,
      };
    });
  },

  /**
   * Everything, for export and for checking an import against what exists. People are id and name only:
   * contact data (mobile, ID number) never enters the org JSON format, which leaves the system as a plain
   * file outside its encryption and access control (等保 8.1.4.8, 8.1.4.11).
   */
  async snapshot(db: Conn) {
    const [units, posts, people, appointments, portfolioItems, coverPairs] = await Promise.all([
      db.selectFrom('units').selectAll().orderBy('sortOrder').orderBy('name').execute(),
      db.selectFrom('posts').selectAll().orderBy('unitId').orderBy('sortOrder').execute(),
      db.selectFrom('people').select(['id', 'name']).orderBy('name').execute(),
      db.selectFrom('appointments').select(['id', 'personId', 'postId', 'validFrom', 'validTo']).orderBy('validFrom').execute(),
      db.selectFrom('portfolioItems').selectAll().orderBy('validFrom').execute(),
      db.selectFrom('coverPairs').selectAll().orderBy('validFrom').execute(),
    ]);
    return { units, posts, people, appointments, portfolioItems, coverPairs };
  },
  /**
   * The principal head (主要负责人) of each of the units on a day — as `postsOfUnit` answers it for one unit
   * (the first principal post by its order, its earliest current holder) — in two statements for all of them,
   * so a meeting's seats cost no statement per unit.
   */
  async principalsOf(db: Conn, unitIds: readonly string[], asOf: LocalDate): Promise<Map<string, { personId: string; name: string }>> {
    if (unitIds.length === 0) return new Map();
    const posts = await db.selectFrom('posts').select(['id', 'unitId']).where('unitId', 'in', [...unitIds]).where('kind', '=', 'principal').orderBy('sortOrder').orderBy('id').execute();
    const firstPost = new Map<string, string>();
    for (const p of posts) if (!firstPost.has(p.unitId)) firstPost.set(p.unitId, p.id);
    if (firstPost.size === 0) return new Map();
    const holders = await db
      .selectFrom('appointments')
      .innerJoin('people', 'people.id', 'appointments.personId')
      .select(['appointments.postId', 'appointments.personId', 'people.name'])
      .where('appointments.postId', 'in', [...firstPost.values()])
      .where('appointments.validFrom', '<=', asOf)
      .where((eb) => eb.or([eb('appointments.validTo', 'is', null), eb('appointments.validTo', '>=', asOf)]))
      .orderBy('appointments.validFrom')
      .execute();
    const principals = new Map<string, { personId: string; name: string }>();
    for (const [unitId, postId] of firstPost) {
      const h = holders.find((x) => x.postId === postId);
      if (h) principals.set(unitId, { personId: h.personId, name: h.name });
    }
    return principals;
  },
  /** The directory of people by name, keyset-paged by (name, id): a province's staff is read a page at a time. */
  async pagePeople(db: Conn, page: { after: readonly string[] | null; limit: number }): Promise<PersonContactRow[]> {
    return db
      .selectFrom('people')
      .select(['id', 'name', 'mobileEncrypted', 'idNumberEncrypted', 'version'])
      .where(keysetAfter([sql.ref('name'), sql.ref('id')], page.after, 'asc'))
      .orderBy('name')
      .orderBy('id')
      .limit(page.limit)
      .execute();
  },
};
