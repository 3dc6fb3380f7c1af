import { exampleMap } from '../../src/model/example-map.ts';
import type { FunnelScenario } from './funnel-scenario.ts';
import { DAY, HOUR, identify, MINUTE, range, track } from './scenario-events.ts';

const ABC = [{ event: 'A' }, { event: 'B' }, { event: 'C' }];
const AB = [{ event: 'A' }, { event: 'B' }];

/** The example map with two more personas: seniors (by age) and one without a rule. */
function mapWithThreePersonas() {
  const map = exampleMap();
  map.personas.push(
    {
      id: 'p-senior',
      name: 'Olga, the careful senior',
      demographics: {},
      goals: [],
      frustrations: [],
      preferredChannels: ['store'],
      segment: { match: 'all', conditions: [{ trait: 'age', op: 'gte', value: 50 }] },
    },
    { id: 'p-no-rule', name: 'Sketch', demographics: {}, goals: [], frustrations: [], preferredChannels: [] },
  );
  return map;
}

/** Exclusions, breakdowns, filters, the range, person lists, over time. */
export const filterScenarios: FunnelScenario[] = [
  {
    name: 'over time: each person in the local day their best attempt entered',
    why:
      'Time zero is Monday 2 March 2026 10:00 in Warsaw (UTC+1). alice: A at 10:00, B an hour later; ' +
      'carol: A at 23:50 local, B 20 minutes later (after midnight) — both entered on 2 March. bob: ' +
      'A at 00:00 local on 3 March (23:00 UTC on the 2nd: in UTC he would be in the first bucket), ' +
      'no B. Buckets start at local midnight: 2026-03-01T23:00Z and 2026-03-02T23:00Z.',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'B'),
      track('carol', 13 * HOUR + 50 * MINUTE, 'A'),
      track('carol', 14 * HOUR + 10 * MINUTE, 'B'),
      track('bob', 14 * HOUR, 'A'),
    ],
    spec: { type: 'funnel', steps: AB, interval: { unit: 'day' }, timezone: 'Europe/Warsaw' },
    expect: {
      counts: [3, 2],
      overTime: [
        { start: '2026-03-01T23:00:00.000Z', counts: [2, 2] },
        { start: '2026-03-02T23:00:00.000Z', counts: [1, 0] },
      ],
    },
  },
  {
    name: 'exclusion between steps 0 and 1 cancels that attempt only',
    why:
      'X excluded between A and B. alice: A, X, B, C — her only attempt is cut after A: step 1. ' +
      'bob: X comes after B, outside the excluded span: step 3. carol: A, X, then a new A, B, C — ' +
      'the second attempt has no X after its A: step 3, with its times (1 h, 1 h). dave: X at the ' +
      'same instant as B does not exclude (simultaneous events count in either order): step 2.',
    events: [
      track('alice', 0, 'A'),
      track('alice', 30 * MINUTE, 'X'),
      track('alice', HOUR, 'B'),
      track('alice', 2 * HOUR, 'C'),
      track('bob', 0, 'A'),
      track('bob', HOUR, 'B'),
      track('bob', 90 * MINUTE, 'X'),
      track('bob', 2 * HOUR, 'C'),
      track('carol', 0, 'A'),
      track('carol', 10 * MINUTE, 'X'),
      track('carol', HOUR, 'A'),
      track('carol', 2 * HOUR, 'B'),
      track('carol', 3 * HOUR, 'C'),
      track('dave', 0, 'A'),
      track('dave', HOUR, 'X'),
      track('dave', HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: ABC, exclusions: [{ event: 'X', from: 0, to: 1 }] },
    expect: {
      counts: [4, 3, 2],
      steps: [{}, { avgSecondsFromPrevious: HOUR }, { avgSecondsFromPrevious: HOUR }],
    },
  },
  {
    name: 'exclusion spanning several steps keeps the steps before it',
    why:
      'X excluded from step 0 to step 2. emma: A, B, X, C — X comes after B, before C: the attempt ' +
      'keeps A and B but not C. finn: A, B, C, X — X after C changes nothing.',
    events: [
      track('emma', 0, 'A'),
      track('emma', HOUR, 'B'),
      track('emma', 90 * MINUTE, 'X'),
      track('emma', 2 * HOUR, 'C'),
      track('finn', 0, 'A'),
      track('finn', HOUR, 'B'),
      track('finn', 2 * HOUR, 'C'),
      track('finn', 3 * HOUR, 'X'),
    ],
    spec: { type: 'funnel', steps: ABC, exclusions: [{ event: 'X', from: 0, to: 2 }] },
    expect: { counts: [2, 2, 1] },
  },
  {
    name: 'breakdown by entry-event property, with the rest in "other"',
    why:
      'Limit 2. Entry events by source: google 3 persons (2 convert), facebook 2 (1), newsletter ' +
      '1 (1), not set 1 (0). The two largest keep a group; newsletter and the unset one share ' +
      '"other": 2 persons, 1 converting. Groups add up to the total 7 → 4.',
    events: [
      track('g1', 0, 'A', { properties: { source: 'google' } }),
      track('g1', HOUR, 'B'),
      track('g2', 0, 'A', { properties: { source: 'google' } }),
      track('g3', 0, 'A', { properties: { source: 'google' } }),
      track('g3', HOUR, 'B'),
      track('f1', 0, 'A', { properties: { source: 'facebook' } }),
      track('f1', HOUR, 'B'),
      track('f2', 0, 'A', { properties: { source: 'facebook' } }),
      track('n1', 0, 'A', { properties: { source: 'newsletter' } }),
      track('n1', HOUR, 'B'),
      track('u1', 0, 'A'),
    ],
    spec: { type: 'funnel', steps: AB, breakdown: { on: 'property', name: 'source', limit: 2 } },
    expect: {
      counts: [7, 4],
      breakdown: [
        { value: 'google', counts: [3, 2] },
        { value: 'facebook', counts: [2, 1] },
        { value: 'other', other: true, counts: [2, 1] },
      ],
    },
  },
  {
    name: 'breakdown by person trait, unset values in their own group',
    why:
      'Traits come from identify. pia and pat are on plan pro (both convert), fay on free (drops), ' +
      'nik has no plan (converts): pro 2→2, then free and (not set) 1 each, free first by value.',
    events: [
      identify(null, 'pia', 0, { plan: 'pro' }),
      identify(null, 'pat', 0, { plan: 'pro' }),
      identify(null, 'fay', 0, { plan: 'free' }),
      track('pia', MINUTE, 'A'),
      track('pia', HOUR, 'B'),
      track('pat', MINUTE, 'A'),
      track('pat', HOUR, 'B'),
      track('fay', MINUTE, 'A'),
      track('nik', MINUTE, 'A'),
      track('nik', HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, breakdown: { on: 'trait', name: 'plan' } },
    expect: {
      counts: [4, 3],
      breakdown: [
        { value: 'pro', counts: [2, 2] },
        { value: 'free', counts: [1, 0] },
        { value: null, counts: [1, 1] },
      ],
    },
  },
  {
    name: 'where: step property filter and a global channel filter',
    why:
      'Step 1 is A with plan = pro; every event must be on email. alice: pro A and B, both by email: ' +
      'converts. bob: A with plan free is not step 1. carol: pro A by email, but B on the web is not ' +
      'seen: step 1. dave: pro A on the web is not seen at all.',
    events: [
      track('alice', 0, 'A', { properties: { plan: 'pro' }, channel: 'email' }),
      track('alice', HOUR, 'B', { channel: 'email' }),
      track('bob', 0, 'A', { properties: { plan: 'free' }, channel: 'email' }),
      track('bob', HOUR, 'B', { channel: 'email' }),
      track('carol', 0, 'A', { properties: { plan: 'pro' }, channel: 'email' }),
      track('carol', HOUR, 'B', { channel: 'web' }),
      track('dave', 0, 'A', { properties: { plan: 'pro' }, channel: 'web' }),
      track('dave', HOUR, 'B', { channel: 'email' }),
    ],
    spec: {
      type: 'funnel',
      steps: [{ event: 'A', where: [{ name: 'plan', op: 'eq', value: 'pro' }] }, { event: 'B' }],
      where: [{ on: 'field', name: 'channel', op: 'eq', value: 'email' }],
    },
    expect: { counts: [2, 1] },
  },
  {
    name: 'where: numeric comparison accepts numbers sent as text',
    why:
      'Step 2 is an order of at least 100. alice orders 150, bob "120" (a string, still a number), ' +
      'carol 50: 2 of 3 convert.',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'Order', { properties: { revenue: 150 } }),
      track('bob', 0, 'A'),
      track('bob', HOUR, 'Order', { properties: { revenue: '120' } }),
      track('carol', 0, 'A'),
      track('carol', HOUR, 'Order', { properties: { revenue: 50 } }),
    ],
    spec: {
      type: 'funnel',
      steps: [{ event: 'A' }, { event: 'Order', where: [{ name: 'revenue', op: 'gte', value: 100 }] }],
    },
    expect: { counts: [3, 2] },
  },
  {
    name: 'range: the entry event must fall inside it; later steps may not',
    why:
      'Range [0, 1 day). alice’s A is an hour before the range: not in. bob’s A at 23 h is inside and ' +
      'his B at 25 h, after the range but within the window, counts. carol’s A at exactly 1 day is ' +
      'past the (exclusive) end. erin’s A at exactly 0 is inside (inclusive start).',
    events: [
      track('alice', -HOUR, 'A'),
      track('alice', HOUR, 'B'),
      track('bob', 23 * HOUR, 'A'),
      track('bob', 25 * HOUR, 'B'),
      track('carol', DAY, 'A'),
      track('carol', DAY + HOUR, 'B'),
      track('erin', 0, 'A'),
    ],
    spec: { type: 'funnel', steps: AB, range: range(0, DAY), includePersons: true },
    expect: {
      counts: [2, 1],
      persons: [
        { converted: ['bob', 'erin'], dropped: [] },
        { converted: ['bob'], dropped: ['erin'] },
      ],
    },
  },
  {
    name: 'where: persona of a journey map',
    why:
      'The example map’s persona p-young-pro is: age 25–34, plan pro or team, email set. kasia (30, ' +
      'pro, email) matches; olga (50) does not; tom has no traits. Only kasia is in the funnel.',
    maps: [{ id: 'map-shop', doc: exampleMap() }],
    events: [
      identify(null, 'kasia', 0, { age: 30, plan: 'pro', email: 'k@example.com' }),
      identify(null, 'olga', 0, { age: 50, plan: 'pro', email: 'o@example.com' }),
      ...['kasia', 'olga', 'tom'].flatMap((u) => [track(u, MINUTE, 'A'), track(u, HOUR, 'B')]),
    ],
    spec: {
      type: 'funnel',
      steps: AB,
      where: [{ on: 'persona', map: 'map-shop', op: 'eq', value: 'p-young-pro' }],
      includePersons: true,
    },
    expect: {
      counts: [1, 1],
      persons: [
        { converted: ['kasia'], dropped: [] },
        { converted: ['kasia'], dropped: [] },
      ],
    },
  },
  {
    name: 'breakdown: persona of a journey map',
    why:
      'kasia (30, pro, email) is p-young-pro and converts; olga (50) is p-senior and only enters; ' +
      'tom has no traits, so no persona (null) and converts. p-no-rule has no segment rule and ' +
      'cannot take anyone. One person per group: ties go by value, not set last.',
    maps: [{ id: 'map-shop', doc: mapWithThreePersonas() }],
    events: [
      identify(null, 'kasia', 0, { age: 30, plan: 'pro', email: 'k@example.com' }),
      identify(null, 'olga', 0, { age: 50, plan: 'pro', email: 'o@example.com' }),
      track('kasia', MINUTE, 'A'),
      track('kasia', HOUR, 'B'),
      track('olga', MINUTE, 'A'),
      track('tom', MINUTE, 'A'),
      track('tom', HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, breakdown: { on: 'persona', map: 'map-shop' } },
    expect: {
      counts: [3, 2],
      breakdown: [
        { value: 'p-senior', counts: [1, 0] },
        { value: 'p-young-pro', counts: [1, 1] },
        { value: null, counts: [1, 1] },
      ],
    },
  },
  {
    name: 'where: not in a persona includes persons without traits',
    why: 'neq matches when the rule does not hold, also when traits are missing: olga and tom.',
    maps: [{ id: 'map-shop', doc: exampleMap() }],
    events: [
      identify(null, 'kasia', 0, { age: 30, plan: 'pro', email: 'k@example.com' }),
      identify(null, 'olga', 0, { age: 50, plan: 'pro', email: 'o@example.com' }),
      ...['kasia', 'olga', 'tom'].flatMap((u) => [track(u, MINUTE, 'A'), track(u, HOUR, 'B')]),
    ],
    spec: {
      type: 'funnel',
      steps: AB,
      where: [{ on: 'persona', map: 'map-shop', op: 'neq', value: 'p-young-pro' }],
    },
    expect: { counts: [2, 2] },
  },
];
