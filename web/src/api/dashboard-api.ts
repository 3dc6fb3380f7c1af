// Dashboards of saved analytics views (GET/POST/PATCH/DELETE /api/v1/dashboards), and running a
// saved view's spec again.

import type { QuerySpecInput } from '../../../src/analytics/spec/query-spec.ts';
import { request } from './client.ts';

/** One saved analysis: a title and the spec as the query API takes it. */
export interface SavedView {
  id: string;
  title: string;
  spec: QuerySpecInput;
}

export interface DashboardSummary {
  id: string;
  name: string;
  viewCount: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Dashboard {
  id: string;
  name: string;
  views: SavedView[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const id = encodeURIComponent;

export const dashboardApi = {
  list: (signal?: AbortSignal) =>
    request<{ dashboards: DashboardSummary[] }>('GET', '/api/v1/dashboards', undefined, { signal }),
  get: (dashboardId: string, signal?: AbortSignal) =>
    request<{ dashboard: Dashboard }>('GET', `/api/v1/dashboards/${id(dashboardId)}`, undefined, { signal }),
  /** A new dashboard, optionally holding its first views. */
  create: (name: string, views: { title: string; spec: QuerySpecInput }[] = []) =>
    request<{ dashboard: Dashboard }>('POST', '/api/v1/dashboards', { name, views }),
  addView: (dashboardId: string, view: { title: string; spec: QuerySpecInput }) =>
    request<{ dashboard: Dashboard; view: SavedView }>(
      'POST',
      `/api/v1/dashboards/${id(dashboardId)}/views`,
      view,
    ),
  /** Replaces the views (to remove or reorder them). */
  setViews: (dashboardId: string, views: SavedView[]) =>
    request<{ dashboard: Dashboard }>('PATCH', `/api/v1/dashboards/${id(dashboardId)}`, { views }),
  remove: (dashboardId: string) => request<void>('DELETE', `/api/v1/dashboards/${id(dashboardId)}`),
  /** Runs any analytics spec (POST /api/v1/query); the answer's shape follows the spec's type. */
  run: <T>(spec: QuerySpecInput, signal?: AbortSignal) =>
    request<T>('POST', '/api/v1/query', spec, { signal }),
};
