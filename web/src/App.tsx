import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/api-error.ts';
import { api, onSessionEnded } from './api/client.ts';
import type { User } from './api/types.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorNotice } from './components/ErrorNotice.tsx';
import { Spinner } from './components/Spinner.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { DashboardsPage } from './pages/DashboardsPage.tsx';
import { FunnelPage } from './pages/FunnelPage.tsx';
import { AudiencesRoute, JourneyInsightPage } from './pages/JourneyInsightPages.tsx';
import { KeysPage } from './pages/KeysPage.tsx';
import { KpisPage } from './pages/KpisPage.tsx';
import { LazyAnalysisPage } from './pages/LazyAnalysisPages.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { MapsPage } from './pages/MapsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PathsPage } from './pages/PathsPage.tsx';
import { PersonPage } from './pages/PersonPage.tsx';
import { RetentionPage } from './pages/RetentionPage.tsx';
import { SharePage } from './pages/SharePage.tsx';
import { SideBySidePage } from './pages/SideBySidePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { StageFlowPage } from './pages/StageFlowPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { navigate, useLocationPath } from './routing/router.tsx';
import { afterSignIn, isPublic, matchRoute, pathOf, type Route } from './routing/routes.ts';
import { UserContext } from './session/user-context.ts';

type Session =
  | { state: 'checking' }
  | { state: 'signedOut' }
  | { state: 'signedIn'; user: User }
  | { state: 'error'; error: unknown };

/** The app: who is signed in, and which page the address names. */
export function App() {
  const { t } = useTranslation();
  const path = useLocationPath();
  const route = matchRoute(path.split('?')[0]!);
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on "try again"
  useEffect(() => {
    let live = true;
    api.me().then(
      ({ user }) => live && setSession({ state: 'signedIn', user }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setSession({ state: 'signedOut' });
        else setSession({ state: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => onSessionEnded(() => setSession({ state: 'signedOut' })), []);

  // A private page while signed out: sign in first, then come back here.
  const mustSignIn = session.state === 'signedOut' && !isPublic(route);
  useEffect(() => {
    if (mustSignIn)
      navigate(`${pathOf({ name: 'signIn' })}?next=${encodeURIComponent(path)}`, { replace: true });
  }, [mustSignIn, path]);
  // The sign-in page while signed in: go where sign-in would have led.
  const alreadyIn = session.state === 'signedIn' && route.name === 'signIn';
  useEffect(() => {
    if (alreadyIn)
      navigate(afterSignIn(new URLSearchParams(window.location.search).get('next')), { replace: true });
  }, [alreadyIn]);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setSession({ state: 'signedOut' });
      navigate(pathOf({ name: 'signIn' }));
    }
  }, []);

  const user = session.state === 'signedIn' ? session.user : null;
  return (
    <>
      <AppHeader user={user} onSignOut={signOut} showSignIn={route.name !== 'signIn'} />
      <main
        id="main"
        className={
          route.name === 'map' || route.name === 'share' || route.name === 'sideBySide'
            ? 'main main-wide'
            : 'main'
        }
      >
        {page()}
      </main>
    </>
  );

  function page() {
    if (route.name === 'share') return <SharePage token={route.token} />;
    if (route.name === 'notFound') return <NotFoundPage />;
    if (session.state === 'checking') return <Spinner label={t('common.loading')} />;
    if (session.state === 'error') {
      return (
        <ErrorNotice
          title={t('app.sessionCheckFailed')}
          error={session.error}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      );
    }
    if (route.name === 'signIn') {
      if (session.state === 'signedIn') return <Spinner label={t('common.loading')} />;
      return (
        <SignInPage
          onSignedIn={(signedIn) => {
            setSession({ state: 'signedIn', user: signedIn });
            navigate(afterSignIn(new URLSearchParams(window.location.search).get('next')), { replace: true });
          }}
        />
      );
    }
    if (session.state === 'signedOut') return <Spinner label={t('common.loading')} />;
    return <UserContext value={session.user}>{privatePage(route, session.user)}</UserContext>;
  }
}

function privatePage(route: Exclude<Route, { name: 'signIn' | 'share' | 'notFound' }>, user: User) {
  switch (route.name) {
    case 'maps':
      return <MapsPage user={user} />;
    case 'map':
      return <MapPage key={route.mapId} mapId={route.mapId} user={user} />;
    case 'sideBySide':
      return (
        <SideBySidePage
          key={`${route.mapId}:${route.futureId}`}
          mapId={route.mapId}
          futureId={route.futureId}
        />
      );
    case 'funnel':
      return <FunnelPage />;
    case 'paths':
      return <PathsPage />;
    case 'retention':
      return <RetentionPage />;
    case 'person':
      return <PersonPage key={route.personId} personId={route.personId} />;
    case 'kpis':
      return <KpisPage />;
    case 'stageFlow':
      return <StageFlowPage />;
    case 'attribution':
    case 'voc':
    case 'baskets':
      return <LazyAnalysisPage name={route.name} />;
    case 'painPoints':
    case 'momentsOfTruth':
    case 'personaSuggestions':
      return <JourneyInsightPage name={route.name} />;
    case 'audiences':
      return <AudiencesRoute user={user} />;
    case 'dashboards':
      return <DashboardsPage user={user} />;
    case 'dashboard':
      return <DashboardPage key={route.dashboardId} dashboardId={route.dashboardId} user={user} />;
    case 'users':
      return <UsersPage user={user} />;
    case 'keys':
      return <KeysPage user={user} />;
  }
}
