import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { isApplePlatform } from '../common/platform.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';

afterEach(() => {
  cleanup();
  useLocaleStore.getState().setLocale('en');
});

/** The rows of the list as "keys | action". */
function rows(): string[] {
  return within(screen.getByTestId('shortcuts'))
    .getAllByRole('row')
    .map((row) => {
      const [keys, action] = within(row).getAllByRole('cell');
      return `${keys!.textContent} | ${action!.textContent}`;
    });
}

describe('ShortcutsDialog', () => {
  it('lists every shortcut with Ctrl off a Mac, and closes with Escape', async () => {
    let closed = 0;
    render(<ShortcutsDialog readOnly={false} apple={false} onClose={() => closed++} />);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    const list = rows();
    expect(list).toContain('CtrlC | Copy the selected cards');
    expect(list).toContain('CtrlShiftZorCtrlY | Redo');
    expect(list).toContain('DeleteorBackspace | Remove the selected cards or steps');
    expect(list).toContain('Double-click in a column | Add a touchpoint where you click');
    expect(list).toContain('N | New touchpoint after the selected card (or at the end of the selected phase)');
    expect(list).toContain('Shiftdrag | Select the cards in an area');
    expect(list).toContain('? | Show this list');
    expect(list).toContain('CtrlS | Nothing to save: changes are saved as you go (offers to name a version)');
    expect(list).toContain('CtrlF | Find a touchpoint or phase on the map');
    expect(list).toContain('CtrlD | Duplicate the selected cards (each copy just below its original)');
    expect(list).toContain('EnterorF2 | Edit the selected card or phase (the cursor goes to its title or name)');
    expect(list).toHaveLength(17);
    await userEvent.keyboard('{Escape}');
    expect(closed).toBe(1);
  });

  it('names the Command key on a Mac', () => {
    render(<ShortcutsDialog readOnly={false} apple onClose={() => {}} />);
    expect(rows()).toContain('⌘A | Select every touchpoint');
    expect(rows().join('\n')).not.toContain('Ctrl');
  });

  it('shows a viewer only the shortcuts that do not change the journey', () => {
    render(<ShortcutsDialog readOnly apple={false} onClose={() => {}} />);
    const actions = rows().map((row) => row.split(' | ')[1]);
    expect(actions).toEqual([
      'Copy the selected cards',
      'Select the cards in an area',
      'Select every touchpoint',
      'Find a touchpoint or phase on the map',
      'Clear the selection',
      'Show this list',
    ]);
    expect(screen.getByText(/shortcuts that change the journey are not available/)).toBeTruthy();
  });

  it('speaks Dutch', () => {
    useLocaleStore.getState().setLocale('nl');
    render(<ShortcutsDialog readOnly={false} apple={false} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Sneltoetsen' })).toBeTruthy();
    expect(rows()).toContain('Dubbelklik in een kolom | Contactmoment toevoegen waar je klikt');
    expect(rows()).toContain('Shiftslepen | De kaarten in een gebied selecteren');
  });

  it('tells a Mac from other platforms', () => {
    expect(isApplePlatform('MacIntel')).toBe(true);
    expect(isApplePlatform('iPad')).toBe(true);
    expect(isApplePlatform('Win32')).toBe(false);
    expect(isApplePlatform('Linux x86_64')).toBe(false);
  });
});
