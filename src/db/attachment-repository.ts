import type { Insertable } from 'kysely';
import type { Db, Tx } from './database.js';
import type { AttachmentTable } from './schema.js';

type Conn = Db | Tx;

/** Attachment metadata without the bytes, for lists. */
export type AttachmentMeta = Omit<AttachmentTable, 'content'>;

const metaColumns = ['id', 'ownerType', 'ownerId', 'kind', 'fileName', 'mediaType', 'size', 'sm3', 'uploadedByUserId', 'createdAt'] as const;

export const attachmentRepository = {
  async insert(db: Conn, row: Insertable<AttachmentTable>): Promise<void> {
    await db.insertInto('attachments').values(row).execute();
  },

  async findMeta(db: Conn, id: string): Promise<AttachmentMeta | undefined> {
    return db.selectFrom('attachments').select(metaColumns).where('id', '=', id).executeTakeFirst();
  },

  async content(db: Conn, id: string): Promise<Buffer | undefined> {
    const row = await db.selectFrom('attachments').select('content').where('id', '=', id).executeTakeFirst();
    return row ? Buffer.from(row.content) : undefined;
  },

  async ofOwner(db: Conn, ownerType: string, ownerId: string): Promise<AttachmentMeta[]> {
    return db.selectFrom('attachments').select(metaColumns).where('ownerType', '=', ownerType).where('ownerId', '=', ownerId).orderBy('createdAt').execute();
  },

  /** Binds uploaded, not yet owned attachments of the uploader to a record; returns how many were bound. */
  async claim(db: Conn, ids: readonly string[], uploadedByUserId: string | null, ownerType: string, ownerId: string): Promise<AttachmentMeta[]> {
    if (ids.length === 0) return [];
    let q = db.updateTable('attachments').set({ ownerType, ownerId }).where('id', 'in', ids).where('ownerType', 'is', null);
    q = uploadedByUserId === null ? q.where('uploadedByUserId', 'is', null) : q.where('uploadedByUserId', '=', uploadedByUserId);
    await q.execute();
    return (await this.ofOwner(db, ownerType, ownerId)).filter((a) => ids.includes(a.id));
  },
  /** The attachments of a page of records of one kind, in one statement (lists cost no statement per row). */
  async ofOwners(db: Conn, ownerType: string, ownerIds: readonly string[]): Promise<AttachmentMeta[]> {
    if (ownerIds.length === 0) return [];
    return db.selectFrom('attachments').select(metaColumns).where('ownerType', '=', ownerType).where('ownerId', 'in', [...ownerIds]).orderBy('createdAt').orderBy('id').execute();
  },
};
