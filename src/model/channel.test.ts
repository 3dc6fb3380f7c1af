import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, ChannelSchema, isOnline } from './channel.ts';

describe('channel', () => {
  it('lists the fourteen normalised channels', () => {
    expect(CHANNEL_NAMES).toEqual([
      'web',
      'app',
      'email',
      'social',
      'ads',
      'search',
      'store',
      'call_centre',
      'referral',
      'sms',
      'push',
      'tv',
      'print',
      'other',
    ]);
  });

  it('tells online from offline channels', () => {
    expect(isOnline('email')).toBe(true);
    expect(isOnline('store')).toBe(false);
    expect(isOnline('call_centre')).toBe(false);
  });

  it('rejects an unknown channel', () => {
    expect(ChannelSchema.safeParse('fax').success).toBe(false);
  });
});
