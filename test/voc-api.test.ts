/**
 * Voice of the customer through `POST /api/v1/query`: the contract (400 naming the field) and the
 * workspace's feedback-text settings. The numbers themselves are checked by the scenario table
 * test/analytics/voc-scenarios.ts on both engines.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.dispose());

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes)).toISOString();
const query = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/query',
    headers: { authorization: t.bearer },
    payload: payload as object,
  });

describe('voc queries over HTTP', () => {
  it('reads texts from the sources the workspace settings name, beside survey comments', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/settings',
      headers: { authorization: t.bearer },
      payload: { feedback: { texts: [{ event: 'Support Ticket Created', property: 'text' }] } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().feedback).toEqual({ texts: [{ event: 'Support Ticket Created', property: 'text' }] });
    expect(put.json().surveys.event).toBe('survey_response');
    const batch = [
      {
        type: 'track',
        event: 'survey_response',
        userId: 'ann',
        timestamp: at(0),
        properties: { survey: 'nps', score: 10, comment: 'Great service' },
      },
      {
        type: 'track',
        event: 'Support Ticket Created',
        userId: 'ben',
        timestamp: at(1),
        properties: { text: 'Payment failed twice' },
      },
      {
        type: 'track',
        event: 'Review Submitted',
        userId: 'cat',
        timestamp: at(2),
        properties: { text: 'Not listed' },
      },
    ];
    const ingest = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: t.basic },
      payload: { batch },
    });
    expect(ingest.statusCode).toBe(200);
    const res = await query({ type: 'voc', metrics: ['nps'], themes: false });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // One promoter of one answer: NPS 100.
    expect(body.nps).toMatchObject({ value: 100, count: 1, promoters: 1 });
    // The comment and the ticket; the review is no configured source.
    expect(body.texts).toEqual({ total: 2, analysed: 2 });
    // "Great service": great +3 → positive; "Payment failed twice": failed −2 → negative.
    expect(body.sentiment).toMatchObject({ count: 2, positive: 1, negative: 1, languages: { en: 2 } });
  });

  it('answers a bad spec with 400 naming the field', async () => {
    const res = await query({ type: 'voc', by: 'stage', metrics: ['nps', 'eNPS'] });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('invalid_spec');
    expect(error.details).toEqual(
      expect.arrayContaining([{ path: 'metrics[1]', message: 'Must be one of: nps, csat, ces' }]),
    );
    const noMap = await query({ type: 'voc', by: 'stage' });
    expect(noMap.statusCode).toBe(400);
    expect(noMap.json().error.details).toEqual([{ path: 'mapId', message: 'Is required to group by stage' }]);
  });
});
