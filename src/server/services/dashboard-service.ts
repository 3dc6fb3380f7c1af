import { randomId } from '../../model/id.ts';
import type { Store, StoredDashboard } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import {
  type DashboardPatchInput,
  MAX_VIEWS,
  type NewDashboardInput,
  type NewViewInput,
  type SavedView,
} from './dashboard-input.ts';

/** A dashboard as the API answers it. */
export function publicDashboard(d: StoredDashboard) {
  return {
    id: d.id,
    name: d.name,
    views: d.views as SavedView[],
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** The dashboard, or 404 naming the id. */
export async function existingDashboard(
  store: Store,
  workspaceId: string,
  id: string,
): Promise<StoredDashboard> {
  const found = await store.dashboards.get(workspaceId, id);
  if (!found) throw new HttpError(404, 'not_found', `No dashboard has the id "${id}".`);
  return found;
}

const withId = (view: NewViewInput): SavedView => ({ id: randomId(), title: view.title, spec: view.spec });

export function createDashboard(
  store: Store,
  who: Principal,
  input: NewDashboardInput,
): Promise<StoredDashboard> {
  return store.dashboards.create({
    id: randomId(),
    workspaceId: who.workspaceId,
    name: input.name,
    views: input.views.map(withId),
    createdBy: who.name,
  });
}

export async function updateDashboard(
  store: Store,
  workspaceId: string,
  id: string,
  patch: DashboardPatchInput,
): Promise<StoredDashboard> {
  const updated = await store.dashboards.update(workspaceId, id, patch);
  if (!updated) throw new HttpError(404, 'not_found', `No dashboard has the id "${id}".`);
  return updated;
}

/**
 * Adds one view at the end. Read and write are two steps, so two people adding a view at the same
 * moment could lose one; acceptable for a dashboard (no one's typing is lost, a view is re-saved
 * in a click), and far simpler than revisions.
 */
export async function addView(
  store: Store,
  workspaceId: string,
  id: string,
  view: NewViewInput,
): Promise<{ dashboard: StoredDashboard; view: SavedView }> {
  const current = await existingDashboard(store, workspaceId, id);
  const views = current.views as SavedView[];
  if (views.length >= MAX_VIEWS) {
    throw new HttpError(
      409,
      'too_many_views',
      `A dashboard may hold at most ${MAX_VIEWS} views; remove one first.`,
    );
  }
  const saved = withId(view);
  const dashboard = await updateDashboard(store, workspaceId, id, { views: [...views, saved] });
  return { dashboard, view: saved };
}

export async function deleteDashboard(store: Store, workspaceId: string, id: string): Promise<void> {
  if (!(await store.dashboards.delete(workspaceId, id))) {
    throw new HttpError(404, 'not_found', `No dashboard has the id "${id}".`);
  }
}
