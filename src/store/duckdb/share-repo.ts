import type { NewShare, ShareRecord, ShareRepo } from '../store.ts';
import { type Database, type Row, toDate } from './database.ts';

const toShare = (r: Row): ShareRecord => ({
  workspaceId: String(r.workspace_id),
  mapId: String(r.map_id),
  prefix: String(r.prefix),
  live: r.live === true,
  createdBy: String(r.created_by),
  createdAt: toDate(r.created_at),
  revokedAt: r.revoked_at == null ? null : toDate(r.revoked_at),
});

const COLUMNS = 'workspace_id, map_id, prefix, live, created_by, created_at, revoked_at';

export class DuckDBShareRepo implements ShareRepo {
  constructor(private readonly db: Database) {}

  create(s: NewShare): Promise<ShareRecord> {
    return this.db.meta.transaction(async (conn) => {
      await conn.run(
        'INSERT INTO map_shares (token_hash, prefix, workspace_id, map_id, live, created_by) VALUES (?, ?, ?, ?, ?, ?)',
        [s.tokenHash, s.prefix, s.workspaceId, s.mapId, s.live, s.createdBy],
      );
      const r = await conn.runAndReadAll(`SELECT ${COLUMNS} FROM map_shares WHERE token_hash = ?`, [
        s.tokenHash,
      ]);
      return toShare(r.getRowObjectsJS()[0] as Row);
    });
  }

  async findByHash(tokenHash: string): Promise<ShareRecord | null> {
    const r = await this.db.meta.one(
      `SELECT ${COLUMNS} FROM map_shares WHERE token_hash = ? AND revoked_at IS NULL`,
      [tokenHash],
    );
    return r ? toShare(r) : null;
  }

  async list(workspaceId: string, mapId: string): Promise<ShareRecord[]> {
    const rows = await this.db.meta.all(
      `SELECT ${COLUMNS} FROM map_shares WHERE workspace_id = ? AND map_id = ? ORDER BY created_at, prefix`,
      [workspaceId, mapId],
    );
    return rows.map(toShare);
  }

  revoke(workspaceId: string, mapId: string, prefix: string): Promise<number> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run(
        `UPDATE map_shares SET revoked_at = now()
         WHERE workspace_id = ? AND map_id = ? AND prefix = ? AND revoked_at IS NULL`,
        [workspaceId, mapId, prefix],
      );
      return r.rowsChanged;
    });
  }

  revokeForMap(workspaceId: string, mapId: string): Promise<number> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run(
        'UPDATE map_shares SET revoked_at = now() WHERE workspace_id = ? AND map_id = ? AND revoked_at IS NULL',
        [workspaceId, mapId],
      );
      return r.rowsChanged;
    });
  }
}
