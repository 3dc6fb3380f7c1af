import type { FunnelScenario } from './funnel-scenario.ts';
import { alias, HOUR, identify, MINUTE, track } from './scenario-events.ts';

const ABC = [{ event: 'A' }, { event: 'B' }, { event: 'C' }];
const AB = [{ event: 'A' }, { event: 'B' }];

/** Stitched persons: every id linked by identify or alias is one person, also for earlier events. */
export const identityScenarios: FunnelScenario[] = [
  {
    name: 'identity: anonymous events before login count for the person',
    why:
      'alice browses anonymously (A, B as anon-1), logs in (identify anon-1 → alice) and then does ' +
      'C as alice: one person reaching step 3. bob does A on his phone (anon-2) and B on the web as ' +
      'bob, two persons until identify links anon-2 to bob and merges them: one person, step 2.',
    events: [
      track('anon:anon-1', 0, 'A'),
      track('anon:anon-1', HOUR, 'B'),
      identify('anon-1', 'alice', 2 * HOUR),
      track('alice', 3 * HOUR, 'C'),
      track('anon:anon-2', 0, 'A'),
      track('bob', HOUR, 'B'),
      identify('anon-2', 'bob', 2 * HOUR),
    ],
    spec: { type: 'funnel', steps: ABC, includePersons: true },
    expect: {
      counts: [2, 2, 1],
      persons: [
        { converted: ['alice', 'bob'], dropped: [] },
        { converted: ['alice', 'bob'], dropped: [] },
        { converted: ['alice'], dropped: ['bob'] },
      ],
    },
  },
  {
    name: 'identity: alias merges two known persons',
    why:
      'carol-old does A and carol-new does B: two identified persons, until alias makes carol-old ' +
      'part of carol-new — then one person who did A then B. dan (A) and erin (B) are never linked: ' +
      'dan stops at step 1 and erin, without an A, is not in the funnel.',
    events: [
      track('carol-old', 0, 'A'),
      track('carol-new', HOUR, 'B'),
      alias('carol-old', 'carol-new', 2 * HOUR),
      track('dan', 0, 'A'),
      track('erin', HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, includePersons: true },
    expect: {
      counts: [2, 1],
      persons: [
        { converted: ['carol-new', 'dan'], dropped: [] },
        { converted: ['carol-new'], dropped: ['dan'] },
      ],
    },
  },
  {
    name: 'identity: two customers on one computer stay two persons',
    why:
      'mum logs in on the family computer (anon pc) and does A; later her son logs in on the same ' +
      'browser and does B. Identify does not merge two known users, so nobody did A then B.',
    events: [
      identify('pc', 'mum', 0),
      track('mum', MINUTE, 'A'),
      identify('pc', 'son', HOUR),
      track('son', 2 * HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: AB },
    expect: { counts: [1, 0] },
  },
];
