import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Toaster } from '../common/Toaster.tsx';
import { useToastStore } from '../common/toast.ts';
import { translate, useLocaleStore, type Translate } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';
import { offerRemovalUndo } from './removal-toast.ts';
import type { UndoStepResult } from './undo.ts';

type EditorKey = keyof typeof editorMessages.en;
const t: Translate<EditorKey> = (key, params) => translate(editorMessages, 'en', key, params);

afterEach(() => {
  cleanup();
  useToastStore.setState({ toasts: [] });
});

describe('the message after a removal', () => {
  it('says how many cards went, and closes, Undo and all, when the removal is undone another way', () => {
    useLocaleStore.getState().setLocale('en');
    render(<Toaster />);
    let close = () => {};
    act(() => void (close = offerRemovalUndo(t, 1, () => 'undone', 'Ctrl')));
    expect(screen.getByText('Touchpoint removed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => close());
    expect(screen.queryByText('Touchpoint removed.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says so for removed comments', () => {
    useLocaleStore.getState().setLocale('en');
    render(<Toaster />);
    act(() => void offerRemovalUndo(t, 1, () => 'undone', 'Ctrl', 'comments'));
    expect(screen.getByText('Comment removed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it.each<[UndoStepResult, string | null]>([
    ['undone', null],
    ['gone', 'Nothing left to undo: that removal has been undone already.'],
    ['later-edits', 'Other edits came after it: undo them first with Ctrl+Z or the toolbar.'],
  ])('answers its Undo when the removal is %s', async (result, answer) => {
    useLocaleStore.getState().setLocale('en');
    render(<Toaster />);
    let undone = 0;
    act(() =>
      void offerRemovalUndo(
        t,
        3,
        () => {
          undone++;
          return result;
        },
        'Ctrl',
      ),
    );
    expect(screen.getByText('3 touchpoints removed.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toBe(1);
    expect(screen.queryByText('3 touchpoints removed.')).toBeNull();
    expect(useToastStore.getState().toasts.map((toast) => toast.message)).toEqual(answer ? [answer] : []);
  });
});
