import type { KpiScenario } from './kpi-scenario.ts';
import { DAY, track } from './scenario-events.ts';

// Time zero is Monday 2 March 2026, 09:00 UTC; day 7 is Monday 9 March.
const respond = (who: string, at: number, properties: Record<string, unknown>) =>
  track(who, at, 'survey_response', { properties });
const nps = (who: string, score: unknown, extra: Record<string, unknown> = {}, at = 0) =>
  respond(who, at, { survey: 'nps', score, ...extra });

/** NPS, CSAT and CES from survey responses. */
export const surveyScenarios: KpiScenario[] = [
  {
    name: 'NPS: 6 is a detractor, 7 and 8 passives, 9 a promoter',
    why:
      'Valid scores: 0 and 6 (detractors), 7 and 8 (passives), 9, "9" (a number sent as text) and ' +
      '10 (promoters): 7 responses. 11 and 8.5 are not on the 0–10 scale and a CSAT response is ' +
      'another survey: all left out. NPS = (3 − 2) / 7 × 100 = 14.2857…',
    events: [
      nps('a', 0),
      nps('b', 6),
      nps('c', 7),
      nps('d', 8),
      nps('e', 9),
      nps('f', '9'),
      nps('g', 10),
      nps('h', 11),
      nps('i', 8.5),
      respond('j', 0, { survey: 'csat', score: 1 }),
    ],
    spec: { type: 'kpi', metric: 'nps' },
    expect: { kpi: { value: 100 / 7, count: 7, promoters: 3, passives: 2, detractors: 2 } },
  },
  {
    name: 'NPS by touchpoint, week by week',
    why:
      'Week of 2 March: checkout 10 and 9, support 3. Week of 9 March: checkout 6, support 9, 9 and 7. ' +
      'Total: 7 responses, promoters 10, 9, 9, 9, detractors 3 and 6: (4 − 2) / 7 = 28.571…. ' +
      'support has 4 responses (3, 9, 9, 7): (2 − 1) / 4 = 25; checkout 3 (10, 9, 6): 33.33…. By week: ' +
      '(2 − 1) / 3 = 33.33… and (2 − 1) / 4 = 25; support −100 then 66.67…; checkout 100 then −100.',
    events: [
      nps('a', 10, { touchpoint: 'checkout' }),
      nps('b', 9, { touchpoint: 'checkout' }),
      nps('c', 3, { touchpoint: 'support' }),
      nps('d', 6, { touchpoint: 'checkout' }, 7 * DAY),
      nps('e', 9, { touchpoint: 'support' }, 7 * DAY),
      nps('f', 9, { touchpoint: 'support' }, 8 * DAY),
      nps('g', 7, { touchpoint: 'support' }, 9 * DAY),
    ],
    spec: {
      type: 'kpi',
      metric: 'nps',
      breakdown: { on: 'property', name: 'touchpoint' },
      interval: { unit: 'week' },
    },
    expect: {
      kpi: { value: 200 / 7, count: 7, promoters: 4, detractors: 2 },
      overTime: [
        { start: '2026-03-02T00:00:00.000Z', kpi: { value: 100 / 3, count: 3 } },
        { start: '2026-03-09T00:00:00.000Z', kpi: { value: 25, count: 4 } },
      ],
      breakdown: [
        {
          value: 'support',
          kpi: { value: 25, count: 4 },
          overTime: [
            { start: '2026-03-02T00:00:00.000Z', kpi: { value: -100, count: 1 } },
            { start: '2026-03-09T00:00:00.000Z', kpi: { value: 200 / 3, count: 3 } },
          ],
        },
        {
          value: 'checkout',
          kpi: { value: 100 / 3, count: 3 },
          overTime: [
            { start: '2026-03-02T00:00:00.000Z', kpi: { value: 100, count: 2 } },
            { start: '2026-03-09T00:00:00.000Z', kpi: { value: -100, count: 1 } },
          ],
        },
      ],
    },
  },
  {
    name: 'CSAT: the share of 4s and 5s, as a fraction',
    why:
      'Scores 5, 4, 4, 3, 2, 1 on the 1–5 scale: 3 satisfied of 6 = 0.5. A 0 is off the scale, and ' +
      'an NPS response of 4 — on the scale, but another survey — is left out too.',
    events: [
      ...[5, 4, 4, 3, 2, 1, 0].map((score, i) => respond(`c${i}`, 0, { survey: 'csat', score })),
      nps('n', 4),
    ],
    spec: { type: 'kpi', metric: 'csat' },
    expect: { kpi: { value: 0.5, count: 6, satisfied: 3 } },
  },
  {
    name: 'CES: the mean score, from an event and properties named in the spec',
    why:
      'Responses come as "Feedback Given" with the survey in `kind` and the score in `rating`: 7, 6, ' +
      '2 and 5 on the 1–7 scale, mean 5. A 9 is off the scale; a survey_response event with the ' +
      'default names is another event: both left out.',
    events: [
      ...[7, 6, 2, 5, 9].map((rating, i) =>
        track(`e${i}`, 0, 'Feedback Given', { properties: { kind: 'effort', rating } }),
      ),
      respond('x', 0, { survey: 'ces', score: 1 }),
    ],
    spec: {
      type: 'kpi',
      metric: {
        kind: 'ces',
        event: 'Feedback Given',
        surveyProperty: 'kind',
        survey: 'effort',
        scoreProperty: 'rating',
      },
    },
    expect: { kpi: { value: 5, count: 4 } },
  },
];
