import type { ScanStitching, StagedNdjson, StageOptions, Store } from '../store/store.ts';
import { IdentityGraph } from './identity-graph.ts';
import type { BulkNdjsonLoader, CommitPhase } from './import/bulk-ndjson.ts';
import type { IdentityRows } from './import/scan-identity.ts';
import { normalizeMessages } from './normalize.ts';
import { Stitcher } from './stitcher.ts';
import type { EnrichedEvent, IngestContext, IngestResult, StoredEvent } from './types.ts';

interface Pending {
  workspaceId: string;
  events: EnrichedEvent[];
  done: (err?: unknown) => void;
}

export interface IngestorOptions {
  /** Most events one group commit writes. */
  maxBatchEvents?: number;
  /** Events waiting to be written beyond which new requests are turned away (back-pressure). */
  maxQueuedEvents?: number;
}

/** Thrown when the writer is saturated; HTTP maps it to 503 so SDKs retry later. */
export class IngestBusyError extends Error {}

/**
 * The ingest pipeline: parse → validate → enrich (per request, synchronously) → stitch → write
 * (in the group committer). Events of all requests that arrive while a write is in progress are
 * written together in the next transaction, and each request is answered only once its events
 * are committed — so an acknowledged event is durable, and throughput grows with load.
 */
export class Ingestor {
  private readonly queue: Pending[] = [];
  private queuedEvents = 0;
  private draining: Promise<void> | null = null;
  private readonly maxBatchEvents: number;
  private readonly maxQueuedEvents: number;

  /** Set after a bulk load: the graph knows its ids by number only (IdentityGraph.beginBulk). */
  private graphNeedsReload = false;
  /** Staged files whose bulk load the graph began, and stitched part of, while they were scanned. */
  private readonly stitchedWhileStaged = new WeakSet<StagedNdjson>();
  /**
   * Set while a bulk load holds the graph, from its first stitched row to its commit: live group
   * commits wait for it, since the graph then knows the load's ids by number only.
   */
  private bulkHold: { released: Promise<void>; release: () => void } | undefined;

  private constructor(
    private readonly store: Store,
    private stitcher: Stitcher,
    opts: IngestorOptions,
  ) {
    this.maxBatchEvents = opts.maxBatchEvents ?? 20_000;
    this.maxQueuedEvents = opts.maxQueuedEvents ?? 200_000;
  }

  /** Loads the identity graph from the store and returns a ready ingestor. */
  static async start(store: Store, opts: IngestorOptions = {}): Promise<Ingestor> {
    return new Ingestor(store, new Stitcher(IdentityGraph.from(await store.events.loadIdentities())), opts);
  }

  /**
   * Validates and stores messages; resolves once every valid one is durably stored. Invalid
   * messages are reported by their index in `messages` and do not stop the others.
   */
  async ingest(workspaceId: string, messages: unknown[], ctx: IngestContext): Promise<IngestResult> {
    const { events, rejected } = normalizeMessages(messages, ctx);
    await this.ingestEvents(workspaceId, events);
    return { accepted: events.length, rejected };
  }

  /** Stores events already validated and enriched (e.g. by a parse worker); resolves once durable. */
  async ingestEvents(workspaceId: string, events: EnrichedEvent[]): Promise<void> {
    if (events.length > 0) await this.enqueue(workspaceId, events);
  }

  /** Waits until everything queued so far is written. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private enqueue(workspaceId: string, events: EnrichedEvent[]): Promise<void> {
    if (this.queuedEvents + events.length > this.maxQueuedEvents && this.queuedEvents > 0) {
      return Promise.reject(new IngestBusyError('Ingestion is saturated; retry shortly'));
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ workspaceId, events, done: (err) => (err ? reject(err) : resolve()) });
      this.queuedEvents += events.length;
      this.kick();
    });
  }

  /**
   * Starts the committer unless it runs. An enqueue can land after the committer's last look at
   * the queue but before it is marked finished, so on finishing it looks again.
   */
  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const group: Pending[] = [];
      let size = 0;
      while (
        this.queue.length > 0 &&
        (group.length === 0 || size + this.queue[0]!.events.length <= this.maxBatchEvents)
      ) {
        const next = this.queue.shift()!;
        group.push(next);
        size += next.events.length;
      }
      this.queuedEvents -= size;
      await this.commit(group);
    }
  }

  private async commit(group: Pending[]): Promise<void> {
    const stored: StoredEvent[] = [];
    try {
      while (this.bulkHold) await this.bulkHold.released;
      await this.reloadGraphIfNeeded();
      for (const p of group) for (const e of p.events) stored.push(this.stitch(p.workspaceId, e));
      await this.store.events.write({ events: stored, identity: this.stitcher.graph.pendingChanges() });
      this.stitcher.committed();
    } catch (err) {
      this.stitcher.rolledBack();
      for (const p of group) p.done(err);
      return;
    }
    for (const p of group) p.done();
  }

  private stitch(workspaceId: string, e: EnrichedEvent): StoredEvent {
    const personId = this.stitcher.stitch(workspaceId, e);
    // Extend the event in place: a copy of 17 fields per event showed up in import profiles.
    const stored = e as StoredEvent;
    stored.workspaceId = workspaceId;
    stored.personId = personId;
    return stored;
  }

  /**
   * Reloads the identity graph from the store after a bulk load, before the next stitching (see
   * IdentityGraph.beginBulk): the import command ends without one, so it never reads its ids back.
   */
  private async reloadGraphIfNeeded(): Promise<void> {
    if (!this.graphNeedsReload) return;
    this.stitcher = new Stitcher(IdentityGraph.from(await this.store.events.loadIdentities()));
    this.graphNeedsReload = false;
  }

  /** The store's bulk NDJSON path wired to this ingestor's stitching, if the store has one. */
  ndjsonBulkLoader(): BulkNdjsonLoader | undefined {
    const events = this.store.events;
    if (!events.stageNdjson) return undefined;
    return {
      stage: (workspaceId, path, opts) => this.stageStitching(workspaceId, path, opts),
      commit: (workspaceId, staged, onProgress) => this.commitStaged(workspaceId, staged, onProgress),
      abandon: (staged) => {
        if (!this.stitchedWhileStaged.delete(staged)) return;
        this.stitcher.rolledBack();
        this.releaseBulkHold();
      },
    };
  }

  /**
   * Stages a file in the store, stitching its rows as the scan hands them over (ScanStitching):
   * the graph's work then takes turns with the scan instead of a turn of its own after it. Live
   * events queued before go first, so the graph sees everything in arrival order.
   */
  private async stageStitching(
    workspaceId: string,
    path: string,
    opts: StageOptions,
  ): Promise<StagedNdjson | null> {
    await this.flush();
    await this.reloadGraphIfNeeded();
    const graph = this.stitcher.graph;
    let begun = false;
    const stitch: ScanStitching = {
      begin: (ids) => {
        graph.beginBulk(workspaceId, ids);
        this.holdForBulk();
        begun = true;
      },
      rows: (rows) => this.stitchRows(rows),
    };
    let staged: StagedNdjson | null = null;
    try {
      staged = await this.store.events.stageNdjson!(path, { ...opts, stitch });
    } finally {
      if (begun && staged === null) {
        this.stitcher.rolledBack();
        this.releaseBulkHold();
      }
    }
    if (staged !== null) {
      if (!begun) {
        await staged.dispose();
        throw new Error('the store staged the file without beginning its stitching');
      }
      this.stitchedWhileStaged.add(staged);
    }
    return staged;
  }

  private holdForBulk(): void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.bulkHold = { released, release };
  }

  private releaseBulkHold(): void {
    this.bulkHold?.release();
    this.bulkHold = undefined;
  }

  private stitchRows(rows: IdentityRows): void {
    for (let i = 0; i < rows.count; i++) {
      this.stitcher.stitchCodes(
        rows.alias[i] === 1,
        rows.userId[i]!,
        rows.anonymousId[i]!,
        rows.previousId[i]!,
        rows.ms[i]!,
        rows.traits[i]!,
      );
    }
  }

  /**
   * Stores a file staged by `stageStitching`: stitches the rows the scan did not hand over, in
   * file order through the same graph as live events, then commits events and identity changes
   * in one transaction.
   */
  private async commitStaged(
    workspaceId: string,
    staged: StagedNdjson,
    onProgress?: (phase: CommitPhase, fraction: number) => void,
  ): Promise<{ accepted: number; inserted: number }> {
    if (!this.stitchedWhileStaged.delete(staged))
      throw new Error('a staged file is committed through the loader that staged it');
    const graph = this.stitcher.graph;
    try {
      await staged.identityRows((rows) => {
        this.stitchRows(rows);
        // Rows come in file order, so the last one's line says how far through the file we are.
        if (rows.count > 0 && staged.rows > 0)
          onProgress?.('stitching', Math.min(1, rows.lastLine / staged.rows));
      });
      // Only when someone listens: the store tracks its statements' progress for it.
      const writing = onProgress && ((f: number) => onProgress('writing', f));
      const result = await staged.commit(workspaceId, graph.pendingChanges(), graph.newcomers(), writing);
      this.stitcher.committed();
      this.graphNeedsReload = true;
      return result;
    } catch (err) {
      this.stitcher.rolledBack();
      throw err;
    } finally {
      this.releaseBulkHold();
    }
  }
}
