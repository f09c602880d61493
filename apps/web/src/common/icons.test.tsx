import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import { NotAvailablePage, NotFoundPage } from '../app/NotAvailablePage.tsx';
import { FrictionPanel } from '../friction/FrictionPanel.tsx';
import { calmJourney } from '../friction/test-journey.ts';
import { fakeServer, TEMPLATES } from '../home/fake-client.ts';
import { HomePage } from '../home/HomePage.tsx';
import { useSession } from '../home/session.ts';
import { TemplateCards } from '../home/TemplateCards.tsx';
import { TrashView } from '../home/TrashView.tsx';
import { useLocaleStore } from '../i18n/index.ts';
import * as icons from './icons.tsx';

// Colour emoji show as empty boxes where no emoji font is installed: the pictographs, any
// character drawn as emoji by default (✨), and any character asked to be one (⚠️ with U+FE0F).
const EMOJI = /[\u{1F300}-\u{1FAFF}\u{FE0F}]|\p{Emoji_Presentation}/u;

/** The icon above a heading (of an empty state or the error screen) is an SVG, and no emoji is shown. */
function expectLineIconAbove(headingName: string) {
  const icon = screen.getByRole('heading', { name: headingName }).previousElementSibling;
  expect(icon?.querySelector('svg')).toBeInTheDocument();
  expect(icon?.textContent).toBe('');
  expect(document.body.textContent).not.toMatch(EMOJI);
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  act(() => useLocaleStore.getState().setLocale('en'));
});

describe('icons', () => {
  it('the emoji pattern of these tests catches the emoji the screens used to show', () => {
    for (const emoji of ['🗺️', '🗑️', '🛡️', '🚗', '🛍️', '🧭', '📦', '🚧', '⚠️', '✨']) expect(emoji).toMatch(EMOJI);
    for (const symbol of ['★', '✦', '⚠', '✕', '⌨', '⚙', '⌘', '✓']) expect(symbol).not.toMatch(EMOJI);
  });

  it('each icon is an SVG drawn in the text colour, hidden from screen readers and sized by its className', () => {
    const all = Object.entries(icons).filter(([name]) => name.endsWith('Icon'));
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const [name, Icon] of all) {
      const { container, unmount } = render(<Icon className="h-5 w-5" />);
      const svg = container.querySelector('svg');
      expect(svg, name).toHaveAttribute('aria-hidden', 'true');
      expect(svg?.outerHTML, name).toContain('"currentColor"');
      expect(svg, name).toHaveClass('h-5', 'w-5');
      unmount();
    }
  });
});

describe('screens draw their icons instead of showing emoji', () => {
  it('the empty journey list and its template cards', async () => {
    act(() => useSession.getState().signIn('good-key'));
    // The third shipped template, and two that have no icon of their own.
    const more = [
      ['omnichannel-retail', 'Online and in the shop.'],
      ['parcel-return', 'From label to refund.'],
      ['first-visit', 'Finding the way in.'],
    ].map(([id, about]) => ({ id: id!, name: { en: id!, nl: id! }, description: { en: about!, nl: about! } }));
    render(<HomePage createClient={fakeServer({ templates: [...TEMPLATES, ...more] }).factory} />);
    expect(await screen.findByText('Online and in the shop.')).toBeInTheDocument();
    expectLineIconAbove('No journeys yet');
    for (const card of screen.getAllByRole('button', { name: /^Use template/ })) {
      expect(card.closest('li')!.querySelector('svg')).toBeInTheDocument();
    }
    expect(screen.getAllByRole('button', { name: /^Use template/ })).toHaveLength(5);
  });

  it('template cards of the shipped templates each have their own icon', () => {
    render(<TemplateCards templates={TEMPLATES} onPick={() => {}} />);
    const [insurance, carRental] = screen.getAllByRole('button').map((card) => card.closest('li')!.querySelector('svg')?.innerHTML);
    expect(insurance).toBeTruthy();
    expect(carRental).toBeTruthy();
    expect(insurance).not.toBe(carRental);
    expect(document.body.textContent).not.toMatch(EMOJI);
  });

  it('the empty trash', async () => {
    render(<TrashView client={fakeServer().factory('good-key')} onRejected={() => {}} onRestored={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    expectLineIconAbove('The trash is empty');
  });

  it('the pages that are not there (yet)', () => {
    const { unmount } = render(<NotAvailablePage />);
    expectLineIconAbove('Not available yet');
    unmount();
    render(<NotFoundPage path="/nowhere" />);
    expectLineIconAbove('Page not found');
  });

  it('the error screen', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expectLineIconAbove('Something went wrong');
    expect(within(screen.getByRole('alert')).getByText('boom')).toBeInTheDocument();
    error.mockRestore();
  });

  it('the friction panel without findings', async () => {
    const calm = calmJourney();
    render(<FrictionPanel journey={calm} onSelectTargets={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'No friction found' })).toBeInTheDocument();
    expectLineIconAbove('No friction found');
  });
});
