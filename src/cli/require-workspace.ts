import { DEFAULT_WORKSPACE } from '../server/bootstrap.ts';
import type { Store } from '../store/store.ts';

/** Fails with the workspaces the store does have when `id` is not one of them. */
export async function requireWorkspace(store: Store, id: string): Promise<void> {
  if (await store.workspaces.get(id)) return;
  throw await noSuchWorkspace(store, id);
}

/**
 * Like requireWorkspace, but creates the default workspace in a store that lacks it, as the
 * server's first start would: importing into a new store file is how many users begin. Its keys
 * and first admin are left to that first start (bootstrap), which prints them once, as it does
 * for a store it creates itself. Resolves to whether it created the workspace.
 */
export async function ensureWorkspace(store: Store, id: string): Promise<boolean> {
  if (await store.workspaces.get(id)) return false;
  if (id !== DEFAULT_WORKSPACE.id) throw await noSuchWorkspace(store, id);
  await store.workspaces.create(DEFAULT_WORKSPACE);
  return true;
}

async function noSuchWorkspace(store: Store, id: string): Promise<Error> {
  const known = (await store.workspaces.list()).map((w) => w.id);
  return new Error(
    `No workspace "${id}" in ${store.description}. ` +
      (known.length
        ? `Known: ${known.join(', ')}.`
        : 'Start the server once (journeylens serve) to create the default workspace.'),
  );
}
