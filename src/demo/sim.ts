import type { BasketLine, DemoProduct } from './catalog.ts';
import type { Device, Profile } from './profile.ts';
import type { Rng } from './random.ts';
import type { Pain } from './texts.ts';
import type { SegmentContext, SegmentMessage } from './types.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const SHOP = 'https://shop.example.com';

type Draft = Omit<SegmentMessage, 'messageId' | 'timestamp'>;
type Campaign = NonNullable<SegmentContext['campaign']>;

/** Where a browser currently is, so events fired on a page carry its context as analytics.js does. */
interface PageState {
  path: string;
  url: string;
  referrer: string;
  campaign?: Campaign;
}

/**
 * The state of one person while their journey is simulated, and the emitters that turn steps into
 * Segment messages. The clock `t` only moves forward (follow-ups days ahead run through `at`);
 * anything past `endMs` is dropped, so journeys still in progress at the end of the window are
 * simply cut off, as in real data.
 */
export class PersonSim {
  readonly out: { ts: number; msg: Draft }[] = [];
  /** Known to the shop: has identified (signed up, ordered, loyalty card). */
  known = false;
  /** When the shop first knew the person; catalogues only go out after it. */
  knownSince = Number.POSITIVE_INFINITY;
  /** The userId offline systems use right now; a legacy loyalty id until it is aliased. */
  knownId: string;
  readonly pains = new Set<Pain>();
  readonly wishlist: DemoProduct[] = [];
  cart?: { id: string; lines: BasketLine[]; device: Device };
  coupon?: string;
  orders = 0;
  optedIn = false;
  /** How the person first heard of the shop (answer to "how did you hear about us?"). */
  heardFrom = 'search';
  private readonly pages = new Map<Device, PageState>();
  private seq = 0;
  private firstTs = Number.POSITIVE_INFINITY;

  constructor(
    readonly rng: Rng,
    readonly profile: Profile,
    public t: number,
    readonly endMs: number,
  ) {
    this.knownId = profile.legacyId ?? profile.userId;
  }

  get over(): boolean {
    return this.t > this.endMs;
  }

  /** Moves the clock on by `ms` (at least a second) plus up to three seconds of human jitter. */
  wait(ms: number): void {
    this.t += Math.max(1000, Math.round(ms + this.rng.next() * 3000));
  }

  /** Runs `fn` at time `ts`, then returns to the present: for follow-ups scheduled days ahead. */
  at<T>(ts: number, fn: () => T): T {
    const saved = this.t;
    this.t = ts;
    try {
      return fn();
    } finally {
      this.t = saved;
    }
  }

  /**
   * Moves a moment into waking hours (stores and the call centre: opening hours) in the person's
   * local time (Poland UTC+2, Ireland UTC+1 in summer), so hour-of-day charts look like a real shop's.
   */
  daytime(at: number, kind: 'store' | 'call' | 'web' | 'app' | 'office' = 'web'): number {
    const offset = this.profile.locale === 'pl' ? 2 : 1;
    const [open, close] =
      kind === 'store' ? [9, 19] : kind === 'call' || kind === 'office' ? [8, 18] : [7, 23];
    const local = (new Date(at).getUTCHours() + offset) % 24;
    if (local >= open && local < close) return at;
    const hoursToOpen = (open - local + 24) % 24;
    return at + (hoursToOpen + this.rng.between(0, Math.min(6, close - open - 1))) * HOUR;
  }

  /** A short id unique within this person, for carts, orders and tickets. */
  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${this.profile.userId.slice(5)}-${this.seq}`;
  }

  emit(msg: Draft): void {
    if (this.t > this.endMs) return;
    this.out.push({ ts: this.t, msg });
    if (this.t < this.firstTs) this.firstTs = this.t;
  }

  /** The ids an SDK on this device sends; offline systems (no device) know only the userId. */
  ids(device?: Device): { userId?: string; anonymousId?: string } {
    if (!device) return { userId: this.knownId };
    return device.loggedIn
      ? { userId: this.profile.userId, anonymousId: device.anonymousId }
      : { anonymousId: device.anonymousId };
  }

  deviceContext(device: Device): SegmentContext {
    const ctx: SegmentContext = {
      userAgent: device.userAgent,
      locale: this.profile.locale === 'pl' ? 'pl-PL' : 'en-IE',
      device: { type: device.deviceType },
    };
    if (device.kind === 'app') ctx.channel = 'app';
    const page = this.pages.get(device);
    if (page && device.kind !== 'app') {
      ctx.page = { path: page.path, url: page.url, referrer: page.referrer };
      if (page.campaign) ctx.campaign = page.campaign;
    }
    return ctx;
  }

  /** A track call from a device, or from a back-office system when `device` is undefined. */
  track(event: string, properties: Record<string, unknown>, device?: Device, context?: SegmentContext): void {
    const ctx = device ? { ...this.deviceContext(device), ...context } : context;
    this.emit({ type: 'track', event, ...this.ids(device), properties, ...(ctx ? { context: ctx } : {}) });
  }

  /**
   * A page view: the previous page becomes the referrer, unless the visit arrives from outside
   * (`external` set), whose referrer and utm campaign are what channel inference reads.
   */
  page(
    device: Device,
    name: string,
    path: string,
    external?: { referrer: string; campaign?: Campaign },
  ): void {
    const previous = this.pages.get(device);
    const campaign = external?.campaign;
    const query = campaign
      ? `?utm_source=${campaign.source}&utm_medium=${campaign.medium}&utm_campaign=${campaign.name}`
      : '';
    const referrer = external ? external.referrer : (previous?.url ?? '');
    const state: PageState = { path, url: `${SHOP}${path}${query}`, referrer, campaign };
    this.pages.set(device, state);
    const properties = { name, path, url: state.url, referrer, title: `${name} | JourneyShop` };
    this.emit({ type: 'page', name, ...this.ids(device), properties, context: this.deviceContext(device) });
  }

  screen(device: Device, name: string, properties: Record<string, unknown> = {}): void {
    this.emit({ type: 'screen', name, ...this.ids(device), properties, context: this.deviceContext(device) });
  }

  /**
   * Links a device (or, offline, just the userId) to the person with an identify call. A legacy
   * loyalty id is first aliased to the new account, as a CRM migration would do.
   */
  identify(device: Device | undefined, traits: Record<string, unknown> = {}, context?: SegmentContext): void {
    const p = this.profile;
    if (p.legacyId && this.knownId === p.legacyId && device) {
      this.emit({ type: 'alias', userId: p.userId, previousId: p.legacyId, ...(context ? { context } : {}) });
      this.knownId = p.userId;
    }
    if (device) device.loggedIn = true;
    const first = Math.min(this.firstTs, this.t);
    const ctx = device ? { ...this.deviceContext(device), ...context } : context;
    this.emit({
      type: 'identify',
      userId: device ? p.userId : this.knownId,
      ...(device ? { anonymousId: device.anonymousId } : {}),
      traits: {
        email: p.email,
        name: p.name,
        first_seen: new Date(first).toISOString(),
        locale: p.locale,
        city: p.city,
        age: p.age,
        persona_hint: p.persona,
        ...traits,
      },
      ...(ctx ? { context: ctx } : {}),
    });
    this.known = true;
    this.knownSince = Math.min(this.knownSince, this.t);
  }
}
