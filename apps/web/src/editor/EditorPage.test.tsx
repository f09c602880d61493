// The editor page's states when the journey is not there, against a stand-in for the REST
// API (the real server is in the server and e2e tests): a refused link, a journey that does
// not exist, one in the trash (restorable with the workspace key), and one moved to the
// trash while open. The map itself is a stand-in here that can end its connection.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveWorkspaceKey } from '../api/credentials.ts';
import { useLocaleStore } from '../i18n/index.ts';
import type { ConnectionEnd } from '../sync/connection.ts';
import type { EditorProps } from './Editor.tsx';
import { EditorPage } from './EditorPage.tsx';

/** The open map's onEnded, to end its connection as the server would. */
let endConnection: ((end: ConnectionEnd) => void) | undefined;
vi.mock('./Editor.tsx', () => ({
  Editor: ({ access, onEnded }: EditorProps) => {
    endConnection = onEnded;
    return <div data-testid="editor">map of {access.title}</div>;
  },
}));

interface Call {
  method: string;
  url: string;
  auth: string | null;
}

/** Answers each request with the first response listed for its method and path (then the next). */
function serve(responses: Record<string, { status: number; body: unknown }[]>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, auth: new Headers(init.headers).get('authorization') });
    const queue = responses[`${method} ${url}`];
    const { status, body } = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? { status: 500, body: { error: 'unexpected' } };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

const ready = { status: 200, body: { journeyId: 'j1', role: 'editor', title: 'Winter campaign' } };
const inTrash = { status: 410, body: { error: 'the journey is in the trash' } };

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  saveWorkspaceKey(null);
  endConnection = undefined;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  saveWorkspaceKey(null);
});

describe('EditorPage when the journey is not there', () => {
  it('a link that opens nothing says so, and asks the one who shared it', async () => {
    serve({ 'GET /api/access/j1': [{ status: 403, body: { error: 'access denied' } }] });
    render(<EditorPage journeyId="j1" token="old-link" />);
    expect(await screen.findByRole('heading', { name: 'This link is invalid or has been revoked.' })).toBeTruthy();
    expect(screen.getByText('Ask the person who shared it for a new link.')).toBeTruthy();
    // A link holder has no journey list to go back to.
    expect(screen.queryByRole('link', { name: 'All journeys' })).toBeNull();
  });

  it('a journey that does not exist, for someone signed in: says so, with the way to all journeys', async () => {
    saveWorkspaceKey('key');
    const calls = serve({ 'GET /api/access/doesnotexist': [{ status: 404, body: { error: 'journey not found' } }] });
    render(<EditorPage journeyId="doesnotexist" token={null} />);
    expect(await screen.findByRole('heading', { name: 'This journey does not exist (any more).' })).toBeTruthy();
    expect(calls[0]!.auth).toBe('Bearer key');
    expect(screen.getByRole('link', { name: 'All journeys' }).getAttribute('href')).toBe('/');
    // Nothing about shared links: this person came with the workspace key.
    expect(screen.queryByText(/link/i)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restore journey' })).toBeNull();
  });

  it('a link to a journey in the trash: the link holder is asked to have it restored, not to get a new link', async () => {
    serve({ 'GET /api/access/j1': [inTrash] });
    render(<EditorPage journeyId="j1" token="editor-link" />);
    expect(await screen.findByRole('heading', { name: 'This journey is in the trash' })).toBeTruthy();
    expect(screen.getByText('Ask whoever shared the link to restore it from the trash; this same link then works again.')).toBeTruthy();
    expect(screen.queryByText(/invalid|new link/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restore journey' })).toBeNull();
  });

  it('in the trash, for someone with the workspace key (here through a link): restore opens the journey again', async () => {
    saveWorkspaceKey('key');
    const calls = serve({
      'GET /api/access/j1': [inTrash, ready],
      'POST /api/trash/j1/restore': [{ status: 200, body: { id: 'j1', title: 'Winter campaign' } }],
    });
    render(<EditorPage journeyId="j1" token="editor-link" />);
    await screen.findByRole('heading', { name: 'This journey is in the trash' });
    expect(screen.getByRole('link', { name: 'All journeys' }).getAttribute('href')).toBe('/');
    await userEvent.click(screen.getByRole('button', { name: 'Restore journey' }));
    expect(await screen.findByTestId('editor')).toHaveTextContent('map of Winter campaign');
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', url: '/api/trash/j1/restore', auth: 'Bearer key' });
    // Opened again with the link it came with.
    expect(calls.filter((c) => c.url === '/api/access/j1').map((c) => c.auth)).toEqual(['Bearer editor-link', 'Bearer editor-link']);
  });

  it('a failed restore says why and keeps the button', async () => {
    saveWorkspaceKey('key');
    serve({ 'GET /api/access/j1': [inTrash], 'POST /api/trash/j1/restore': [{ status: 500, body: { error: 'disk full' } }] });
    render(<EditorPage journeyId="j1" token={null} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore journey' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The journey could not be restored: The server ran into a problem/);
    expect(screen.getByRole('button', { name: 'Restore journey' })).toBeEnabled();
  });

  it('moved to the trash while open: the map goes and the page says so, in Dutch too', async () => {
    useLocaleStore.getState().setLocale('nl');
    saveWorkspaceKey('key');
    serve({ 'GET /api/access/j1': [ready] });
    render(<EditorPage journeyId="j1" token={null} />);
    await screen.findByTestId('editor');
    act(() => endConnection!('trashed'));
    expect(screen.queryByTestId('editor')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Deze klantreis is naar de prullenbak verplaatst' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Klantreis terugzetten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alle klantreizen' })).toBeTruthy();
  });

  it('moved to the trash while open through a link: no restore button, no journey list', async () => {
    serve({ 'GET /api/access/j1': [ready] });
    render(<EditorPage journeyId="j1" token="viewer-link" />);
    await screen.findByTestId('editor');
    act(() => endConnection!('trashed'));
    expect(screen.getByRole('heading', { name: 'This journey was moved to the trash' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('a link rotated while open says the link no longer works, instead of staying offline', async () => {
    serve({ 'GET /api/access/j1': [ready] });
    render(<EditorPage journeyId="j1" token="editor-link" />);
    await screen.findByTestId('editor');
    act(() => endConnection!('refused'));
    expect(screen.getByRole('heading', { name: 'This link is invalid or has been revoked.' })).toBeTruthy();
  });

  it('a journey that could not be opened offers the journey list beside trying again', async () => {
    saveWorkspaceKey('key');
    serve({ 'GET /api/access/j1': [{ status: 500, body: { error: 'boom' } }] });
    render(<EditorPage journeyId="j1" token={null} />);
    await screen.findByRole('heading', { name: 'The journey could not be opened.' });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'All journeys' }).getAttribute('href')).toBe('/'));
  });
});
