/**
 * Synthetic but realistically shaped events for benchmarks: web and app sessions of many people
 * with page views, product views, carts and orders, identifies, campaign context — the mix real
 * ingestion sees. Deterministic from the index, so any process can produce the same stream.
 */
const EVENTS = [
  'Product Viewed',
  'Product Added',
  'Checkout Started',
  'Order Completed',
  'Email Opened',
  'Ad Clicked',
];
const MEDIUMS = ['cpc', 'email', 'social', 'organic', 'referral'];
const START_MS = Date.parse('2026-08-01T00:00:00Z');

export function syntheticEvent(i: number, runId: string): Record<string, unknown> {
  // About 25 events per person, people interleaved as on a real site.
  const person = Math.floor(i / 25) * 7 + (i % 7);
  const anonymousId = `anon-${person}`;
  const timestamp = new Date(START_MS + i * 2_500).toISOString();
  const messageId = `${runId}-${i}`;
  const kind = i % 10;
  if (kind === 0) {
    return {
      type: 'identify',
      messageId,
      anonymousId,
      userId: `user-${person}`,
      timestamp,
      traits: { email: `p${person}@example.com`, plan: person % 3 === 0 ? 'pro' : 'free' },
    };
  }
  if (kind < 5) {
    return {
      type: 'page',
      messageId,
      anonymousId,
      timestamp,
      name: 'Product',
      properties: {
        path: `/product/sku-${i % 5000}`,
        title: 'Running shoes',
        url: `https://shop.example.com/product/sku-${i % 5000}`,
      },
      context: {
        campaign: { medium: MEDIUMS[i % MEDIUMS.length], source: 'newsletter', name: 'autumn-sale' },
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
        ip: '203.0.113.7',
        locale: 'pl-PL',
      },
    };
  }
  return {
    type: 'track',
    messageId,
    anonymousId,
    userId: kind > 7 ? `user-${person}` : undefined,
    event: EVENTS[i % EVENTS.length],
    timestamp,
    properties: {
      product_id: `sku-${i % 5000}`,
      price: (i % 200) + 0.99,
      currency: 'PLN',
      quantity: 1 + (i % 3),
    },
    context: {
      channel: kind === 9 ? 'app' : undefined,
      locale: 'pl-PL',
      library: { name: 'analytics-node', version: '3.1.0' },
    },
  };
}
