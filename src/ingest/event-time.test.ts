import { describe, expect, it } from 'vitest';
import { resolveEventTime } from './event-time.ts';

/** A time on 2024-05-01, UTC: `at('10:00:05')`. */
const at = (time: string) => new Date(`2024-05-01T${time}Z`);

describe('resolveEventTime', () => {
  it('trusts an explicit timestamp when the sender gives no sentAt (historical import over HTTP)', () => {
    const time = resolveEventTime({
      timestamp: new Date('2023-01-15T08:30:00Z'),
      receivedAt: at('09:00:05'),
    });
    expect(time).toEqual(new Date('2023-01-15T08:30:00Z'));
  });

  it('keeps an explicit timestamp over originalTimestamp and sentAt (a replayed, already corrected export)', () => {
    const time = resolveEventTime({
      timestamp: new Date('2023-01-15T08:30:00Z'),
      originalTimestamp: new Date('2023-01-15T09:30:00Z'),
      sentAt: new Date('2023-01-15T09:30:02Z'),
      receivedAt: at('09:00:05'),
    });
    expect(time).toEqual(new Date('2023-01-15T08:30:00Z'));
  });

  // receivedAt − (sentAt − originalTimestamp): the gap between event and send, measured on the
  // device's own clock, subtracted from our clock.
  it.each([
    ['device clock 1 hour fast', '10:00:00', '10:00:05', '09:00:05', '09:00:00'],
    ['device clock 2 minutes slow', '09:58:00', '09:58:30', '10:00:30', '10:00:00'],
    ['clock right, event queued offline for an hour', '08:00:00', '09:00:00', '09:00:01', '08:00:01'],
    ['clock right, sent at once', '10:00:00', '10:00:00.250', '10:00:00.250', '10:00:00'],
  ])('corrects originalTimestamp for clock skew: %s', (_label, original, sent, received, expected) => {
    const time = resolveEventTime({
      originalTimestamp: at(original),
      sentAt: at(sent),
      receivedAt: at(received),
    });
    expect(time).toEqual(at(expected));
  });

  it('uses originalTimestamp as is when the sender gives no sentAt', () => {
    expect(resolveEventTime({ originalTimestamp: at('08:15:00'), receivedAt: at('09:00:05') })).toEqual(
      at('08:15:00'),
    );
  });

  it('falls back to the time we received the event', () => {
    expect(resolveEventTime({ receivedAt: at('09:00:05') })).toEqual(at('09:00:05'));
  });

  it('ignores sentAt when the event carries no time of its own', () => {
    expect(resolveEventTime({ sentAt: at('10:00:05'), receivedAt: at('09:00:05') })).toEqual(at('09:00:05'));
  });

  // Segment's libraries (analytics.js, analytics-node, analytics-swift/kotlin) send the device
  // time as `timestamp` and the send time as `sentAt`; Segment stores that `timestamp` as
  // originalTimestamp and corrects it: "originalTimestamp — time on the client device when call
  // was invoked OR the timestamp value manually passed in", timestamp = receivedAt − (sentAt −
  // originalTimestamp). https://segment.com/docs/connections/spec/common/#timestamps
  // Issue #2 fixes the order as a contract: `timestamp`, else originalTimestamp/sentAt correction,
  // else receive time. An explicit timestamp is trusted even when sentAt is present, so imports
  // of historical data replayed through an SDK keep their times.
  it('trusts an explicit timestamp even when the SDK also sends sentAt', () => {
    const time = resolveEventTime({
      timestamp: at('10:00:00'),
      sentAt: at('10:00:05'),
      receivedAt: at('09:00:05'),
    });
    expect(time).toEqual(at('10:00:00'));
  });
});
