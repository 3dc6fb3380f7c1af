import type { RetentionScenario } from './retention-scenario.ts';
import { alias, DAY, HOUR, identify, range, track } from './scenario-events.ts';

// Time zero is Monday 2 March 2026, 09:00 UTC; day n is 2 March + n days.
const activeOn = (who: string, days: number[]) => days.map((d) => track(who, d * DAY, 'Active'));
const ACTIVE = { event: 'Active' };

/** Stitched persons, the range, filters and breakdowns. */
export const cohortScenarios: RetentionScenario[] = [
  {
    name: 'identity: merged ids are one person, in one first-time cohort',
    why:
      'olek is active anonymously on day 0, logs in on day 1 and is active as olek on day 2: one ' +
      'person, back at k 2. pia-old is active on day 0 and pia-new on day 1; the alias on day 3 ' +
      'makes them one person whose first start was day 0, back at k 1 — unmerged, pia-new would ' +
      'have opened a day-1 cohort. Day 0: [2, 1, 1], and no other cohort.',
    events: [
      track('anon:anon-7', 0, 'Active'),
      identify('anon-7', 'olek', DAY),
      track('olek', 2 * DAY, 'Active'),
      track('pia-old', 0, 'Active'),
      track('pia-new', DAY, 'Active'),
      alias('pia-old', 'pia-new', 3 * DAY),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'day', periods: 3 },
    expect: { cohorts: [{ start: '2026-03-02T00:00:00.000Z', values: [2, 1, 1] }] },
  },
  {
    name: 'range, recurring: cohorts only for starts inside it; returns after it count',
    why:
      'Range: days 1 and 2. qed is active on days 0, 1, 2, 4 and sam on 1, 2. Day 0 is before the ' +
      'range: no cohort. Day 1: both, both back on day 2, qed on day 4 (k 3): [2, 2, 0, 1]. Day 2: ' +
      'both, qed back on day 4 (k 2): [2, 0, 1, 0]. Day 4, after the range, opens no cohort.',
    events: [...activeOn('qed', [0, 1, 2, 4]), ...activeOn('sam', [1, 2])],
    spec: {
      type: 'retention',
      start: ACTIVE,
      period: 'day',
      periods: 4,
      kind: 'recurring',
      range: range(DAY - 9 * HOUR, 3 * DAY - 9 * HOUR),
    },
    expect: {
      cohorts: [
        { start: '2026-03-03T00:00:00.000Z', values: [2, 2, 0, 1] },
        { start: '2026-03-04T00:00:00.000Z', values: [2, 0, 1, 0] },
      ],
    },
  },
  {
    name: 'range, first time: a first start before the range keeps a person out',
    why:
      'The same events and range. qed’s first start was on day 0, before the range, so he is in ' +
      'no cohort even though he is active inside it. sam’s first is day 1: [1, 1, 0, 0].',
    events: [...activeOn('qed', [0, 1, 2, 4]), ...activeOn('sam', [1, 2])],
    spec: {
      type: 'retention',
      start: ACTIVE,
      period: 'day',
      periods: 4,
      kind: 'first_time',
      range: range(DAY - 9 * HOUR, 3 * DAY - 9 * HOUR),
    },
    expect: { cohorts: [{ start: '2026-03-03T00:00:00.000Z', values: [1, 1, 0, 0] }] },
  },
  {
    name: 'where: conditions on the start event and on every event',
    why:
      'Start: Active with plan = pro; every event must come by email. tia: pro start by email on ' +
      'day 0, back by email on day 1: in, k 1. ugo: his start is on plan free: no cohort. val: pro ' +
      'start by email, but her day-1 return came on the web and is not seen: [2, 1].',
    events: [
      track('tia', 0, 'Active', { properties: { plan: 'pro' }, channel: 'email' }),
      track('tia', DAY, 'Active', { channel: 'email' }),
      track('ugo', 0, 'Active', { properties: { plan: 'free' }, channel: 'email' }),
      track('ugo', DAY, 'Active', { channel: 'email' }),
      track('val', 0, 'Active', { properties: { plan: 'pro' }, channel: 'email' }),
      track('val', DAY, 'Active', { channel: 'web' }),
    ],
    spec: {
      type: 'retention',
      start: { event: 'Active', where: [{ name: 'plan', op: 'eq', value: 'pro' }] },
      return: ACTIVE,
      period: 'day',
      periods: 2,
      where: [{ on: 'field', name: 'channel', op: 'eq', value: 'email' }],
    },
    expect: { cohorts: [{ start: '2026-03-02T00:00:00.000Z', values: [2, 1] }] },
  },
  {
    name: 'breakdown by a property of the start event, the rest in "other"',
    why:
      'Limit 1. Start events by source: google 2 entries (tom, uma), bing 1 (vic), unset 1 (wes). ' +
      'google keeps its group: day 0 [2, 1] (tom back on day 1). bing and the unset value share ' +
      '"other": vic on day 0, back on day 1: [1, 1]; wes on day 1: [1, 0]. Total: day 0 [3, 2], ' +
      'day 1 [1, 0].',
    events: [
      track('tom', 0, 'Active', { properties: { source: 'google' } }),
      track('tom', DAY, 'Active'),
      track('uma', 0, 'Active', { properties: { source: 'google' } }),
      track('vic', 0, 'Active', { properties: { source: 'bing' } }),
      track('vic', DAY, 'Active', { properties: { source: 'google' } }),
      track('wes', DAY, 'Active'),
    ],
    spec: {
      type: 'retention',
      start: ACTIVE,
      period: 'day',
      periods: 2,
      breakdown: { on: 'property', name: 'source', limit: 1 },
    },
    expect: {
      cohorts: [
        { start: '2026-03-02T00:00:00.000Z', values: [3, 2] },
        { start: '2026-03-03T00:00:00.000Z', values: [1, 0] },
      ],
      breakdown: [
        { value: 'google', cohorts: [{ start: '2026-03-02T00:00:00.000Z', values: [2, 1] }] },
        {
          value: 'other',
          other: true,
          cohorts: [
            { start: '2026-03-02T00:00:00.000Z', values: [1, 1] },
            { start: '2026-03-03T00:00:00.000Z', values: [1, 0] },
          ],
        },
      ],
    },
  },
];
