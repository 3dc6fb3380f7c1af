import type { KeyKind, KeyRecord, KeyRepo, NewKey } from '../store.ts';
import { type Database, type Row, toDate } from './database.ts';

const toKey = (r: Row): KeyRecord => ({
  id: String(r.id),
  workspaceId: String(r.workspace_id),
  kind: String(r.kind) as KeyKind,
  name: String(r.name),
  prefix: String(r.prefix),
  createdAt: toDate(r.created_at),
  revokedAt: r.revoked_at == null ? null : toDate(r.revoked_at),
});

export class DuckDBKeyRepo implements KeyRepo {
  constructor(private readonly db: Database) {}

  async create(k: NewKey): Promise<KeyRecord> {
    await this.db.meta.run(
      'INSERT INTO api_keys (id, workspace_id, kind, name, secret_hash, prefix) VALUES (?, ?, ?, ?, ?, ?)',
      [k.id, k.workspaceId, k.kind, k.name, k.secretHash, k.prefix],
    );
    return toKey((await this.db.meta.one('SELECT * FROM api_keys WHERE id = ?', [k.id]))!);
  }

  async findByHash(secretHash: string): Promise<KeyRecord | null> {
    const r = await this.db.meta.one('SELECT * FROM api_keys WHERE secret_hash = ? AND revoked_at IS NULL', [
      secretHash,
    ]);
    return r ? toKey(r) : null;
  }

  async list(workspaceId: string): Promise<KeyRecord[]> {
    return (
      await this.db.meta.all('SELECT * FROM api_keys WHERE workspace_id = ? ORDER BY created_at', [
        workspaceId,
      ])
    ).map(toKey);
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run(
        'UPDATE api_keys SET revoked_at = now() WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL',
        [workspaceId, id],
      );
      return r.rowsChanged > 0;
    });
  }
}
