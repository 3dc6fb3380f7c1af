import type { PathsScenario } from './paths-scenario.ts';
import { walk } from './paths-scenario.ts';
import { HOUR, identify, MINUTE, range, track } from './scenario-events.ts';

/** What a path is: steps, loops, anchors, collapsing, include/exclude, ties, range and where. */
export const sequenceScenarios: PathsScenario[] = [
  {
    name: 'loops are kept; a path is the first steps of the person; identify is no node',
    why:
      'steps 5. alice A B A B C D and bob A B A B C both start A B A B C (alice’s D is step 6, cut). ' +
      'carol B, identify, A: identify describes her, it is no action, so her path is B A. Total 3: ' +
      'A B A B C 2 (2/3), B A 1. Edges: step 1 A→B 2, B→A 1; step 2 B→A 2; step 3 A→B 2; step 4 B→C 2.',
    events: [
      ...walk('alice', ['A', 'B', 'A', 'B', 'C', 'D']),
      ...walk('bob', ['A', 'B', 'A', 'B', 'C']),
      track('carol', 0, 'B'),
      identify(null, 'carol', 30, { plan: 'pro' }),
      track('carol', MINUTE, 'A'),
    ],
    spec: { type: 'paths' },
    expect: {
      total: 3,
      paths: [
        { nodes: ['A', 'B', 'A', 'B', 'C'], count: 2 },
        { nodes: ['B', 'A'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 2 },
        { step: 1, from: 'B', to: 'A', count: 1 },
        { step: 2, from: 'B', to: 'A', count: 2 },
        { step: 3, from: 'A', to: 'B', count: 2 },
        { step: 4, from: 'B', to: 'C', count: 2 },
      ],
    },
  },
  {
    name: 'start: paths begin at the first start event; persons without one have no path',
    why:
      'steps 3, start Signup. alice Home Signup Tour Signup Buy: from her first Signup, 3 steps: ' +
      'Signup Tour Signup (the loop back stays). bob Home Tour Signup: just Signup. carol never ' +
      'signs up: no path, not in the total. Total 2, one each; [Signup] sorts before its extension.',
    events: [
      ...walk('alice', ['Home', 'Signup', 'Tour', 'Signup', 'Buy']),
      ...walk('bob', ['Home', 'Tour', 'Signup']),
      ...walk('carol', ['Home', 'Tour']),
    ],
    spec: { type: 'paths', steps: 3, start: { event: 'Signup' } },
    expect: {
      total: 2,
      paths: [
        { nodes: ['Signup'], count: 1 },
        { nodes: ['Signup', 'Tour', 'Signup'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'Signup', to: 'Tour', count: 1 },
        { step: 2, from: 'Tour', to: 'Signup', count: 1 },
      ],
    },
  },
  {
    name: 'end: paths lead to the first end event and keep its last steps',
    why:
      'steps 3, end Buy. alice Home List Item Cart Buy Home Buy: up to her first Buy, the last 3 ' +
      'steps are Item Cart Buy. bob Item Buy. carol only Buy. dave never buys: no path. Total 3, ' +
      'one each, ordered by nodes: [Buy], [Item, Buy], [Item, Cart, Buy]. Step 1 is the first kept ' +
      'node: Item→Buy (bob) and Item→Cart (alice), then Cart→Buy.',
    events: [
      ...walk('alice', ['Home', 'List', 'Item', 'Cart', 'Buy', 'Home', 'Buy']),
      ...walk('bob', ['Item', 'Buy']),
      ...walk('carol', ['Buy']),
      ...walk('dave', ['Home', 'Item']),
    ],
    spec: { type: 'paths', steps: 3, end: { event: 'Buy' } },
    expect: {
      total: 3,
      paths: [
        { nodes: ['Buy'], count: 1 },
        { nodes: ['Item', 'Buy'], count: 1 },
        { nodes: ['Item', 'Cart', 'Buy'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'Item', to: 'Buy', count: 1 },
        { step: 1, from: 'Item', to: 'Cart', count: 1 },
        { step: 2, from: 'Cart', to: 'Buy', count: 1 },
      ],
    },
  },
  {
    name: 'start and end: from the start to the next end, a long middle shown as …',
    why:
      'steps 4, start Land, end Buy. alice X Land A B C Buy: Land A B C Buy is 5 nodes, more than ' +
      '4, so the first 2, "…", and Buy: Land A … Buy. bob Land A Buy fits. carol buys before she ' +
      'lands and not after: no path. dave Land Buy Land Buy: his first Land to the next Buy. Total 3; ' +
      'ordered by nodes, "Buy" before "…" and "A" before "Buy".',
    events: [
      ...walk('alice', ['X', 'Land', 'A', 'B', 'C', 'Buy']),
      ...walk('bob', ['Land', 'A', 'Buy']),
      ...walk('carol', ['Buy', 'Land', 'A']),
      ...walk('dave', ['Land', 'Buy', 'Land', 'Buy']),
    ],
    spec: { type: 'paths', steps: 4, start: { event: 'Land' }, end: { event: 'Buy' } },
    expect: {
      total: 3,
      paths: [
        { nodes: ['Land', 'A', 'Buy'], count: 1 },
        { nodes: ['Land', 'A', '…', 'Buy'], count: 1 },
        { nodes: ['Land', 'Buy'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'Land', to: 'A', count: 2 },
        { step: 1, from: 'Land', to: 'Buy', count: 1 },
        { step: 2, from: 'A', to: 'Buy', count: 1 },
        { step: 2, from: 'A', to: '…', count: 1 },
        { step: 3, from: '…', to: 'Buy', count: 1 },
      ],
    },
  },
  {
    name: 'start with a property filter, and collapsing repeats after the cut',
    why:
      'start: Plan Viewed with plan = pro; collapse on; steps 3. alice Plan(free) Plan(pro) ' +
      'Plan(pro) Pay Pay Done: her path starts at the pro view, the repeats collapse: Plan Viewed, ' +
      'Pay, Done. bob views only the free plan: no path.',
    events: [
      track('alice', 0, 'Plan Viewed', { properties: { plan: 'free' } }),
      track('alice', MINUTE, 'Plan Viewed', { properties: { plan: 'pro' } }),
      track('alice', 2 * MINUTE, 'Plan Viewed', { properties: { plan: 'pro' } }),
      ...walk('alice', ['Pay', 'Pay', 'Done'], 3 * MINUTE),
      track('bob', 0, 'Plan Viewed', { properties: { plan: 'free' } }),
      track('bob', MINUTE, 'Pay'),
    ],
    spec: {
      type: 'paths',
      steps: 3,
      collapse: true,
      start: { event: 'Plan Viewed', where: [{ name: 'plan', op: 'eq', value: 'pro' }] },
    },
    expect: {
      total: 1,
      paths: [{ nodes: ['Plan Viewed', 'Pay', 'Done'], count: 1 }],
      edges: [
        { step: 1, from: 'Plan Viewed', to: 'Pay', count: 1 },
        { step: 2, from: 'Pay', to: 'Done', count: 1 },
      ],
    },
  },
  {
    name: 'collapse: consecutive repeats count once, loops stay',
    why:
      'steps 4, collapse. alice A A B B B A C becomes A B A C (uncollapsed it would be A A B B). ' +
      'bob A B A has no repeats and keeps his loop. Total 2; [A, B, A] before its extension.',
    events: [...walk('alice', ['A', 'A', 'B', 'B', 'B', 'A', 'C']), ...walk('bob', ['A', 'B', 'A'])],
    spec: { type: 'paths', steps: 4, collapse: true },
    expect: {
      total: 2,
      paths: [
        { nodes: ['A', 'B', 'A'], count: 1 },
        { nodes: ['A', 'B', 'A', 'C'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 2 },
        { step: 2, from: 'B', to: 'A', count: 2 },
        { step: 3, from: 'A', to: 'C', count: 1 },
      ],
    },
  },
  {
    name: 'include: only the listed events are nodes',
    why:
      'steps 3, include A and C. alice A B C D A: B and D are skipped, so A C A. bob does only B ' +
      'and D: no node, no path. Total 1, share 1.',
    events: [...walk('alice', ['A', 'B', 'C', 'D', 'A']), ...walk('bob', ['B', 'D'])],
    spec: { type: 'paths', steps: 3, include: ['A', 'C'] },
    expect: {
      total: 1,
      paths: [{ nodes: ['A', 'C', 'A'], count: 1 }],
      edges: [
        { step: 1, from: 'A', to: 'C', count: 1 },
        { step: 2, from: 'C', to: 'A', count: 1 },
      ],
    },
  },
  {
    name: 'exclude: excluded events are skipped, not path ends',
    why:
      'steps 3, exclude Heartbeat. alice A Heartbeat B Heartbeat C: A B C. bob only Heartbeat: no ' +
      'path. carol B C. Total 2, one each.',
    events: [
      ...walk('alice', ['A', 'Heartbeat', 'B', 'Heartbeat', 'C']),
      ...walk('bob', ['Heartbeat']),
      ...walk('carol', ['B', 'C']),
    ],
    spec: { type: 'paths', steps: 3, exclude: ['Heartbeat'] },
    expect: {
      total: 2,
      paths: [
        { nodes: ['A', 'B', 'C'], count: 1 },
        { nodes: ['B', 'C'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 1 },
        { step: 1, from: 'B', to: 'C', count: 1 },
        { step: 2, from: 'B', to: 'C', count: 1 },
      ],
    },
  },
  {
    name: 'events at the same instant are ordered by node name',
    why:
      'alice sends B then A with the same timestamp, then C; bob A and B at one instant. Ties sort ' +
      'by name on every engine, so both start A B: A B C and A B.',
    events: [
      track('alice', 0, 'B'),
      track('alice', 0, 'A'),
      track('alice', MINUTE, 'C'),
      track('bob', 0, 'B'),
      track('bob', 0, 'A'),
    ],
    spec: { type: 'paths', steps: 3 },
    expect: {
      total: 2,
      paths: [
        { nodes: ['A', 'B'], count: 1 },
        { nodes: ['A', 'B', 'C'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 2 },
        { step: 2, from: 'B', to: 'C', count: 1 },
      ],
    },
  },
  {
    name: 'range and where: only events inside the range that pass the filter',
    why:
      'Range [0, 1 h), channel web. alice A at −10 min is before the range; B (web), C (email), ' +
      'D (web) fall inside; E (web) at 70 min is after it. Her path: B D.',
    events: [
      track('alice', -10 * MINUTE, 'A', { channel: 'web' }),
      track('alice', 5 * MINUTE, 'B', { channel: 'web' }),
      track('alice', 10 * MINUTE, 'C', { channel: 'email' }),
      track('alice', 20 * MINUTE, 'D', { channel: 'web' }),
      track('alice', 70 * MINUTE, 'E', { channel: 'web' }),
    ],
    spec: {
      type: 'paths',
      range: range(0, HOUR),
      where: [{ on: 'field', name: 'channel', op: 'eq', value: 'web' }],
    },
    expect: {
      total: 1,
      paths: [{ nodes: ['B', 'D'], count: 1 }],
      edges: [{ step: 1, from: 'B', to: 'D', count: 1 }],
    },
  },
  {
    name: 'node names are data: quotes, SQL and emoji come back intact',
    why: 'alice’s three events, one minute apart, are one path of three hostile names, unchanged.',
    events: walk('alice', ["'; DROP TABLE events; --", 'Kauf "abgeschlossen"', 'Zażółć 🚀 $1']),
    spec: { type: 'paths', steps: 3 },
    expect: {
      total: 1,
      paths: [{ nodes: ["'; DROP TABLE events; --", 'Kauf "abgeschlossen"', 'Zażółć 🚀 $1'], count: 1 }],
      edges: [
        { step: 1, from: "'; DROP TABLE events; --", to: 'Kauf "abgeschlossen"', count: 1 },
        { step: 2, from: 'Kauf "abgeschlossen"', to: 'Zażółć 🚀 $1', count: 1 },
      ],
    },
  },
];
