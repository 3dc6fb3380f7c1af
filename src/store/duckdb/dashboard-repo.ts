import type { DashboardRepo, StoredDashboard } from '../store.ts';
import { type Database, type Row, toDate } from './database.ts';

const toDashboard = (r: Row): StoredDashboard => ({
  id: String(r.id),
  workspaceId: String(r.workspace_id),
  name: String(r.name),
  views: JSON.parse(String(r.views)) as unknown,
  createdBy: String(r.created_by),
  createdAt: toDate(r.created_at),
  updatedAt: toDate(r.updated_at),
});

const COLUMNS = 'workspace_id, id, name, views, created_by, created_at, updated_at';

export class DuckDBDashboardRepo implements DashboardRepo {
  constructor(private readonly db: Database) {}

  create(d: {
    id: string;
    workspaceId: string;
    name: string;
    views: unknown;
    createdBy: string;
  }): Promise<StoredDashboard> {
    return this.db.meta.transaction(async (conn) => {
      await conn.run(`INSERT INTO dashboards (${COLUMNS}) VALUES (?, ?, ?, ?, ?, now(), now())`, [
        d.workspaceId,
        d.id,
        d.name,
        JSON.stringify(d.views),
        d.createdBy,
      ]);
      const r = await conn.runAndReadAll(
        `SELECT ${COLUMNS} FROM dashboards WHERE workspace_id = ? AND id = ?`,
        [d.workspaceId, d.id],
      );
      return toDashboard(r.getRowObjectsJS()[0] as Row);
    });
  }

  async get(workspaceId: string, id: string): Promise<StoredDashboard | null> {
    const r = await this.db.meta.one(`SELECT ${COLUMNS} FROM dashboards WHERE workspace_id = ? AND id = ?`, [
      workspaceId,
      id,
    ]);
    return r ? toDashboard(r) : null;
  }

  async list(workspaceId: string): Promise<StoredDashboard[]> {
    const rows = await this.db.meta.all(
      `SELECT ${COLUMNS} FROM dashboards WHERE workspace_id = ? ORDER BY updated_at DESC, id`,
      [workspaceId],
    );
    return rows.map(toDashboard);
  }

  update(
    workspaceId: string,
    id: string,
    patch: { name?: string; views?: unknown },
  ): Promise<StoredDashboard | null> {
    return this.db.meta.transaction(async (conn) => {
      // One statement whatever the patch holds: a field left out keeps its value (COALESCE).
      await conn.run(
        `UPDATE dashboards SET name = COALESCE(?, name), views = COALESCE(?, views), updated_at = now()
         WHERE workspace_id = ? AND id = ?`,
        [patch.name ?? null, patch.views === undefined ? null : JSON.stringify(patch.views), workspaceId, id],
      );
      const r = await conn.runAndReadAll(
        `SELECT ${COLUMNS} FROM dashboards WHERE workspace_id = ? AND id = ?`,
        [workspaceId, id],
      );
      const row = r.getRowObjectsJS()[0] as Row | undefined;
      return row ? toDashboard(row) : null;
    });
  }

  delete(workspaceId: string, id: string): Promise<boolean> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run('DELETE FROM dashboards WHERE workspace_id = ? AND id = ?', [workspaceId, id]);
      return r.rowsChanged > 0;
    });
  }
}
