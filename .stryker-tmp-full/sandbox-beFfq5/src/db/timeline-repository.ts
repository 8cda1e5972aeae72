// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { type Insertable, type Selectable, sql } from 'kysely';
import type { Actor } from '../domain/audit/audit-event.js';
import type { Db, Tx } from './database.js';
import type { OutsideApprovalTable, TimelineEntryTable } from './schema.js';

type Conn = Db | Tx;
export type TimelineEntryRecord = Selectable<TimelineEntryTable>;
export type OutsideApprovalRecord = Selectable<OutsideApprovalTable>;

/** The timeline of every kind of case, and approvals given outside the platform. */
export const timelineRepository = {
  /** Appends one entry for an act on a case: who acted, for whom (a cover), the opinion and the article. */
  async record(
    db: Conn,
    entry: { objectType: string; objectId: string; action: string; actor: Pick<Actor, 'userId' | 'name' | 'actingFor'>; opinion?: string | null; article?: number | null; at: Date },
  ): Promise<void> {
    await db
      .insertInto('timelineEntries')
      .values({
        id: randomUUID(),
        objectType: entry.objectType,
        objectId: entry.objectId,
        seq: sql<number>`(select coalesce(max(t.seq), 0) + 1 from timeline_entries t where t.object_type = ${entry.objectType} and t.object_id = ${entry.objectId})`,
        action: entry.action,
        actorUserId: entry.actor.userId,
        actorName: entry.actor.name,
        actingForPersonId: entry.actor.actingFor?.personId ?? null,
        actingForName: entry.actor.actingFor?.name ?? null,
        opinion: entry.opinion ?? null,
        article: entry.article ?? null,
        occurredAt: entry.at.toISOString(),
      })
      .execute();
  },

  /** A case's timeline, oldest first. */
  async of(db: Conn, objectType: string, objectId: string): Promise<TimelineEntryRecord[]> {
    return db.selectFrom('timelineEntries').selectAll().where('objectType', '=', objectType).where('objectId', '=', objectId).orderBy('seq').execute();
  },

  /** The latest entry of an action on a case. */
  async last(db: Conn, objectType: string, objectId: string, action: string): Promise<TimelineEntryRecord | undefined> {
    return db
      .selectFrom('timelineEntries')
      .selectAll()
      .where('objectType', '=', objectType)
      .where('objectId', '=', objectId)
      .where('action', '=', action)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  async recordOutsideApproval(db: Conn, row: Insertable<OutsideApprovalTable>): Promise<void> {
    await db.insertInto('outsideApprovals').values(row).execute();
  },

  async outsideApprovals(db: Conn, objectType: string, objectId: string): Promise<OutsideApprovalRecord[]> {
    return db.selectFrom('outsideApprovals').selectAll().where('objectType', '=', objectType).where('objectId', '=', objectId).orderBy('recordedAt').execute();
  },
};
