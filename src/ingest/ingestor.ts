import type { Store } from '../store/store.ts';
import { IdentityGraph } from './identity-graph.ts';
import { normalizeMessage } from './normalize.ts';
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

const MAX_REMEMBERED_TRAITS = 100_000;

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
  /**
   * The traits JSON last written per person. SDKs repeat the same traits on every identify (and
   * analytics.js on every event's context.traits); re-applying an identical latest patch changes
   * nothing, so it is skipped instead of costing an UPDATE. Bounded; cleared when full.
   */
  private readonly lastTraits = new Map<string, string>();
  private pendingTraits = new Map<string, string>();
  private readonly maxQueuedEvents: number;

  private constructor(
    private readonly store: Store,
    private readonly graph: IdentityGraph,
    opts: IngestorOptions,
  ) {
    this.maxBatchEvents = opts.maxBatchEvents ?? 20_000;
    this.maxQueuedEvents = opts.maxQueuedEvents ?? 200_000;
  }

  /** Loads the identity graph from the store and returns a ready ingestor. */
  static async start(store: Store, opts: IngestorOptions = {}): Promise<Ingestor> {
    return new Ingestor(store, IdentityGraph.from(await store.events.loadIdentities()), opts);
  }

  /**
   * Validates and stores messages; resolves once every valid one is durably stored. Invalid
   * messages are reported by their index in `messages` and do not stop the others.
   */
  async ingest(workspaceId: string, messages: unknown[], ctx: IngestContext): Promise<IngestResult> {
    const events: EnrichedEvent[] = [];
    const rejected: IngestResult['rejected'] = [];
    for (let i = 0; i < messages.length; i++) {
      const result = normalizeMessage(messages[i], ctx);
      if (result.ok) events.push(result.event);
      else rejected.push({ index: i, errors: result.errors });
    }
    if (events.length > 0) await this.enqueue(workspaceId, events);
    return { accepted: events.length, rejected };
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
      for (const p of group) for (const e of p.events) stored.push(this.stitch(p.workspaceId, e));
      await this.store.events.write({ events: stored, identity: this.graph.pendingChanges() });
      this.graph.takeChanges();
    } catch (err) {
      this.graph.rollback();
      this.pendingTraits.clear();
      for (const p of group) p.done(err);
      return;
    }
    if (this.lastTraits.size > MAX_REMEMBERED_TRAITS) this.lastTraits.clear();
    for (const [person, traits] of this.pendingTraits) this.lastTraits.set(person, traits);
    this.pendingTraits.clear();
    for (const p of group) p.done();
  }

  /** Resolves the event's ids to a person and records traits it carries. */
  private stitch(workspaceId: string, e: EnrichedEvent): StoredEvent {
    const at = e.timestamp;
    let personId: string;
    if (e.type === 'alias') {
      personId = this.graph.resolve(workspaceId, e.userId, e.previousId, at, true);
      if (e.anonymousId !== null)
        personId = this.graph.resolve(workspaceId, e.userId, e.anonymousId, at, true);
    } else {
      personId = this.graph.resolve(workspaceId, e.userId, e.anonymousId, at);
    }
    if (
      e.traits !== null &&
      (this.pendingTraits.get(personId) ?? this.lastTraits.get(personId)) !== e.traits
    ) {
      this.graph.addTraits(workspaceId, personId, JSON.parse(e.traits) as Record<string, unknown>);
      this.pendingTraits.set(personId, e.traits);
    }
    // Extend the event in place: a copy of 17 fields per event showed up in import profiles.
    const stored = e as StoredEvent;
    stored.workspaceId = workspaceId;
    stored.personId = personId;
    return stored;
  }
}
