import { type Order, orderProps } from './browse.ts';
import { type Category, drawBasket, pickProduct } from './catalog.ts';
import { MINUTE, type PersonSim } from './sim.ts';

/**
 * Offline systems can only record a known customer: the till sees a loyalty card, the call
 * centre a phone number. A stranger joins the loyalty programme (an identify from the store or
 * call centre) or stays invisible, which is why some offline visits never reach the data.
 */
function recognise(sim: PersonSim, channel: 'store' | 'call_centre'): boolean {
  if (sim.known) return true;
  if (!sim.rng.chance(0.6)) return false;
  sim.identify(undefined, { heard_from: sim.heardFrom, loyalty_card: channel === 'store' }, { channel });
  sim.optedIn = sim.rng.chance(0.5);
  return true;
}

/** What a customer buys offline: often what they looked at online first ("webrooming"). */
function offlineBasket(sim: PersonSim, favourite: Category) {
  const { rng } = sim;
  const online = sim.cart?.lines[0]?.product ?? sim.wishlist[0];
  const anchor = online && rng.chance(0.6) ? online : pickProduct(rng, favourite);
  if (online === anchor) sim.cart = undefined;
  return drawBasket(rng, anchor);
}

function offlineOrder(
  sim: PersonSim,
  channel: 'store' | 'call_centre',
  favourite: Category,
  extra: object,
): Order {
  const id = sim.nextId(channel === 'store' ? 'pos' : 'tel');
  const lines = offlineBasket(sim, favourite);
  sim.track('Order Completed', { ...orderProps(sim, id, lines, sim.coupon), ...extra }, undefined, {
    channel,
  });
  sim.coupon = undefined;
  sim.orders += 1;
  return { id, lines, channel };
}

/** A visit to a store in the person's city; returns the till order if they bought. */
export function storeVisit(sim: PersonSim, favourite: Category): Order | undefined {
  const { rng, profile } = sim;
  if (!recognise(sim, 'store')) return undefined;
  const storeId = `store-${profile.city.toLowerCase().replace(/[^a-z]/g, '')}`;
  const store = { store_id: storeId, store_name: `JourneyShop ${profile.city}` };
  sim.track('Store Visit', { ...store, visit_minutes: Math.round(5 + rng.exp(18)) }, undefined, {
    channel: 'store',
  });
  sim.wait(rng.between(5, 40) * MINUTE);
  if (!rng.chance(profile.behaviour.storePurchase)) return undefined;
  const cash = profile.persona === 'traditional_shopper' ? 4 : 1;
  const payment = rng.weightedKey({ card: 6, cash, [profile.locale === 'pl' ? 'blik' : 'mobile_wallet']: 2 });
  return offlineOrder(sim, 'store', favourite, { ...store, payment_method: payment });
}

/**
 * A call to the call centre: questions before buying, sometimes a phone order. Long waits are
 * the "slow support" pain point of traditional shoppers.
 */
export function callCentre(sim: PersonSim, favourite: Category): Order | undefined {
  const { rng, profile } = sim;
  if (!recognise(sim, 'call_centre')) return undefined;
  const slow = rng.chance(profile.behaviour.pains.slow_support);
  if (slow) sim.pains.add('slow_support');
  const reason = rng.weightedKey({
    product_question: 5,
    order_status: sim.orders > 0 ? 3 : 0,
    delivery_options: 2,
    payment_question: 1,
  });
  sim.track(
    'Call Centre Contact',
    {
      reason,
      wait_seconds: Math.round(slow ? rng.between(900, 2700) : rng.exp(120)),
      duration_seconds: Math.round(60 + rng.exp(240)),
      resolved: !slow || rng.chance(0.4),
    },
    undefined,
    { channel: 'call_centre' },
  );
  sim.wait(rng.between(3, 15) * MINUTE);
  if (reason !== 'product_question' || !rng.chance(0.25)) return undefined;
  return offlineOrder(sim, 'call_centre', favourite, { payment_method: 'cash_on_delivery' });
}
