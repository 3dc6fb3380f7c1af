import { HOUR, MINUTE, type PersonSim, SHOP } from './sim.ts';

/**
 * An e-mail from the shop's ESP: sent, maybe opened (hours later), maybe clicked. Returns the
 * click time, so the caller can start the web visit the click leads to, or undefined.
 */
export function sendEmail(
  sim: PersonSim,
  name: string,
  source: 'newsletter' | 'crm',
  open: number,
  click: number,
  properties: Record<string, unknown> = {},
): number | undefined {
  const { rng } = sim;
  const context = { channel: 'email' as const, campaign: { source, medium: 'email', name } };
  const emailId = sim.nextId('em');
  const base = { email_id: emailId, campaign_name: name, ...properties };
  sim.track('Email Sent', base, undefined, context);
  if (!rng.chance(open)) return undefined;
  sim.wait(rng.exp(5 * HOUR));
  sim.track('Email Opened', base, undefined, context);
  if (!rng.chance(click / open)) return undefined;
  sim.wait(rng.exp(2 * MINUTE));
  sim.track('Email Link Clicked', { ...base, url: `${SHOP}/?utm_campaign=${name}` }, undefined, context);
  return sim.t;
}

/** Send times of the weekly newsletter in the window; every third one is a sale with a code. */
export function newsletterSchedule(
  startMs: number,
  endMs: number,
): { ts: number; name: string; coupon?: string }[] {
  const out: { ts: number; name: string; coupon?: string }[] = [];
  // Tuesday 08:00 UTC, the slot many retailers use; sends spread over the following half hour.
  const first = new Date(startMs);
  first.setUTCHours(8, 0, 0, 0);
  first.setUTCDate(first.getUTCDate() + ((9 - first.getUTCDay()) % 7));
  if (first.getTime() < startMs) first.setUTCDate(first.getUTCDate() + 7);
  for (let ts = first.getTime(), k = 1; ts <= endMs; ts += 7 * 24 * HOUR, k++) {
    const day = new Date(ts).toISOString().slice(0, 10);
    out.push(
      k % 3 === 0 ? { ts, name: `flash_sale_${day}`, coupon: 'FLASH20' } : { ts, name: `newsletter_${day}` },
    );
  }
  return out;
}
