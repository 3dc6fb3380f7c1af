// The admin pages' and the workspace switcher's calls (README "Web API"): API keys, users and
// workspaces. The API checks every role; the UI only avoids offering what a role cannot do.

import { request } from './client.ts';
import type { Role, User } from './types.ts';

/** A write key or read token as listed (GET /api/v1/keys); never its secret. */
export interface ApiKey {
  id: string;
  kind: 'write' | 'read' | 'admin';
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A user of the workspace as the admin sees them (GET /api/v1/users). */
export interface WorkspaceUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** A workspace where the signed-in address has an account; `current` is the one signed in to. */
export interface WorkspaceChoice {
  id: string;
  name: string;
  slug: string;
  current: boolean;
}

const id = encodeURIComponent;

export const adminApi = {
  listKeys: (signal?: AbortSignal) =>
    request<{ keys: ApiKey[] }>('GET', '/api/v1/keys', undefined, { signal }),
  /** The new key and its secret, which the server shows this once and stores only hashed. */
  createKey: (kind: 'write' | 'read', name: string) =>
    request<{ key: ApiKey; secret: string }>('POST', '/api/v1/keys', { kind, name }),
  revokeKey: (keyId: string) => request<void>('DELETE', `/api/v1/keys/${id(keyId)}`),
  listUsers: (signal?: AbortSignal) =>
    request<{ users: WorkspaceUser[] }>('GET', '/api/v1/users', undefined, { signal }),
  /** 409 ApiError `email_taken` when the address already has an account here. */
  createUser: (user: NewUser) => request<{ user: WorkspaceUser }>('POST', '/api/v1/users', user),
  /** 409 ApiError `last_admin` when this would leave the workspace without an admin. */
  changeRole: (userId: string, role: Role) =>
    request<{ user: WorkspaceUser }>('PATCH', `/api/v1/users/${id(userId)}`, { role }),
  listWorkspaces: (signal?: AbortSignal) =>
    request<{ workspaces: WorkspaceChoice[] }>('GET', '/api/v1/workspaces', undefined, { signal }),
  /** Signs in to another workspace of the same address: a new session there (the old one ends). */
  switchWorkspace: (email: string, password: string, workspace: string) =>
    request<{ user: User }>(
      'POST',
      '/api/v1/auth/login',
      { email, password, workspace },
      { quietUnauthorized: true },
    ),
};
