import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '../canvas/reveal.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { Toolbar, type ToolbarProps } from './Toolbar.tsx';

/** A screen as wide or as narrow as a phone's, which can be turned (a `change` of the phone query). */
function stubScreen(phone: boolean) {
  const listeners = new Set<() => void>();
  const state = { phone };
  window.matchMedia = vi.fn((query: string) => ({
    matches: query === PHONE_QUERY && state.phone,
    media: query,
    onchange: null,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  return (next: boolean) => {
    state.phone = next;
    for (const listener of listeners) listener();
  };
}

function props(overrides: Partial<ToolbarProps> = {}): ToolbarProps {
  return {
    title: 'Hypotheek aanvragen online',
    status: 'connected',
    undo: { canUndo: true, canRedo: false, undo: vi.fn(), redo: vi.fn() } as unknown as ToolbarProps['undo'],
    readOnly: false,
    frictionOpen: false,
    findingCount: 7,
    journeyScore: 67.6,
    onToggleFriction: vi.fn(),
    onShare: vi.fn(),
    onExport: vi.fn(),
    onShortcuts: vi.fn(),
    onFind: vi.fn(),
    onVersions: vi.fn(),
    lookbookHref: '/lookbook/abc',
    onGoToPeer: vi.fn(),
    ...overrides,
  };
}

/** The menu's items (menuitem and menuitemradio), as shown: icon and label. */
function itemNames(menu: HTMLElement): (string | null)[] {
  return [...menu.querySelectorAll('[role^=menuitem]')].map((item) => item.textContent);
}

const original = window.matchMedia;
beforeEach(() => useLocaleStore.getState().setLocale('en'));
afterEach(() => {
  window.matchMedia = original;
  useLocaleStore.getState().setLocale('en');
});

describe('Toolbar on a wide screen', () => {
  it('shows every action in the bar and has no menu for more', () => {
    stubScreen(false);
    render(<Toolbar {...props()} />);
    for (const name of ['Versions', 'Export', 'Share', 'Find on the map', 'Keyboard shortcuts', 'Lookbook']) {
      expect(screen.getByRole(name === 'Lookbook' ? 'link' : 'button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('group', { name: 'Interface language' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull();
  });
});

describe('Toolbar on a phone', () => {
  it('puts the secondary actions in one menu, keeping friction in the bar', async () => {
    stubScreen(true);
    const p = props();
    render(<Toolbar {...p} />);
    for (const name of ['Versions', 'Export', 'Share', 'Find on the map', 'Keyboard shortcuts']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('group', { name: 'Interface language' })).toBeNull();
    expect(screen.getByTestId('friction-toggle')).toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'More actions' });
    expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(more);
    const menu = screen.getByRole('menu', { name: 'More actions' });
    const names = itemNames(menu);
    expect(names).toEqual(['↶Undo', '↷Redo', 'Find on the map', '⟲Versions', '↓Export', '⤴Share', '▤Lookbook', '⌨Keyboard shortcuts', '✓English', 'Nederlands']);
    expect(within(menu).getByRole('menuitem', { name: 'Redo' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Lookbook' })).toHaveAttribute('href', '/lookbook/abc');

    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Export' }));
    expect(p.onExport).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(more).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(p.onFind).toHaveBeenCalledTimes(1);
  });

  it('switches the interface language from the menu, naming each language in itself', async () => {
    stubScreen(true);
    render(<Toolbar {...props()} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    const languages = screen.getByRole('group', { name: 'Interface language' });
    expect(within(languages).getByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(within(languages).getByRole('menuitemradio', { name: 'Nederlands' }));
    expect(useLocaleStore.getState().locale).toBe('nl');
    await userEvent.click(screen.getByRole('button', { name: 'Meer acties' }));
    expect(screen.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitem', { name: 'Exporteren' })).toBeInTheDocument();
  });

  it('leaves out of the menu what a viewer cannot do', async () => {
    stubScreen(true);
    render(<Toolbar {...props({ readOnly: true, onShare: null, onVersions: null })} />);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    const names = itemNames(screen.getByRole('menu'));
    expect(names).toEqual(['Find on the map', '↓Export', '▤Lookbook', '⌨Keyboard shortcuts', '✓English', 'Nederlands']);
  });

  it('follows the screen when it turns from wide to narrow', () => {
    const turn = stubScreen(false);
    render(<Toolbar {...props()} />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
    act(() => turn(true));
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    expect(screen.getByRole('button', { name: 'More actions' })).toBeInTheDocument();
  });
});

describe('Toolbar friction button', () => {
  it('says what its numbers are, in a tooltip and in its accessible name', () => {
    stubScreen(false);
    render(<Toolbar {...props()} />);
    const button = screen.getByTestId('friction-toggle');
    expect(button).toHaveAccessibleName('Friction: 7 findings, journey score 68');
    expect(button).toHaveAttribute('title', '7 findings, journey score 68 (show or hide the friction panel)');
  });

  it('in Dutch, for one finding, and without a score yet', () => {
    stubScreen(true);
    useLocaleStore.getState().setLocale('nl');
    const { rerender } = render(<Toolbar {...props()} />);
    const button = screen.getByTestId('friction-toggle');
    expect(button).toHaveAccessibleName('Frictie: 7 bevindingen, score van de klantreis 68');
    expect(button).toHaveAttribute('title', '7 bevindingen, score van de klantreis 68 (frictiepaneel tonen of verbergen)');
    rerender(<Toolbar {...props({ findingCount: 1, journeyScore: null })} />);
    expect(button).toHaveAccessibleName('Frictie: 1 bevinding');
    rerender(<Toolbar {...props({ findingCount: null, journeyScore: null })} />);
    expect(button).toHaveAccessibleName('Frictie');
    expect(button).toHaveAttribute('title', 'Frictiepaneel tonen of verbergen');
  });
});
