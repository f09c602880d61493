// A tiny pushState router: the address bar is the only state. `navigate(path)` changes it,
// `useRoute()` reads it and re-renders on changes (links, back and forward buttons).
import { useSyncExternalStore, type MouseEvent } from 'react';

const NAVIGATE_EVENT = 'touchpoint:navigate';

export type Route =
  | { name: 'home' }
  | { name: 'editor'; journeyId: string; token: string | null }
  | { name: 'lookbook'; journeyId: string; token: string | null }
  | { name: 'not-found'; path: string };

/** Changes the address without reloading; `replace` does not add a history entry. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Reads a route from a pathname and a query string. */
export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const token = new URLSearchParams(search).get('t');
  if (path === '/') return { name: 'home' };
  const journey = /^\/j\/([^/]+)(\/lookbook)?$/.exec(path);
  if (journey) {
    let journeyId: string;
    try {
      journeyId = decodeURIComponent(journey[1]!);
    } catch {
      return { name: 'not-found', path: pathname };
    }
    return { name: journey[2] ? 'lookbook' : 'editor', journeyId, token };
  }
  return { name: 'not-found', path: pathname };
}

/** The address of a journey's editor or lookbook, with its link token if any. */
export function journeyPath(journeyId: string, options: { lookbook?: boolean; token?: string | null } = {}): string {
  const base = `/j/${encodeURIComponent(journeyId)}${options.lookbook ? '/lookbook' : ''}`;
  return options.token ? `${base}?t=${encodeURIComponent(options.token)}` : base;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => location.pathname + location.search;

let cachedKey = '';
let cachedRoute: Route = { name: 'home' };

/** The current route; re-renders when the address changes. */
export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (key !== cachedKey) {
    cachedKey = key;
    cachedRoute = matchRoute(location.pathname, location.search);
  }
  return cachedRoute;
}

/** Props for an `<a>` that navigates inside the app but still works with a middle click. */
export function linkProps(path: string): { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  return {
    href: path,
    onClick: (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(path);
    },
  };
}
