import { randomBytes, randomUUID } from 'node:crypto';
import type { Store, WorkspaceRecord } from '../store/store.ts';
import { hashSecret, issueKey } from './auth.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const DEFAULT_WORKSPACE = { id: 'default', name: 'Default workspace', slug: 'default' };

export interface BootstrapResult {
  workspace: WorkspaceRecord;
  /** Secrets created now; shown once, never stored in clear. */
  created: { kind: 'write' | 'admin'; secret: string }[];
  /**
   * The admin user created (or whose password was set from the environment) now; `password` is
   * the generated one, shown once, or null when it came from JOURNEYLENS_ADMIN_PASSWORD.
   */
  adminUser: { email: string; password: string | null } | null;
}

/** The first admin's address when JOURNEYLENS_ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

/**
 * Makes sure someone can sign in to the default workspace. With JOURNEYLENS_ADMIN_PASSWORD, that
 * account (JOURNEYLENS_ADMIN_EMAIL, else admin@localhost) is an admin with that password at every
 * start, as the variables say (so an operator locked out can get back in). Without it, a first
 * start (no users yet), or a new JOURNEYLENS_ADMIN_EMAIL, creates the admin with a generated
 * password, returned once.
 */
async function bootstrapAdmin(
  store: Store,
  workspaceId: string,
  given: { adminEmail?: string; adminPassword?: string },
): Promise<BootstrapResult['adminUser']> {
  const email = (given.adminEmail ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const users = await store.users.list(workspaceId);
  const existing = users.find((u) => u.email === email);
  if (existing) {
    if (given.adminPassword === undefined) return null;
    const [account] = (await store.users.credentials(email)).filter((a) => a.user.id === existing.id);
    const same = account !== undefined && (await verifyPassword(given.adminPassword, account.passwordHash));
    if (same && existing.role === 'admin') return null;
    await store.users.update(workspaceId, existing.id, {
      role: 'admin',
      passwordHash: same ? undefined : await hashPassword(given.adminPassword),
    });
    return same ? null : { email, password: null };
  }
  if (given.adminPassword === undefined && given.adminEmail === undefined && users.length > 0) return null;
  const password = given.adminPassword ?? randomBytes(12).toString('base64url');
  await store.users.create({
    id: randomUUID(),
    workspaceId,
    email,
    name: 'Admin',
    role: 'admin',
    passwordHash: await hashPassword(password),
  });
  return { email, password: given.adminPassword === undefined ? password : null };
}

/**
 * Makes sure the default workspace exists with a write key and an admin token. Keys given in
 * the environment (JOURNEYLENS_WRITE_KEY / JOURNEYLENS_ADMIN_TOKEN) are registered as they are,
 * so scripts know them in advance (changing a variable rotates its key); otherwise a first start
 * generates them and returns them once. Then the first admin user (see bootstrapAdmin).
 */
export async function bootstrap(
  store: Store,
  given: { writeKey?: string; adminToken?: string; adminEmail?: string; adminPassword?: string },
): Promise<BootstrapResult> {
  const workspace =
    (await store.workspaces.get(DEFAULT_WORKSPACE.id)) ?? (await store.workspaces.create(DEFAULT_WORKSPACE));
  const existing = await store.keys.list(workspace.id);
  const created: BootstrapResult['created'] = [];
  for (const [kind, secret] of [
    ['write', given.writeKey],
    ['admin', given.adminToken],
  ] as const) {
    if (secret) {
      const key = await store.keys.findByHash(hashSecret(secret));
      if (key && (key.kind !== kind || key.workspaceId !== workspace.id)) {
        throw new Error(
          `The ${kind} key given in the environment is already registered as a ${key.kind} key.`,
        );
      }
      const envName = `${kind} key from environment`;
      if (!key) {
        // No live key has this secret, so a failing insert means a revoked one had it (hashes
        // are unique): a revoked secret is not brought back to life by restarting.
        const { key: issued } = await issueKey(store, workspace.id, kind, envName, secret).catch(() => {
          const variable = kind === 'write' ? 'JOURNEYLENS_WRITE_KEY' : 'JOURNEYLENS_ADMIN_TOKEN';
          throw new Error(`The ${kind} key in ${variable} was revoked; set a new value.`);
        });
        // The variable is the source of truth for its key: a changed value rotates the key, so
        // the previous value stops working (keys created through the API are left alone).
        for (const old of existing) {
          if (old.name === envName && old.kind === kind && old.revokedAt === null && old.id !== issued.id) {
            await store.keys.revoke(workspace.id, old.id);
          }
        }
      }
    } else if (!existing.some((k) => k.kind === kind && k.revokedAt === null)) {
      created.push({
        kind,
        secret: (await issueKey(store, workspace.id, kind, `default ${kind} key`)).secret,
      });
    }
  }
  const adminUser = await bootstrapAdmin(store, workspace.id, given);
  return { workspace, created, adminUser };
}
