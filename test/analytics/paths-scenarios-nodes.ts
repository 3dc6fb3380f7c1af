import { exampleMap } from '../../src/model/example-map.ts';
import type { PathsScenario } from './paths-scenario.ts';
import { page, walk } from './paths-scenario.ts';
import { alias, identify, MINUTE, track } from './scenario-events.ts';

const shopMap = [{ id: 'map-shop', doc: exampleMap() }];

/** The map's bound touchpoints: Instagram ad (Awareness) and Checkout (Purchase). */
const touchpointEvents = [
  // Matches "Instagram ad": the event, utm_source = instagram, on social.
  track('alice', 0, 'Ad Clicked', { properties: { utm_source: 'instagram' }, channel: 'social' }),
  track('alice', MINUTE, 'Product Viewed'),
  track('alice', 2 * MINUTE, 'Checkout Started'),
  // Another source: no touchpoint.
  track('bob', 0, 'Ad Clicked', { properties: { utm_source: 'facebook' }, channel: 'social' }),
  track('bob', MINUTE, 'Checkout Started'),
  // The right source on the wrong channel: no touchpoint either.
  track('carol', 0, 'Ad Clicked', { properties: { utm_source: 'instagram' }, channel: 'web' }),
];

/** Persons and what their nodes are: identities, pages, touchpoints, stages, sessions, shares. */
export const nodeScenarios: PathsScenario[] = [
  {
    name: 'identity: events before identify and across an alias belong to one path',
    why:
      'anon-1 views Home and Pricing, logs in as alice and signs up: one person, Home Pricing ' +
      'Signup. carol-old does A and carol-new B; the alias makes them one person: A B. dan does A. ' +
      'identify and alias are no nodes. Total 3 persons, one path each, ordered by nodes.',
    events: [
      track('anon:anon-1', 0, 'Home'),
      track('anon:anon-1', MINUTE, 'Pricing'),
      identify('anon-1', 'alice', 2 * MINUTE),
      track('alice', 3 * MINUTE, 'Signup'),
      track('carol-old', 0, 'A'),
      track('carol-new', MINUTE, 'B'),
      alias('carol-old', 'carol-new', 2 * MINUTE),
      track('dan', 0, 'A'),
    ],
    spec: { type: 'paths', steps: 4 },
    expect: {
      total: 3,
      paths: [
        { nodes: ['A'], count: 1 },
        { nodes: ['A', 'B'], count: 1 },
        { nodes: ['Home', 'Pricing', 'Signup'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 1 },
        { step: 1, from: 'Home', to: 'Pricing', count: 1 },
        { step: 2, from: 'Pricing', to: 'Signup', count: 1 },
      ],
    },
  },
  {
    name: 'by page: nodes are page paths, else page names; other events are no nodes',
    why:
      'steps 3. alice views / (named Home), clicks (a track: no node), views /pricing, then a page ' +
      'with no path named Checkout: / /pricing Checkout. bob views /pricing twice (not collapsed). ' +
      'carol only tracks: no path. "/" sorts before "/pricing".',
    events: [
      page('alice', 0, { path: '/', name: 'Home' }),
      track('alice', MINUTE, 'Clicked'),
      page('alice', 2 * MINUTE, { path: '/pricing' }),
      page('alice', 3 * MINUTE, { name: 'Checkout' }),
      page('bob', 0, { path: '/pricing' }),
      page('bob', MINUTE, { path: '/pricing' }),
      ...walk('carol', ['Clicked', 'Clicked']),
    ],
    spec: { type: 'paths', by: 'page', steps: 3 },
    expect: {
      total: 2,
      paths: [
        { nodes: ['/', '/pricing', 'Checkout'], count: 1 },
        { nodes: ['/pricing', '/pricing'], count: 1 },
      ],
      edges: [
        { step: 1, from: '/', to: '/pricing', count: 1 },
        { step: 1, from: '/pricing', to: '/pricing', count: 1 },
        { step: 2, from: '/pricing', to: 'Checkout', count: 1 },
      ],
    },
  },
  {
    name: 'by touchpoint: events matching a touchpoint binding of the map',
    why:
      'The example map binds Instagram ad (Ad Clicked, utm_source = instagram, on social) and ' +
      'Checkout (Checkout Started). alice: Instagram ad, (Product Viewed is no touchpoint), ' +
      'Checkout. bob’s ad is from facebook: only Checkout. carol’s ad is on the web, not social: ' +
      'no touchpoint, no path. Total 2; "Checkout" sorts before "Instagram ad".',
    maps: shopMap,
    events: touchpointEvents,
    spec: { type: 'paths', by: 'touchpoint', mapId: 'map-shop' },
    expect: {
      total: 2,
      paths: [
        { nodes: ['Checkout'], count: 1 },
        { nodes: ['Instagram ad', 'Checkout'], count: 1 },
      ],
      edges: [{ step: 1, from: 'Instagram ad', to: 'Checkout', count: 1 }],
    },
  },
  {
    name: 'by stage: the stage of the matching touchpoint',
    why:
      'Same events as by touchpoint: Instagram ad is in Awareness, Checkout in Purchase. alice ' +
      'Awareness Purchase, bob Purchase, carol nothing.',
    maps: shopMap,
    events: touchpointEvents,
    spec: { type: 'paths', by: 'stage', mapId: 'map-shop' },
    expect: {
      total: 2,
      paths: [
        { nodes: ['Awareness', 'Purchase'], count: 1 },
        { nodes: ['Purchase'], count: 1 },
      ],
      edges: [{ step: 1, from: 'Awareness', to: 'Purchase', count: 1 }],
    },
  },
  {
    name: 'sessions: 30 minutes without activity start a new path',
    why:
      'steps 3, sessions. alice A (0), B (10 min), C (40 min: exactly 30 min later, a new session), ' +
      'D (50), E (79: 29 min later, same session): sessions A B and C D E. bob A, B (20 min), C ' +
      '(45 min): one session A B C. Total 3 sessions, one each.',
    events: [
      track('alice', 0, 'A'),
      track('alice', 10 * MINUTE, 'B'),
      track('alice', 40 * MINUTE, 'C'),
      track('alice', 50 * MINUTE, 'D'),
      track('alice', 79 * MINUTE, 'E'),
      track('bob', 0, 'A'),
      track('bob', 20 * MINUTE, 'B'),
      track('bob', 45 * MINUTE, 'C'),
    ],
    spec: { type: 'paths', steps: 3, sessions: true },
    expect: {
      total: 3,
      paths: [
        { nodes: ['A', 'B'], count: 1 },
        { nodes: ['A', 'B', 'C'], count: 1 },
        { nodes: ['C', 'D', 'E'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 2 },
        { step: 1, from: 'C', to: 'D', count: 1 },
        { step: 2, from: 'B', to: 'C', count: 1 },
        { step: 2, from: 'D', to: 'E', count: 1 },
      ],
    },
  },
  {
    name: 'sessions: any activity keeps a session alive, nodes or not; the gap is configurable',
    why:
      'by page, sessions with a 40-minute gap. carol views /a, scrolls (a track, no node) 35 min ' +
      'later and views /b 35 min after that: one session, /a /b. dave views /a and /b 45 minutes ' +
      'apart with nothing between: two sessions, /a and /b. Total 3 sessions.',
    events: [
      page('carol', 0, { path: '/a' }),
      track('carol', 35 * MINUTE, 'Scrolled'),
      page('carol', 70 * MINUTE, { path: '/b' }),
      page('dave', 0, { path: '/a' }),
      page('dave', 45 * MINUTE, { path: '/b' }),
    ],
    spec: { type: 'paths', by: 'page', sessions: true, sessionGap: { value: 40, unit: 'minute' } },
    expect: {
      total: 3,
      paths: [
        { nodes: ['/a'], count: 1 },
        { nodes: ['/a', '/b'], count: 1 },
        { nodes: ['/b'], count: 1 },
      ],
      edges: [{ step: 1, from: '/a', to: '/b', count: 1 }],
    },
  },
  {
    name: 'rare nodes of a step are grouped as other',
    why:
      'steps 2, minNodeShare 0.3, maxNodesPerStep 2. p1 and p2 A B, p3 A C, p4 D B. Step 1: A 3/4, ' +
      'D 1/4 — D is within the top 2 but under 0.3: other. Step 2: B 3/4, C 1/4: C is other. Paths ' +
      'regroup: A B 2, A other 1, other B 1.',
    events: [
      ...walk('p1', ['A', 'B']),
      ...walk('p2', ['A', 'B']),
      ...walk('p3', ['A', 'C']),
      ...walk('p4', ['D', 'B']),
    ],
    spec: { type: 'paths', steps: 2, minNodeShare: 0.3, maxNodesPerStep: 2 },
    expect: {
      total: 4,
      paths: [
        { nodes: ['A', 'B'], count: 2 },
        { nodes: ['A', 'other'], count: 1 },
        { nodes: ['other', 'B'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 2 },
        { step: 1, from: 'A', to: 'other', count: 1 },
        { step: 1, from: 'other', to: 'B', count: 1 },
      ],
    },
  },
  {
    name: 'at most maxNodesPerStep nodes per step, the rest other',
    why:
      'steps 2, maxNodesPerStep 1. Step 1: X 2 persons, Y 1, Z 1: Y and Z become other. Step 2: ' +
      'all go to End. Paths: X End 2, other End 2 — tied, ordered by name ("X" before "other").',
    events: [
      ...walk('p1', ['X', 'End']),
      ...walk('p2', ['X', 'End']),
      ...walk('p3', ['Y', 'End']),
      ...walk('p4', ['Z', 'End']),
    ],
    spec: { type: 'paths', steps: 2, maxNodesPerStep: 1 },
    expect: {
      total: 4,
      paths: [
        { nodes: ['X', 'End'], count: 2 },
        { nodes: ['other', 'End'], count: 2 },
      ],
      edges: [
        { step: 1, from: 'X', to: 'End', count: 2 },
        { step: 1, from: 'other', to: 'End', count: 2 },
      ],
    },
  },
  {
    name: 'shares: exact fractions of all persons with a path; the top paths only',
    why:
      'pathLimit 3. Of 7 persons with a path: 3 A B, 2 A, 1 B, 1 B A; u8 is only identified, no ' +
      'path, not counted. Top 3: A B 3/7, A 2/7, then of the two single ones B before B A: 1/7. ' +
      'Edges count every path, listed or not: A→B 3, B→A 1.',
    events: [
      ...['u1', 'u2', 'u3'].flatMap((u) => walk(u, ['A', 'B'])),
      ...['u4', 'u5'].flatMap((u) => walk(u, ['A'])),
      ...walk('u6', ['B']),
      ...walk('u7', ['B', 'A']),
      identify(null, 'u8', 0, { plan: 'free' }),
    ],
    spec: { type: 'paths', pathLimit: 3 },
    expect: {
      total: 7,
      paths: [
        { nodes: ['A', 'B'], count: 3 },
        { nodes: ['A'], count: 2 },
        { nodes: ['B'], count: 1 },
      ],
      edges: [
        { step: 1, from: 'A', to: 'B', count: 3 },
        { step: 1, from: 'B', to: 'A', count: 1 },
      ],
    },
  },
];
