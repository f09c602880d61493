// The app: picks the page for the address, with an error boundary around it and the
// notifications on top.
import { Suspense, useEffect } from 'react';
import { useMessages } from '../i18n/index.ts';
import { Spinner } from '../common/Spinner.tsx';
import { Toaster } from '../common/Toaster.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { appMessages } from './messages.ts';
import { NotFoundPage } from './NotAvailablePage.tsx';
import { EditorPage, LookbookPage } from './pages.tsx';
import { useRoute, type Route } from './router.ts';

export function App() {
  const route = useRoute();
  const t = useMessages(appMessages);

  useEffect(() => {
    // Pages with a subject (a journey) set a more specific title themselves.
    if (route.name === 'home') document.title = `${t('home')} · ${t('appName')}`;
    else if (route.name === 'not-found') document.title = `${t('notFoundTitle')} · ${t('appName')}`;
    else document.title = t('appName');
  }, [route, t]);

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t('skipToContent')}
      </a>
      <ErrorBoundary resetKey={routeKey(route)}>
        <Suspense fallback={<PageLoading />}>
          <Page route={route} />
        </Suspense>
      </ErrorBoundary>
      <Toaster />
    </>
  );
}

function routeKey(route: Route): string {
  return route.name === 'editor' || route.name === 'lookbook' ? `${route.name}:${route.journeyId}` : route.name;
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'editor':
      return <EditorPage journeyId={route.journeyId} token={route.token} />;
    case 'lookbook':
      return <LookbookPage journeyId={route.journeyId} token={route.token} />;
    case 'not-found':
      return (
        <main id="main" className="min-h-screen bg-slate-50">
          <NotFoundPage path={route.path} />
        </main>
      );
  }
}

function PageLoading() {
  const t = useMessages(appMessages);
  return (
    <div className="flex min-h-screen items-center justify-center text-indigo-600">
      <Spinner size="lg" label={t('loading')} />
    </div>
  );
}
