/**
 * Random Segment messages for tests that hold two ways of judging messages to the same answers
 * (the bulk import's scan, the fast message reader) against zod's.
 */
export { seededRandom as rng } from '../../src/seeded-random.ts';

const ABSENT = Symbol('absent');
export type Gen = () => number;
const pick = <T>(r: Gen, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const IDS = [
  'a1',
  'a2',
  'a3',
  'a4',
  'u1',
  'u2',
  'u3',
  7,
  2 ** 60, // an integer beyond 15 digits: String(n) is left to JavaScript
  1.5,
  '',
  ' u1',
  null,
  { id: 1 },
  -0,
];
const TIMES = [
  '2026-08-01T10:00:00.000Z',
  '2026-08-01T10:00:00Z',
  '2026-08-01T12:30:00.5+02:00',
  '2026-08-01T03:00:00-07:00',
  '2026-08-01T10:00:00',
  '2026-08-01',
  '2026-08-01 10:00:00Z',
  '2026-08-01T10:00:00.123456Z',
  '2026-02-30T10:00:00Z',
  '2026-08-01T24:00:00Z',
  'yesterday',
  1754042400000,
  null,
];
const EVENTS = [
  'Order Completed',
  'Życzenie zapisane',
  ' padded ',
  '',
  'x'.repeat(201),
  'é'.repeat(150),
  42,
  'tab\tinside',
];
const CHANNEL_WORDS = ['Website', 'email', 'call-center', 'nonsense', 5, 'APP', null];
const URLS = [
  'https://shop.example/p/1',
  'https://shop.example/p/2?utm_medium=cpc&utm_source=google',
  'https://www.shop.example/?utm_source=facebook',
  'not a url utm_medium=email',
  7,
];
const REFERRERS = [
  'https://www.google.com/search?q=x',
  'https://shop.example/cart',
  'https://l.facebook.com/',
  'https://blog.other.org/',
  'junk',
];

function maybe(r: Gen, p: number, value: () => unknown): unknown {
  return r() < p ? value() : ABSENT;
}

function context(r: Gen): unknown {
  if (r() < 0.1) return pick(r, ['a string', [1, 2], null]);
  return {
    channel: maybe(r, 0.2, () => pick(r, CHANNEL_WORDS)),
    page: maybe(r, 0.5, () =>
      r() < 0.1
        ? 'not an object'
        : {
            url: maybe(r, 0.8, () => pick(r, URLS)),
            referrer: maybe(r, 0.4, () => pick(r, REFERRERS)),
            path: `/p/${Math.floor(r() * 9)}`,
          },
    ),
    campaign: maybe(r, 0.3, () => ({
      medium: pick(r, ['cpc', 'Email', 'organic', 'weird', 3]),
      source: maybe(r, 0.7, () => pick(r, ['google', 'facebook', 'newsletter', ''])),
    })),
    app: maybe(r, 0.1, () => ({ name: 'Shop' })),
    library: maybe(r, 0.3, () => ({ name: pick(r, ['analytics-ios', 'analytics-node', 12]) })),
    traits: maybe(r, 0.2, () => pick(r, [{ plan: 'pro' }, {}, 'x', { plan: 'free', n: 1.5 }])),
    locale: 'pl-PL',
  };
}

/**
 * A Segment message in one of the many forms a client may send: mostly valid, often in an unusual
 * but valid form, sometimes broken in one of the ways we know. `seenIds` collects messageIds, so
 * that later messages can repeat one.
 */
export function randomMessage(r: Gen, i: number, seenIds: string[]): Record<string, unknown> {
  const type = pick(r, ['track', 'track', 'track', 'page', 'screen', 'identify', 'alias', 'group', 'trak']);
  const m: Record<string, unknown> = { type };
  const put = (k: string, v: unknown) => {
    if (v !== ABSENT) m[k] = v;
  };
  if (type === 'track') put('event', r() < 0.8 ? 'Product Viewed' : pick(r, EVENTS));
  if (type === 'page' || type === 'screen') {
    put(
      'name',
      maybe(r, 0.7, () => pick(r, ['Home', '', null, 3])),
    );
    put(
      'category',
      maybe(r, 0.2, () => 'Docs'),
    );
  }
  if (type === 'alias')
    put(
      'previousId',
      maybe(r, 0.9, () => pick(r, IDS)),
    );
  if (type === 'group')
    put(
      'groupId',
      maybe(r, 0.9, () => pick(r, ['g1', 'g2', 9, ''])),
    );
  const idMode = r();
  if (idMode < 0.85) {
    put(
      'userId',
      maybe(r, 0.4, () => pick(r, IDS.slice(4, 7))),
    );
    put(
      'anonymousId',
      maybe(r, 0.8, () => pick(r, IDS.slice(0, 4))),
    );
  } else {
    put(
      'userId',
      maybe(r, 0.5, () => pick(r, IDS)),
    );
    put(
      'anonymousId',
      maybe(r, 0.5, () => pick(r, IDS)),
    );
  }
  const mid = r();
  if (mid < 0.75) m.messageId = `m-${i}`;
  else if (mid < 0.8 && seenIds.length > 0) m.messageId = pick(r, seenIds);
  else if (mid < 0.85) m.messageId = pick(r, [null, '', 17, 'x'.repeat(600)]);
  if (typeof m.messageId === 'string') seenIds.push(m.messageId);
  const timeMode = r();
  if (timeMode < 0.7) m.timestamp = TIMES[0];
  else if (timeMode < 0.9) put('timestamp', pick(r, TIMES));
  else {
    put(
      'originalTimestamp',
      maybe(r, 0.8, () => pick(r, TIMES.slice(0, 4))),
    );
    put(
      'sentAt',
      maybe(r, 0.6, () => pick(r, TIMES.slice(0, 4))),
    );
  }
  put(
    'receivedAt',
    maybe(r, 0.05, () => pick(r, TIMES)),
  );
  put(
    'context',
    maybe(r, 0.7, () => context(r)),
  );
  put(
    'properties',
    maybe(r, 0.6, () =>
      r() < 0.05
        ? [1]
        : {
            price: pick(r, [1.5, 100, 0.1, 'x']),
            channel: maybe(r, 0.1, () => pick(r, CHANNEL_WORDS)),
            url: maybe(r, 0.1, () => pick(r, URLS)),
            referrer: maybe(r, 0.1, () => pick(r, REFERRERS)),
            nested: { ok: true },
          },
    ),
  );
  if (type === 'identify' || type === 'group')
    put(
      'traits',
      maybe(r, 0.7, () => pick(r, [{ email: `p${i % 5}@x.pl`, plan: 'pro' }, {}, 'x', { plan: 'free' }])),
    );
  if (r() < 0.03) m.unknownField = 1;
  if (r() < 0.05) m.channel = 'server';
  if (r() < 0.05) m.integrations = pick(r, [{ All: true }, 'x']);
  return m;
}
