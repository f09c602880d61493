import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { NotFoundPage } from './NotAvailablePage.tsx';
import { journeyPath, matchRoute, navigate, useRoute } from './router.ts';

beforeEach(() => {
  history.replaceState(null, '', '/');
  act(() => useLocaleStore.getState().setLocale('en'));
});

describe('matchRoute', () => {
  it('reads the home page, the editor and the lookbook, with the link token', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/j/abc')).toEqual({ name: 'editor', journeyId: 'abc', token: null });
    expect(matchRoute('/j/abc/', '?t=tok')).toEqual({ name: 'editor', journeyId: 'abc', token: 'tok' });
    expect(matchRoute('/j/a%20b/lookbook', '?t=v1')).toEqual({ name: 'lookbook', journeyId: 'a b', token: 'v1' });
    expect(matchRoute('/j/abc/other')).toEqual({ name: 'not-found', path: '/j/abc/other' });
    expect(matchRoute('/settings')).toEqual({ name: 'not-found', path: '/settings' });
  });

  it('writes journey addresses that it reads back', () => {
    const path = journeyPath('j/1', { lookbook: true, token: 'a&b' });
    const [pathname, search] = path.split('?');
    expect(matchRoute(pathname!, `?${search}`)).toEqual({ name: 'lookbook', journeyId: 'j/1', token: 'a&b' });
  });
});

function RouteName() {
  const route = useRoute();
  return <p>{route.name === 'editor' ? `editor ${route.journeyId}` : route.name}</p>;
}

describe('navigation', () => {
  it('follows navigate() and the back button', async () => {
    render(<RouteName />);
    expect(screen.getByText('home')).toBeInTheDocument();
    act(() => navigate('/j/x1'));
    expect(screen.getByText('editor x1')).toBeInTheDocument();
    expect(location.pathname).toBe('/j/x1');
    act(() => history.back());
    expect(await screen.findByText('home')).toBeInTheDocument();
  });
});

describe('pages of the shell', () => {
  it('says what was not found and links home', async () => {
    render(<NotFoundPage path="/nowhere" />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is nothing at \/nowhere/)).toBeInTheDocument();
    history.replaceState(null, '', '/nowhere');
    await userEvent.click(screen.getByRole('link', { name: 'Back to your journeys' }));
    expect(location.pathname).toBe('/');
  });

  it('catches a failing screen and offers a retry', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('boom');
      return <p>recovered</p>;
    }
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByText('boom')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
    error.mockRestore();
  });
});
