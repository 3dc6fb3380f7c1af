/**
 * Who may use the API: people with a password (users), their sign-in sessions, and read-only
 * share links to maps. Metadata, like workspaces and keys: a `clickhouse://` store keeps it in
 * its metadata store.
 */

/** `viewer` reads; `editor` also changes maps; `admin` also manages users and API keys. */
export type UserRole = 'viewer' | 'editor' | 'admin';

export interface UserRecord {
  id: string;
  workspaceId: string;
  /** Lower-cased; unique within a workspace. */
  email: string;
  name: string;
  role: UserRole;
  createdAt: Date;
}

export interface NewUser {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: UserRole;
  /** The encoded memory-hard hash (see src/server/password.ts); never the password. */
  passwordHash: string;
}

export interface UserRepo {
  /** Stores a user; null when the workspace already has a user with this e-mail address. */
  create(user: NewUser): Promise<UserRecord | null>;
  get(workspaceId: string, id: string): Promise<UserRecord | null>;
  list(workspaceId: string): Promise<UserRecord[]>;
  /** Every account with this (lower-cased) address, in any workspace, with its password hash. */
  credentials(email: string): Promise<{ user: UserRecord; passwordHash: string }[]>;
  /** Changes the given fields; null when there is no such user. */
  update(
    workspaceId: string,
    id: string,
    patch: { name?: string; role?: UserRole; passwordHash?: string },
  ): Promise<UserRecord | null>;
  /** Deletes the user and their sessions; false when there was no such user. */
  delete(workspaceId: string, id: string): Promise<boolean>;
}

export interface NewSession {
  /** SHA-256 of the session token; the token itself is never stored. */
  idHash: string;
  userId: string;
  workspaceId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface SessionRepo {
  create(session: NewSession): Promise<void>;
  /** The user of a session that is neither revoked nor expired at `now`, or null. */
  findUser(idHash: string, now: Date): Promise<UserRecord | null>;
  revoke(idHash: string): Promise<void>;
  /** Revokes every live session of a user except `exceptIdHash`; returns how many. */
  revokeForUser(workspaceId: string, userId: string, exceptIdHash?: string): Promise<number>;
  /** Forgets sessions that expired before `before`, so the table does not grow without end. */
  deleteExpired(before: Date): Promise<number>;
}

export interface ShareRecord {
  workspaceId: string;
  mapId: string;
  /** First characters of the token, to tell links apart and revoke them without the token. */
  prefix: string;
  /** Whether the link shows the map's live numbers as well as the map. */
  live: boolean;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewShare {
  tokenHash: string;
  prefix: string;
  workspaceId: string;
  mapId: string;
  live: boolean;
  createdBy: string;
}

export interface ShareRepo {
  create(share: NewShare): Promise<ShareRecord>;
  /** The live (not revoked) share whose token hashes to `tokenHash`. */
  findByHash(tokenHash: string): Promise<ShareRecord | null>;
  list(workspaceId: string, mapId: string): Promise<ShareRecord[]>;
  /** Revokes the map's live shares whose prefix is `prefix`; returns how many. */
  revoke(workspaceId: string, mapId: string, prefix: string): Promise<number>;
  /** Revokes every live share of a map (when the map is deleted). */
  revokeForMap(workspaceId: string, mapId: string): Promise<number>;
}
