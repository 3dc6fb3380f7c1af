import { describe, expect, it } from 'vitest';
import { afterSignIn, isPublic, matchRoute, pathOf, type Route } from './routes.ts';

describe('matchRoute', () => {
  it('names every page', () => {
    expect(matchRoute('/')).toEqual({ name: 'maps' });
    expect(matchRoute('/maps')).toEqual({ name: 'maps' });
    expect(matchRoute('/maps/')).toEqual({ name: 'maps' });
    expect(matchRoute('/sign-in')).toEqual({ name: 'signIn' });
    expect(matchRoute('/maps/demo-42-en')).toEqual({ name: 'map', mapId: 'demo-42-en' });
    expect(matchRoute('/share/abc_DEF-123')).toEqual({ name: 'share', token: 'abc_DEF-123' });
    expect(matchRoute('/analytics')).toEqual({ name: 'funnel' });
    expect(matchRoute('/analytics/funnel/')).toEqual({ name: 'funnel' });
    expect(matchRoute('/analytics/paths')).toEqual({ name: 'paths' });
    expect(matchRoute('/analytics/retention/')).toEqual({ name: 'retention' });
    expect(matchRoute('/persons/cust-11-3')).toEqual({ name: 'person', personId: 'cust-11-3' });
    expect(matchRoute('/persons/a%40b.example')).toEqual({ name: 'person', personId: 'a@b.example' });
    expect(matchRoute('/analytics/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/analytics/kpi')).toEqual({ name: 'kpis' });
    expect(matchRoute('/analytics/stage-flow/')).toEqual({ name: 'stageFlow' });
    expect(matchRoute('/analytics/attribution')).toEqual({ name: 'attribution' });
    expect(matchRoute('/analytics/voice-of-customer/')).toEqual({ name: 'voc' });
    expect(matchRoute('/analytics/baskets')).toEqual({ name: 'baskets' });
    expect(matchRoute('/analytics/pain-points')).toEqual({ name: 'painPoints' });
    expect(matchRoute('/analytics/moments-of-truth/')).toEqual({ name: 'momentsOfTruth' });
    expect(matchRoute('/analytics/persona-suggestions')).toEqual({ name: 'personaSuggestions' });
    expect(matchRoute('/audiences')).toEqual({ name: 'audiences' });
    expect(matchRoute('/dashboards')).toEqual({ name: 'dashboards' });
    expect(matchRoute('/dashboards/d%201')).toEqual({ name: 'dashboard', dashboardId: 'd 1' });
    expect(matchRoute('/admin/users')).toEqual({ name: 'users' });
    expect(matchRoute('/admin/keys')).toEqual({ name: 'keys' });
    expect(matchRoute('/admin')).toEqual({ name: 'notFound' });
  });

  it('sends anything else to "not found", including malformed escapes', () => {
    expect(matchRoute('/maps/a/b')).toEqual({ name: 'notFound' });
    expect(matchRoute('/settings')).toEqual({ name: 'notFound' });
    expect(matchRoute('/maps/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(matchRoute('/maps/a%2Fb')).toEqual({ name: 'notFound' });
  });

  it('round-trips through pathOf', () => {
    const routes: Route[] = [
      { name: 'maps' },
      { name: 'signIn' },
      { name: 'map', mapId: 'm-1' },
      { name: 'sideBySide', mapId: 'm-1', futureId: 'm 2' },
      { name: 'share', token: 't_2' },
      { name: 'funnel' },
      { name: 'paths' },
      { name: 'retention' },
      { name: 'person', personId: 'a@b.example' },
      { name: 'kpis' },
      { name: 'stageFlow' },
      { name: 'attribution' },
      { name: 'voc' },
      { name: 'baskets' },
      { name: 'painPoints' },
      { name: 'momentsOfTruth' },
      { name: 'personaSuggestions' },
      { name: 'audiences' },
      { name: 'dashboards' },
      { name: 'dashboard', dashboardId: 'd-1 x' },
      { name: 'users' },
      { name: 'keys' },
    ];
    for (const route of routes) expect(matchRoute(pathOf(route))).toEqual(route);
  });

  it('shows a current-state map beside a future-state one at /maps/<id>/side-by-side/<id>', () => {
    expect(matchRoute('/maps/cur/side-by-side/fut')).toEqual({
      name: 'sideBySide',
      mapId: 'cur',
      futureId: 'fut',
    });
    expect(matchRoute('/maps/cur/side-by-side')).toEqual({ name: 'notFound' });
    expect(matchRoute('/maps/cur/elsewhere/fut')).toEqual({ name: 'notFound' });
  });

  it('lets only sign-in, shared maps and "not found" be opened signed out', () => {
    expect(isPublic({ name: 'share', token: 't' })).toBe(true);
    expect(isPublic({ name: 'signIn' })).toBe(true);
    expect(isPublic({ name: 'maps' })).toBe(false);
    expect(isPublic({ name: 'map', mapId: 'm' })).toBe(false);
  });
});

describe('afterSignIn', () => {
  it('returns to the page that asked for sign-in', () => {
    expect(afterSignIn('/maps/demo-42-en')).toBe('/maps/demo-42-en');
    expect(afterSignIn('/maps?x=1')).toBe('/maps?x=1');
  });

  it('never leaves the app and never loops back to sign-in', () => {
    expect(afterSignIn(null)).toBe('/maps');
    expect(afterSignIn('https://evil.example/')).toBe('/maps');
    expect(afterSignIn('//evil.example/maps')).toBe('/maps');
    expect(afterSignIn('/\\evil.example')).toBe('/maps');
    expect(afterSignIn('/sign-in')).toBe('/maps');
  });
});
