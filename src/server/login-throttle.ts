export interface LoginThrottleOptions {
  /** Failed sign-ins for one e-mail address from one IP address before it is locked. */
  maxFailures?: number;
  /** Failures count within this window from the first one. */
  windowMs?: number;
  /** How long a lock lasts. */
  lockMs?: number;
  /** Counters kept at most; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

interface Counter {
  failures: number;
  since: number;
  lockedUntil: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one address from one IP
 * within `windowMs`, that pair is locked for `lockMs` (even the right password is refused
 * then). Counters are kept whether or not the address has an account, so a lock reveals
 * nothing. There is deliberately no lock per IP alone: behind a reverse proxy every client has
 * the proxy's address, and one guesser would lock everyone out; guessing across many addresses
 * is slowed by the memory-hard hash instead. In memory: one server's view, forgotten on
 * restart, bounded in size.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly lockMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: LoginThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.lockMs = options.lockMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether a sign-in for `email` from `ip` may be tried now. */
  check(email: string, ip: string): ThrottleVerdict {
    const now = this.now();
    const until = this.counters.get(pairKey(email, ip))?.lockedUntil ?? 0;
    return until > now
      ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) }
      : { allowed: true };
  }

  /** Counts a failed sign-in. */
  fail(email: string, ip: string): void {
    this.count(pairKey(email, ip));
  }

  /** Clears the counter after a successful sign-in. */
  succeed(email: string, ip: string): void {
    this.counters.delete(pairKey(email, ip));
  }

  private count(key: string): void {
    const now = this.now();
    let c = this.counters.get(key);
    if (!c || now - c.since > this.windowMs) {
      c = { failures: 0, since: now, lockedUntil: c?.lockedUntil ?? 0 };
    }
    c.failures++;
    if (c.failures >= this.maxFailures) {
      c.lockedUntil = now + this.lockMs;
      c.failures = 0;
      c.since = now;
    }
    this.counters.delete(key); // re-inserted last: Map order is then least recently failed first
    this.counters.set(key, c);
    while (this.counters.size > this.maxEntries) {
      const oldest = this.counters.keys().next().value;
      if (oldest === undefined) break;
      this.counters.delete(oldest);
    }
  }
}

const pairKey = (email: string, ip: string) => `${email.trim().toLowerCase()}\u0000${ip}`;
