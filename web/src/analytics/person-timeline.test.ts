import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/store/store.ts';
import { channelCounts, formatDay, formatTime, personTimeline, traitText } from './person-timeline.ts';

const event = (over: Partial<EventRecord>): EventRecord => ({
  messageId: 'm',
  type: 'track',
  event: 'E',
  name: null,
  personId: 'p-1',
  userId: null,
  anonymousId: null,
  timestamp: '2026-11-17T10:00:00.000Z',
  receivedAt: '2026-11-17T10:00:01.000Z',
  channel: 'web',
  properties: {},
  context: {},
  traits: null,
  ...over,
});

// Newest first, as GET /api/v1/events answers.
const events = [
  event({
    messageId: 'c',
    event: 'Email Opened',
    channel: 'email',
    userId: 'cust-1',
    timestamp: '2026-11-17T23:30:00.000Z',
  }),
  event({
    messageId: 'b',
    event: '$page',
    name: 'Home',
    anonymousId: 'anon-9',
    timestamp: '2026-11-17T10:00:00.000Z',
  }),
  event({
    messageId: 'a',
    event: 'Ad Clicked',
    channel: 'ads',
    anonymousId: 'anon-9',
    timestamp: '2026-11-16T08:00:00.000Z',
  }),
];

describe('personTimeline', () => {
  it('lists events oldest first, grouped by day, with the id each was sent as', () => {
    expect(personTimeline(events, 'UTC')).toEqual([
      {
        day: '2026-11-16',
        items: [
          {
            messageId: 'a',
            timestamp: '2026-11-16T08:00:00.000Z',
            title: 'Ad Clicked',
            channel: 'ads',
            sentAs: 'anon-9',
          },
        ],
      },
      {
        day: '2026-11-17',
        items: [
          {
            messageId: 'b',
            timestamp: '2026-11-17T10:00:00.000Z',
            title: '$page · Home',
            channel: 'web',
            sentAs: 'anon-9',
          },
          {
            messageId: 'c',
            timestamp: '2026-11-17T23:30:00.000Z',
            title: 'Email Opened',
            channel: 'email',
            sentAs: 'cust-1',
          },
        ],
      },
    ]);
  });

  it('cuts days at local midnight: 23:30 UTC is already the next day in Warsaw', () => {
    expect(
      personTimeline(events, 'Europe/Warsaw').map((d) => [d.day, d.items.map((i) => i.messageId)]),
    ).toEqual([
      ['2026-11-16', ['a']],
      ['2026-11-17', ['b']],
      ['2026-11-18', ['c']],
    ]);
  });
});

describe('channelCounts and traitText', () => {
  it('counts events per channel, most first', () => {
    expect(channelCounts([...events, event({ channel: 'ads' })])).toEqual([
      { channel: 'ads', count: 2 },
      { channel: 'email', count: 1 },
      { channel: 'web', count: 1 },
    ]);
  });

  it('shows strings as they are and other values as JSON', () => {
    expect([traitText('Liam'), traitText(71), traitText(true), traitText({ a: 1 })]).toEqual([
      'Liam',
      '71',
      'true',
      '{"a":1}',
    ]);
  });
});

describe('formatDay and formatTime', () => {
  it('write the day heading and the time in the language', () => {
    expect(formatDay('2026-11-17', 'en')).toBe('Tuesday, November 17, 2026');
    expect(formatDay('2026-11-17', 'pl')).toBe('wtorek, 17 listopada 2026');
    expect(formatTime('2026-11-17T10:53:04.776Z', 'en', 'UTC')).toBe('10:53 AM');
    expect(formatTime('2026-11-17T10:53:04.776Z', 'pl', 'Europe/Warsaw')).toBe('11:53');
  });
});
