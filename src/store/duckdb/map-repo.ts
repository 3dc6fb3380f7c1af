import type { MapRepo, StoredMap, StoredMapVersion } from '../store.ts';
import { type Database, type Row, toDate, toJson, toNumber } from './database.ts';

const toMap = (r: Row): StoredMap => ({
  id: String(r.id),
  workspaceId: String(r.workspace_id),
  name: String(r.name),
  revision: toNumber(r.revision),
  doc: toJson(r.doc),
  createdAt: toDate(r.created_at),
  updatedAt: toDate(r.updated_at),
});

const toVersion = (r: Row): StoredMapVersion => ({
  id: String(r.id),
  mapId: String(r.map_id),
  number: toNumber(r.number),
  author: String(r.author),
  message: String(r.message),
  createdAt: toDate(r.created_at),
  doc: toJson(r.doc),
});

export class DuckDBMapRepo implements MapRepo {
  constructor(private readonly db: Database) {}

  save(
    map: { id: string; workspaceId: string; name: string; doc: unknown },
    expectedRevision?: number,
  ): Promise<{ conflict: false; map: StoredMap } | { conflict: true; current: StoredMap }> {
    return this.db.meta.transaction(async (conn) => {
      const read = async () =>
        (
          await conn.runAndReadAll('SELECT * FROM maps WHERE workspace_id = ? AND id = ?', [
            map.workspaceId,
            map.id,
          ])
        )
          .getRowObjectsJS()
          .map((r) => toMap(r as Row))[0];
      const current = await read();
      if (current && expectedRevision !== undefined && current.revision !== expectedRevision) {
        return { conflict: true, current };
      }
      const doc = JSON.stringify(map.doc);
      if (current) {
        await conn.run(
          'UPDATE maps SET name = ?, doc = ?, revision = revision + 1, updated_at = now() WHERE workspace_id = ? AND id = ?',
          [map.name, doc, map.workspaceId, map.id],
        );
      } else {
        await conn.run(
          'INSERT INTO maps (workspace_id, id, name, revision, doc, created_at, updated_at) VALUES (?, ?, ?, 1, ?, now(), now())',
          [map.workspaceId, map.id, map.name, doc],
        );
      }
      return { conflict: false, map: (await read())! };
    });
  }

  async get(workspaceId: string, id: string): Promise<StoredMap | null> {
    const r = await this.db.meta.one('SELECT * FROM maps WHERE workspace_id = ? AND id = ?', [
      workspaceId,
      id,
    ]);
    return r ? toMap(r) : null;
  }

  async list(workspaceId: string): Promise<StoredMap[]> {
    return (
      await this.db.meta.all('SELECT * FROM maps WHERE workspace_id = ? ORDER BY updated_at DESC', [
        workspaceId,
      ])
    ).map(toMap);
  }

  delete(workspaceId: string, id: string): Promise<boolean> {
    return this.db.meta.transaction(async (conn) => {
      await conn.run('DELETE FROM map_versions WHERE workspace_id = ? AND map_id = ?', [workspaceId, id]);
      const r = await conn.run('DELETE FROM maps WHERE workspace_id = ? AND id = ?', [workspaceId, id]);
      return r.rowsChanged > 0;
    });
  }

  addVersion(
    workspaceId: string,
    v: { id: string; mapId: string; author: string; message: string; doc: unknown },
  ): Promise<StoredMapVersion> {
    return this.db.meta.transaction(async (conn) => {
      await conn.run(
        `INSERT INTO map_versions (workspace_id, map_id, number, id, author, message, created_at, doc)
         SELECT ?, ?, coalesce(max(number), 0) + 1, ?, ?, ?, now(), ?
         FROM map_versions WHERE workspace_id = ? AND map_id = ?`,
        [workspaceId, v.mapId, v.id, v.author, v.message, JSON.stringify(v.doc), workspaceId, v.mapId],
      );
      const r = await conn.runAndReadAll('SELECT * FROM map_versions WHERE workspace_id = ? AND id = ?', [
        workspaceId,
        v.id,
      ]);
      return toVersion(r.getRowObjectsJS()[0] as Row);
    });
  }

  async listVersions(workspaceId: string, mapId: string): Promise<StoredMapVersion[]> {
    const rows = await this.db.meta.all(
      'SELECT * FROM map_versions WHERE workspace_id = ? AND map_id = ? ORDER BY number DESC',
      [workspaceId, mapId],
    );
    return rows.map(toVersion);
  }

  async getVersion(workspaceId: string, mapId: string, number: number): Promise<StoredMapVersion | null> {
    const r = await this.db.meta.one(
      'SELECT * FROM map_versions WHERE workspace_id = ? AND map_id = ? AND number = CAST(? AS INTEGER)',
      [workspaceId, mapId, number],
    );
    return r ? toVersion(r) : null;
  }
}
