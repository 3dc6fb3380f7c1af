import type { JourneyMap } from './journey-map.ts';

/**
 * A small but complete current-state map of an online shop: one persona, three stages, bound
 * touchpoints and a card in every lane. Shared by tests and demos as a realistic fixture;
 * returns a fresh copy on each call so callers may modify it.
 */
export function exampleMap(): JourneyMap {
  return {
    schemaVersion: 1,
    id: 'map-shop',
    workspaceId: 'ws-acme',
    name: 'Online shop: first order',
    description: 'How a new customer finds us and places a first order.',
    kind: 'current_state',
    locale: 'en',
    personas: [
      {
        id: 'p-young-pro',
        name: 'Kasia, the busy young professional',
        emoji: '👩‍💻',
        quote: 'If checkout takes more than a minute, I will buy elsewhere.',
        demographics: {
          ageRange: { min: 25, max: 34 },
          occupation: 'UX designer',
          location: 'Warsaw',
          income: '8–10k PLN/month',
          extra: { device: 'iPhone', household: 'Lives with partner' },
        },
        goals: ['Find a good product quickly', 'Pay in one tap'],
        frustrations: ['Delivery delays', 'Having to create an account'],
        preferredChannels: ['app', 'social', 'email'],
        segment: {
          match: 'all',
          conditions: [
            { trait: 'age', op: 'gte', value: 25 },
            { trait: 'age', op: 'lt', value: 35 },
            { trait: 'plan', op: 'in', value: ['pro', 'team'] },
            { trait: 'email', op: 'is_set' },
          ],
        },
      },
    ],
    stages: [
      { id: 's-awareness', name: 'Awareness', templateKey: 'awareness' },
      { id: 's-consideration', name: 'Consideration', description: 'Comparing offers.' },
      { id: 's-purchase', name: 'Purchase', templateKey: 'purchase' },
    ],
    touchpoints: [
      {
        id: 't-insta-ad',
        stageId: 's-awareness',
        channel: 'social',
        name: 'Instagram ad',
        owner: 'Growth team',
        event: {
          event: 'Ad Clicked',
          where: [{ property: 'utm_source', op: 'eq', value: 'instagram' }],
          channel: 'social',
        },
      },
      { id: 't-reviews', stageId: 's-consideration', channel: 'web', name: 'Product reviews' },
      {
        id: 't-checkout',
        stageId: 's-purchase',
        channel: 'web',
        name: 'Checkout',
        description: 'Basket, delivery options and payment.',
        event: { event: 'Checkout Started', where: [] },
      },
    ],
    laneItems: [
      { id: 'l-goal', lane: 'goal', stageId: 's-awareness', text: 'Find a gift before the weekend' },
      { id: 'l-action', lane: 'action', stageId: 's-consideration', text: 'Reads reviews on the phone' },
      {
        id: 'l-expect',
        lane: 'expectation',
        stageId: 's-purchase',
        text: 'Pays with BLIK without creating an account',
      },
      { id: 'l-emo-1', lane: 'emotion', stageId: 's-awareness', score: 1, text: 'Curious' },
      { id: 'l-emo-2', lane: 'emotion', stageId: 's-purchase', score: -2 },
      {
        id: 'l-pain',
        lane: 'pain_point',
        stageId: 's-purchase',
        touchpointId: 't-checkout',
        text: 'Delivery cost appears only at the last step',
        severity: 'high',
      },
      { id: 'l-mot', lane: 'moment_of_truth', stageId: 's-purchase', text: 'Sees the total price' },
      {
        id: 'l-opp',
        lane: 'opportunity',
        stageId: 's-purchase',
        text: 'Show delivery cost on the product page',
      },
      {
        id: 'l-desired',
        lane: 'desired_action',
        stageId: 's-purchase',
        text: 'Completes the order',
        event: { event: 'Order Completed', where: [{ property: 'total', op: 'gt', value: 0 }] },
      },
      {
        id: 'l-done',
        lane: 'completed_action',
        stageId: 's-purchase',
        text: 'Abandons the basket',
        event: { event: 'Cart Abandoned', where: [] },
      },
      {
        id: 'l-kpi',
        lane: 'kpi',
        stageId: 's-purchase',
        touchpointId: 't-checkout',
        name: 'Cart abandonment',
        definition: 'Share of started checkouts without an order within 24 hours',
        target: 60,
        unit: '%',
      },
    ],
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-02T17:30:00.000Z',
    revision: 3,
  };
}
