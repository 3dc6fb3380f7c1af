import {
  type BasketLine,
  type Category,
  type DemoProduct,
  drawBasket,
  pickProduct,
  productProps,
} from './catalog.ts';
import { dwell, type Landing } from './landing.ts';
import type { Device } from './profile.ts';
import type { PersonSim } from './sim.ts';
import { SEARCH_QUERIES } from './texts.ts';

/** An order as aftercare needs it: what was bought, where, and with which device (if online). */
export interface Order {
  id: string;
  lines: BasketLine[];
  channel: 'web' | 'app' | 'store' | 'call_centre';
  device?: Device;
}

/** Views a page (web) or screen (app); only the first view of a visit carries the outside referrer. */
function view(sim: PersonSim, device: Device, name: string, path: string, landing?: Landing): void {
  if (device.kind === 'app') sim.screen(device, name, { path });
  else
    sim.page(
      device,
      name,
      path,
      landing ? { referrer: landing.referrer, campaign: landing.campaign } : undefined,
    );
}

function lineProps(sim: PersonSim, line: BasketLine): Record<string, unknown> {
  const { currency: _, ...product } = productProps(line.product, sim.profile.currency);
  return { ...product, quantity: line.quantity };
}

/** Order totals; the coupon takes 10–20% off, as the demo's promo codes do. */
export function orderProps(
  sim: PersonSim,
  id: string,
  lines: BasketLine[],
  coupon?: string,
): Record<string, unknown> {
  const products = lines.map((l) => lineProps(sim, l));
  const gross = products.reduce((sum, l) => sum + (l.price as number) * (l.quantity as number), 0);
  const rate = coupon ? (coupon.endsWith('20') ? 0.2 : coupon.endsWith('15') ? 0.15 : 0.1) : 0;
  const discount = Math.round(gross * rate * 100) / 100;
  return {
    order_id: id,
    revenue: Math.round((gross - discount) * 100) / 100,
    discount,
    ...(coupon ? { coupon } : {}),
    currency: sim.profile.currency,
    products,
  };
}

/** Signs up (first time) or logs in on this device; either way an identify links its anonymousId. */
export function logIn(sim: PersonSim, device: Device, method: string): void {
  if (device.loggedIn) return;
  const isNew = !sim.known;
  sim.identify(device, { heard_from: sim.heardFrom });
  if (isNew) {
    sim.optedIn = sim.rng.chance(0.7);
    sim.track('Signed Up', { method, newsletter_opt_in: sim.optedIn, heard_from: sim.heardFrom }, device);
  }
}

/** Adds the shopper's basket for `anchor` to the open cart, viewing each complement first. */
function fillCart(sim: PersonSim, device: Device, anchor: DemoProduct): void {
  const cart = sim.cart ?? { id: sim.nextId('cart'), lines: [], device };
  sim.cart = cart;
  dwell(sim, 8);
  for (const line of drawBasket(sim.rng, anchor)) {
    if (cart.lines.some((l) => l.product.sku === line.product.sku)) continue;
    if (line.product !== anchor) {
      // Complements are found in the "frequently bought together" strip under the product.
      sim.track(
        'Product Viewed',
        { ...productProps(line.product, sim.profile.currency), list: 'bought_together' },
        device,
      );
      dwell(sim, 15);
    }
    sim.track(
      'Product Added',
      { cart_id: cart.id, ...lineProps(sim, line), currency: sim.profile.currency },
      device,
    );
    cart.lines.push(line);
    dwell(sim, 10);
  }
}

/** Checkout of the open cart; returns the order, or nothing when the shopper drops out. */
function checkout(sim: PersonSim, device: Device): Order | undefined {
  const { rng, profile } = sim;
  const b = profile.behaviour;
  const cart = sim.cart!;
  logIn(sim, device, 'checkout');
  const checkoutId = sim.nextId('chk');
  let coupon = sim.coupon;
  if (!coupon && rng.chance(b.usesCoupons * 0.3)) coupon = 'WELCOME10';
  if (coupon) {
    sim.track('Coupon Applied', { cart_id: cart.id, coupon, currency: profile.currency }, device);
    dwell(sim, 10);
  }
  const { order_id: _, ...totals } = orderProps(sim, checkoutId, cart.lines, coupon);
  sim.track('Checkout Started', { checkout_id: checkoutId, cart_id: cart.id, ...totals }, device);
  view(sim, device, 'Checkout', '/checkout');
  dwell(sim, 90);
  if (rng.chance(b.pains.payment)) {
    sim.pains.add('payment');
    const method =
      profile.locale === 'pl' ? rng.pick(['blik', 'card', 'przelewy24']) : rng.pick(['card', 'paypal']);
    sim.track(
      'Payment Failed',
      { checkout_id: checkoutId, payment_method: method, reason: 'declined' },
      device,
    );
    dwell(sim, 60);
    if (rng.chance(0.5)) return undefined;
  }
  if (!rng.chance(b.purchase)) return undefined;
  const id = sim.nextId('ord');
  const order = { ...orderProps(sim, id, cart.lines, coupon), checkout_id: checkoutId, cart_id: cart.id };
  sim.track('Order Completed', order, device);
  view(sim, device, 'Order Confirmation', `/checkout/confirmation/${id}`);
  sim.cart = undefined;
  sim.coupon = undefined;
  sim.orders += 1;
  return { id, lines: cart.lines, channel: device.kind === 'app' ? 'app' : 'web', device };
}

/** Opens a few product pages of a category, each once; returns the one the shopper likes best. */
function viewProducts(sim: PersonSim, device: Device, category: Category, favourite?: DemoProduct) {
  const { rng, profile } = sim;
  const b = profile.behaviour;
  const seen = new Set(favourite ? [favourite] : []);
  let candidate = favourite;
  const views = 1 + rng.geometric(b.productsPerSession - 1);
  for (let i = 0; i < views; i++) {
    let product = pickProduct(rng, category);
    for (let tries = 0; tries < 3 && seen.has(product); tries++) product = pickProduct(rng, category);
    if (seen.has(product)) break; // seen all the category has to offer
    seen.add(product);
    view(sim, device, 'Product', `/product/${product.sku}`);
    sim.track('Product Viewed', productProps(product, profile.currency), device);
    dwell(sim, 45);
    if (rng.chance(b.wishlist)) {
      sim.track('Product Added to Wishlist', productProps(product, profile.currency), device);
      if (!sim.wishlist.includes(product)) sim.wishlist.push(product);
    }
    if (!candidate || rng.chance(0.4)) candidate = product;
  }
  return candidate;
}

/**
 * One visit on the website or in the app: landing, search, category, product views, maybe the
 * wishlist, the cart and checkout. Returns the order if the visit ended in one.
 */
export function browse(
  sim: PersonSim,
  device: Device,
  landing: Landing,
  favourite: Category,
): Order | undefined {
  const { rng, profile } = sim;
  const b = profile.behaviour;
  if (device.kind === 'app') sim.track('Application Opened', { from_background: rng.chance(0.4) }, device);
  // Known customers are often still logged in, or log in early to see their account.
  if (sim.known && rng.chance(device.kind === 'app' ? 0.85 : 0.5)) logIn(sim, device, 'login');
  const category =
    landing.product?.category ??
    landing.category ??
    (rng.chance(0.7) ? favourite : rng.pick(['shoes', 'home'] as const));
  const resuming = landing.resumeCart === true && sim.cart !== undefined;
  // Without a reminder the old cart is forgotten (another device, expired cookie): a new one starts.
  if (!resuming) sim.cart = undefined;
  const first = landing.product;
  if (resuming) view(sim, device, 'Cart', '/cart', landing);
  else if (first) {
    view(sim, device, 'Product', `/product/${first.sku}`, landing);
    sim.track('Product Viewed', productProps(first, profile.currency), device);
  } else if (landing.category) view(sim, device, 'Category', `/category/${category}`, landing);
  else view(sim, device, 'Home', '/', landing);
  dwell(sim, 25);

  if (!resuming) {
    if (!landing.category) {
      const confused = rng.chance(b.pains.navigation);
      if (confused || rng.chance(0.3)) {
        const query = rng.pick(SEARCH_QUERIES[profile.locale]);
        sim.track('Products Searched', { query, results: confused ? 0 : rng.int(3, 40) }, device);
        view(sim, device, 'Search Results', `/search?q=${encodeURIComponent(query)}`);
        dwell(sim, 20);
        if (confused) {
          sim.pains.add('navigation');
          if (rng.chance(0.5)) return undefined;
        }
      }
      view(sim, device, 'Category', `/category/${category}`);
      dwell(sim, 30);
    }
    const candidate = viewProducts(sim, device, category, first);
    if (candidate && rng.chance(b.addToCart)) fillCart(sim, device, candidate);
    if (!sim.cart) {
      if (!sim.known && rng.chance(b.signUp)) logIn(sim, device, 'newsletter');
      return undefined;
    }
    view(sim, device, 'Cart', '/cart');
    dwell(sim, 30);
  }
  // A shopper who came back for the cart is far more likely to go on to pay.
  const toCheckout = resuming ? Math.min(0.9, b.checkout + 0.3) : b.checkout;
  return rng.chance(toCheckout) ? checkout(sim, device) : undefined;
}
