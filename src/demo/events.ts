import type { Channel } from '../model/channel.ts';
import type { DemoStage } from './types.ts';

/** An event the demo emits, with the journey stage and channel a map touchpoint binds it to. */
export interface DemoEvent {
  /** Track event name; for pages and screens, the page/screen `name`. */
  name: string;
  type: 'track' | 'page' | 'screen';
  stage: DemoStage;
  /** The channel ingest infers for it most of the time. */
  channel: Channel;
  /** Other channels it also happens on (e.g. orders in the store, landing pages from ads). */
  alsoOn?: Channel[];
  description: string;
}

const e = (
  name: string,
  stage: DemoStage,
  channel: Channel,
  description: string,
  alsoOn?: Channel[],
  type: DemoEvent['type'] = 'track',
): DemoEvent => ({ name, type, stage, channel, ...(alsoOn ? { alsoOn } : {}), description });

const LANDING: Channel[] = ['ads', 'search', 'social', 'email', 'referral'];

/** Pages the website and the app both have; the app reports them as screens. */
const VIEWS: readonly (readonly [string, DemoStage, string, Channel[]?])[] = [
  ['Home', 'awareness', 'Home page', LANDING],
  ['Search Results', 'consideration', 'Search results'],
  ['Category', 'consideration', 'Category, e.g. /category/shoes', LANDING],
  ['Product', 'consideration', 'Product details, e.g. /product/sku-101', LANDING],
  ['Cart', 'purchase', 'Cart (also the landing of abandoned-cart e-mails)', ['email']],
  ['Checkout', 'purchase', 'Checkout'],
  ['Order Confirmation', 'purchase', 'Order confirmation'],
];

/** Every event name and page/screen name the generator emits (besides identify and alias). */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  e('Ad Impression', 'awareness', 'ads', 'Ad shown on Google display, Instagram, Facebook or TikTok'),
  e('Ad Clicked', 'awareness', 'ads', 'Click on a search, display or social ad'),
  e('Catalogue Sent', 'awareness', 'print', 'Printed catalogue mailed to a loyalty member'),
  ...VIEWS.map(([name, stage, text, alsoOn]) => e(name, stage, 'web', `${text} page`, alsoOn, 'page')),
  ...VIEWS.map(([name, stage, text]) =>
    e(name, stage, 'app', `${text} screen in the app`, undefined, 'screen'),
  ),
  e('Application Opened', 'consideration', 'app', 'Mobile app opened'),
  e('Products Searched', 'consideration', 'web', 'Search in the shop (results: 0 means nothing found)', [
    'app',
  ]),
  e('Product Viewed', 'consideration', 'web', 'Product details seen', ['app', ...LANDING]),
  e('Product Added to Wishlist', 'consideration', 'web', 'Saved for later', ['app']),
  e('Signed Up', 'consideration', 'web', 'Account or newsletter sign-up', ['app']),
  e('Email Sent', 'consideration', 'email', 'Newsletter, promo, abandoned-cart, survey or review e-mail'),
  e('Email Opened', 'consideration', 'email', 'E-mail opened'),
  e('Email Link Clicked', 'consideration', 'email', 'Link in an e-mail clicked'),
  e('Push Notification Opened', 'consideration', 'push', 'Price-drop alert for a wishlist item opened'),
  e('Store Visit', 'consideration', 'store', 'Loyalty card scanned in a store'),
  e('Call Centre Contact', 'consideration', 'call_centre', 'Phone call: product question, order status, …'),
  e('Product Added', 'purchase', 'web', 'Added to cart', ['app']),
  e('Coupon Applied', 'purchase', 'web', 'Discount code used at checkout', ['app']),
  e('Checkout Started', 'purchase', 'web', 'Checkout begun', ['app']),
  e('Payment Failed', 'purchase', 'web', 'Payment declined at checkout', ['app']),
  e('Order Completed', 'purchase', 'web', 'Order placed online, at a store till or by phone', [
    'app',
    'store',
    'call_centre',
  ]),
  e('SMS Sent', 'retention', 'sms', 'Order-shipped text message'),
  e('Order Delivered', 'retention', 'other', 'Parcel delivered by the carrier (days_late > 0: late)'),
  e('Support Ticket Created', 'retention', 'web', 'Helpdesk ticket with the customer text', ['email']),
  e('Support Ticket Resolved', 'retention', 'web', 'Helpdesk ticket closed', ['email']),
  e('survey_response', 'retention', 'email', 'NPS, CSAT or CES answer with an optional comment', [
    'web',
    'store',
  ]),
  e('Review Submitted', 'advocacy', 'web', 'Product review with a star rating', ['app']),
  e('Referral Sent', 'advocacy', 'referral', 'Refer-a-friend link shared'),
];
