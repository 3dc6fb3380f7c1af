import type { Channel } from '../model/channel.ts';
import type { Order } from './browse.ts';
import { sendEmail } from './email.ts';
import { DAY, HOUR, MINUTE, type PersonSim } from './sim.ts';
import { type Pain, reviewText, surveyComment, type Theme, ticketText } from './texts.ts';

/** NPS points a bad experience costs; slow support hurts most (it compounds the first problem). */
const PENALTY: Record<Pain, number> = {
  delivery_delay: 2,
  payment: 1.2,
  sizing: 0.8,
  price: 0.7,
  navigation: 0.8,
  slow_support: 2.5,
};

function clamp(x: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, x)));
}

/** NPS 0–10: the persona's baseline minus what went wrong for this person so far. */
function npsScore(sim: PersonSim): number {
  let score = sim.rng.normal(sim.profile.behaviour.npsMean, 1.4);
  for (const pain of sim.pains) score -= PENALTY[pain];
  return clamp(score, 0, 10);
}

type Survey = 'nps' | 'csat' | 'ces';

/**
 * Which pains a CES or CSAT comment can be about: they rate one touchpoint (a CES on checkout is
 * not about delivery), while NPS rates the whole relationship, so its comments name any pain.
 */
const TOPICS: Record<string, readonly Pain[]> = {
  checkout: ['payment', 'navigation'],
  support: ['slow_support', 'delivery_delay', 'sizing'],
  store: ['slow_support', 'price'],
};

/** The theme of a comment: praise from happy customers, else one of the pains they met. */
function commentTheme(
  sim: PersonSim,
  kind: Survey,
  touchpoint: string,
  positive: boolean,
): Theme | undefined {
  if (positive) return 'praise';
  const allowed = kind === 'nps' ? undefined : TOPICS[touchpoint];
  const pains = [...sim.pains].filter((p) => !allowed || allowed.includes(p));
  if (pains.length > 0) return sim.rng.pick(pains);
  return kind === 'nps' && sim.rng.chance(0.4) ? 'price' : undefined;
}

/**
 * A `survey_response` as survey tools (Delighted, Typeform) forward it. `channel` is where the
 * question was asked: e-mail, the till's tablet, or the order confirmation page.
 */
function survey(sim: PersonSim, kind: Survey, score: number, touchpoint: string, channel: Channel) {
  const positive = kind === 'nps' ? score >= 9 : kind === 'csat' ? score >= 4 : score >= 6;
  const theme = sim.rng.chance(0.6) ? commentTheme(sim, kind, touchpoint, positive) : undefined;
  const comment = theme ? surveyComment(sim.rng, theme, sim.profile.locale, touchpoint) : undefined;
  const properties = { survey: kind, score, touchpoint, ...(comment ? { comment } : {}) };
  sim.track('survey_response', properties, undefined, { channel });
}

/** A helpdesk ticket on `theme`, resolved fast or (slow support pain) days later, then CSAT. */
function ticket(sim: PersonSim, order: Order, theme: Theme): void {
  const { rng, profile } = sim;
  const opened = sim.t;
  const ticketId = sim.nextId('tkt');
  const product = order.lines[0]?.product.name ?? '';
  const text = ticketText(rng, theme, profile.locale, { order: order.id, product, days: rng.int(2, 9) });
  const via = rng.chance(0.7) ? 'web' : 'email';
  const base = { order_id: order.id, source: via === 'web' ? 'contact_form' : 'email' };
  sim.track('Support Ticket Created', { ticket_id: ticketId, topic: theme, text, ...base }, undefined, {
    channel: via,
  });
  const slow = rng.chance(profile.behaviour.pains.slow_support);
  sim.t = sim.daytime(sim.t + (slow ? rng.between(48, 120) : rng.between(1, 20)) * HOUR, 'office');
  if (slow) {
    // No answer for days: the customer writes again, and the wait becomes a pain of its own.
    sim.pains.add('slow_support');
    const chase = ticketText(rng, 'slow_support', profile.locale, { order: order.id, product, days: 3 });
    const props = { ticket_id: sim.nextId('tkt'), topic: 'slow_support', text: chase, ...base };
    sim.track('Support Ticket Created', props, undefined, { channel: via });
    sim.t = sim.daytime(sim.t + rng.between(4, 30) * HOUR, 'office');
  }
  const hours = Math.round((sim.t - opened) / HOUR);
  sim.track('Support Ticket Resolved', { ticket_id: ticketId, hours_to_resolve: hours }, undefined, {
    channel: via,
  });
  if (rng.chance(profile.behaviour.surveyResponse)) {
    sim.wait(rng.exp(6 * HOUR));
    const csat = clamp(slow ? rng.normal(1.8, 0.8) : rng.normal(4.3, 0.7), 1, 5);
    survey(sim, 'csat', csat, 'support', 'email');
  }
}

/**
 * Everything after an order, scheduled ahead of the main timeline: shipping SMS, delivery (late
 * for some), tickets, surveys, the review request and, for promoters, a referral.
 */
export function afterOrder(sim: PersonSim, order: Order): void {
  const { rng, profile } = sim;
  const b = profile.behaviour;
  const online = order.channel === 'web' || order.channel === 'app';
  if (online && rng.chance(b.surveyResponse * 0.4)) {
    // CES on the confirmation page: 7 = very easy; a failed payment makes checkout feel hard.
    const ces = clamp(rng.normal(sim.pains.has('payment') ? 3.5 : 5.8, 1), 1, 7);
    sim.at(sim.t + MINUTE, () => survey(sim, 'ces', ces, 'checkout', order.channel));
  }
  if (order.channel === 'store' && rng.chance(b.surveyResponse * 0.4)) {
    // The till's tablet asks for CSAT; store staff are a strength, so scores run high.
    const csat = clamp(rng.normal(sim.pains.has('slow_support') ? 3.5 : 4.5, 0.7), 1, 5);
    sim.at(sim.t + 2 * MINUTE, () => survey(sim, 'csat', csat, 'store', 'store'));
  }
  let t = sim.t;
  if (order.channel !== 'store') {
    t += rng.between(12, 30) * HOUR;
    if (rng.chance(0.6))
      sim.at(sim.daytime(t, 'office'), () =>
        sim.track('SMS Sent', { message: 'order_shipped', order_id: order.id }, undefined, {
          channel: 'sms',
        }),
      );
    const late = rng.chance(b.pains.delivery_delay);
    const daysLate = late ? rng.int(2, 9) : 0;
    t = sim.daytime(t + (rng.between(1, 3) + daysLate) * DAY, 'office');
    sim.at(t, () => {
      sim.track('Order Delivered', {
        order_id: order.id,
        carrier: rng.pick(profile.locale === 'pl' ? ['InPost', 'DPD', 'DHL'] : ['An Post', 'DPD', 'DHL']),
        days_late: daysLate,
      });
      if (late) sim.pains.add('delivery_delay');
    });
    if (late && rng.chance(0.55))
      sim.at(sim.daytime(t - rng.between(1, 2) * DAY), () => ticket(sim, order, 'delivery_delay'));
  }
  const fits = order.lines.some((l) => l.product.category === 'shoes' || l.product.category === 'apparel');
  if (fits && rng.chance(b.pains.sizing)) {
    sim.pains.add('sizing');
    sim.at(sim.daytime(t + rng.between(1, 3) * DAY), () => ticket(sim, order, 'sizing'));
  }
  if (sim.pains.has('price') && rng.chance(0.15)) sim.at(t + DAY, () => ticket(sim, order, 'price'));

  t = sim.daytime(t + rng.between(5, 10) * DAY, 'office');
  const nps = sim.at(t, () => {
    const responded = sendEmail(sim, 'nps_survey', 'crm', 0.45, 0.45 * b.surveyResponse * 2) !== undefined;
    const score = npsScore(sim);
    if (responded) survey(sim, 'nps', score, order.channel, 'email');
    return score;
  });
  const product = order.lines[0]!.product;
  t = sim.daytime(t + rng.between(1, 5) * DAY, 'office');
  sim.at(t, () => {
    if (sendEmail(sim, 'review_request', 'crm', 0.4, 0.4 * b.review * 2) === undefined) return;
    const rating = clamp(nps / 2 + rng.normal(0.3, 0.6), 1, 5);
    const text = reviewText(rng, rating, profile.locale, product.name);
    sim.track(
      'Review Submitted',
      { product_id: product.product_id, order_id: order.id, rating, text },
      order.device,
      order.device ? undefined : { channel: 'web' },
    );
  });
  if (nps >= 9 && rng.chance(b.referral)) {
    sim.at(sim.daytime(t + rng.exp(4 * DAY)), () =>
      sim.track(
        'Referral Sent',
        { referral_code: `REF-${profile.userId.slice(5)}`, method: rng.pick(['whatsapp', 'email', 'link']) },
        order.device,
        { channel: 'referral' },
      ),
    );
  }
}
