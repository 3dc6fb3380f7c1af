import type { Store } from '../store/store.ts';

/** Fails with the workspaces the store does have when `id` is not one of them. */
export async function requireWorkspace(store: Store, id: string): Promise<void> {
  if (await store.workspaces.get(id)) return;
  const known = (await store.workspaces.list()).map((w) => w.id);
  throw new Error(
    `No workspace "${id}" in ${store.description}. ` +
      (known.length
        ? `Known: ${known.join(', ')}.`
        : 'Start the server once (journeylens serve) to create the default workspace.'),
  );
}
