import { newsletterSchedule } from './email.ts';
import { simulatePerson } from './journey.ts';
import { DAY } from './sim.ts';
import type { SegmentMessage } from './types.ts';

export { type DemoProduct, demoProducts } from './catalog.ts';
export { DEMO_EVENTS, type DemoEvent } from './events.ts';
export { DEMO_PERSONAS, type DemoPersona, type PersonaId } from './personas.ts';
export type { DemoStage, SegmentMessage } from './types.ts';

export interface DemoOptions {
  /** How many people to simulate. */
  people: number;
  /** Same seed ⇒ identical messages; a different seed ⇒ different people and journeys. */
  seed: number;
  /** The last moment of the data window (usually "now"). */
  end: Date;
  /** Length of the window ending at `end`, in days; 90 by default. */
  days?: number;
}

/**
 * Omnichannel e-commerce demo data as Segment `/v1/batch` items: four personas shopping on the
 * web, in the app, in stores and by phone, with ads, e-mails, surveys, tickets and reviews.
 * Messages come person by person, each person's in time order, all within [end − days, end].
 * Pure and lazy: nothing is read or written, and memory holds one person at a time.
 *
 * @example
 * for (const msg of generateDemoEvents({ people: 100, seed: 1, end: new Date() })) batch.push(msg);
 */
export function* generateDemoEvents(opts: DemoOptions): Generator<SegmentMessage> {
  const days = opts.days ?? 90;
  const endMs = opts.end.getTime();
  if (!Number.isFinite(endMs)) throw new RangeError('end must be a valid date');
  if (!(days > 0)) throw new RangeError('days must be positive');
  if (!Number.isInteger(opts.people) || opts.people < 0)
    throw new RangeError('people must be a whole number ≥ 0');
  const startMs = endMs - days * DAY;
  const broadcasts = newsletterSchedule(startMs, endMs);
  let n = 0;
  for (let i = 0; i < opts.people; i++) {
    const drafts = simulatePerson(opts.seed, i, startMs, endMs, broadcasts);
    // Follow-ups are simulated ahead of the main timeline; a stable sort restores time order.
    drafts.sort((a, b) => a.ts - b.ts);
    for (const { ts, msg } of drafts) {
      yield { messageId: `demo-${opts.seed}-${n++}`, timestamp: new Date(ts).toISOString(), ...msg };
    }
  }
}
