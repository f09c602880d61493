// A colleague removes the card (phase, step) this person has open in the inspector and is
// typing in: two documents kept in sync as the server would, one per person. The person is
// told who removed it (when that can be known) and keeps what they typed, to copy.
import { addPhase, addTouchpoint, connectStep, createJourney, disconnectStep, removePhase, removeTouchpoint } from '@touchpoint/model';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Toaster } from '../common/Toaster.tsx';
import { useToastStore } from '../common/toast.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';
import { changeAuthor } from '../sync/change-author.ts';
import type { Peer } from '../sync/presence.ts';
import { Inspector } from './Inspector.tsx';
import { useInspectedRemovalNotice } from './removed-selection.ts';

const REMOTE = 'server';

/** Two people's documents, each change of one applied to the other as the provider would. */
function pair() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(theirs, update, REMOTE));
  theirs.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(mine, update, REMOTE));
  createJourney(theirs, { title: 'Claims' });
  const phase = addPhase(theirs, { name: 'Report' });
  const a = addTouchpoint(theirs, { phaseId: phase, title: 'Fill in form' });
  const b = addTouchpoint(theirs, { phaseId: phase, title: 'Call us' });
  const step = connectStep(theirs, { from: a, to: b });
  return { mine, theirs, phase, a, b, step };
}

const peer = (clientId: number, name: string): Peer => ({ clientId, name, color: '#336699', cursor: null, selection: [] });

function Editing({ doc, peers, live }: { doc: Y.Doc; peers: Peer[]; live: boolean }) {
  useInspectedRemovalNotice(doc, (transaction) => changeAuthor(transaction, peers, live));
  return <Inspector />;
}

function renderEditing(doc: Y.Doc, peers: Peer[], live = true) {
  const store = createJourneyStore(doc);
  return render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc, store, origin: {}, readOnly: false }}>
        <Editing doc={doc} peers={peers} live={live} />
      </JourneyContext.Provider>
      <Toaster />
    </ReactFlowProvider>,
  );
}

const notifications = () => within(screen.getByRole('region', { name: /^(Notifications|Meldingen)$/ }));

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  useSelection.getState().clear();
  useToastStore.setState({ toasts: [] });
});
afterEach(() => {
  useSelection.getState().clear();
  useToastStore.setState({ toasts: [] });
  vi.unstubAllGlobals();
});

describe('when a colleague removes what the inspector shows', () => {
  it('names them, and keeps the unsaved typing on screen to copy until closed', async () => {
    const { mine, theirs, a } = pair();
    act(() => useSelection.getState().set({ touchpoints: [a] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')]);
    await userEvent.type(screen.getByLabelText('Description'), 'Customer uploads photos of the damage');
    expect(screen.getByLabelText('Description')).toHaveFocus();

    act(() => void removeTouchpoint(theirs, a, {}));

    expect(useSelection.getState().touchpoints).toEqual([]);
    // The inspector shows the journey; the typing is gone from its field …
    expect(screen.queryByDisplayValue('Customer uploads photos of the damage')).toBeNull();
    // … and in the message.
    expect(notifications().getByText('Anna removed this touchpoint. What you typed in “Description” was not saved:')).toBeTruthy();
    expect(notifications().getByTestId('toast-detail')).toHaveTextContent('Customer uploads photos of the damage');
    // It stays until the person closes it.
    expect(useToastStore.getState().toasts[0]!.duration).toBe(0);
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await userEvent.click(notifications().getByRole('button', { name: 'Copy text' }));
    expect(writeText).toHaveBeenCalledWith('Customer uploads photos of the damage');
  });

  it('keeps a comment being written too, when the card is removed before it is posted', async () => {
    const { mine, theirs, a } = pair();
    act(() => useSelection.getState().set({ touchpoints: [a] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')]);
    await userEvent.type(screen.getByLabelText('Add a comment'), 'Is this still the form we send?');
    act(() => void removeTouchpoint(theirs, a, {}));
    expect(notifications().getByText('Anna removed this touchpoint. What you typed in “Add a comment” was not saved:')).toBeTruthy();
    expect(notifications().getByTestId('toast-detail')).toHaveTextContent('Is this still the form we send?');
  });

  it('with several cards selected, drops one a colleague removed from the selection and keeps the others', () => {
    const { mine, theirs, phase, a, b } = pair();
    const c = addTouchpoint(theirs, { phaseId: phase, title: 'Wait' });
    act(() => useSelection.getState().set({ touchpoints: [a, b, c] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')]);
    act(() => void removeTouchpoint(theirs, b, {}));
    expect(useSelection.getState().touchpoints).toEqual([a, c]);
    expect(screen.getByText('2 touchpoints selected')).toBeTruthy();
  });

  it('without typing, only says who removed it; the removal of a step too', () => {
    const { mine, theirs, step } = pair();
    act(() => useSelection.getState().set({ steps: [step] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')]);
    act(() => void disconnectStep(theirs, step, {}));
    expect(notifications().getByText('Anna removed this step.')).toBeTruthy();
    expect(notifications().queryByTestId('toast-detail')).toBeNull();
    expect(useSelection.getState().steps).toEqual([]);
  });

  it('with several people here, a card’s removal names nobody (a deletion does not say whose it was), in Dutch', async () => {
    useLocaleStore.getState().setLocale('nl');
    const { mine, theirs, a } = pair();
    act(() => useSelection.getState().set({ touchpoints: [a] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna'), peer(theirs.clientID + 1, 'Bram')]);
    const title = screen.getByLabelText('Titel');
    await userEvent.clear(title);
    await userEvent.type(title, 'Formulier invullen');
    act(() => void removeTouchpoint(theirs, a, {}));
    expect(notifications().getByText('Iemand heeft dit contactmoment verwijderd. Wat je in “Titel” typte, is niet bewaard:')).toBeTruthy();
    expect(notifications().getByTestId('toast-detail')).toHaveTextContent('Formulier invullen');
  });

  it('a phase’s removal names who marked it removed, also among several people', async () => {
    const { mine, theirs, phase } = pair();
    act(() => useSelection.getState().set({ phase }));
    renderEditing(mine, [peer(theirs.clientID + 1, 'Bram'), peer(theirs.clientID, 'Anna')]);
    await userEvent.type(screen.getByLabelText('Description'), 'First contact');
    act(() => void removePhase(theirs, phase, { touchpoints: 'delete' }, {}));
    expect(notifications().getByText('Anna removed this phase. What you typed in “Description” was not saved:')).toBeTruthy();
    expect(notifications().getByTestId('toast-detail')).toHaveTextContent('First contact');
  });

  it('names nobody for what came in while catching up after a reconnect', () => {
    const { mine, theirs, a } = pair();
    act(() => useSelection.getState().set({ touchpoints: [a] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')], false);
    act(() => void removeTouchpoint(theirs, a, {}));
    expect(notifications().getByText('Someone removed this touchpoint.')).toBeTruthy();
  });

  it('says nothing for this person’s own removal, nor for a colleague’s change that leaves the card', async () => {
    const { mine, theirs, a, b } = pair();
    act(() => useSelection.getState().set({ touchpoints: [a] }));
    renderEditing(mine, [peer(theirs.clientID, 'Anna')]);
    act(() => void removeTouchpoint(theirs, b, {}));
    expect(useSelection.getState().touchpoints).toEqual([a]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete touchpoint' }));
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});
