/**
 * Saved audiences: the persons behind a drop-off (a funnel step, a touchpoint), kept per
 * workspace for triggers and exports. Metadata, like dashboards: a `clickhouse://` store keeps
 * them in its metadata store. Members are a snapshot taken when the audience is created.
 */

export interface StoredAudience {
  id: string;
  workspaceId: string;
  name: string;
  /** How the members were found (validated by the server's audience schema at the boundary). */
  definition: unknown;
  memberCount: number;
  /** More persons matched than an audience keeps; the first ones (by person id) were kept. */
  truncated: boolean;
  /** Name of the user or token that created it. */
  createdBy: string;
  createdAt: Date;
}

export interface AudienceRepo {
  /** Stores an audience and its members (person ids) in one transaction. */
  create(a: {
    id: string;
    workspaceId: string;
    name: string;
    definition: unknown;
    members: readonly string[];
    truncated: boolean;
    createdBy: string;
  }): Promise<StoredAudience>;
  get(workspaceId: string, id: string): Promise<StoredAudience | null>;
  /** The workspace's audiences, newest first. */
  list(workspaceId: string): Promise<StoredAudience[]>;
  /** A page of member person ids, in person-id order. */
  members(workspaceId: string, id: string, page: { offset: number; limit: number }): Promise<string[]>;
  /** False when there was no such audience. */
  delete(workspaceId: string, id: string): Promise<boolean>;
}
