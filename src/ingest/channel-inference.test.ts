import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channel.ts';
import { channelFromName, inferChannel } from './channel-inference.ts';

const SHOP = 'https://shop.example/landing';

/** A browser page view on our shop, as analytics.js sends it, with extra context fields. */
const pageContext = (extra: Record<string, unknown> = {}, page: Record<string, unknown> = {}) => ({
  page: { url: SHOP, ...page },
  ...extra,
});

describe('channelFromName', () => {
  it.each<[string, Channel]>([
    ['web', 'web'],
    ['call_centre', 'call_centre'],
    ['Call Center', 'call_centre'],
    ['call-center', 'call_centre'],
    ['in-store', 'store'],
    ['In Store', 'store'],
    ['  Retail ', 'store'],
    ['E-mail', 'email'],
    ['Newsletter', 'email'],
    ['Mobile App', 'app'],
    ['iOS', 'app'],
    ['SMS', 'sms'],
    ['phone', 'call_centre'],
  ])('reads %j as %s', (name, channel) => {
    expect(channelFromName(name)).toBe(channel);
  });

  it.each([['server'], ['carrier pigeon'], [''], [42], [null], [undefined]])(
    'does not recognise %j',
    (value) => {
      expect(channelFromName(value)).toBeNull();
    },
  );

  // Channel names come from untrusted event payloads; names every object inherits are not channels.
  it.each([['constructor'], ['Constructor'], ['__proto__']])(
    'does not take the inherited object key %j for a channel',
    (value) => {
      expect(channelFromName(value)).toBeNull();
      expect(inferChannel('track', { channel: value }, {})).toBe('other');
    },
  );
});

describe('inferChannel: explicit channel', () => {
  it.each<[string, Channel]>([
    ['Call Center', 'call_centre'],
    ['in-store', 'store'],
    ['email', 'email'],
  ])('context.channel %j → %s', (name, channel) => {
    expect(inferChannel('track', { channel: name }, {})).toBe(channel);
  });

  it.each<[string, Channel]>([
    ['Call Center', 'call_centre'],
    ['in-store', 'store'],
    ['POS', 'store'],
  ])('properties.channel %j → %s (offline events sent from staff tools)', (name, channel) => {
    expect(inferChannel('track', undefined, { channel: name })).toBe(channel);
  });

  it('prefers context.channel over properties.channel', () => {
    expect(inferChannel('track', { channel: 'email' }, { channel: 'sms' })).toBe('email');
  });

  it('ignores a channel value it does not know and infers from the rest', () => {
    expect(inferChannel('page', pageContext({ channel: 'server' }), {})).toBe('web');
    expect(inferChannel('track', { channel: 'nonsense' }, { channel: 'in-store' })).toBe('store');
  });
});

describe('inferChannel: campaign', () => {
  it.each<[string, Channel]>([
    ['cpc', 'ads'],
    ['CPC', 'ads'],
    ['display', 'ads'],
    ['email', 'email'],
    ['e-mail', 'email'],
    ['newsletter', 'email'],
    ['social', 'social'],
    ['sms', 'sms'],
    ['push', 'push'],
    ['affiliate', 'referral'],
    ['qr', 'print'],
  ])('context.campaign.medium %j → %s', (medium, channel) => {
    expect(inferChannel('page', pageContext({ campaign: { medium } }), {})).toBe(channel);
  });

  it('organic medium from google is search', () => {
    expect(inferChannel('page', pageContext({ campaign: { medium: 'organic', source: 'google' } }), {})).toBe(
      'search',
    );
  });

  it.each<[string, Channel]>([
    [`${SHOP}?utm_source=newsletter&utm_medium=email&utm_campaign=spring`, 'email'],
    [`${SHOP}?utm_medium=cpc&utm_source=google`, 'ads'],
    [`${SHOP}?utm_source=instagram`, 'social'],
  ])('reads utm_* from the page URL %s → %s', (url, channel) => {
    expect(inferChannel('page', { page: { url } }, {})).toBe(channel);
  });

  it('reads utm_* from properties.url when the context has no page', () => {
    expect(inferChannel('page', undefined, { url: `${SHOP}?utm_medium=email` })).toBe('email');
  });

  it.each<[string, Channel]>([
    ['facebook', 'social'],
    ['linkedin', 'social'],
    ['google', 'search'],
    ['bing', 'search'],
    ['newsletter', 'email'],
  ])('utm_source %j alone → %s', (source, channel) => {
    expect(inferChannel('page', pageContext({ campaign: { source } }), {})).toBe(channel);
  });

  it('an unknown utm_source alone says nothing: the page falls back to web, not referral', () => {
    expect(inferChannel('page', pageContext({ campaign: { source: 'partner-blog' } }), {})).toBe('web');
  });

  it('an unknown utm_medium falls back to a known utm_source', () => {
    expect(
      inferChannel('page', pageContext({ campaign: { medium: 'spring-promo', source: 'facebook' } }), {}),
    ).toBe('social');
  });
});

describe('inferChannel: referrer', () => {
  it.each<[string, Channel]>([
    ['https://www.google.com/', 'search'],
    ['https://www.google.co.uk/search?q=shoes', 'search'],
    ['https://www.bing.com/search?q=shoes', 'search'],
    ['https://duckduckgo.com/', 'search'],
    ['https://www.facebook.com/', 'social'],
    ['https://l.facebook.com/l.php?u=x', 'social'],
    ['https://t.co/AbC123', 'social'],
    ['https://lnkd.in/e3xYz', 'social'],
    ['https://www.reddit.com/r/running/', 'social'],
    ['https://cooking-blog.net/best-pans', 'referral'],
  ])('page referred by %s → %s', (referrer, channel) => {
    expect(inferChannel('page', pageContext({}, { referrer }), {})).toBe(channel);
  });

  it('a referrer on our own host is navigation within the site, not a referral', () => {
    expect(inferChannel('page', pageContext({}, { referrer: 'https://shop.example/cart' }), {})).toBe('web');
  });

  it('reads properties.referrer when the context has no page', () => {
    expect(inferChannel('track', {}, { referrer: 'https://www.google.com/' })).toBe('search');
  });

  it('ignores a referrer that is not a URL', () => {
    expect(inferChannel('page', pageContext({}, { referrer: 'not a url' }), {})).toBe('web');
  });
});

describe('inferChannel: kind of event', () => {
  it.each<[string, Parameters<typeof inferChannel>, Channel]>([
    ['a screen', ['screen', undefined, undefined], 'app'],
    ['a track from a mobile app context', ['track', { app: { name: 'Shop', version: '2.4.0' } }, {}], 'app'],
    ['a track from the Android library', ['track', { library: { name: 'analytics-android' } }, {}], 'app'],
    ['a track from the iOS library', ['track', { library: { name: 'analytics-ios' } }, {}], 'app'],
    ['a page', ['page', undefined, undefined], 'web'],
    ['a browser track (analytics.js adds context.page)', ['track', pageContext(), {}], 'web'],
    ['a bare server track', ['track', { library: { name: '@segment/analytics-node' } }, {}], 'other'],
    ['a track without any context', ['track', undefined, undefined], 'other'],
    ['an identify from a server', ['identify', {}, undefined], 'other'],
  ])('%s → %s', (_label, args, channel) => {
    expect(inferChannel(...args)).toBe(channel);
  });
});

describe('inferChannel: order of trust', () => {
  it('explicit channel beats campaign and referrer', () => {
    const context = pageContext(
      { channel: 'email', campaign: { medium: 'cpc' } },
      { referrer: 'https://google.com/' },
    );
    expect(inferChannel('page', context, {})).toBe('email');
  });

  it('properties.channel beats campaign', () => {
    expect(inferChannel('page', pageContext({ campaign: { medium: 'cpc' } }), { channel: 'store' })).toBe(
      'store',
    );
  });

  it('campaign medium beats referrer', () => {
    const context = pageContext({ campaign: { medium: 'cpc' } }, { referrer: 'https://www.facebook.com/' });
    expect(inferChannel('page', context, {})).toBe('ads');
  });

  it('utm_medium in the URL beats referrer', () => {
    const context = { page: { url: `${SHOP}?utm_medium=email`, referrer: 'https://www.google.com/' } };
    expect(inferChannel('page', context, {})).toBe('email');
  });

  it('campaign source beats referrer', () => {
    const context = pageContext(
      { campaign: { source: 'google' } },
      { referrer: 'https://www.facebook.com/' },
    );
    expect(inferChannel('page', context, {})).toBe('search');
  });

  it('context.campaign.medium beats utm_medium in the URL', () => {
    const context = { page: { url: `${SHOP}?utm_medium=email` }, campaign: { medium: 'cpc' } };
    expect(inferChannel('page', context, {})).toBe('ads');
  });

  it('referrer beats the kind of event', () => {
    expect(inferChannel('screen', {}, { referrer: 'https://www.google.com/' })).toBe('search');
  });
});

describe('inferChannel: finer campaign and referrer rules', () => {
  it.each([
    [{ medium: 'organic', source: 'facebook' }, 'social'], // Google's "Organic Social"
    [{ medium: 'organic', source: 'instagram' }, 'social'],
    [{ medium: 'organic', source: 'google' }, 'search'],
    [{ medium: 'organic' }, 'search'],
    [{ medium: 'paid-social', source: 'facebook' }, 'ads'],
    [{ medium: 'social-network' }, 'social'],
  ])('campaign %o → %s', (campaign, channel) => {
    expect(inferChannel('page', { campaign }, {})).toBe(channel);
  });

  it('treats www. and the bare host as the same site', () => {
    const context = {
      page: { url: 'https://shop.example/cart', referrer: 'https://www.shop.example/product/1' },
    };
    expect(inferChannel('page', context, {})).toBe('web');
  });
});
