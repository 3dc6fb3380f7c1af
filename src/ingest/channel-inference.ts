import { CHANNELS, type Channel } from '../model/channel-list.ts';
import type { MessageType } from './segment-message.ts';

/** Words people and tools use for a channel, mapped to ours (lower-case, `-`/space → `_`). */
const CHANNEL_ALIASES: Record<string, Channel> = {
  website: 'web',
  browser: 'web',
  online: 'web',
  mobile: 'app',
  mobile_app: 'app',
  ios: 'app',
  android: 'app',
  e_mail: 'email',
  newsletter: 'email',
  paid: 'ads',
  ad: 'ads',
  advertising: 'ads',
  organic: 'search',
  seo: 'search',
  shop: 'store',
  retail: 'store',
  pos: 'store',
  in_store: 'store',
  offline: 'store',
  phone: 'call_centre',
  call_center: 'call_centre',
  callcenter: 'call_centre',
  callcentre: 'call_centre',
  contact_center: 'call_centre',
  support: 'call_centre',
  word_of_mouth: 'referral',
  affiliate: 'referral',
  text: 'sms',
  notification: 'push',
  television: 'tv',
  radio: 'tv',
  outdoor: 'print',
  direct_mail: 'print',
};

/** utm_medium values (Google's default channel grouping, simplified) mapped to our channels. */
const MEDIUM_CHANNELS: [RegExp, Channel][] = [
  [
    /^(cpc|ppc|paid|paidsearch|paid_search|cpm|cpv|cpa|display|banner|retargeting|paid_?social|paidsocial)$/,
    'ads',
  ],
  [/^(e_?mail|newsletter)$/, 'email'],
  [/^(social|social_network|social_media|sm)$/, 'social'],
  [/^organic$/, 'search'],
  [/^(referral|affiliate|affiliates|partner)$/, 'referral'],
  [/^sms$/, 'sms'],
  [/^(push|push_notification|notification)$/, 'push'],
  [/^(print|qr|flyer|poster|direct_mail)$/, 'print'],
  [/^(tv|radio|broadcast)$/, 'tv'],
];

const SEARCH_HOSTS =
  /(^|\.)(google|bing|yahoo|duckduckgo|baidu|yandex|ecosia|seznam|onet|wp|qwant|startpage)\.[a-z.]+$/;
const SOCIAL_HOSTS =
  /(^|\.)(facebook|fb|instagram|t\.co|twitter|x|linkedin|lnkd|pinterest|tiktok|youtube|reddit|snapchat|threads|vk|wykop|messenger|whatsapp)\.[a-z.]+$|(^|\.)t\.co$|(^|\.)lnkd\.in$/;

/** A channel name or alias, or null if it is not one we know. */
export function channelFromName(value: unknown): Channel | null {
  if (typeof value !== 'string') return null;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  // Own keys only: `'constructor' in CHANNELS` is true for every object.
  if (Object.hasOwn(CHANNELS, key)) return key as Channel;
  return Object.hasOwn(CHANNEL_ALIASES, key) ? CHANNEL_ALIASES[key]! : null;
}

function channelFromMedium(medium: string, source: string | undefined): Channel | null {
  const m = medium.trim().toLowerCase().replaceAll('-', '_');
  // "organic" is unpaid traffic of any kind; the source says whether from search or social
  // (Google's grouping calls organic traffic from a social network "Organic Social").
  if (m === 'organic' && source && channelFromSource(source) === 'social') return 'social';
  for (const [pattern, channel] of MEDIUM_CHANNELS) if (pattern.test(m)) return channel;
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** `www.shop.example` and `shop.example` are the same site. */
const siteOf = (host: string) => host.replace(/^www\./, '');

function channelFromReferrer(referrer: string, ownHost: string | null): Channel | null {
  const host = hostOf(referrer);
  if (!host || (ownHost !== null && siteOf(host) === siteOf(ownHost))) return null;
  if (SEARCH_HOSTS.test(host)) return 'search';
  if (SOCIAL_HOSTS.test(host)) return 'social';
  return 'referral';
}

/** A utm_source such as `google`, `facebook` or `newsletter`, as a channel if it names one. */
function channelFromSource(source: string): Channel | null {
  return channelFromName(source) ?? channelFromReferrer(`https://${source.trim().toLowerCase()}.com/`, null);
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const asStr = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** utm_* parameters of a URL, which analytics.js does not always copy into context.campaign. */
function utmFromUrl(url: string | undefined): { medium?: string; source?: string } {
  if (!url?.includes('utm_')) return {};
  try {
    const params = new URL(url).searchParams;
    return { medium: params.get('utm_medium') ?? undefined, source: params.get('utm_source') ?? undefined };
  } catch {
    return {};
  }
}

/**
 * The channel an event happened on, in this order of trust:
 * 1. explicit `context.channel` or `properties.channel` naming one of our channels (or an alias);
 * 2. campaign: `context.campaign.medium` / utm_medium (also read from the page URL), then a
 *    known search or social `utm_source`;
 * 3. the referrer: a search engine, a social network, or another site (referral);
 * 4. the kind of event: screens and events from a mobile library are the app, pages the web.
 *
 * @example inferChannel('page', { campaign: { medium: 'cpc' } }, {}) === 'ads'
 */
export function inferChannel(
  type: MessageType,
  context: Obj | undefined,
  properties: Obj | undefined,
): Channel {
  const explicit = channelFromName(context?.channel) ?? channelFromName(properties?.channel);
  if (explicit) return explicit;

  const page = asObj(context?.page);
  const campaign = asObj(context?.campaign);
  const url = asStr(page?.url) ?? asStr(properties?.url);
  const fromUrl = utmFromUrl(url);
  const medium = asStr(campaign?.medium) ?? fromUrl.medium;
  const source = asStr(campaign?.source) ?? fromUrl.source;
  if (medium) {
    const channel = channelFromMedium(medium, source);
    if (channel) return channel;
  }
  if (source) {
    const channel = channelFromSource(source);
    if (channel && channel !== 'referral') return channel;
  }

  const referrer = asStr(page?.referrer) ?? asStr(properties?.referrer);
  if (referrer) {
    const channel = channelFromReferrer(referrer, url ? hostOf(url) : null);
    if (channel) return channel;
  }

  if (
    type === 'screen' ||
    asObj(context?.app) ||
    /ios|android|react-native|flutter/i.test(String(asObj(context?.library)?.name ?? ''))
  ) {
    return 'app';
  }
  if (type === 'page' || page) return 'web';
  return 'other';
}
