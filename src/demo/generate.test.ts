import { describe, expect, it } from 'vitest';
import { DEMO_EVENTS, DEMO_PERSONAS, demoProducts, generateDemoEvents } from './generate.ts';

const END = new Date('2025-06-30T12:00:00.000Z');
const DAYS = 90;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const generate = (people: number, seed: number, days?: number) => [
  ...generateDemoEvents({ people, seed, end: END, ...(days ? { days } : {}) }),
];

// One shared sample keeps the suite fast; 1,500 people make the rates below stable to ±0.03.
const sample = generate(1500, 42);
const tracks = (event: string) => sample.filter((m) => m.type === 'track' && m.event === event);

describe('generateDemoEvents', () => {
  it('is deterministic: same seed, same messages; another seed, other messages', () => {
    const first = generate(50, 42);
    expect(generate(50, 42)).toEqual(first);
    // A person depends only on (seed, index), so 50 people are the first 50 of 1,500.
    expect(first).toEqual(sample.slice(0, first.length));
    const other = generate(50, 43);
    expect(other.map((m) => m.anonymousId ?? m.userId)).not.toEqual(
      first.map((m) => m.anonymousId ?? m.userId),
    );
  });

  it('keeps every timestamp an ISO string inside [end − days, end], each person in time order', () => {
    for (const [days, people] of [
      [DAYS, 1500],
      [14, 300],
    ] as const) {
      const messages = days === DAYS ? sample : generate(people, 5, days);
      const start = END.getTime() - days * 86_400_000;
      const times = messages.map((m) => Date.parse(m.timestamp));
      expect(messages.filter((m) => !ISO.test(m.timestamp))).toEqual([]);
      expect(times.filter((t) => !(t >= start && t <= END.getTime()))).toEqual([]);
      // People come one after another, each in time order: time can only step back between two people.
      const stepsBack = times.filter((t, i) => i > 0 && t < times[i - 1]!).length;
      expect(stepsBack).toBeLessThan(people);
    }
  });

  it('gives every message an id, a unique messageId and the fields of its type', () => {
    expect(new Set(sample.map((m) => m.messageId)).size).toBe(sample.length);
    const invalid = sample.filter(
      (m) =>
        !(m.userId || m.anonymousId) ||
        (m.type === 'track' && !m.event) ||
        ((m.type === 'page' || m.type === 'screen') && !m.name) ||
        (m.type === 'alias' && !(m.previousId && m.userId)) ||
        (m.type === 'identify' && !String(m.traits?.email).includes('@')),
    );
    expect(invalid).toEqual([]);
  });

  it('emits only events listed in DEMO_EVENTS, and every listed event occurs', () => {
    const key = (m: { type: string; name?: string; event?: string }) =>
      `${m.type}:${m.type === 'track' ? m.event : m.name}`;
    const listed = new Set(DEMO_EVENTS.map((e) => `${e.type}:${e.name}`));
    const seen = new Set(sample.filter((m) => m.type !== 'identify' && m.type !== 'alias').map(key));
    expect([...seen].filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !seen.has(k))).toEqual([]);
  });

  it('abandons most carts (~70%) and turns most checkouts into orders', () => {
    const carts = new Set(tracks('Product Added').map((m) => m.properties?.cart_id));
    const bought = new Set(
      tracks('Order Completed')
        .map((m) => m.properties?.cart_id)
        .filter(Boolean),
    );
    const abandonment = 1 - bought.size / carts.size;
    expect(abandonment).toBeGreaterThan(0.55);
    expect(abandonment).toBeLessThan(0.85);
    const checkoutToOrder = bought.size / tracks('Checkout Started').length;
    expect(checkoutToOrder).toBeGreaterThan(0.5);
    expect(checkoutToOrder).toBeLessThan(0.8);
  });

  it('has store orders offline and web orders whose channel comes from campaign and referrer', () => {
    expect(tracks('Order Completed').some((m) => m.context?.channel === 'store')).toBe(true);
    const pages = sample.filter((m) => m.type === 'page');
    expect(pages.some((m) => m.context?.campaign?.medium === 'cpc')).toBe(true);
    expect(pages.some((m) => m.context?.campaign?.medium === 'email')).toBe(true);
    expect(pages.some((m) => m.context?.page?.referrer.includes('google.') && !m.context.campaign)).toBe(
      true,
    );
    expect(
      pages.some((m) => /instagram|facebook|tiktok|pinterest/.test(m.context?.page?.referrer ?? '')),
    ).toBe(true);
  });

  it('writes survey comments and tickets in both English and Polish', () => {
    const comments = tracks('survey_response').map((m) => String(m.properties?.comment ?? ''));
    const polish = /[ąćęłńóśźż]|Polecam|kupię/i;
    expect(comments.some((c) => c && polish.test(c))).toBe(true);
    expect(comments.some((c) => c && !polish.test(c))).toBe(true);
    for (const m of tracks('survey_response')) {
      const { survey, score } = m.properties as { survey: string; score: number };
      const max = { nps: 10, csat: 5, ces: 7 }[survey];
      expect(score).toBeGreaterThanOrEqual(survey === 'nps' ? 0 : 1);
      expect(score).toBeLessThanOrEqual(max ?? -1);
    }
    expect(tracks('Support Ticket Created').every((m) => String(m.properties?.text).length > 10)).toBe(true);
  });

  it('links two or more anonymous devices of some people to one userId by identify', () => {
    const anons = new Map<string, Set<string>>();
    for (const m of sample) {
      if (m.type !== 'identify' || !m.userId || !m.anonymousId) continue;
      anons.set(m.userId, (anons.get(m.userId) ?? new Set()).add(m.anonymousId));
    }
    expect([...anons.values()].filter((ids) => ids.size >= 2).length).toBeGreaterThan(50);
    // Some visitors never identify: their anonymousIds never appear in an identify.
    const linked = new Set(sample.filter((m) => m.type === 'identify').map((m) => m.anonymousId));
    expect(sample.some((m) => m.anonymousId && !linked.has(m.anonymousId))).toBe(true);
    expect(sample.some((m) => m.type === 'alias')).toBe(true);
  });

  it('draws baskets from real product affinities (phone + case is a frequent pair)', () => {
    const skus = new Set(demoProducts.map((p) => p.sku));
    let phoneAndCase = 0;
    for (const m of tracks('Order Completed')) {
      const lines = m.properties?.products as { sku: string }[];
      expect(lines.every((l) => skus.has(l.sku))).toBe(true);
      if (lines.some((l) => l.sku === 'sku-401') && lines.some((l) => l.sku === 'sku-402')) phoneAndCase++;
    }
    expect(phoneAndCase).toBeGreaterThan(5);
  });

  it('assigns every persona and describes each one', () => {
    const hints = new Set(sample.filter((m) => m.type === 'identify').map((m) => m.traits?.persona_hint));
    expect([...hints].sort()).toEqual(DEMO_PERSONAS.map((p) => p.id).sort());
    expect(DEMO_PERSONAS.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
  });

  it('generates 5,000 people fast (time reported, not asserted)', () => {
    const started = performance.now();
    let count = 0;
    for (const _ of generateDemoEvents({ people: 5000, seed: 1, end: END })) count++;
    const ms = Math.round(performance.now() - started);
    console.log(`demo: 5000 people → ${count} messages (${(count / 5000).toFixed(1)}/person) in ${ms} ms`);
    expect(count).toBeGreaterThan(5000 * 20);
  });
});
