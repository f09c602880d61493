import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nameNumber } from '@touchpoint/model';
import { ApiError } from '../api/client.ts';
import { readWorkspaceKey } from '../api/credentials.ts';
import { Toaster } from '../common/Toaster.tsx';
import { useToastStore } from '../common/toast.ts';
import { readFileText } from '../common/file-text.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { fakeServer, summary, TEMPLATES, type FakeServer } from './fake-client.ts';
import { HomePage } from './HomePage.tsx';
import { useSession } from './session.ts';

function renderHome(server: FakeServer, key: string | null = 'good-key') {
  act(() => {
    if (key) useSession.getState().signIn(key);
    else useSession.getState().signOut();
  });
  return render(
    <>
      <HomePage createClient={server.factory} />
      <Toaster />
    </>,
  );
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  act(() => {
    useLocaleStore.getState().setLocale('en');
    useToastStore.setState({ toasts: [] });
  });
});

describe('signing in', () => {
  it('asks for the workspace key, refuses a wrong one and remembers a right one', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Onboarding' })] });
    renderHome(server, null);
    expect(screen.getByRole('heading', { name: 'Sign in to your workspace' })).toBeInTheDocument();
    expect(screen.getByText(/the server prints a sign-in link/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the workspace key first.');

    await userEvent.click(screen.getByLabelText('Workspace key'));
    await userEvent.paste('wrong-key');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That workspace key was not accepted');
    expect(readWorkspaceKey()).toBeNull();

    await userEvent.clear(screen.getByLabelText('Workspace key'));
    await userEvent.paste('http://localhost:8080/#key=good-key');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('link', { name: 'Onboarding' })).toBeInTheDocument();
    expect(readWorkspaceKey()).toBe('good-key');
  });

  it('goes back to sign-in with a message when the server rejects the stored key', async () => {
    const server = fakeServer();
    renderHome(server, 'revoked-key');
    expect(await screen.findByRole('heading', { name: 'Sign in to your workspace' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That workspace key was not accepted');
    expect(readWorkspaceKey()).toBeNull();
  });

  it('signs out only after asking, offering the sign-in link to keep first', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    renderHome(fakeServer());
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    let dialog = screen.getByRole('dialog', { name: 'Sign out of the workspace?' });
    // Tried: Cancel. The key stays and the list stays.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(readWorkspaceKey()).toBe('good-key');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    dialog = screen.getByRole('dialog', { name: 'Sign out of the workspace?' });
    expect(within(dialog).getByLabelText('Sign-in link')).toHaveValue(`${location.origin}/#key=good-key`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy the link' }));
    expect(written).toEqual([`${location.origin}/#key=good-key`]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('heading', { name: 'Sign in to your workspace' })).toBeInTheDocument();
    expect(readWorkspaceKey()).toBeNull();
  });
});

describe('the journey list', () => {
  const journeys = () => [
    summary({ id: 'a', title: 'Applying for insurance', updatedAt: hoursAgo(3), journeyScore: 42, touchpoints: 9 }),
    summary({ id: 'b', title: 'Winter car rental', updatedAt: hoursAgo(1), journeyScore: 88, touchpoints: 1 }),
    summary({ id: 'c', title: 'Returning a parcel', updatedAt: hoursAgo(50), journeyScore: null, touchpoints: 0 }),
  ];

  it('shows each journey with its last change, score and touchpoint count, most recent first', async () => {
    renderHome(fakeServer({ journeys: journeys() }));
    const list = await screen.findByRole('list', { name: 'Your journeys' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Winter car rental', 'Applying for insurance', 'Returning a parcel']);
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '/j/b');
    expect(within(rows[0]!).getAllByLabelText('Score 88 of 100')[0]).toHaveTextContent('88');
    // The touchpoints column holds the number (its header says what it counts), named in full for screen readers.
    expect(within(rows[0]!).getByTestId('touchpoint-count')).toHaveAttribute('title', '1 touchpoint');
    expect(within(rows[0]!).getByTestId('touchpoint-count').firstChild).toHaveTextContent(/^1$/);
    expect(within(rows[1]!).getAllByText('3 hours ago')[0]).toBeInTheDocument();
    expect(within(rows[1]!).getByTestId('touchpoint-count')).toHaveTextContent('9 touchpoints');
    // On a phone the columns are hidden; the line under the title says it.
    expect(within(rows[1]!).getByText(/· 9 touchpoints$/)).toBeInTheDocument();
    expect(within(rows[2]!).getAllByLabelText('Not scored yet')[0]).toBeInTheDocument();
    expect(within(rows[2]!).getAllByText('2 days ago')[0]).toBeInTheDocument();
  });

  it('keeps the number that tells copies apart out of the part a long title is cut in', () => {
    expect(nameNumber('Copy of a very long journey title (2)')).toEqual({ base: 'Copy of a very long journey title', number: ' (2)' });
    expect(nameNumber('Claims')).toEqual({ base: 'Claims', number: '' });
    expect(nameNumber('Plan (B)')).toEqual({ base: 'Plan (B)', number: '' });
  });

  it('shows loading placeholders until the list arrives', async () => {
    renderHome(fakeServer({ journeys: journeys() }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading journeys…');
    await screen.findByRole('list', { name: 'Your journeys' });
  });

  it('searches by title and sorts', async () => {
    renderHome(fakeServer({ journeys: journeys() }));
    await screen.findByRole('list', { name: 'Your journeys' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search journeys' }), 'car');
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Touchpoint', 'Winter car rental']);

    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'zebra');
    expect(screen.getByText('No journeys match “zebra”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');
    const titles = () => within(screen.getByRole('list', { name: 'Your journeys' })).getAllByRole('link').map((l) => l.textContent);
    expect(titles()).toEqual(['Applying for insurance', 'Returning a parcel', 'Winter car rental']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'score');
    expect(titles()).toEqual(['Applying for insurance', 'Winter car rental', 'Returning a parcel']);
  });

  it('focuses the search with "/" and opens the new-journey dialog with "n"', async () => {
    renderHome(fakeServer({ journeys: journeys() }));
    await screen.findByRole('list', { name: 'Your journeys' });
    await userEvent.keyboard('/');
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveFocus());
    screen.getByRole('searchbox').blur();
    await userEvent.keyboard('n');
    expect(screen.getByRole('dialog', { name: 'New journey' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
  });

  it('shows an error with a retry when the server cannot be reached', async () => {
    const server = fakeServer({ journeys: journeys() });
    server.failWith = new ApiError(0, 'The server cannot be reached.');
    renderHome(server);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached. Check your connection');
    server.failWith = null;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Your journeys' })).toBeInTheDocument();
  });
});

describe('creating', () => {
  it('shows the templates when there are no journeys, and creates from one in the interface language', async () => {
    const server = fakeServer();
    renderHome(server);
    expect(await screen.findByRole('heading', { name: 'No journeys yet' })).toBeInTheDocument();
    expect(await screen.findByText('From comparing to the first policy.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use template “Car rental in winter”' }));
    await waitFor(() => expect(location.pathname).toBe('/j/j1'));
    expect(server.callsOf('create')).toEqual([[{ template: 'car-rental-winter', locale: 'en' }]]);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('“Car rental in winter” created.');
  });

  it('creates a blank journey with a title and a language', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: /New journey/ }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create journey' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('A journey needs a title.');
    expect(server.callsOf('create')).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Title'), 'Opening a bank account');
    await userEvent.selectOptions(within(dialog).getByLabelText('Language of the journey'), 'nl');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create journey' }));
    await waitFor(() => expect(location.pathname).toBe('/j/j1'));
    expect(server.callsOf('create')).toEqual([[{ title: 'Opening a bank account', locale: 'nl' }]]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('creates from a template in the dialog with the chosen language', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: /New journey/ }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Language of the journey'), 'nl');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Use template “Insurance application”' }));
    await waitFor(() => expect(server.callsOf('create')).toEqual([[{ template: 'insurance-application', locale: 'nl' }]]));
  });

  it('gives a new journey the interface language of the moment, until a language is chosen in the dialog', async () => {
    // The interface switches to Dutch after the page loaded: the dialog follows it. A
    // language chosen in the dialog holds while it is open, and the next opening follows the
    // interface again.
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    await screen.findByRole('link', { name: 'Existing' });
    act(() => useLocaleStore.getState().setLocale('nl'));
    await userEvent.click(screen.getByRole('button', { name: /Nieuwe klantreis/ }));
    let dialog = screen.getByRole('dialog', { name: 'Nieuwe klantreis' });
    expect(within(dialog).getByLabelText('Taal van de klantreis')).toHaveValue('nl');
    await userEvent.selectOptions(within(dialog).getByLabelText('Taal van de klantreis'), 'en');
    act(() => useLocaleStore.getState().setLocale('en'));
    act(() => useLocaleStore.getState().setLocale('nl'));
    expect(within(dialog).getByLabelText('Taal van de klantreis')).toHaveValue('en');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Nieuwe klantreis/ }));
    dialog = screen.getByRole('dialog', { name: 'Nieuwe klantreis' });
    expect(within(dialog).getByLabelText('Taal van de klantreis')).toHaveValue('nl');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Sjabloon “Auto huren in de winter” gebruiken' }));
    await waitFor(() => expect(server.callsOf('create')).toEqual([[{ template: 'car-rental-winter', locale: 'nl' }]]));
  });

  it('offers to load the templates again when they failed to load', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    let failing = true;
    Object.defineProperty(server, 'templates', {
      get: () => {
        if (failing) throw new ApiError(503, 'starting up');
        return TEMPLATES;
      },
    });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: /New journey/ }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    expect(await within(dialog).findByText('The templates could not be loaded.')).toBeInTheDocument();
    failing = false;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByRole('button', { name: 'Use template “Car rental in winter”' })).toBeInTheDocument();
    expect(server.callsOf('templates')).toHaveLength(2);
  });

  it('shows why the server refused to create', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: /New journey/ }));
    server.failWith = new ApiError(500, 'disk full');
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    await userEvent.type(within(dialog).getByLabelText('Title'), 'X');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create journey' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The journey could not be created: The server ran into a problem. Try again; if it keeps happening, ask whoever runs the server to look at its log.',
    );
    expect(location.pathname).toBe('/');
  });
});

describe('rename, delete and the trash', () => {
  it('renames inline with Enter and cancels with Escape', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Old title' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Old title”' }));
    const field = screen.getByRole('textbox', { name: 'New title for “Old title”' });
    expect(field).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('link', { name: 'Old title' })).toBeInTheDocument();
    expect(server.callsOf('rename')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Rename “Old title”' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'New title for “Old title”' }));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A journey needs a title.');
    await userEvent.keyboard('New title{Enter}');
    expect(await screen.findByRole('link', { name: 'New title' })).toBeInTheDocument();
    expect(server.callsOf('rename')).toEqual([['a', 'New title']]);
    expect(server.journeys[0]!.title).toBe('New title');
  });

  it('renames with F2 on a focused row', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Old title' })] });
    renderHome(server);
    (await screen.findByRole('link', { name: 'Old title' })).focus();
    await userEvent.keyboard('{F2}');
    await userEvent.keyboard('{Control>}a{/Control}Renamed{Enter}');
    await waitFor(() => expect(server.callsOf('rename')).toEqual([['a', 'Renamed']]));
  });

  it('puts a title back when renaming fails', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Old title' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Old title”' }));
    server.failWith = new ApiError(403, 'this link may only read');
    await userEvent.keyboard('{Control>}a{/Control}New{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work: The server refused: you no longer have access.');
    expect(screen.getByRole('link', { name: 'Old title' })).toBeInTheDocument();
  });

  it('copies a journey, leaving its name to the server (in the journey\'s language, not the interface\'s), lists the copy and offers to open it', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Claims', touchpoints: 7, journeyScore: 64 })] });
    act(() => useLocaleStore.getState().setLocale('nl'));
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Kopie maken van “Claims”' }));
    // An English journey copied from a Dutch interface: the server names it in English.
    expect(await screen.findByText('Gekopieerd als “Copy of Claims”.')).toBeInTheDocument();
    expect(server.callsOf('copy')).toEqual([['a']]);
    expect(await screen.findByRole('link', { name: 'Copy of Claims' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Openen' }));
    expect(location.pathname).toBe(`/j/${server.journeys[1]!.id}`);
  });

  it('says so when copying fails, and lists nothing new', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Claims' })] });
    renderHome(server);
    await screen.findByRole('link', { name: 'Claims' });
    server.failWith = new ApiError(404, 'journey not found');
    await userEvent.click(screen.getByRole('button', { name: 'Make a copy of “Claims”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work: It is no longer there: someone may have deleted or moved it.');
    expect(screen.getAllByRole('link', { name: /Claims/ })).toHaveLength(1);
  });

  it('moves a journey to the trash with an undo', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Keep me' }), summary({ id: 'b', title: 'Bin me' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Move “Bin me” to the trash' }));
    expect(screen.queryByRole('link', { name: 'Bin me' })).not.toBeInTheDocument();
    expect(await screen.findByText('“Bin me” moved to the trash.')).toBeInTheDocument();
    expect(server.callsOf('remove')).toEqual([['b']]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Bin me' })).toBeInTheDocument();
    expect(server.callsOf('restore')).toEqual([['b']]);
    expect(server.journeys.map((j) => j.id).sort()).toEqual(['a', 'b']);
  });

  it('says a journey is no longer in the trash when its Undo comes after a restore from the trash view', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Keep me' }), summary({ id: 'b', title: 'Bin me' })] });
    act(() => useLocaleStore.getState().setLocale('nl'));
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: '“Bin me” naar de prullenbak verplaatsen' }));
    expect(await screen.findByText('“Bin me” staat in de prullenbak.')).toBeInTheDocument();
    // Restored elsewhere (the trash view, another tab) while the message still offers Undo.
    await act(async () => {
      await server.factory('good-key').restore('b');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(await screen.findByText('“Bin me” staat niet meer in de prullenbak.')).toBeInTheDocument();
    expect(screen.queryByText(/not in the trash/)).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bin me' })).toBeInTheDocument();
  });

  it('restores from the trash, and deletes for good only after confirming', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'First' }), summary({ id: 'b', title: 'Second' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Move “First” to the trash' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move “Second” to the trash' }));
    await userEvent.click(screen.getByRole('button', { name: 'Trash' }));
    const trash = await screen.findByRole('list', { name: 'Deleted journeys' });
    expect(within(trash).getAllByText(/^deleted /)).toHaveLength(2);

    await userEvent.click(within(trash).getByRole('button', { name: 'Restore “First”' }));
    await waitFor(() => expect(within(trash).queryByText('First')).not.toBeInTheDocument());
    expect(server.callsOf('restore')).toEqual([['a']]);

    await userEvent.click(within(trash).getByRole('button', { name: 'Delete “Second” for good' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete for good?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(server.callsOf('purge')).toEqual([]);
    await userEvent.click(within(trash).getByRole('button', { name: 'Delete “Second” for good' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    expect(server.callsOf('purge')).toEqual([['b']]);

    await userEvent.click(screen.getByRole('button', { name: 'Journeys' }));
    expect(await screen.findByRole('link', { name: 'First' })).toBeInTheDocument();
  });
});

describe('importing', () => {
  // The parsers load on first use; load them once up front so each test's waits stay short.
  beforeAll(async () => {
    await import('./import-parse.ts');
  });
  const open = async (server: FakeServer) => {
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    return screen.getByRole('dialog', { name: 'Import a journey' });
  };
  const file = (name: string, text: string, type = 'application/json') => new File([text], name, { type });

  it('shows the problems of a journey file with where they are, worded for people, and creates nothing', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    const bad = { schemaVersion: 1, id: 'x', title: 'Broken', phases: [{ id: 'p1', name: '', order: 0 }], touchpoints: [] };
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('broken.json', JSON.stringify(bad)));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('broken.json cannot be imported; nothing was created.');
    expect(alert).toHaveTextContent('Phase 1 › name');
    expect(server.callsOf('create')).toEqual([]);
  });

  it('says which spreadsheet columns are needed and offers an example in the interface language', async () => {
    act(() => useLocaleStore.getState().setLocale('nl'));
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    await userEvent.click(await screen.findByRole('button', { name: 'Importeren' }));
    const dialog = screen.getByRole('dialog', { name: 'Een klantreis importeren' });
    expect(dialog).toHaveTextContent('Een spreadsheet heeft de kolommen Fase, Contactmoment, Kanaal en Emotie (−2 tot 2) nodig');
    const downloads: { name: string; blob: Blob }[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push({ name: '', blob: blob as Blob });
      return 'blob:x';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1]!.name = this.download;
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Voorbeeldspreadsheet downloaden' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    click.mockRestore();
    createObjectURL.mockRestore();
    expect(downloads[0]!.name).toBe('voorbeeld-contactmomenten.csv');
    expect((await readFileText(downloads[0]!.blob)).replace(/^\uFEFF/, '')).toMatch(/^Fase;/);
  });

  it('sends a valid journey file to the server and opens it', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    const good = { schemaVersion: 1, id: 'x', title: 'From a file', phases: [{ id: 'p1', name: 'Orientation', order: 0 }] };
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('good.json', JSON.stringify(good)));
    await waitFor(() => expect(location.pathname).toBe('/j/j1'));
    const [[input]] = server.callsOf('create') as [[{ journey: { title: string; phases: unknown[] } }]];
    expect(input.journey.title).toBe('From a file');
    expect(input.journey.phases).toHaveLength(1);
    expect(await screen.findByText('“From a file” imported.')).toBeInTheDocument();
  });

  it('shows spreadsheet problems with their row and column', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    const csv = 'phase,touchpoint,channel,emotion\nOrientation,Visit site,Website,7\n';
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('touchpoints.csv', csv, 'text/csv'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Row 2, column “emotion”');
    expect(alert).toHaveTextContent('"7" is not a whole number from -2 to 2');
    expect(server.callsOf('create')).toEqual([]);
  });

  it('words spreadsheet problems in Dutch when the interface is Dutch', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    act(() => useLocaleStore.getState().setLocale('nl'));
    const csv = 'phase,touchpoint,channel,emotion,key moment\nOrientation,Visit site,Website,7,maybe\n';
    await userEvent.upload(within(dialog).getByLabelText('Kies een bestand'), file('touchpoints.csv', csv, 'text/csv'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Rij 2, kolom “emotion”');
    expect(alert).toHaveTextContent('"7" is geen geheel getal van -2 tot 2');
    expect(alert).toHaveTextContent('"maybe" is geen ja of nee');
    expect(alert).not.toHaveTextContent('whole number');
    expect(server.callsOf('create')).toEqual([]);
  });

  it('imports a spreadsheet as a journey titled after the file', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    const csv = 'phase,touchpoint,channel,emotion\nOrientation,Visit site,Website,1\nPurchase,Call,Phone,-1\n';
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('Car_rental.csv', csv, 'text/csv'));
    await waitFor(() => expect(server.callsOf('create')).toHaveLength(1));
    const [[input]] = server.callsOf('create') as [[{ journey: { title: string; touchpoints: { title: string }[] } }]];
    expect(input.journey.title).toBe('Car rental');
    expect(input.journey.touchpoints.map((t) => t.title)).toEqual(['Visit site', 'Call']);
  });

  it('shows the server’s objections to an import', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    server.failWith = new ApiError(400, 'invalid journey', [{ path: 'touchpoints[3].title', message: 'required' }]);
    const good = { schemaVersion: 1, id: 'x', title: 'From a file' };
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('good.json', JSON.stringify(good)));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The server refused good.json; nothing was created:');
    expect(alert).toHaveTextContent('Touchpoint 4 › title');
  });

  it('refuses files that are neither JSON nor CSV', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    const dialog = await open(server);
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('photo.png', 'PNG', 'image/png'), { applyAccept: false });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('photo.png is neither a .json nor a .csv file.');
    // An Excel workbook: how to make a CSV of it.
    await userEvent.upload(within(dialog).getByLabelText('Choose a file'), file('Klantreis.xlsx', 'PK', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), { applyAccept: false });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Klantreis.xlsx is a spreadsheet workbook. Save it as CSV first');
  });

  it('imports a file dropped anywhere on the page', async () => {
    const server = fakeServer({ journeys: [summary({ id: 'a', title: 'Existing' })] });
    renderHome(server);
    const main = await screen.findByRole('main');
    const dropped = file('dropped.json', JSON.stringify({ schemaVersion: 1, id: 'x', title: 'Dropped journey' }));
    const dataTransfer = { files: [dropped], types: ['Files'] };
    fireEvent.dragOver(main, { dataTransfer });
    expect(screen.getByText('Drop to import')).toBeInTheDocument();
    fireEvent.drop(main, { dataTransfer });
    await waitFor(() => expect(server.callsOf('create')).toHaveLength(1));
    expect((server.callsOf('create')[0]![0] as { journey: { title: string } }).journey.title).toBe('Dropped journey');
    await waitFor(() => expect(location.pathname).toBe('/j/j1'));
  });
});
