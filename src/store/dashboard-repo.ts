/**
 * Dashboards: named lists of saved analytics views of a workspace. Metadata, like maps: a
 * `clickhouse://` store keeps them in its metadata store.
 */

export interface StoredDashboard {
  id: string;
  workspaceId: string;
  name: string;
  /** The saved views (validated by the server's dashboard schema at the boundary). */
  views: unknown;
  /** Name of the user or token that created it. */
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DashboardRepo {
  /** Stores a new dashboard. */
  create(d: {
    id: string;
    workspaceId: string;
    name: string;
    views: unknown;
    createdBy: string;
  }): Promise<StoredDashboard>;
  get(workspaceId: string, id: string): Promise<StoredDashboard | null>;
  /** The workspace's dashboards, most recently changed first. */
  list(workspaceId: string): Promise<StoredDashboard[]>;
  /** Replaces the given fields; null when there is no such dashboard. */
  update(
    workspaceId: string,
    id: string,
    patch: { name?: string; views?: unknown },
  ): Promise<StoredDashboard | null>;
  /** False when there was no such dashboard. */
  delete(workspaceId: string, id: string): Promise<boolean>;
}
