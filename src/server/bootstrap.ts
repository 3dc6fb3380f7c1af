import type { Store, WorkspaceRecord } from '../store/store.ts';
import { hashSecret, issueKey } from './auth.ts';

export const DEFAULT_WORKSPACE = { id: 'default', name: 'Default workspace', slug: 'default' };

export interface BootstrapResult {
  workspace: WorkspaceRecord;
  /** Secrets created now; shown once, never stored in clear. */
  created: { kind: 'write' | 'admin'; secret: string }[];
}

/**
 * Makes sure the default workspace exists with a write key and an admin token. Keys given in
 * the environment (JOURNEYLENS_WRITE_KEY / JOURNEYLENS_ADMIN_TOKEN) are registered as they are,
 * so scripts know them in advance (changing a variable rotates its key); otherwise a first start
 * generates them and returns them once.
 */
export async function bootstrap(
  store: Store,
  given: { writeKey?: string; adminToken?: string },
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
        const { key: issued } = await issueKey(store, workspace.id, kind, envName, secret);
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
  return { workspace, created };
}
