import type { RetentionScenario } from './retention-scenario.ts';
import { DAY, HOUR, MINUTE, track } from './scenario-events.ts';

// Time zero is Monday 2 March 2026, 09:00 UTC; day n is 2 March + n days.
const activeOn = (who: string, days: number[]) => days.map((d) => track(who, d * DAY, 'Active'));
const ACTIVE = { event: 'Active' };

/** Periods (day, week with either start, month), recurring against first time, return events. */
export const periodScenarios: RetentionScenario[] = [
  {
    name: 'day, recurring: a person joins a cohort every day they did the start event',
    why:
      'alice is active on days 0, 1, 3; bob on 0, 2; carol on 1. Day-0 cohort: alice and bob; ' +
      'alice is back on day 1 (k 1) and 3 (k 3), bob on day 2 (k 2): [2, 1, 1, 1]. Day-1 cohort: ' +
      'alice and carol; only alice comes back, on day 3 (k 2): [2, 0, 1, 0]. Day 2 (bob) and day 3 ' +
      '(alice) have no later activity: [1, 0, 0, 0] each.',
    events: [...activeOn('alice', [0, 1, 3]), ...activeOn('bob', [0, 2]), ...activeOn('carol', [1])],
    spec: { type: 'retention', start: ACTIVE, period: 'day', periods: 4, kind: 'recurring' },
    expect: {
      cohorts: [
        { start: '2026-03-02T00:00:00.000Z', values: [2, 1, 1, 1] },
        { start: '2026-03-03T00:00:00.000Z', values: [2, 0, 1, 0] },
        { start: '2026-03-04T00:00:00.000Z', values: [1, 0, 0, 0] },
        { start: '2026-03-05T00:00:00.000Z', values: [1, 0, 0, 0] },
      ],
    },
  },
  {
    name: 'day, first time: only the cohort of the first start event',
    why:
      'The same events. alice and bob first appear on day 0, carol on day 1, so there are two ' +
      'cohorts. Day 0 keeps its values [2, 1, 1, 1]; carol never comes back: [1, 0, 0, 0]. ' +
      'alice’s later days no longer open cohorts of their own.',
    events: [...activeOn('alice', [0, 1, 3]), ...activeOn('bob', [0, 2]), ...activeOn('carol', [1])],
    spec: { type: 'retention', start: ACTIVE, period: 'day', periods: 4, kind: 'first_time' },
    expect: {
      cohorts: [
        { start: '2026-03-02T00:00:00.000Z', values: [2, 1, 1, 1] },
        { start: '2026-03-03T00:00:00.000Z', values: [1, 0, 0, 0] },
      ],
    },
  },
  {
    name: 'a return event of its own; period 0 is the whole cohort',
    why:
      'Start: Signed Up, return: Order Completed. dan orders an hour before signing up on day 0 ' +
      'and again on day 2; eve signs up on day 0 and never orders — both count in period 0, as in ' +
      'PostHog: [2, 0, 1]. fay signs up on day 1, orders an hour later (period 0) and on day 2 ' +
      '(k 1): [1, 1, 0]. Orders alone do not place anyone in a cohort.',
    events: [
      track('dan', -HOUR, 'Order Completed'),
      track('dan', 0, 'Signed Up'),
      track('dan', 2 * DAY, 'Order Completed'),
      track('eve', 0, 'Signed Up'),
      track('fay', DAY, 'Signed Up'),
      track('fay', DAY + HOUR, 'Order Completed'),
      track('fay', 2 * DAY, 'Order Completed'),
      track('gil', 3 * DAY, 'Order Completed'),
    ],
    spec: {
      type: 'retention',
      start: { event: 'Signed Up' },
      return: { event: 'Order Completed' },
      period: 'day',
      periods: 3,
    },
    expect: {
      cohorts: [
        { start: '2026-03-02T00:00:00.000Z', values: [2, 0, 1] },
        { start: '2026-03-03T00:00:00.000Z', values: [1, 1, 0] },
      ],
    },
  },
  {
    name: 'week starting on Monday',
    why:
      'hal starts on Monday 2 March and returns on Sunday 8 March: the same Monday week, so only ' +
      'period 0. gus starts on Sunday 8 March (still the week of Monday 2 March) and returns on ' +
      'Monday 9 March, the next week: k 1. One cohort, week of 2 March: [2, 1, 0].',
    events: [
      track('hal', 0, 'Active'),
      track('hal', 6 * DAY, 'Active'),
      track('gus', 6 * DAY, 'Active'),
      track('gus', 7 * DAY, 'Active'),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'week', weekStart: 'monday', periods: 3 },
    expect: { cohorts: [{ start: '2026-03-02T00:00:00.000Z', values: [2, 1, 0] }] },
  },
  {
    name: 'week starting on Sunday',
    why:
      'The same events with Sunday weeks. hal’s Monday 2 March is in the week of Sunday 1 March ' +
      'and his Sunday 8 March opens the next week: [1, 1, 0]. gus first appears on Sunday 8 March, ' +
      'a cohort of its own, and Monday 9 March is the same week: [1, 0, 0].',
    events: [
      track('hal', 0, 'Active'),
      track('hal', 6 * DAY, 'Active'),
      track('gus', 6 * DAY, 'Active'),
      track('gus', 7 * DAY, 'Active'),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'week', weekStart: 'sunday', periods: 3 },
    expect: {
      cohorts: [
        { start: '2026-03-01T00:00:00.000Z', values: [1, 1, 0] },
        { start: '2026-03-08T00:00:00.000Z', values: [1, 0, 0] },
      ],
    },
  },
  {
    name: 'calendar months',
    why:
      'ida starts on 31 March and returns on 1 April: one day later, yet the next month (k 1). jon ' +
      'starts on 2 March, returns on 30 April (k 1) and 1 May (k 2). March cohort: [2, 2, 1]. kim ' +
      'starts on 1 April and returns on 31 May, 60 days later but one calendar month on: [1, 1, 0].',
    events: [
      track('ida', 29 * DAY, 'Active'),
      track('ida', 30 * DAY, 'Active'),
      track('jon', 0, 'Active'),
      track('jon', 59 * DAY, 'Active'),
      track('jon', 60 * DAY, 'Active'),
      track('kim', 30 * DAY, 'Active'),
      track('kim', 90 * DAY, 'Active'),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'month', periods: 3 },
    expect: {
      cohorts: [
        { start: '2026-03-01T00:00:00.000Z', values: [2, 2, 1] },
        { start: '2026-04-01T00:00:00.000Z', values: [1, 1, 0] },
      ],
    },
  },
  {
    name: 'timezone: local midnight decides the day',
    why:
      'Warsaw is UTC+1 in early March. lea starts at 22:30 UTC on 2 March (23:30 local, 2 March) ' +
      'and returns at 23:30 UTC (00:30 local, 3 March): the next local day, k 1 — in UTC both would ' +
      'be 2 March. mo starts at 23:30 UTC, already 3 March locally. Cohorts begin at local ' +
      'midnight: 23:00 UTC the day before.',
    events: [
      track('lea', 13 * HOUR + 30 * MINUTE, 'Active'),
      track('lea', 14 * HOUR + 30 * MINUTE, 'Active'),
      track('mo', 14 * HOUR + 30 * MINUTE, 'Active'),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'day', periods: 2, timezone: 'Europe/Warsaw' },
    expect: {
      cohorts: [
        { start: '2026-03-01T23:00:00.000Z', values: [1, 1] },
        { start: '2026-03-02T23:00:00.000Z', values: [1, 0] },
      ],
    },
  },
  {
    name: 'timezone: a 23-hour day is still one period',
    why:
      'Warsaw moves to summer time at 01:00 UTC on Sunday 29 March, so that day lasts 23 hours. nat ' +
      'starts on 28 March (12:00 UTC, 13:00 local), returns at 21:30 UTC on the 29th (23:30 local, ' +
      'still the 29th: k 1) and at 22:30 UTC (00:30 on the 30th local: k 2). The cohort began at ' +
      'midnight CET, 23:00 UTC on 27 March.',
    events: [
      track('nat', 26 * DAY + 3 * HOUR, 'Active'),
      track('nat', 27 * DAY + 12 * HOUR + 30 * MINUTE, 'Active'),
      track('nat', 27 * DAY + 13 * HOUR + 30 * MINUTE, 'Active'),
    ],
    spec: { type: 'retention', start: ACTIVE, period: 'day', periods: 3, timezone: 'Europe/Warsaw' },
    expect: { cohorts: [{ start: '2026-03-27T23:00:00.000Z', values: [1, 1, 1] }] },
  },
];
