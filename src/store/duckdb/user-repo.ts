import type { NewUser, UserRecord, UserRepo, UserRole } from '../store.ts';
import { type Database, type Row, toDate } from './database.ts';

export const toUser = (r: Row): UserRecord => ({
  id: String(r.id),
  workspaceId: String(r.workspace_id),
  email: String(r.email),
  name: String(r.name),
  role: String(r.role) as UserRole,
  createdAt: toDate(r.created_at),
});

/** Columns of a user without the password hash, so it is only read where it is needed. */
export const USER_COLUMNS = 'u.id, u.workspace_id, u.email, u.name, u.role, u.created_at';

export class DuckDBUserRepo implements UserRepo {
  constructor(private readonly db: Database) {}

  create(u: NewUser): Promise<UserRecord | null> {
    return this.db.meta.transaction(async (conn) => {
      const taken = await conn.runAndReadAll('SELECT 1 FROM users WHERE workspace_id = ? AND email = ?', [
        u.workspaceId,
        u.email,
      ]);
      if (taken.currentRowCount > 0) return null;
      await conn.run(
        'INSERT INTO users (id, workspace_id, email, name, role, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
        [u.id, u.workspaceId, u.email, u.name, u.role, u.passwordHash],
      );
      const r = await conn.runAndReadAll(`SELECT ${USER_COLUMNS} FROM users u WHERE id = ?`, [u.id]);
      return toUser(r.getRowObjectsJS()[0] as Row);
    });
  }

  async get(workspaceId: string, id: string): Promise<UserRecord | null> {
    const r = await this.db.meta.one(
      `SELECT ${USER_COLUMNS} FROM users u WHERE workspace_id = ? AND id = ?`,
      [workspaceId, id],
    );
    return r ? toUser(r) : null;
  }

  async list(workspaceId: string): Promise<UserRecord[]> {
    const rows = await this.db.meta.all(
      `SELECT ${USER_COLUMNS} FROM users u WHERE workspace_id = ? ORDER BY created_at, email`,
      [workspaceId],
    );
    return rows.map(toUser);
  }

  async credentials(email: string): Promise<{ user: UserRecord; passwordHash: string }[]> {
    const rows = await this.db.meta.all(
      `SELECT ${USER_COLUMNS}, u.password_hash FROM users u JOIN workspaces w ON w.id = u.workspace_id
       WHERE u.email = ? ORDER BY w.created_at, w.id`,
      [email],
    );
    return rows.map((r) => ({ user: toUser(r), passwordHash: String(r.password_hash) }));
  }

  update(
    workspaceId: string,
    id: string,
    patch: { name?: string; role?: UserRole; passwordHash?: string },
  ): Promise<UserRecord | null> {
    return this.db.meta.transaction(async (conn) => {
      // Column names come from this fixed list, never from the caller.
      const sets: string[] = [];
      const params: string[] = [];
      for (const [column, value] of [
        ['name', patch.name],
        ['role', patch.role],
        ['password_hash', patch.passwordHash],
      ] as const) {
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        params.push(value);
      }
      if (sets.length > 0) {
        await conn.run(`UPDATE users SET ${sets.join(', ')} WHERE workspace_id = ? AND id = ?`, [
          ...params,
          workspaceId,
          id,
        ]);
      }
      const r = await conn.runAndReadAll(
        `SELECT ${USER_COLUMNS} FROM users u WHERE workspace_id = ? AND id = ?`,
        [workspaceId, id],
      );
      const row = r.getRowObjectsJS()[0];
      return row ? toUser(row as Row) : null;
    });
  }

  delete(workspaceId: string, id: string): Promise<boolean> {
    return this.db.meta.transaction(async (conn) => {
      const r = await conn.run('DELETE FROM users WHERE workspace_id = ? AND id = ?', [workspaceId, id]);
      await conn.run('DELETE FROM sessions WHERE workspace_id = ? AND user_id = ?', [workspaceId, id]);
      return r.rowsChanged > 0;
    });
  }
}
