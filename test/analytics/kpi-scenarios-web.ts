import { type KpiScenario, page } from './kpi-scenario.ts';
import { MINUTE, track } from './scenario-events.ts';

// kai reads /home for 10 min, then /shop. lia sees /home, clicks, leaves. max sees /home and,
// 40 min later (past the 30-minute timeout), /blog. ned reads /blog for exactly 30 min, then /home.
const visits = [
  page('kai', 0, '/home'),
  page('kai', 10 * MINUTE, '/shop'),
  page('lia', 0, '/home'),
  track('lia', MINUTE, 'Clicked'),
  page('max', 0, '/home'),
  page('max', 40 * MINUTE, '/blog'),
  page('ned', 0, '/blog'),
  page('ned', 30 * MINUTE, '/home'),
];

/** Sessions of page views: bounce rate and time on page. */
export const webScenarios: KpiScenario[] = [
  {
    name: 'bounce rate: sessions of one page view, split after 30 minutes',
    why:
      'kai: one session of 2 pages. lia: 1 page — her click is not a page view, so she bounced. ' +
      'max: 40 min between pages is over the timeout: 2 sessions of 1 page, 2 bounces. ned: a gap of ' +
      'exactly 30 min keeps the session: 2 pages. 5 sessions, 3 bounces.',
    events: visits,
    spec: { type: 'kpi', metric: 'bounce_rate' },
    expect: { kpi: { value: 0.6, count: 5, bounces: 3 } },
  },
  {
    name: 'bounce rate: a shorter timeout splits more sessions',
    why: 'With a 20-minute timeout ned’s 30-minute gap ends his session too: 6 sessions, 5 of one page.',
    events: visits,
    spec: { type: 'kpi', metric: { kind: 'bounce_rate', sessionTimeout: { value: 20, unit: 'minute' } } },
    expect: { kpi: { value: 5 / 6, count: 6, bounces: 5 } },
  },
  {
    name: 'average time on page: exits have no time; by page path',
    why:
      'Timed page views: kai /home 600 s (until /shop), ned /blog 1800 s (until /home, inside the ' +
      'timeout). Every other view is the last of its session (max’s /home: the next view is after the ' +
      'timeout). Mean 1200 s over 2 of 7 views. By path, ranked by views: /home 4 views, one timed ' +
      '(600 s); /blog 2 views, one timed (1800 s); /shop 1 view, none timed (no value).',
    events: visits,
    spec: { type: 'kpi', metric: 'avg_time_on_page', breakdown: { on: 'property', name: 'path' } },
    expect: {
      kpi: { value: 1200, count: 2, pageViews: 7 },
      breakdown: [
        { value: '/home', kpi: { value: 600, count: 1, pageViews: 4 } },
        { value: '/blog', kpi: { value: 1800, count: 1, pageViews: 2 } },
        { value: '/shop', kpi: { value: null, count: 0, pageViews: 1 } },
      ],
    },
  },
];
