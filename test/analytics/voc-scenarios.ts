import { journeyMap } from './journey-scenario.ts';
import { DAY, identify, track } from './scenario-events.ts';
import { trackWith, type VocScenario } from './voc-scenario.ts';

// Time zero is Monday 2 March 2026, 09:00 UTC; day 7 is Monday 9 March.
const answer = (who: string, properties: Record<string, unknown>, at = 0, channel?: string) =>
  track(who, at, 'survey_response', { properties, ...(channel ? { channel } : {}) });

/** x / √(x² + 15): a lexicon sum squashed to −1..1 (text-sentiment.ts). */
const squash = (x: number) => x / Math.sqrt(x * x + 15);

const OFF = { sentiment: false, themes: false } as const;

/** Voice of the customer: scores with intervals, trend, groups, sentiment and themes. */
export const vocScenarios: VocScenario[] = [
  {
    name: 'NPS, CSAT and CES with counts and 95% intervals',
    why:
      'NPS: 10, 9, 9 (promoters), 7 (passive), 2 and "0" (detractors); 11 and 8.5 are off the scale: ' +
      '(3 − 2)/6 = 16.67. Adjusted Wald: n′ 9, p′ 3.75/9, d′ 2.75/9, Var = (0.722222 − 0.012346)/9, ' +
      'se 0.280847 → 11.11 ± 55.04 = −43.934..66.156. CSAT 5, 4, 2, 1: 2/4, Wilson 0.150..0.850. CES ' +
      '7, 5, 6 on 1–7: mean 6, sd 1, t(0.975, 2) 4.302653 → 6 ± 2.484138 = 3.515862..7 (clamped). ' +
      'Emotion: NPS 16.67/50 = 0.3333 over 6, CSAT 4·0.5 − 2 = 0 over 4, CES 4·5/6 − 2 = 1.3333 over ' +
      '3: (2 + 0 + 4)/13 = 0.461538.',
    events: [
      ...[10, 9, 9, 7, 2, '0', 11, 8.5].map((score, i) => answer(`n${i}`, { survey: 'nps', score })),
      ...[5, 4, 2, 1].map((score, i) => answer(`c${i}`, { survey: 'csat', score })),
      ...[7, 5, 6].map((score, i) => answer(`e${i}`, { survey: 'ces', score })),
    ],
    spec: { type: 'voc', ...OFF },
    expect: {
      result: {
        nps: {
          value: 100 / 6,
          count: 6,
          promoters: 3,
          passives: 1,
          detractors: 2,
          ci: { low: -43.933936184, high: 66.156158406, level: 0.95 },
        },
        csat: { value: 0.5, count: 4, satisfied: 2, ci: { low: 0.150038989, high: 0.849961011 } },
        ces: { value: 6, count: 3, sd: 1, ci: { low: 3.515862, high: 7 }, scale: { min: 1, max: 7 } },
        emotion: { score: 6 / 13, basis: 13 },
        texts: { total: 0, analysed: 0 },
      },
    },
  },
  {
    name: 'NPS by channel, week by week',
    why:
      'Week of 2 March: email 10 and 9, web 3. Week of 9 March: email 6, web 9. Total (3 − 2)/5 = 20. ' +
      'email (3 answers, first) 10, 9, 6: (2 − 1)/3 = 33.33; web 3, 9: 0. By week: 10, 9, 3 → 33.33; ' +
      '6, 9 → 0. email by week: 100, then −100.',
    events: [
      answer('a', { survey: 'nps', score: 10 }, 0, 'email'),
      answer('b', { survey: 'nps', score: 9 }, DAY, 'email'),
      answer('c', { survey: 'nps', score: 3 }, 2 * DAY, 'web'),
      answer('d', { survey: 'nps', score: 6 }, 7 * DAY, 'email'),
      answer('e', { survey: 'nps', score: 9 }, 8 * DAY, 'web'),
    ],
    spec: { type: 'voc', metrics: ['nps'], by: 'channel', interval: { unit: 'week' }, ...OFF },
    expect: {
      result: {
        nps: { value: 20, count: 5 },
        overTime: [
          { start: '2026-03-02T00:00:00.000Z', nps: { value: 100 / 3, count: 3 } },
          { start: '2026-03-09T00:00:00.000Z', nps: { value: 0, count: 2 } },
        ],
        groups: [
          {
            key: 'email',
            name: 'email',
            nps: { value: 100 / 3, count: 3 },
            overTime: [
              { start: '2026-03-02T00:00:00.000Z', nps: { value: 100, count: 2 } },
              { start: '2026-03-09T00:00:00.000Z', nps: { value: -100, count: 1 } },
            ],
          },
          { key: 'web', name: 'web', nps: { value: 0, count: 2 } },
        ],
      },
    },
  },
  {
    name: 'by stage of a map: answers by touchpoint id, texts by the touchpoint their event is bound to',
    why:
      'NPS 10 and 9 about t-checkout (Purchase): +100, emotion 2 over 2. CSAT 1 and 2 about t-ad ' +
      '(Awareness): 0 satisfied, emotion −2 over 2. A review "Great quality, recommend!" matches ' +
      't-review (bound to Review Submitted, Purchase): great 3 + quality 2 + recommend 2 = 7, ' +
      'sentiment 7/8 = 0.875, emotion 1.75. Purchase: (2·2 + 1.75)/3 = 1.916667. Consideration has ' +
      'nothing: nulls. An NPS 0 about t-nope (not on the map) is in the unassigned group.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap(
          'shop',
          [
            ['aware', 'Awareness'],
            ['consider', 'Consideration'],
            ['buy', 'Purchase'],
          ],
          [
            { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
            { id: 't-view', stage: 'consider', event: 'Product Viewed' },
            { id: 't-checkout', stage: 'buy', event: 'Checkout Started' },
            { id: 't-review', stage: 'buy', event: 'Review Submitted' },
          ],
        ),
      },
    ],
    events: [
      answer('a', { survey: 'nps', score: 10, touchpoint: 't-checkout' }),
      answer('b', { survey: 'nps', score: 9, touchpoint: 't-checkout' }),
      answer('c', { survey: 'csat', score: 1, touchpoint: 't-ad' }),
      answer('d', { survey: 'csat', score: 2, touchpoint: 't-ad' }),
      answer('e', { survey: 'nps', score: 0, touchpoint: 't-nope' }),
      track('f', 0, 'Review Submitted', { properties: { rating: 5, text: 'Great quality, recommend!' } }),
    ],
    spec: {
      type: 'voc',
      metrics: ['nps', 'csat'],
      by: 'stage',
      mapId: 'shop',
      texts: [
        { event: 'survey_response', property: 'comment' },
        { event: 'Review Submitted', property: 'text' },
      ],
      themes: false,
    },
    expect: {
      result: {
        nps: { value: (100 * (2 - 1)) / 3, count: 3 },
        groups: [
          { key: 'aware', name: 'Awareness', csat: { value: 0, count: 2 }, emotion: { score: -2, basis: 2 } },
          {
            key: 'consider',
            name: 'Consideration',
            nps: { value: null, count: 0 },
            csat: { value: null, count: 0 },
            sentiment: { count: 0, mean: null },
            emotion: { score: null, basis: 0 },
          },
          {
            key: 'buy',
            name: 'Purchase',
            nps: { value: 100, count: 2 },
            sentiment: { count: 1, mean: 0.875, positive: 1 },
            emotion: { score: 5.75 / 3, basis: 3 },
          },
          { key: null, name: null, nps: { value: -100, count: 1 }, emotion: { score: -2, basis: 1 } },
        ],
      },
    },
  },
  {
    name: 'sentiment and themes of comments in English and Polish',
    why:
      'Comments: "Delivery was late again" (late −2), "Late delivery, no tracking" (late −2, no −1), ' +
      '"The delivery took two weeks" (0), "Prices are too high" (0), "The price went up, too ' +
      'expensive" (expensive −2), "Price is fair" (fair +2), and "nie polecam" sent with locale pl-PL ' +
      '(polecam +2 negated: −2). Scores x/√(x²+15); mean of the seven −0.218576. Themes: the three ' +
      'delivery texts (mean (−0.458831 − 0.612372 + 0)/3 = −0.357068) and the three price texts ' +
      '(mean 0); the Polish text shares no word with them and stays out. Keywords are words in at least ' +
      'two texts (minSize): delivery (3 texts), late (2).',
    events: [
      answer('a', { survey: 'nps', score: 3, comment: 'Delivery was late again' }),
      answer('b', { survey: 'nps', score: 2, comment: 'Late delivery, no tracking' }),
      answer('c', { survey: 'nps', score: 5, comment: 'The delivery took two weeks' }),
      answer('d', { survey: 'nps', score: 6, comment: 'Prices are too high' }),
      answer('e', { survey: 'nps', score: 6, comment: 'The price went up, too expensive' }),
      answer('f', { survey: 'nps', score: 9, comment: 'Price is fair' }),
      trackWith(
        'g',
        0,
        'survey_response',
        { survey: 'nps', score: 1, comment: 'nie polecam' },
        { locale: 'pl-PL' },
      ),
    ],
    spec: { type: 'voc', metrics: ['nps'] },
    expect: {
      result: {
        texts: { total: 7, analysed: 7 },
        sentiment: {
          count: 7,
          mean: (squash(-2) * 3 + squash(-3) + squash(2)) / 7,
          positive: 1,
          neutral: 2,
          negative: 4,
          unscored: 0,
          languages: { en: 6, pl: 1 },
        },
        themes: [
          { keywords: ['delivery', 'late'], size: 3, sentiment: (squash(-2) + squash(-3)) / 3 },
          { size: 3, sentiment: 0 },
        ],
      },
    },
  },
  {
    name: 'only the most recent texts are analysed, and the count says how many there were',
    why: 'Three comments on days 0, 1 and 2 with textLimit 2: the two of days 1 and 2 are analysed.',
    events: [
      answer('a', { survey: 'csat', score: 5, comment: 'great' }, 0),
      answer('b', { survey: 'csat', score: 1, comment: 'terrible' }, DAY),
      answer('c', { survey: 'csat', score: 1, comment: 'bad' }, 2 * DAY),
    ],
    spec: { type: 'voc', metrics: ['csat'], textLimit: 2, themes: false },
    expect: {
      result: {
        csat: { value: 1 / 3, count: 3 },
        texts: { total: 3, analysed: 2 },
        sentiment: { count: 2, positive: 0, negative: 2 },
      },
    },
  },
  {
    name: 'by persona of a map: persons grouped by the persona whose segment rule their traits pass',
    why:
      'ann (29, plan pro, e-mail set) is a p-young-pro and answers NPS 10 and CSAT 5; bob (62) and ' +
      'cy (no traits) match no persona and answer NPS 0 and 6: the group with key null. Both groups ' +
      'have 2 answers; ties go by key with null last, so p-young-pro comes first. Total NPS: 10, 0, ' +
      '6 → (1 − 2)/3.',
    maps: [{ id: 'shop', doc: journeyMap('shop', [['aware', 'Awareness']], []) }],
    events: [
      identify(null, 'ann', 0, { age: 29, plan: 'pro', email: 'ann@example.com' }),
      identify(null, 'bob', 0, { age: 62, plan: 'free', email: 'bob@example.com' }),
      answer('ann', { survey: 'nps', score: 10 }, 60),
      answer('ann', { survey: 'csat', score: 5 }, 60),
      answer('bob', { survey: 'nps', score: 0 }, 60),
      answer('cy', { survey: 'nps', score: 6 }, 60),
    ],
    spec: { type: 'voc', metrics: ['nps', 'csat'], by: 'persona', mapId: 'shop', ...OFF },
    expect: {
      result: {
        nps: { value: (100 * (1 - 2)) / 3, count: 3 },
        groups: [
          {
            key: 'p-young-pro',
            name: 'Kasia, the busy young professional',
            nps: { value: 100, count: 1 },
            csat: { value: 1, count: 1 },
          },
          { key: null, name: null, nps: { value: -100, count: 2 }, csat: { value: null, count: 0 } },
        ],
      },
    },
  },
  {
    name: 'grouping by stage without a map is a spec error naming mapId',
    why: 'Stages belong to a map: the spec must say which.',
    events: [],
    spec: { type: 'voc', by: 'stage' },
    expect: { errors: [{ path: 'mapId', message: 'Is required to group by stage' }] },
  },
  {
    name: 'an unknown map is a spec error naming mapId',
    why: 'No map "nope" is stored in the workspace.',
    events: [],
    spec: { type: 'voc', by: 'touchpoint', mapId: 'nope' },
    expect: { errors: [{ path: 'mapId', message: 'No journey map "nope" in this workspace' }] },
  },
];
