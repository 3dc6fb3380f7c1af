// The workspace's settings (GET /api/v1/settings): where its survey answers and feedback texts are.

import type { WorkspaceSettings } from '../../../src/model/workspace-settings.ts';
import { request } from './client.ts';

export const settingsApi = {
  /** Every default filled in; any signed-in role may read them. */
  get: (signal?: AbortSignal) => request<WorkspaceSettings>('GET', '/api/v1/settings', undefined, { signal }),
};
