import { expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

it('locks an address from one IP after 5 failures for 5 minutes, then lets it try again', () => {
  const c = clock();
  const throttle = new LoginThrottle({ now: c.now });
  for (let i = 0; i < 4; i++) throttle.fail('Ola@Example.com', '10.0.0.1');
  expect(throttle.check('ola@example.com', '10.0.0.1')).toEqual({ allowed: true });
  throttle.fail('ola@example.com ', '10.0.0.1'); // the 5th, spelled differently: same address
  expect(throttle.check('ola@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 300 });
  // Another IP, or another address from this IP, is not locked by it.
  expect(throttle.check('ola@example.com', '10.0.0.2')).toEqual({ allowed: true });
  expect(throttle.check('jan@example.com', '10.0.0.1')).toEqual({ allowed: true });
  c.advance(299_001);
  expect(throttle.check('ola@example.com', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  c.advance(1_000);
  expect(throttle.check('ola@example.com', '10.0.0.1')).toEqual({ allowed: true });
});

it('forgets failures older than the window, and an address’s failures after a success', () => {
  const c = clock();
  const throttle = new LoginThrottle({ now: c.now });
  for (let i = 0; i < 4; i++) throttle.fail('a@x.io', 'ip');
  c.advance(15 * 60_000 + 1);
  throttle.fail('a@x.io', 'ip'); // a new window: 1 failure
  expect(throttle.check('a@x.io', 'ip').allowed).toBe(true);
  for (let i = 0; i < 3; i++) throttle.fail('a@x.io', 'ip');
  throttle.succeed('a@x.io', 'ip');
  throttle.fail('a@x.io', 'ip');
  expect(throttle.check('a@x.io', 'ip').allowed).toBe(true);
});

it('keeps at most maxEntries counters', () => {
  const throttle = new LoginThrottle({ now: clock().now, maxEntries: 2, maxFailures: 1 });
  throttle.fail('a@x.io', 'ip'); // each failure locks its pair at once
  throttle.fail('b@x.io', 'ip');
  throttle.fail('c@x.io', 'ip'); // a third counter: the oldest (a's) is forgotten
  expect(throttle.check('a@x.io', 'ip').allowed).toBe(true);
  expect(throttle.check('b@x.io', 'ip').allowed).toBe(false);
  expect(throttle.check('c@x.io', 'ip').allowed).toBe(false);
});
