// The open map when the server closes the connection and the map stays open: too many
// messages (it connects again by itself), a journey too large (try again once content is
// removed) and a message the server could not read (reload; read-only until then). The
// connection is a real one whose socket stays shut; the server's closes are its events.
import { addPhase, addTouchpoint, createJourney } from '@touchpoint/model';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { useSelection } from '../store/selection.ts';
import { openJourney, type JourneyConnection } from '../sync/connection.ts';

const open = vi.hoisted(() => ({ connection: null as JourneyConnection | null }));
vi.mock('../sync/connection.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../sync/connection.ts')>()),
  useJourneyConnection: () => open.connection,
}));
// The map and the scoring worker are not what is tested here.
vi.mock('../canvas/JourneyCanvas.tsx', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../canvas/JourneyCanvas.tsx')>()),
  JourneyCanvas: () => null,
}));
vi.mock('../friction/use-score.ts', () => ({ useScore: () => null }));

const { Editor } = await import('./Editor.tsx');

const api = { links: () => new Promise(() => undefined) } as unknown as ApiClient;
let card = '';

function renderEditor() {
  return render(
    <ReactFlowProvider>
      <Editor journeyId="j1" token="key" access={{ journeyId: 'j1', role: 'editor', title: 'Claims' }} api={api} />
    </ReactFlowProvider>,
  );
}

const closeWith = (code: number) => act(() => open.connection!.provider.emit('closed', [{ code, reason: '' }, open.connection!.provider]));

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  const connection = openJourney('j1', 'key');
  connection.provider.disconnect();
  createJourney(connection.doc, { title: 'Claims' });
  card = addTouchpoint(connection.doc, { phaseId: addPhase(connection.doc, { name: 'Report' }), title: 'Fill in form' });
  open.connection = connection;
});
afterEach(() => {
  open.connection?.destroy();
  useSelection.getState().clear();
  vi.useRealTimers();
});

describe('the open map when the server closes the connection', () => {
  it('too many changes at once: says it reconnects, and does after a pause; the banner goes once synced', async () => {
    renderEditor();
    await screen.findByTestId('editor');
    const connect = vi.spyOn(open.connection!.provider, 'connect').mockImplementation(() => undefined);
    vi.useFakeTimers();
    closeWith(4429);
    expect(screen.getByTestId('connection-problem')).toHaveTextContent('Too many changes at once; reconnecting…');
    act(() => vi.advanceTimersByTime(5000));
    expect(connect).toHaveBeenCalled();
    act(() => open.connection!.provider.emit('sync', [true]));
    expect(screen.queryByTestId('connection-problem')).toBeNull();
  });

  it('journey too large: says the last change was not saved and what to do; the map stays editable and Try again connects', async () => {
    renderEditor();
    await screen.findByTestId('editor');
    const connect = vi.spyOn(open.connection!.provider, 'connect').mockImplementation(() => undefined);
    closeWith(4413);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent(
      'This journey has reached the largest size the server stores; your last change was not saved. Remove content or ask the administrator to raise TOUCHPOINT_MAX_DOC_BYTES.',
    );
    expect(banner).toHaveTextContent('Your changes are kept in this browser and sent when you try again');
    act(() => useSelection.getState().set({ touchpoints: [card] }));
    expect(screen.getByLabelText('Title')).toBeEnabled();
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('a message the server could not read: asks for a reload, and the map is read-only until then, in Dutch too', async () => {
    renderEditor();
    await screen.findByTestId('editor');
    act(() => useSelection.getState().set({ touchpoints: [card] }));
    expect(screen.getByLabelText('Title')).toBeEnabled();
    closeWith(4400);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('The server could not read a message from this browser; reload the page.');
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('Title')).toBeDisabled());
    // Not the viewer's banner: this person may edit again after the reload.
    expect(screen.queryByTestId('view-only')).toBeNull();
    act(() => useLocaleStore.getState().setLocale('nl'));
    expect(screen.getByRole('alert')).toHaveTextContent('De server kon een bericht van deze browser niet lezen; laad de pagina opnieuw.');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
  });
});
