import { afterOrder } from './aftercare.ts';
import type { SessionChannel, Source } from './behaviour.ts';
import { browse, type Order } from './browse.ts';
import { type Category, productProps } from './catalog.ts';
import { sendEmail } from './email.ts';
import { arrive, fromEmail, type Landing } from './landing.ts';
import { callCentre, storeVisit } from './offline.ts';
import { type Device, drawProfile } from './profile.ts';
import { mixSeed, Rng } from './random.ts';
import { DAY, HOUR, MINUTE, PersonSim } from './sim.ts';

/** A scheduled broadcast (newsletter or sale) that every opted-in customer receives. */
export interface Broadcast {
  ts: number;
  name: string;
  coupon?: string;
}

/** What the next visit is: when, where, and (for e-mail or push clicks) where it lands. */
interface Visit {
  at: number;
  channel: SessionChannel;
  landing?: Landing;
}

const HEARD_FROM: Record<Source, string> = {
  paid_search: 'search',
  organic_search: 'search',
  paid_social: 'social_media',
  social: 'social_media',
  display: 'online_ad',
  referral: 'friend',
  direct: 'other',
  tv: 'tv',
  print: 'print',
};

/** People without a browser or the app (some retirees) make their "online" visits in a store. */
function reachable(sim: PersonSim, channel: SessionChannel): SessionChannel {
  const { web, app } = sim.profile;
  return (channel === 'web' || channel === 'app') && !web && !app ? 'store' : channel;
}

function deviceFor(sim: PersonSim, channel: 'web' | 'app'): Device | undefined {
  const { web, secondWeb, app } = sim.profile;
  const browser = secondWeb && sim.rng.chance(0.35) ? secondWeb : web;
  return channel === 'app' ? (app ?? browser) : (browser ?? app);
}

function runVisit(sim: PersonSim, visit: Visit, source: Source, favourite: Category): Order | undefined {
  if (visit.channel === 'store') return storeVisit(sim, favourite);
  if (visit.channel === 'call') return callCentre(sim, favourite);
  const device = deviceFor(sim, visit.channel);
  if (!device) return storeVisit(sim, favourite);
  const landing =
    visit.landing ?? (device.kind === 'app' ? { referrer: '' } : arrive(sim, device, source, favourite));
  return browse(sim, device, landing, favourite);
}

/** After a visit, the shop's triggered follow-ups: abandoned-cart e-mail, wishlist price-drop push. */
function followUp(sim: PersonSim, mailedCarts: Set<string>): Visit | undefined {
  const { rng, profile } = sim;
  const b = profile.behaviour;
  const cart = sim.cart;
  // Only a cart on a logged-in device has an owner the shop can e-mail.
  if (cart?.device.loggedIn && sim.optedIn && !mailedCarts.has(cart.id)) {
    mailedCarts.add(cart.id);
    const coupon = profile.persona === 'bargain_hunter' ? 'COMEBACK10' : undefined;
    const props = { cart_id: cart.id, ...(coupon ? { coupon } : {}) };
    const at = sim.t + rng.between(1, 4) * HOUR;
    const click = sim.at(at, () => sendEmail(sim, 'abandoned_cart', 'crm', 0.45, b.emailClick * 2.5, props));
    if (click === undefined) return undefined;
    if (coupon) sim.coupon = coupon;
    return { at: click, channel: 'web', landing: fromEmail('abandoned_cart', 'crm', { resumeCart: true }) };
  }
  const wished = sim.wishlist[0];
  if (wished && profile.app?.loggedIn && rng.chance(0.25)) {
    const at = sim.t + rng.between(1, 6) * DAY;
    const props = { campaign: 'price_drop', ...productProps(wished, profile.currency) };
    sim.at(at, () => sim.track('Push Notification Opened', props, profile.app, { channel: 'push' }));
    return {
      at: at + 5000,
      channel: 'app',
      landing: { referrer: '', product: wished, category: wished.category },
    };
  }
  return undefined;
}

/**
 * Simulates one person's journey in [startMs, endMs] and returns their messages (unsorted). The
 * person's random stream depends only on (seed, index), so person 7 is the same person whether
 * 10 or 10,000 people are generated.
 */
export function simulatePerson(
  seed: number,
  index: number,
  startMs: number,
  endMs: number,
  broadcasts: Broadcast[],
) {
  const rng = new Rng(mixSeed(seed, index));
  const profile = drawProfile(rng, seed, index);
  const b = profile.behaviour;
  const existing = rng.chance(b.existingCustomer);
  const span = endMs - startMs;
  // Existing customers are active from the start; newcomers arrive evenly over the window.
  const t0 = startMs + (existing ? Math.min(span * 0.9, rng.exp(span / 8)) : rng.next() * span * 0.97);
  const sim = new PersonSim(rng, profile, t0, endMs);
  const favourite = rng.weightedKey(b.categories);
  const firstSource = rng.weightedKey(existing ? b.returnSources : b.acquisition);
  sim.heardFrom = existing ? rng.pick(['friend', 'search', 'tv', 'other']) : HEARD_FROM[firstSource];
  if (rng.chance(b.pains.price)) sim.pains.add('price');
  if (existing) {
    // The CRM already knows them: its sync sends an identify before anything happens in the window.
    sim.orders = rng.int(1, 6);
    sim.optedIn = rng.chance(0.75);
    sim.identify(undefined, { heard_from: sim.heardFrom, orders_count: sim.orders });
  }
  const offlineFirst = firstSource === 'tv' || firstSource === 'print';
  const first = reachable(
    sim,
    rng.weightedKey(offlineFirst ? { store: 6, call: 3, web: 2 } : b.sessionChannels),
  );
  let visit: Visit | undefined = { at: sim.daytime(t0, first), channel: first };
  let source = firstSource;
  let sessionsLeft = 1 + rng.geometric(b.sessions);
  const mailedCarts = new Set<string>();
  let nextBroadcast = broadcasts.findIndex((x) => x.ts >= t0);
  if (nextBroadcast < 0) nextBroadcast = broadcasts.length;

  for (let guard = 0; visit && guard < 100; guard++) {
    sim.t = visit.at;
    if (sim.over) break;
    const order = runVisit(sim, visit, source, favourite);
    if (order) {
      afterOrder(sim, order);
      sessionsLeft = rng.chance(b.repeat) ? 1 + rng.geometric(b.sessions) : 0;
    } else sessionsLeft -= 1;
    source = rng.weightedKey(b.returnSources);
    visit = followUp(sim, mailedCarts);
    if (!visit && sessionsLeft > 0) {
      // Repeat purchases come weeks later; browsing visits days apart.
      const gap = rng.exp((order ? 4 : 1) * b.gapDays * DAY) + 30 * MINUTE;
      const channel = reachable(sim, rng.weightedKey(b.sessionChannels));
      visit = { at: sim.daytime(sim.t + gap, channel), channel };
    }
    // Broadcast e-mails until the next visit; a click brings the visit forward (or revives a lapsed person).
    const until = Math.min(visit?.at ?? endMs, endMs);
    for (; nextBroadcast < broadcasts.length && broadcasts[nextBroadcast]!.ts < until; nextBroadcast++) {
      const cast = broadcasts[nextBroadcast]!;
      if (cast.ts < sim.t || !sim.known || !sim.optedIn) continue;
      const click = cast.coupon && profile.persona === 'bargain_hunter' ? b.emailClick * 2 : b.emailClick;
      const props = cast.coupon ? { coupon: cast.coupon } : {};
      const at = cast.ts + rng.between(0, 30) * MINUTE;
      const clicked = sim.at(at, () => sendEmail(sim, cast.name, 'newsletter', b.emailOpen, click, props));
      if (clicked !== undefined) {
        if (cast.coupon) sim.coupon = cast.coupon;
        // Without a browser or the app, the offer is redeemed in a store a day or two later.
        const online = reachable(sim, 'web') === 'web';
        visit = online
          ? { at: clicked, channel: 'web', landing: fromEmail(cast.name) }
          : { at: sim.daytime(clicked + rng.between(1, 3) * DAY, 'store'), channel: 'store' };
        nextBroadcast++;
        break;
      }
    }
  }
  if (profile.persona === 'traditional_shopper' && sim.known) {
    // Printed catalogues go to loyalty members twice a season.
    for (const at of [startMs + 20 * DAY, startMs + 60 * DAY]) {
      if (at > sim.knownSince)
        sim.at(at, () =>
          sim.track('Catalogue Sent', { catalogue: 'seasonal' }, undefined, { channel: 'print' }),
        );
    }
  }
  return sim.out;
}
