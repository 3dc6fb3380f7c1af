import type { Dialect, SqlValue } from '../analytics/sql/dialect.ts';
import type { IdentityChanges, IdentitySnapshot, Newcomers } from '../ingest/identity-graph.ts';
import type { IdentityIds, IdentityRows } from '../ingest/import/scan-identity.ts';
import type { EnrichedEvent, StoredEvent } from '../ingest/types.ts';
import type { WorkspaceSettings } from '../model/workspace-settings.ts';
import type { SessionRepo, ShareRepo, UserRepo } from './access-repos.ts';
import type { AudienceRepo } from './audience-repo.ts';
import type { DashboardRepo } from './dashboard-repo.ts';

export type * from './access-repos.ts';
export type * from './audience-repo.ts';
export type * from './dashboard-repo.ts';

/**
 * The Store is everything Journeylens keeps. Callers see only these interfaces, so the embedded
 * DuckDB store and the scale-out ClickHouse (events) + PostgreSQL (metadata) store are
 * interchangeable by configuration. Each repository is one area; an engine folder implements them.
 */
export interface Store {
  /** e.g. `duckdb:/path/to/file.duckdb`, with secrets removed, for logs. */
  readonly description: string;
  readonly workspaces: WorkspaceRepo;
  readonly keys: KeyRepo;
  readonly events: EventRepo;
  readonly persons: PersonRepo;
  readonly maps: MapRepo;
  readonly users: UserRepo;
  readonly sessions: SessionRepo;
  readonly shares: ShareRepo;
  readonly dashboards: DashboardRepo;
  readonly audiences: AudienceRepo;
  readonly analytics: AnalyticsReader;
  close(): Promise<void>;
}

/**
 * Read-only SQL over the events for analytics: the dialect queries are compiled for, and a way
 * to run them (the compilers in src/analytics build the SQL; the store only executes it).
 */
export interface AnalyticsReader {
  readonly dialect: Dialect;
  /** Runs `sql` with `params` bound to its numbered placeholders; rows as plain objects. */
  all(sql: string, params: readonly SqlValue[]): Promise<Record<string, unknown>[]>;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
}

export interface WorkspaceRepo {
  create(ws: { id: string; name: string; slug: string }): Promise<WorkspaceRecord>;
  get(id: string): Promise<WorkspaceRecord | null>;
  bySlug(slug: string): Promise<WorkspaceRecord | null>;
  list(): Promise<WorkspaceRecord[]>;
  /** The workspace's settings, defaults filled in (model/workspace-settings.ts). */
  settings(id: string): Promise<WorkspaceSettings>;
  saveSettings(id: string, settings: WorkspaceSettings): Promise<void>;
}

/** `write` keys only ingest; `read` tokens only read; `admin` tokens read and manage. */
export type KeyKind = 'write' | 'read' | 'admin';

export interface KeyRecord {
  id: string;
  workspaceId: string;
  kind: KeyKind;
  name: string;
  /** First characters of the secret, to tell keys apart in lists without revealing them. */
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A key to store: its secret only as a hash. */
export interface NewKey {
  id: string;
  workspaceId: string;
  kind: KeyKind;
  name: string;
  secretHash: string;
  prefix: string;
}

export interface KeyRepo {
  /** Stores a key by the hash of its secret; the secret itself is never stored. */
  create(key: NewKey): Promise<KeyRecord>;
  /** The live (not revoked) key whose secret hashes to `secretHash`. */
  findByHash(secretHash: string): Promise<KeyRecord | null>;
  list(workspaceId: string): Promise<KeyRecord[]>;
  revoke(workspaceId: string, id: string): Promise<boolean>;
}

/** Everything one group commit writes, atomically: all of it is stored, or none. */
export interface IngestWrite {
  events: StoredEvent[];
  identity: IdentityChanges;
}

export interface EventRecord {
  messageId: string;
  type: string;
  event: string;
  name: string | null;
  personId: string;
  userId: string | null;
  anonymousId: string | null;
  timestamp: string;
  receivedAt: string;
  channel: string;
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  traits: Record<string, unknown> | null;
}

export interface EventRepo {
  /** Writes events (ignoring messageIds already stored) and identity changes in one transaction. */
  write(batch: IngestWrite): Promise<{ inserted: number }>;
  /** Identity state the ingest writer keeps in memory; loaded once at start-up. */
  loadIdentities(): Promise<IdentitySnapshot>;
  /**
   * Readies the first `write` (a store that dedups in memory reads its stored messageIds), so a
   * server can do it at start-up instead of inside the first request. Optional; idempotent.
   */
  prepareWrites?(): Promise<void>;
  /** A person's stitched events (all linked ids, also events sent before the link), newest first. */
  forPerson(workspaceId: string, personId: string, limit: number): Promise<EventRecord[]>;
  count(workspaceId: string): Promise<number>;
  /**
   * The `limit` most frequent event names of a workspace with their counts, each with up to
   * `propertyLimit` of its most common property keys (top-level keys of `properties`).
   */
  names(workspaceId: string, opts: { limit: number; propertyLimit: number }): Promise<EventNameStat[]>;
  /**
   * Capability, optional: checks and normalises an NDJSON file in one pass (ndjson-scan.ts) and
   * loads it into the engine in bulk (see StagedNdjson). Resolves to null when the engine cannot
   * take the file as a whole; the caller then imports it row by row.
   */
  stageNdjson?(path: string, opts: StageOptions): Promise<StagedNdjson | null>;
}

/** One event name of a workspace: how often it was sent and its most common property keys. */
export interface EventNameStat {
  event: string;
  count: number;
  /** Most common first; ties by name. */
  properties: string[];
}

export interface StageOptions {
  receivedAt: Date;
  /** How far staging has come, from 0 to 1, reported every so often while it runs. */
  onProgress?: (fraction: number) => void;
  /**
   * Stitching while the file is scanned, if the caller stitches (see ScanStitching); a store given
   * it calls `begin` before it resolves.
   */
  stitch?: ScanStitching;
}

/**
 * Rows handed to stitching while the file is still being scanned, so that stitching takes this
 * thread's turns between chunks instead of a turn of its own after the scan: in file order, as
 * soon as a part and those before it are scanned, up to the first row left to JavaScript. The
 * rest come from `identityRows`. `begin` comes first, before the scan, with the load's distinct
 * ids (userId, anonymousId, previousId) by code, the codes rows give; they grow as parts come.
 */
export interface ScanStitching {
  begin(ids: IdentityIds): void;
  rows(rows: IdentityRows): void;
}

/**
 * An NDJSON file checked, normalised and loaded into the engine, not yet stored. The scan vouches
 * for most rows; the rest (`uncertainLines`) the caller validates itself and adds back, so every
 * row is judged exactly as the HTTP API judges it. Nothing is visible to queries before `commit`.
 */
export interface StagedNdjson {
  /** Non-blank lines of the file. */
  readonly rows: number;
  /** 1-based line numbers of the rows the scan could not vouch for. */
  readonly uncertainLines: number[];
  /** Adds rows the caller validated itself, keeping their line numbers (file order matters). */
  addEvents(rows: { line: number; event: EnrichedEvent }[]): Promise<void>;
  /**
   * Visits, in file order and a batch at a time, every row that can change the identity graph:
   * at least the first row of each distinct combination of ids, and every row with traits.
   * Rows handed to `StageOptions.stitch` while staging are not visited again.
   */
  identityRows(visit: (rows: IdentityRows) => void): Promise<void>;
  /**
   * Stores the events (first occurrence of each messageId; ids already stored are skipped) and the
   * identity changes in one transaction: `identity` and the load's `newcomers`, which must stitch
   * every row (`identityRows()`): each event's person is the one its userId, else its
   * anonymousId, belongs to afterwards.
   */
  commit(
    workspaceId: string,
    identity: IdentityChanges,
    newcomers: Newcomers,
    /** How far the writing has come, from 0 to 1, for a progress bar; never backwards. */
    onProgress?: (fraction: number) => void,
  ): Promise<{ accepted: number; inserted: number }>;
  /** Drops the staged data; safe to call more than once. */
  dispose(): Promise<void>;
}

export interface PersonRecord {
  id: string;
  ids: string[];
  traits: Record<string, unknown>;
  eventCount: number;
}

export interface PersonRepo {
  /**
   * The person any of whose ids (userId, anonymousId, alias) is `distinctId`, or whose own id
   * (as analytics results list persons) it is, or null.
   */
  byDistinctId(workspaceId: string, distinctId: string): Promise<PersonRecord | null>;
  /** Persons after stitching (merged persons count once). */
  count(workspaceId: string): Promise<number>;
}

export interface StoredMap {
  id: string;
  workspaceId: string;
  name: string;
  revision: number;
  /** The JourneyMap document (validated by the model's schema at the boundary). */
  doc: unknown;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredMapVersion {
  id: string;
  mapId: string;
  number: number;
  author: string;
  message: string;
  createdAt: Date;
  doc: unknown;
}

export interface MapRepo {
  /**
   * Creates or updates a map. With `expectedRevision`, the write only happens if the stored
   * revision still matches (optimistic concurrency), else it returns `{ conflict: true }`.
   */
  save(
    map: { id: string; workspaceId: string; name: string; doc: unknown },
    expectedRevision?: number,
  ): Promise<{ conflict: false; map: StoredMap } | { conflict: true; current: StoredMap }>;
  get(workspaceId: string, id: string): Promise<StoredMap | null>;
  list(workspaceId: string): Promise<StoredMap[]>;
  /** Deletes a map and its versions; false when there was no such map. */
  delete(workspaceId: string, id: string): Promise<boolean>;
  addVersion(
    workspaceId: string,
    v: { id: string; mapId: string; author: string; message: string; doc: unknown },
  ): Promise<StoredMapVersion>;
  listVersions(workspaceId: string, mapId: string): Promise<StoredMapVersion[]>;
  getVersion(workspaceId: string, mapId: string, number: number): Promise<StoredMapVersion | null>;
}
