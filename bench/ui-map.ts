import type { JourneyMap, LaneItem, Touchpoint } from '../src/model/index.ts';
import { LANES } from '../src/model/lane-item.ts';

/** The demo's events a touchpoint can be bound to, so the big map shows live numbers too. */
const EVENTS = ['Ad Clicked', 'Product Viewed', 'Product Added', 'Order Completed', 'Email Link Clicked'];
const CHANNELS = ['web', 'app', 'email', 'social', 'ads', 'store', 'call_centre', 'referral'] as const;

/**
 * The map issue #4 sizes the editor for: `stages` columns, 12 lanes (touchpoints, the ten
 * built-in researcher lanes and one custom lane), and `cards` cards dealt round-robin over all
 * cells, every fifth touchpoint bound to an event.
 */
export function bigMap(opts: { stages: number; cards: number }): JourneyMap {
  const stages = Array.from({ length: opts.stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }));
  const rows = ['touchpoint', ...LANES, 'custom'] as const;
  const touchpoints: Touchpoint[] = [];
  const laneItems: LaneItem[] = [];
  for (let n = 0; n < opts.cards; n++) {
    const row = rows[n % rows.length]!;
    const stageId = stages[Math.floor(n / rows.length) % stages.length]!.id;
    const id = `c${n + 1}`;
    const text = `Card ${n + 1}: a note long enough to wrap over two lines in its cell`;
    if (row === 'touchpoint') {
      touchpoints.push({
        id,
        stageId,
        channel: CHANNELS[n % CHANNELS.length]!,
        name: `Touchpoint ${n + 1}`,
        ...(n % 5 === 0 ? { event: { event: EVENTS[n % EVENTS.length]!, where: [] } } : {}),
      });
    } else if (row === 'emotion') {
      laneItems.push({ id, lane: row, stageId, score: ((n % 5) - 2) as -2 | -1 | 0 | 1 | 2, text });
    } else if (row === 'pain_point') {
      laneItems.push({ id, lane: row, stageId, text, severity: 'medium' });
    } else if (row === 'custom') {
      laneItems.push({ id, lane: 'custom', laneId: 'competitors', stageId, text });
    } else if (row === 'kpi') {
      laneItems.push({ id, lane: row, stageId, name: `KPI ${n + 1}`, definition: 'Orders ÷ visits' });
    } else {
      laneItems.push({ id, lane: row, stageId, text });
    }
  }
  const now = new Date().toISOString();
  return {
    schemaVersion: 1,
    id: 'bench-map',
    workspaceId: 'default',
    name: `Benchmark map (${opts.stages} stages, ${opts.cards} cards)`,
    kind: 'current_state',
    locale: 'en',
    personas: [],
    lanes: [
      ...(['touchpoint', ...LANES] as const).map((lane) => ({ lane })),
      { lane: 'custom', id: 'competitors', name: 'What competitors offer' },
    ],
    stages,
    touchpoints,
    laneItems,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}
