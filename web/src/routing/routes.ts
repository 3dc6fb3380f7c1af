/** The pages of the app, as the address bar names them. */
export type Route =
  | { name: 'signIn' }
  | { name: 'maps' }
  | { name: 'map'; mapId: string }
  | { name: 'sideBySide'; mapId: string; futureId: string }
  | { name: 'share'; token: string }
  | { name: 'funnel' }
  | { name: 'paths' }
  | { name: 'retention' }
  | { name: 'person'; personId: string }
  | { name: 'kpis' }
  | { name: 'stageFlow' }
  | { name: 'attribution' }
  | { name: 'voc' }
  | { name: 'baskets' }
  | { name: 'painPoints' }
  | { name: 'momentsOfTruth' }
  | { name: 'personaSuggestions' }
  | { name: 'audiences' }
  | { name: 'dashboards' }
  | { name: 'dashboard'; dashboardId: string }
  | { name: 'users' }
  | { name: 'keys' }
  | { name: 'notFound' };

const segment = (raw: string): string | null => {
  try {
    const value = decodeURIComponent(raw);
    return value.length > 0 && !value.includes('/') ? value : null;
  } catch {
    return null; // a malformed escape such as "%E0%A4%A"
  }
};

/**
 * The route of a path: `/` and `/maps` list the maps, `/maps/<id>` shows one,
 * `/maps/<id>/side-by-side/<future id>` shows a current-state map beside a future-state one,
 * `/share/<token>` is the read-only shared view, `/sign-in` signs in, `/analytics` and `/analytics/funnel` build a
 * funnel, `/analytics/paths` and `/analytics/retention` the other analyses, `/persons/<id>` shows
 * one person, `/analytics/kpi` and `/analytics/stage-flow` the KPI tiles and a map's stage flow,
 * `/analytics/attribution`, `/analytics/voice-of-customer` and `/analytics/baskets` attribution,
 * voice of the customer and baskets, `/analytics/pain-points`, `/analytics/moments-of-truth` and
 * `/analytics/persona-suggestions` a map's pain points, moments of truth and suggested personas,
 * `/audiences` the saved audiences,
 * `/dashboards` and `/dashboards/<id>` the dashboards, `/admin/users` and `/admin/keys` the
 * admin pages. A trailing slash is ignored.
 * Example: `matchRoute('/maps/demo-42-en')` → `{ name: 'map', mapId: 'demo-42-en' }`.
 */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { name: 'maps' };
  const [first, second] = parts;
  if (parts.length === 1 && first === 'maps') return { name: 'maps' };
  if (parts.length === 1 && first === 'sign-in') return { name: 'signIn' };
  if (first === 'analytics' && (parts.length === 1 || (parts.length === 2 && second === 'funnel'))) {
    return { name: 'funnel' };
  }
  if (parts.length === 2 && first === 'analytics' && (second === 'paths' || second === 'retention')) {
    return { name: second };
  }
  if (parts.length === 2 && first === 'analytics' && second === 'kpi') return { name: 'kpis' };
  if (parts.length === 2 && first === 'analytics' && second === 'stage-flow') return { name: 'stageFlow' };
  if (parts.length === 2 && first === 'analytics' && second === 'attribution') return { name: 'attribution' };
  if (parts.length === 2 && first === 'analytics' && second === 'voice-of-customer') return { name: 'voc' };
  if (parts.length === 2 && first === 'analytics' && second === 'baskets') return { name: 'baskets' };
  if (parts.length === 2 && first === 'analytics' && second === 'pain-points') return { name: 'painPoints' };
  if (parts.length === 2 && first === 'analytics' && second === 'moments-of-truth') {
    return { name: 'momentsOfTruth' };
  }
  if (parts.length === 2 && first === 'analytics' && second === 'persona-suggestions') {
    return { name: 'personaSuggestions' };
  }
  if (parts.length === 1 && first === 'audiences') return { name: 'audiences' };
  if (parts.length === 1 && first === 'dashboards') return { name: 'dashboards' };
  if (parts.length === 2 && first === 'dashboards') {
    const dashboardId = segment(second!);
    if (dashboardId) return { name: 'dashboard', dashboardId };
  }
  if (parts.length === 2 && first === 'admin' && (second === 'users' || second === 'keys')) {
    return { name: second };
  }
  if (parts.length === 2 && first === 'persons') {
    const personId = segment(second!);
    if (personId) return { name: 'person', personId };
  }
  if (parts.length === 4 && first === 'maps' && parts[2] === 'side-by-side') {
    const mapId = segment(second!);
    const futureId = segment(parts[3]!);
    if (mapId && futureId) return { name: 'sideBySide', mapId, futureId };
  }
  if (parts.length === 2 && first === 'maps') {
    const mapId = segment(second!);
    if (mapId) return { name: 'map', mapId };
  }
  if (parts.length === 2 && first === 'share') {
    const token = segment(second!);
    if (token) return { name: 'share', token };
  }
  return { name: 'notFound' };
}

/** The path of a route: the inverse of matchRoute. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'signIn':
      return '/sign-in';
    case 'maps':
      return '/maps';
    case 'map':
      return `/maps/${encodeURIComponent(route.mapId)}`;
    case 'sideBySide':
      return `/maps/${encodeURIComponent(route.mapId)}/side-by-side/${encodeURIComponent(route.futureId)}`;
    case 'share':
      return `/share/${encodeURIComponent(route.token)}`;
    case 'funnel':
      return '/analytics/funnel';
    case 'paths':
      return '/analytics/paths';
    case 'retention':
      return '/analytics/retention';
    case 'person':
      return `/persons/${encodeURIComponent(route.personId)}`;
    case 'kpis':
      return '/analytics/kpi';
    case 'stageFlow':
      return '/analytics/stage-flow';
    case 'attribution':
      return '/analytics/attribution';
    case 'voc':
      return '/analytics/voice-of-customer';
    case 'baskets':
      return '/analytics/baskets';
    case 'painPoints':
      return '/analytics/pain-points';
    case 'momentsOfTruth':
      return '/analytics/moments-of-truth';
    case 'personaSuggestions':
      return '/analytics/persona-suggestions';
    case 'audiences':
      return '/audiences';
    case 'dashboards':
      return '/dashboards';
    case 'dashboard':
      return `/dashboards/${encodeURIComponent(route.dashboardId)}`;
    case 'users':
      return '/admin/users';
    case 'keys':
      return '/admin/keys';
    case 'notFound':
      return '/';
  }
}

/** Pages anyone may open: signing in, a shared map, and "not found". */
export function isPublic(route: Route): boolean {
  return route.name === 'signIn' || route.name === 'share' || route.name === 'notFound';
}

/**
 * Where to go after signing in: the page that sent the user to sign in, if it is a path of this
 * app; anything else (another site, `//evil.example`, the sign-in page itself) goes to the maps.
 */
export function afterSignIn(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return pathOf({ name: 'maps' });
  }
  const route = matchRoute(next.split(/[?#]/)[0]!);
  return route.name === 'signIn' || route.name === 'notFound' ? pathOf({ name: 'maps' }) : next;
}
