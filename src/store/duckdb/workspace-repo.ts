import { type WorkspaceSettings, WorkspaceSettingsSchema } from '../../model/workspace-settings.ts';
import type { WorkspaceRecord, WorkspaceRepo } from '../store.ts';
import { type Database, type Row, toDate } from './database.ts';

const toWorkspace = (r: Row): WorkspaceRecord => ({
  id: String(r.id),
  name: String(r.name),
  slug: String(r.slug),
  createdAt: toDate(r.created_at),
});

export class DuckDBWorkspaceRepo implements WorkspaceRepo {
  constructor(private readonly db: Database) {}

  async create(ws: { id: string; name: string; slug: string }): Promise<WorkspaceRecord> {
    await this.db.meta.run('INSERT INTO workspaces (id, name, slug) VALUES (?, ?, ?)', [
      ws.id,
      ws.name,
      ws.slug,
    ]);
    return (await this.get(ws.id))!;
  }

  async get(id: string): Promise<WorkspaceRecord | null> {
    const r = await this.db.meta.one('SELECT * FROM workspaces WHERE id = ?', [id]);
    return r ? toWorkspace(r) : null;
  }

  async bySlug(slug: string): Promise<WorkspaceRecord | null> {
    const r = await this.db.meta.one('SELECT * FROM workspaces WHERE slug = ?', [slug]);
    return r ? toWorkspace(r) : null;
  }

  async settings(id: string): Promise<WorkspaceSettings> {
    const r = await this.db.meta.one('SELECT settings FROM workspaces WHERE id = ?', [id]);
    // Stored documents were validated on the way in; parsing fills defaults added since.
    return WorkspaceSettingsSchema.parse(r?.settings ? JSON.parse(String(r.settings)) : {});
  }

  async saveSettings(id: string, settings: WorkspaceSettings): Promise<void> {
    await this.db.meta.run('UPDATE workspaces SET settings = ? WHERE id = ?', [JSON.stringify(settings), id]);
  }

  async list(): Promise<WorkspaceRecord[]> {
    return (await this.db.meta.all('SELECT * FROM workspaces ORDER BY created_at, id')).map(toWorkspace);
  }
}
