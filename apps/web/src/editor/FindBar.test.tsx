import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildTemplate, type Journey } from '@touchpoint/model';
import type { Target } from '@touchpoint/scoring';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { FindBar } from './FindBar.tsx';

const journey: Journey = buildTemplate('car-rental-winter', { locale: 'en', journeyId: 'j1' });
const idOf = (title: string) => journey.touchpoints.find((t) => t.title === title)!.id;

afterEach(() => {
  cleanup();
  useLocaleStore.getState().setLocale('en');
});

function setup() {
  const shown: Target[][] = [];
  let closed = 0;
  const view = render(<FindBar journey={journey} onShow={(targets) => shown.push(targets)} onClose={() => closed++} focusKey={1} />);
  return { shown, closed: () => closed, view, field: screen.getByRole('searchbox', { name: 'Find on the map' }) };
}

describe('FindBar', () => {
  it('shows the first match as the user types, then the next and previous with Enter and Shift+Enter', async () => {
    const { shown, field } = setup();
    expect(document.activeElement).toBe(field);
    await userEvent.type(field, 'rental desk');
    const matches = journey.touchpoints.filter((t) => t.channelId === journey.channels.find((c) => c.name === 'Rental desk')!.id);
    expect(screen.getByTestId('find-status').textContent).toBe(`1 of ${matches.length}`);
    expect(shown.at(-1)).toEqual([{ kind: 'touchpoint', id: matches[0]!.id }]);
    expect(screen.getByTestId('find-where').textContent).toBe(`“${matches[0]!.title}”: found in its channel`);
    await userEvent.keyboard('{Enter}');
    expect(shown.at(-1)).toEqual([{ kind: 'touchpoint', id: matches[1]!.id }]);
    expect(screen.getByTestId('find-status').textContent).toBe(`2 of ${matches.length}`);
    await userEvent.keyboard('{Shift>}{Enter}{Enter}{/Shift}');
    // Back to the first, then round to the last.
    expect(shown.at(-1)).toEqual([{ kind: 'touchpoint', id: matches.at(-1)!.id }]);
    expect(screen.getByTestId('find-status').textContent).toBe(`${matches.length} of ${matches.length}`);
  });

  it('goes through the matches with the arrow buttons, and says when nothing matches', async () => {
    const { shown, field } = setup();
    await userEvent.type(field, 'roadside');
    expect(shown.at(-1)).toEqual([{ kind: 'touchpoint', id: idOf('Call roadside assistance for a flat battery') }]);
    await userEvent.click(screen.getByRole('button', { name: 'Next match (Enter)' }));
    expect(screen.getByTestId('find-status').textContent).toBe('1 of 1');
    const before = shown.length;
    await userEvent.type(field, 'zzz');
    expect(screen.getByTestId('find-status').textContent).toBe('No matches');
    expect((screen.getByRole('button', { name: 'Next match (Enter)' }) as HTMLButtonElement).disabled).toBe(true);
    // Tried: Enter with nothing found. Nothing is shown; the last match stays selected.
    await userEvent.keyboard('{Enter}');
    expect(shown).toHaveLength(before);
  });

  it('closes with Escape or the close button', async () => {
    const { field, closed } = setup();
    await userEvent.type(field, 'car{Escape}');
    expect(closed()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close (Esc)' }));
    expect(closed()).toBe(2);
  });

  it('speaks Dutch', async () => {
    useLocaleStore.getState().setLocale('nl');
    const shown: Target[][] = [];
    render(<FindBar journey={journey} onShow={(targets) => shown.push(targets)} onClose={() => {}} focusKey={1} />);
    const field = screen.getByRole('searchbox', { name: 'Zoeken op de kaart' });
    await userEvent.type(field, 'booking');
    expect(screen.getByTestId('find-status').textContent).toMatch(/^1 van \d+$/);
    expect(shown.at(-1)).toEqual([{ kind: 'phase', id: journey.phases.find((p) => p.name === 'Booking')!.id }]);
  });
});
