import type { Source } from './behaviour.ts';
import { type Category, type DemoProduct, pickProduct } from './catalog.ts';
import type { Device } from './profile.ts';
import { HOUR, MINUTE, type PersonSim } from './sim.ts';
import type { SegmentContext } from './types.ts';

type Campaign = NonNullable<SegmentContext['campaign']>;

/** How a web or app session starts: the outside referrer and utm campaign, and the page it opens. */
export interface Landing {
  referrer: string;
  campaign?: Campaign;
  category?: Category;
  product?: DemoProduct;
  /** Came back to finish an open cart (abandoned-cart e-mail, retargeting ad). */
  resumeCart?: boolean;
}

const SOCIAL_SITES = ['instagram', 'facebook', 'tiktok'] as const;
const SOCIAL_REFERRERS = [
  'https://www.instagram.com/',
  'https://l.facebook.com/',
  'https://www.tiktok.com/',
  'https://www.pinterest.com/',
];

/**
 * Ad impressions before a click happen on the ad platform; its pixel reports them with the
 * browser's anonymousId, which is how real impression data reaches a CDP.
 */
function adImpressions(sim: PersonSim, device: Device, campaign: Campaign, count: number): void {
  const creative = `${campaign.name}_${sim.rng.pick(['video', 'carousel', 'static'])}`;
  for (let i = 0; i < count; i++) {
    sim.track('Ad Impression', { ad_platform: campaign.source, creative, placement: 'feed' }, device, {
      campaign,
    });
    sim.wait(sim.rng.exp(20 * HOUR));
  }
}

/**
 * Emits what happens before the first page of a visit from `source` (impressions, the ad click)
 * and returns the landing. Search and social visits carry only a referrer; paid visits a utm
 * campaign, so channel inference sees both kinds of evidence.
 */
export function arrive(sim: PersonSim, device: Device, source: Source, category: Category): Landing {
  const { rng } = sim;
  const pl = sim.profile.locale === 'pl';
  const google = pl && rng.chance(0.6) ? 'https://www.google.pl/' : 'https://www.google.com/';
  switch (source) {
    case 'paid_search': {
      const campaign = {
        source: 'google',
        medium: 'cpc',
        name: rng.chance(0.4) ? 'brand_search' : `search_${category}`,
      };
      sim.track(
        'Ad Clicked',
        { ad_platform: 'google', creative: campaign.name, placement: 'search' },
        device,
        {
          campaign,
        },
      );
      sim.wait(2000);
      return { referrer: google, campaign, category };
    }
    case 'paid_social':
    case 'display': {
      const social = source === 'paid_social';
      const site = social ? rng.pick(SOCIAL_SITES) : 'google';
      const campaign = social
        ? {
            source: site,
            medium: 'paid_social',
            name: `${category}_${rng.pick(['launch', 'lookbook', 'promo'])}`,
          }
        : { source: 'google', medium: 'display', name: `retargeting_${category}` };
      adImpressions(sim, device, campaign, 1 + rng.geometric(1.5));
      sim.t = sim.daytime(sim.t);
      sim.track('Ad Clicked', { ad_platform: site, creative: campaign.name, placement: 'feed' }, device, {
        campaign,
      });
      sim.wait(3000);
      const referrer = social ? `https://l.${site}.com/` : 'https://www.googleadservices.com/';
      // The ad shows one product and links straight to its page.
      return { referrer, campaign, product: pickProduct(rng, category) };
    }
    case 'organic_search':
      return { referrer: rng.chance(0.12) ? 'https://www.bing.com/' : google, category };
    case 'social':
      return { referrer: rng.pick(SOCIAL_REFERRERS) };
    case 'referral': {
      // A friend's refer-a-friend link points at something they bought.
      const campaign = { source: 'friend', medium: 'referral', name: 'refer_a_friend' };
      return { referrer: '', campaign, product: pickProduct(rng, category) };
    }
    case 'direct':
    case 'tv':
    case 'print':
      return { referrer: '' };
  }
}

/** A click in an e-mail (campaign `name`) lands on the shop with the e-mail's utm tags. */
export function fromEmail(name: string, source = 'newsletter', extra: Partial<Landing> = {}): Landing {
  return { referrer: '', campaign: { source, medium: 'email', name }, ...extra };
}

/** Minutes a shopper spends on a page before the next click (log-normal-ish: mostly short, some long). */
export function dwell(sim: PersonSim, meanSeconds: number): void {
  sim.wait(Math.min(20 * MINUTE, sim.rng.exp(meanSeconds * 1000)));
}
