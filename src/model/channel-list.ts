/**
 * Every channel a customer can meet the brand on. Online channels leave digital events on their
 * own; offline ones (store, call centre, TV, print) reach us through imports or staff tools.
 */
export const CHANNELS = {
  web: { online: true },
  app: { online: true },
  email: { online: true },
  social: { online: true },
  ads: { online: true },
  search: { online: true },
  store: { online: false },
  call_centre: { online: false },
  referral: { online: false },
  sms: { online: true },
  push: { online: true },
  tv: { online: false },
  print: { online: false },
  other: { online: false },
} as const satisfies Record<string, { online: boolean }>;

export type Channel = keyof typeof CHANNELS;

export const CHANNEL_NAMES = Object.keys(CHANNELS) as [Channel, ...Channel[]];

/** `isOnline('email') === true`, `isOnline('store') === false`. */
export function isOnline(channel: Channel): boolean {
  return CHANNELS[channel].online;
}
