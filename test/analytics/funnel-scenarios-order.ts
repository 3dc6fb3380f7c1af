import type { FunnelScenario } from './funnel-scenario.ts';
import { DAY, HOUR, MINUTE, SECOND, track } from './scenario-events.ts';

const ABC = [{ event: 'A' }, { event: 'B' }, { event: 'C' }];
const AB = [{ event: 'A' }, { event: 'B' }];

/** Order types, the conversion window and repeated attempts. */
export const orderScenarios: FunnelScenario[] = [
  {
    name: 'ordered: counts, rates and times per step',
    why:
      'alice A→B (1 h)→C (1 h), bob A→B (3 h), carol only A; dave never does A, so he is not in ' +
      'the funnel. Step 2: 2 of 3 (times 1 h and 3 h: mean and median 2 h); step 3: 1 of 2 (1 h).',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'B'),
      track('alice', 2 * HOUR, 'C'),
      track('bob', 0, 'A'),
      track('bob', 3 * HOUR, 'B'),
      track('carol', 0, 'A'),
      track('dave', 0, 'B'),
      track('dave', HOUR, 'C'),
    ],
    spec: { type: 'funnel', steps: ABC },
    expect: {
      counts: [3, 2, 1],
      steps: [
        {
          conversionRate: 1,
          stepConversionRate: 1,
          dropOff: 0,
          dropOffRate: 0,
          avgSecondsFromPrevious: null,
          medianSecondsFromPrevious: null,
        },
        {
          conversionRate: 2 / 3,
          stepConversionRate: 2 / 3,
          dropOff: 1,
          dropOffRate: 1 / 3,
          avgSecondsFromPrevious: 2 * HOUR,
          medianSecondsFromPrevious: 2 * HOUR,
        },
        {
          conversionRate: 1 / 3,
          stepConversionRate: 1 / 2,
          dropOff: 1,
          dropOffRate: 1 / 2,
          avgSecondsFromPrevious: HOUR,
          medianSecondsFromPrevious: HOUR,
        },
      ],
    },
  },
  {
    name: 'ordered: a step before the previous one does not count',
    why:
      'erin does B before A, then C: after A there is no B, so she stops at step 1. frank does A, ' +
      'C, B: B follows A (step 2), but his only C came before that B, so he stops at step 2.',
    events: [
      track('erin', 0, 'B'),
      track('erin', HOUR, 'A'),
      track('erin', 2 * HOUR, 'C'),
      track('frank', 0, 'A'),
      track('frank', HOUR, 'C'),
      track('frank', 2 * HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: ABC },
    expect: { counts: [2, 1, 0] },
  },
  {
    name: 'window: a step exactly at the end counts, one second later does not',
    why: 'Window 1 hour. alice does B exactly 3600 s after A: in. bob does B 3601 s after A: out.',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'B'),
      track('bob', 0, 'A'),
      track('bob', HOUR + SECOND, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, window: { value: 1, unit: 'hour' } },
    expect: { counts: [2, 1], steps: [{}, { avgSecondsFromPrevious: HOUR }] },
  },
  {
    name: 'window: measured from step 1, not from the previous step',
    why:
      'Window 2 hours. alice: A 0, B 1 h, C 2 h — all within 2 h of A. bob: A 0, B 1.5 h, ' +
      'C 2 h 1 s — C is within 2 h of B but not of A, so bob stops at step 2.',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'B'),
      track('alice', 2 * HOUR, 'C'),
      track('bob', 0, 'A'),
      track('bob', 90 * MINUTE, 'B'),
      track('bob', 2 * HOUR + SECOND, 'C'),
    ],
    spec: { type: 'funnel', steps: ABC, window: { value: 2, unit: 'hour' } },
    expect: { counts: [2, 2, 1] },
  },
  {
    name: 'repeated attempts: the furthest attempt counts, with its own times',
    why:
      'Window 1 day. alice’s first attempt (A 0, B 1 h) reaches step 2; her second (A day 3, ' +
      'B +2 h, C +3 h) reaches step 3. She counts once, at step 3, with the second attempt’s times: ' +
      '2 h to B and 1 h to C (not the first attempt’s 1 h to B).',
    events: [
      track('alice', 0, 'A'),
      track('alice', HOUR, 'B'),
      track('alice', 3 * DAY, 'A'),
      track('alice', 3 * DAY + 2 * HOUR, 'B'),
      track('alice', 3 * DAY + 3 * HOUR, 'C'),
    ],
    spec: { type: 'funnel', steps: ABC, window: { value: 1, unit: 'day' } },
    expect: {
      counts: [1, 1, 1],
      steps: [{}, { avgSecondsFromPrevious: 2 * HOUR }, { avgSecondsFromPrevious: HOUR }],
    },
  },
  {
    name: 'repeated attempts: on a tie the earliest attempt gives the times',
    why:
      'Window 1 day. bob converts twice: A 0 → B 5 h, then A day 2 → B +1 h. Both reach step 2; ' +
      'the earliest attempt’s 5 h is reported.',
    events: [
      track('bob', 0, 'A'),
      track('bob', 5 * HOUR, 'B'),
      track('bob', 2 * DAY, 'A'),
      track('bob', 2 * DAY + HOUR, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, window: { value: 1, unit: 'day' } },
    expect: {
      counts: [1, 1],
      steps: [{}, { avgSecondsFromPrevious: 5 * HOUR, medianSecondsFromPrevious: 5 * HOUR }],
    },
  },
  {
    name: 'same event in two steps needs two different events',
    why:
      'Steps View, View, Signup. alice views once then signs up: one View cannot fill two steps, so ' +
      'step 1 only. bob views at 0 and 10 min and signs up at 20 min: step 3. carol sends two views ' +
      'at the same instant: two different events no earlier than the one before, step 2. Step 2 ' +
      'times: bob 600 s, carol 0 s (mean and median 300 s).',
    events: [
      track('alice', 0, 'View'),
      track('alice', HOUR, 'Signup'),
      track('bob', 0, 'View'),
      track('bob', 10 * MINUTE, 'View'),
      track('bob', 20 * MINUTE, 'Signup'),
      track('carol', 0, 'View'),
      track('carol', 0, 'View'),
    ],
    spec: { type: 'funnel', steps: [{ event: 'View' }, { event: 'View' }, { event: 'Signup' }] },
    expect: {
      counts: [3, 2, 1],
      steps: [
        {},
        { avgSecondsFromPrevious: 300, medianSecondsFromPrevious: 300 },
        { avgSecondsFromPrevious: 600 },
      ],
    },
  },
  {
    name: 'strict: no other event between two steps',
    why:
      'alice: A, B straight after — converts. bob: A, X, B — X breaks the sequence. carol: A, X, ' +
      'then a new attempt A, B — converts through the second attempt.',
    events: [
      track('alice', 0, 'A'),
      track('alice', MINUTE, 'B'),
      track('bob', 0, 'A'),
      track('bob', 30 * SECOND, 'X'),
      track('bob', MINUTE, 'B'),
      track('carol', 0, 'A'),
      track('carol', MINUTE, 'X'),
      track('carol', 2 * MINUTE, 'A'),
      track('carol', 3 * MINUTE, 'B'),
    ],
    spec: { type: 'funnel', steps: AB, order: 'strict' },
    expect: { counts: [3, 2], steps: [{}, { avgSecondsFromPrevious: MINUTE }] },
  },
  {
    name: 'ordered: the same events as the strict case all convert',
    why:
      'Ordered funnels allow other events between steps, so bob’s X no longer matters: 3 of 3. ' +
      'carol’s earliest attempt (A at 0) now converts too, 3 min to B, and it is the one reported: ' +
      'times 1, 1 and 3 min — mean 100 s, median 60 s.',
    events: [
      track('alice', 0, 'A'),
      track('alice', MINUTE, 'B'),
      track('bob', 0, 'A'),
      track('bob', 30 * SECOND, 'X'),
      track('bob', MINUTE, 'B'),
      track('carol', 0, 'A'),
      track('carol', MINUTE, 'X'),
      track('carol', 2 * MINUTE, 'A'),
      track('carol', 3 * MINUTE, 'B'),
    ],
    spec: { type: 'funnel', steps: AB },
    expect: {
      counts: [3, 3],
      steps: [{}, { avgSecondsFromPrevious: 100, medianSecondsFromPrevious: MINUTE }],
    },
  },
  {
    name: 'unordered: any k of the steps, in any order, within the window',
    why:
      'alice does C, A, B an hour apart: all 3 (times between completions 1 h, 1 h). bob does B ' +
      'then A 30 min later: 2. carol only C: 1. dave does A and B 15 days apart (window 14 days): ' +
      'never two in one window, 1. Step 2 times: 1 h and 30 min (mean and median 45 min).',
    events: [
      track('alice', 0, 'C'),
      track('alice', HOUR, 'A'),
      track('alice', 2 * HOUR, 'B'),
      track('bob', 0, 'B'),
      track('bob', 30 * MINUTE, 'A'),
      track('carol', 0, 'C'),
      track('dave', 0, 'A'),
      track('dave', 15 * DAY, 'B'),
    ],
    spec: { type: 'funnel', steps: ABC, order: 'unordered' },
    expect: {
      counts: [4, 2, 1],
      steps: [
        {},
        { avgSecondsFromPrevious: 45 * MINUTE, medianSecondsFromPrevious: 45 * MINUTE },
        { avgSecondsFromPrevious: HOUR },
      ],
    },
  },
  {
    name: 'unordered: a step listed twice needs two events',
    why: 'Steps A, B, A in any order. erin has one A and a B: 2 steps. fin has A, B, A: all 3.',
    events: [
      track('erin', 0, 'A'),
      track('erin', HOUR, 'B'),
      track('fin', 0, 'A'),
      track('fin', HOUR, 'B'),
      track('fin', 2 * HOUR, 'A'),
    ],
    spec: { type: 'funnel', steps: [{ event: 'A' }, { event: 'B' }, { event: 'A' }], order: 'unordered' },
    expect: { counts: [2, 2, 1] },
  },
];
