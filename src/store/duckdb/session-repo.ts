import type { NewSession, SessionRepo, UserRecord } from '../store.ts';
import type { Database } from './database.ts';
import { toUser, USER_COLUMNS } from './user-repo.ts';

/** A JS time as a bound parameter: epoch milliseconds, turned into a TIMESTAMP (UTC) by SQL. */
export const AT = 'make_timestamp(CAST(? AS BIGINT) * 1000)';

export class DuckDBSessionRepo implements SessionRepo {
  constructor(private readonly db: Database) {}

  async create(s: NewSession): Promise<void> {
    await this.db.meta.run(
      `INSERT INTO sessions (id_hash, user_id, workspace_id, created_at, expires_at) VALUES (?, ?, ?, ${AT}, ${AT})`,
      [s.idHash, s.userId, s.workspaceId, s.createdAt.getTime(), s.expiresAt.getTime()],
    );
  }

  async findUser(idHash: string, now: Date): Promise<UserRecord | null> {
    // Joined with users, so a deleted user's sessions stop at once and role changes apply at once.
    const r = await this.db.meta.one(
      `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id AND u.workspace_id = s.workspace_id
       WHERE s.id_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ${AT}`,
      [idHash, now.getTime()],
    );
    return r ? toUser(r) : null;
  }

  async revoke(idHash: string): Promise<void> {
    await this.db.meta.run(
      'UPDATE sessions SET revoked_at = now() WHERE id_hash = ? AND revoked_at IS NULL',
      [idHash],
    );
  }

  revokeForUser(workspaceId: string, userId: string, exceptIdHash = ''): Promise<number> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run(
        `UPDATE sessions SET revoked_at = now()
         WHERE workspace_id = ? AND user_id = ? AND id_hash <> ? AND revoked_at IS NULL`,
        [workspaceId, userId, exceptIdHash],
      );
      return r.rowsChanged;
    });
  }

  deleteExpired(before: Date): Promise<number> {
    return this.db.meta.exclusive(async (conn) => {
      const r = await conn.run(`DELETE FROM sessions WHERE expires_at < ${AT}`, [before.getTime()]);
      return r.rowsChanged;
    });
  }
}
