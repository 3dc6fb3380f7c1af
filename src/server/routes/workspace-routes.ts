import type { FastifyInstance } from 'fastify';
import { WorkspaceSettingsSchema } from '../../model/workspace-settings.ts';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';

/**
 * The caller's workspaces: for a token, its own; for a signed-in user, every workspace where
 * their e-mail address has an account (`current` marks the one signed in to; switching means
 * signing in to the other with its password and `workspace`).
 */
export function workspaceRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/workspaces', async (request) => {
    const who = await access.require(request, 'viewer');
    const ids = who.user
      ? [...new Set((await store.users.credentials(who.user.email)).map((a) => a.user.workspaceId))]
      : [who.workspaceId];
    const workspaces = [];
    for (const id of ids) {
      const ws = await store.workspaces.get(id);
      if (ws)
        workspaces.push({ id: ws.id, name: ws.name, slug: ws.slug, current: ws.id === who.workspaceId });
    }
    return { workspaces };
  });

  /** The workspace's settings (e.g. where its survey answers are), every default filled in. */
  app.get('/api/v1/settings', async (request) => {
    const who = await access.require(request, 'viewer');
    return store.workspaces.settings(who.workspaceId);
  });

  /** Replaces the settings; fields left out take their defaults. Admins only. */
  app.put('/api/v1/settings', async (request) => {
    const who = await access.require(request, 'admin');
    const settings = parseInput(WorkspaceSettingsSchema, request.body);
    await store.workspaces.saveSettings(who.workspaceId, settings);
    return settings;
  });
}
