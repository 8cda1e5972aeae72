import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db, Dialect, Tx } from './database.js';
import { keysetAfter } from './keyset.js';
import type { SessionTable, UserTable } from './schema.js';

type Conn = Db | Tx;

export type UserRecord = Selectable<UserTable> & { roles: string[] };
export type SessionRecord = Selectable<SessionTable>;

/**
 * A session with everything a request needs about who makes it: the user with roles and unit name, and the
 * stamp of the security policy the caller holds in memory (so a policy change shows without another query).
 */
export type SessionWithUser = {
  session: Pick<SessionRecord, 'id' | 'csrfToken' | 'lastSeenAt' | 'expiresAt' | 'revokedAt' | 'isMfaPending'>;
  user: UserRecord;
  unit: { id: string; name: string } | null;
  settingsStamp: string | null;
};

/** Users, their roles and their sessions. */
export const identityRepository = {
  async findUserByLogin(db: Conn, loginName: string): Promise<UserRecord | undefined> {
    const user = await db.selectFrom('users').selectAll().where('loginName', '=', loginName).executeTakeFirst();
    return user && { ...user, roles: await this.rolesOf(db, user.id) };
  },

  async findUser(db: Conn, id: string): Promise<UserRecord | undefined> {
    const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return user && { ...user, roles: await this.rolesOf(db, user.id) };
  },

  async rolesOf(db: Conn, userId: string): Promise<string[]> {
    const rows = await db.selectFrom('userRoles').select('role').where('userId', '=', userId).orderBy('role').execute();
    return rows.map((r) => r.role);
  },

  /**
   * Opens an account. Every new account, built-in or not, must change its password at first login
   * (等保 8.1.4.2b), so the other fields start the same for all of them.
   */
  async insertNewUser(
    db: Conn,
    user: Pick<Insertable<UserTable>, 'id' | 'loginName' | 'displayName' | 'personId' | 'unitId' | 'passwordHash'>,
    roles: readonly string[],
    at: string,
  ): Promise<void> {
    await db
      .insertInto('users')
      .values({ ...user, mustChangePassword: 1, isDisabled: 0, failedLogins: 0, lockedUntil: null, passwordChangedAt: at, version: 1, createdAt: at, updatedAt: at })
      .execute();
    for (const role of roles) await db.insertInto('userRoles').values({ userId: user.id, role }).execute();
  },

  async updateUser(db: Conn, id: string, changes: Updateable<UserTable>): Promise<void> {
    await db.updateTable('users').set(changes).where('id', '=', id).execute();
  },

  /**
   * Counts one more failed login in the row itself (not from a value read earlier), so parallel failures
   * each count; returns the count now.
   */
  async countFailedLogin(db: Conn, id: string): Promise<number> {
    const row = await db
      .updateTable('users')
      .set((eb) => ({ failedLogins: eb('failedLogins', '+', 1) }))
      .where('id', '=', id)
      .returning('failedLogins')
      .executeTakeFirst();
    return Number(row?.failedLogins ?? 0);
  },

  /**
   * Clears the failure count (or, with `keepCount`, only an expired lock) unless the account is locked at `now`;
   * false when it is (a lock won the race).
   */
  async clearFailuresIfUnlocked(db: Conn, id: string, now: string, options: { keepCount?: boolean } = {}): Promise<boolean> {
    const result = await db
      .updateTable('users')
      .set(options.keepCount ? { lockedUntil: null } : { failedLogins: 0, lockedUntil: null })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Records a TOTP time step as used unless it (or a later one) already was: true for exactly one caller. */
  async useTotpStep(db: Conn, id: string, step: number): Promise<boolean> {
    const result = await db
      .updateTable('users')
      .set({ totpLastStep: step, failedLogins: 0 })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Accounts by login name, keyset-paged by (login name, id), with the roles of the page's accounts only. */
  async pageUsers(db: Conn, page: { after: readonly string[] | null; limit: number }): Promise<UserRecord[]> {
    const users = await db.selectFrom('users').selectAll().where(keysetAfter([sql.ref('loginName'), sql.ref('id')], page.after, 'asc')).orderBy('loginName').orderBy('id').limit(page.limit).execute();
    const roles = users.length > 0 ? await db.selectFrom('userRoles').selectAll().where('userId', 'in', users.map((u) => u.id)).execute() : [];
    return users.map((u) => ({ ...u, roles: roles.filter((r) => r.userId === u.id).map((r) => r.role).sort() }));
  },

  async listUsers(db: Conn): Promise<UserRecord[]> {
    const users = await db.selectFrom('users').selectAll().orderBy('loginName').execute();
    const roles = await db.selectFrom('userRoles').selectAll().execute();
    return users.map((u) => ({ ...u, roles: roles.filter((r) => r.userId === u.id).map((r) => r.role).sort() }));
  },

  async replaceRoles(db: Conn, userId: string, roles: readonly string[]): Promise<void> {
    await db.deleteFrom('userRoles').where('userId', '=', userId).execute();
    for (const role of roles) await db.insertInto('userRoles').values({ userId, role }).execute();
  },

  async passwordHistory(db: Conn, userId: string, limit: number): Promise<string[]> {
    const rows = await db.selectFrom('passwordHistory').select('passwordHash').where('userId', '=', userId).orderBy('createdAt', 'desc').limit(limit).execute();
    return rows.map((r) => r.passwordHash);
  },

  async addPasswordHistory(db: Conn, userId: string, passwordHash: string, createdAt: string): Promise<void> {
    await db.insertInto('passwordHistory').values({ userId, passwordHash, createdAt }).execute();
  },

  async sessionsOf(db: Conn, userId: string, now: string): Promise<SessionRecord[]> {
    return db
      .selectFrom('sessions')
      .selectAll()
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .orderBy('lastSeenAt', 'desc')
      .execute();
  },

  async completeMfa(db: Conn, sessionId: string): Promise<void> {
    await db.updateTable('sessions').set({ isMfaPending: 0 }).where('id', '=', sessionId).execute();
  },

  async countUsers(db: Conn): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async insertSession(db: Conn, session: Insertable<SessionTable>): Promise<void> {
    await db.insertInto('sessions').values(session).execute();
  },

  async findSession(db: Conn, id: string): Promise<SessionRecord | undefined> {
    return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /**
   * The session, its user, the user's roles and unit, and the security-policy stamp in ONE statement: it runs
   * on every signed-in request. Always read from the database (nothing cached), so a logout, password change,
   * role change or disabled account in any process holds for the very next request everywhere.
   */
  async findSessionWithUser(db: Conn, dialect: Dialect, id: string): Promise<SessionWithUser | undefined> {
    const roles =
      dialect === 'postgres' ? sql<unknown>`coalesce(json_agg(${sql.ref('userRoles.role')}), '[]'::json)` : sql<unknown>`json_group_array(${sql.ref('userRoles.role')})`;
    const row = await db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.userId')
      .leftJoin('units as un', 'un.id', 'u.unitId')
      .selectAll('u')
      .select(['s.id as sessionId', 's.csrfToken', 's.lastSeenAt', 's.expiresAt', 's.revokedAt', 's.isMfaPending', 'un.name as unitName'])
      .select((eb) => [
        eb.selectFrom('userRoles').select(roles.as('roles')).whereRef('userRoles.userId', '=', 'u.id').as('roleList'),
        eb.selectFrom('changeStamps').select('stamp').where('name', '=', 'security_settings').as('settingsStamp'),
      ])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const { sessionId, csrfToken, lastSeenAt, expiresAt, revokedAt, isMfaPending, unitName, roleList, settingsStamp, ...user } = row;
    const parsed = (typeof roleList === 'string' ? JSON.parse(roleList) : (roleList ?? [])) as string[];
    return {
      session: { id: sessionId, csrfToken, lastSeenAt, expiresAt, revokedAt, isMfaPending },
      user: { ...user, roles: parsed.sort() },
      unit: user.unitId && unitName !== null ? { id: user.unitId, name: unitName } : null,
      settingsStamp: settingsStamp ?? null,
    };
  },

  async touchSession(db: Conn, id: string, lastSeenAt: string): Promise<void> {
    await db.updateTable('sessions').set({ lastSeenAt }).where('id', '=', id).execute();
  },

  async revokeSession(db: Conn, id: string, at: string): Promise<void> {
    await db.updateTable('sessions').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  },

  async revokeSessionsOf(db: Conn, userId: string, at: string, exceptId?: string): Promise<void> {
    let q = db.updateTable('sessions').set({ revokedAt: at }).where('userId', '=', userId).where('revokedAt', 'is', null);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },
};
