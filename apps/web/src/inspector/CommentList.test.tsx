import { addComment, addPhase, addTouchpoint, createJourney, setCommentResolved, toJSON } from '@touchpoint/model';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';
import { useIdentity } from '../sync/identity.ts';
import { Inspector } from './Inspector.tsx';

function fixture() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const card = addTouchpoint(doc, { phaseId: phase, title: 'Call us' });
  const other = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form' });
  return { doc, store: createJourneyStore(doc), origin: {}, card, other };
}
type Fixture = ReturnType<typeof fixture>;

function renderInspector(f: Fixture, readOnly = false) {
  act(() => useSelection.getState().set({ touchpoints: [f.card] }));
  return render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc: f.doc, store: f.store, origin: f.origin, readOnly }}>
        <Inspector />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const section = () => screen.getByRole('heading', { name: /^(Comments|Opmerkingen)$/ }).closest('section')!;
const comments = (f: Fixture) => toJSON(f.doc).comments;

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  useIdentity.setState({ name: 'Otter' });
});
afterEach(() => {
  cleanup();
  useSelection.getState().clear();
});

describe('comments in the touchpoint inspector', () => {
  it('lists the card’s comments oldest first, with author, how long ago and text; resolved ones folded under “n resolved”', () => {
    const f = fixture();
    addComment(f.doc, { touchpointId: f.card, author: 'Heron', text: 'Second thought', createdAt: ago(5) });
    addComment(f.doc, { touchpointId: f.card, author: 'Fox', text: 'Hold music is\ntoo long', createdAt: ago(120) });
    const done = addComment(f.doc, { touchpointId: f.card, author: 'Lynx', text: 'Fixed the script', createdAt: ago(60 * 24 * 3) });
    setCommentResolved(f.doc, done, true);
    addComment(f.doc, { touchpointId: f.other, author: 'Seal', text: 'On another card', createdAt: ago(1) });
    renderInspector(f);

    const open = within(screen.getByTestId('open-comments')).getAllByTestId('comment');
    expect(open.map((c) => within(c).getByTestId('comment-author').textContent)).toEqual(['Fox', 'Heron']);
    expect(within(open[0]!).getByTestId('comment-text').textContent).toBe('Hold music is\ntoo long');
    expect(open[0]).toHaveTextContent('2 hours ago');
    expect(open[1]).toHaveTextContent('5 minutes ago');
    expect(screen.queryByText('On another card')).toBeNull();

    const resolved = screen.getByTestId('resolved-comments');
    expect(resolved.tagName).toBe('DETAILS');
    expect(resolved).not.toHaveAttribute('open');
    expect(within(resolved).getByText('1 resolved')).toBeTruthy();
    expect(within(resolved).getByTestId('comment')).toHaveTextContent('Fixed the script');
    expect(within(resolved).getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('posts a comment with the button or Ctrl/Cmd+Enter, signed with the editor’s name and the local origin; empty text is not posted', async () => {
    const f = fixture();
    const origins: unknown[] = [];
    f.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    renderInspector(f);
    expect(within(section()).getByText('No comments yet.')).toBeTruthy();
    const box = within(section()).getByRole('textbox', { name: 'Add a comment' });
    const post = within(section()).getByRole('button', { name: 'Post' });

    expect(post).toBeDisabled();
    await userEvent.type(box, '   ');
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(comments(f)).toEqual([]);

    await userEvent.clear(box);
    await userEvent.type(box, 'Why two forms?');
    await userEvent.click(post);
    expect(comments(f)).toMatchObject([{ touchpointId: f.card, author: 'Otter', text: 'Why two forms?', resolved: false }]);
    expect(box).toHaveValue('');

    await userEvent.type(box, 'And a second one');
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    expect(comments(f).map((c) => c.text)).toEqual(['Why two forms?', 'And a second one']);
    expect(origins).toEqual([f.origin, f.origin]);
    expect(within(screen.getByTestId('open-comments')).getAllByTestId('comment')).toHaveLength(2);
    expect(screen.getAllByText('just now').length).toBeGreaterThan(0);
  });

  it('resolves, reopens and removes a comment, each one write with the local origin', async () => {
    const f = fixture();
    addComment(f.doc, { id: 'm1', touchpointId: f.card, author: 'Heron', text: 'Check the wording', createdAt: ago(3) });
    const origins: unknown[] = [];
    f.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    renderInspector(f);

    await userEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(comments(f)[0]!.resolved).toBe(true);
    expect(screen.queryByTestId('open-comments')).toBeNull();
    expect(screen.getByText('1 resolved')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(comments(f)[0]!.resolved).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Remove the comment by Heron' }));
    expect(comments(f)).toEqual([]);
    expect(origins).toEqual([f.origin, f.origin, f.origin]);
  });

  it('shows a viewer the comments, but nothing to post, resolve or remove with', () => {
    const f = fixture();
    addComment(f.doc, { touchpointId: f.card, author: 'Heron', text: 'Open one', createdAt: ago(3) });
    const done = addComment(f.doc, { touchpointId: f.card, author: 'Fox', text: 'Done one', createdAt: ago(2) });
    setCommentResolved(f.doc, done, true);
    renderInspector(f, true);
    expect(within(section()).getByText('Open one')).toBeTruthy();
    expect(within(section()).getByText('1 resolved')).toBeTruthy();
    expect(within(section()).queryByRole('textbox')).toBeNull();
    expect(within(section()).queryByRole('button')).toBeNull();
  });

  it('a duplicated card starts without the original’s comments', async () => {
    const f = fixture();
    addComment(f.doc, { touchpointId: f.card, author: 'Heron', text: 'Only on the original', createdAt: ago(3) });
    renderInspector(f);
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate touchpoint' }));
    const journey = toJSON(f.doc);
    expect(journey.touchpoints).toHaveLength(3);
    expect(journey.comments.map((c) => c.touchpointId)).toEqual([f.card]);
  });

  it('speaks Dutch', () => {
    useLocaleStore.getState().setLocale('nl');
    const f = fixture();
    const done = addComment(f.doc, { touchpointId: f.card, author: 'Fox', text: 'Klaar', createdAt: ago(2) });
    setCommentResolved(f.doc, done, true);
    renderInspector(f);
    expect(within(section()).getByText('1 afgehandeld')).toBeTruthy();
    expect(within(section()).getByRole('button', { name: 'Plaatsen' })).toBeTruthy();
    expect(within(section()).getByRole('textbox', { name: 'Opmerking toevoegen' })).toBeTruthy();
  });
});
