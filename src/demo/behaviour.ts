import type { Category } from './catalog.ts';
import type { PersonaId } from './personas.ts';
import type { Pain } from './texts.ts';
import type { Weights } from './types.ts';

/** How a visit to the website started; decides its utm campaign and referrer. */
export type Source =
  | 'paid_search'
  | 'organic_search'
  | 'paid_social'
  | 'social'
  | 'display'
  | 'referral'
  | 'direct'
  | 'tv'
  | 'print';

export type SessionChannel = 'web' | 'app' | 'store' | 'call';

/**
 * The behaviour mix behind a persona. Probabilities are per opportunity (per session, per cart,
 * per e-mail); the funnel rates are set so the mix lands near published e-commerce averages:
 * ~70% of carts abandoned (Baymard Institute's cart-abandonment meta-study), e-mail opens 20–40%
 * and clicks a few per cent of sends.
 */
export interface Behaviour {
  /** Already a customer before the data window starts (known, has bought before). */
  existingCustomer: number;
  acquisition: Weights<Source>;
  /** Where later unprompted web visits come from. */
  returnSources: Weights<Source>;
  sessionChannels: Weights<SessionChannel>;
  webDevice: Weights<'desktop' | 'mobile'>;
  appUser: number;
  secondWebDevice: number;
  /** Mean number of shopping sessions before giving up or buying. */
  sessions: number;
  gapDays: number;
  productsPerSession: number;
  categories: Weights<Category>;
  signUp: number;
  wishlist: number;
  addToCart: number;
  checkout: number;
  purchase: number;
  storePurchase: number;
  emailOpen: number;
  emailClick: number;
  usesCoupons: number;
  repeat: number;
  review: number;
  referral: number;
  surveyResponse: number;
  npsMean: number;
  pains: Readonly<Record<Pain, number>>;
}

export const BEHAVIOUR: Record<PersonaId, Behaviour> = {
  digital_native: {
    existingCustomer: 0.15,
    acquisition: { paid_social: 4, social: 3, paid_search: 2, organic_search: 1, referral: 1 },
    returnSources: { direct: 3, social: 2, paid_social: 1, organic_search: 1 },
    sessionChannels: { app: 6, web: 4, store: 0.3 },
    webDevice: { mobile: 7, desktop: 3 },
    appUser: 0.75,
    secondWebDevice: 0.3,
    sessions: 3,
    gapDays: 2,
    productsPerSession: 2.5,
    categories: { electronics: 4, shoes: 3, sports: 2, apparel: 2, beauty: 1 },
    signUp: 0.2,
    wishlist: 0.04,
    addToCart: 0.45,
    checkout: 0.42,
    purchase: 0.72,
    storePurchase: 0.3,
    emailOpen: 0.2,
    emailClick: 0.1,
    usesCoupons: 0.2,
    repeat: 0.35,
    review: 0.12,
    referral: 0.12,
    surveyResponse: 0.2,
    npsMean: 8.3,
    pains: {
      delivery_delay: 0.2,
      payment: 0.08,
      sizing: 0.1,
      price: 0.05,
      navigation: 0.05,
      slow_support: 0.25,
    },
  },
  traditional_shopper: {
    existingCustomer: 0.35,
    acquisition: { tv: 4, print: 3, referral: 2, organic_search: 1, direct: 1 },
    returnSources: { direct: 3, organic_search: 2, paid_search: 1 },
    sessionChannels: { store: 5, call: 2.5, web: 2 },
    webDevice: { desktop: 8, mobile: 2 },
    appUser: 0.05,
    secondWebDevice: 0.05,
    sessions: 3,
    gapDays: 8,
    productsPerSession: 2,
    categories: { home: 5, apparel: 3, shoes: 2, beauty: 1 },
    signUp: 0.1,
    wishlist: 0.01,
    addToCart: 0.3,
    checkout: 0.35,
    purchase: 0.6,
    storePurchase: 0.55,
    emailOpen: 0.3,
    emailClick: 0.03,
    usesCoupons: 0.05,
    repeat: 0.3,
    review: 0.08,
    referral: 0.08,
    surveyResponse: 0.35,
    npsMean: 8.5,
    pains: {
      delivery_delay: 0.15,
      payment: 0.12,
      sizing: 0.1,
      price: 0.1,
      navigation: 0.35,
      slow_support: 0.3,
    },
  },
  bargain_hunter: {
    existingCustomer: 0.2,
    acquisition: { paid_search: 3, display: 2, organic_search: 2, paid_social: 1, referral: 1 },
    returnSources: { direct: 2, paid_search: 2, display: 2, organic_search: 1 },
    sessionChannels: { web: 7, app: 2, store: 0.5 },
    webDevice: { desktop: 5, mobile: 5 },
    appUser: 0.3,
    secondWebDevice: 0.25,
    sessions: 5,
    gapDays: 4,
    productsPerSession: 3,
    categories: { apparel: 4, shoes: 3, beauty: 2, home: 2, electronics: 2 },
    signUp: 0.3,
    wishlist: 0.12,
    addToCart: 0.5,
    checkout: 0.3,
    purchase: 0.6,
    storePurchase: 0.2,
    emailOpen: 0.4,
    emailClick: 0.12,
    usesCoupons: 0.8,
    repeat: 0.25,
    review: 0.06,
    referral: 0.04,
    surveyResponse: 0.25,
    npsMean: 7.5,
    pains: {
      delivery_delay: 0.2,
      payment: 0.1,
      sizing: 0.2,
      price: 0.45,
      navigation: 0.1,
      slow_support: 0.25,
    },
  },
  loyal_advocate: {
    existingCustomer: 0.75,
    acquisition: { referral: 3, organic_search: 2, social: 1, direct: 1 },
    returnSources: { direct: 5, organic_search: 1 },
    sessionChannels: { app: 5, web: 4, store: 2 },
    webDevice: { desktop: 5, mobile: 5 },
    appUser: 0.6,
    secondWebDevice: 0.2,
    sessions: 2,
    gapDays: 5,
    productsPerSession: 2,
    categories: { home: 2, shoes: 2, apparel: 2, sports: 2, electronics: 2, beauty: 2 },
    signUp: 0.5,
    wishlist: 0.04,
    addToCart: 0.6,
    checkout: 0.55,
    purchase: 0.8,
    storePurchase: 0.5,
    emailOpen: 0.45,
    emailClick: 0.1,
    usesCoupons: 0.3,
    repeat: 0.75,
    review: 0.45,
    referral: 0.35,
    surveyResponse: 0.45,
    npsMean: 9.2,
    pains: {
      delivery_delay: 0.1,
      payment: 0.04,
      sizing: 0.08,
      price: 0.05,
      navigation: 0.02,
      slow_support: 0.1,
    },
  },
};
