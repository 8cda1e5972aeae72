import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Tx } from './database.js';
import type { SessionTable, UserTable } from './schema.js';

type Conn = Db | Tx;

export type UserRecord = Selectable<UserTable> & { roles: string[] };
export type SessionRecord = Selectable<SessionTable>;

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
