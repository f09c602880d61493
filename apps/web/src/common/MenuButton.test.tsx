import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton, type MenuSection } from './MenuButton.tsx';

function renderMenu(onExport = vi.fn(), onUndo = vi.fn()) {
  const sections: MenuSection[] = [
    {
      key: 'actions',
      items: [
        { key: 'undo', label: 'Undo', onSelect: onUndo, disabled: true },
        { key: 'export', label: 'Export', onSelect: onExport },
        { key: 'lookbook', label: 'Lookbook', href: '/lookbook' },
      ],
    },
    {
      key: 'language',
      label: 'Interface language',
      items: [
        { key: 'en', label: 'English', checked: true, onSelect: vi.fn() },
        { key: 'nl', label: 'Nederlands', lang: 'nl', checked: false, onSelect: vi.fn() },
      ],
    },
  ];
  render(
    <>
      <MenuButton label="More actions" sections={sections}>
        ⋯
      </MenuButton>
      <p>Elsewhere</p>
    </>,
  );
  return { button: screen.getByRole('button', { name: 'More actions' }), onExport, onUndo };
}

describe('MenuButton', () => {
  it('says it has a menu, opens it with the focus on the first item and closes on Escape, giving the focus back', async () => {
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'More actions' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getByRole('menuitem', { name: 'Undo' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Interface language' })).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveAttribute('aria-checked', 'false');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through the items with the arrow keys, Home and End, wrapping round', async () => {
    const { button } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Undo' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Lookbook' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Undo' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Undo' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'Nederlands' })).toHaveFocus();
  });

  it('chooses an item with Enter or a click, closing the menu first; a disabled item does nothing', async () => {
    const { button, onExport, onUndo } = renderMenu();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();

    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Undo' }));
    expect(onUndo).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export' }));
    expect(onExport).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on a click outside it, and on a second click of its button', async () => {
    const { button } = renderMenu();
    await userEvent.click(button);
    await userEvent.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.click(button);
    await userEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('does not pass the keys it answers on to the page (the map clears its selection on Escape)', async () => {
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    const { button } = renderMenu();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    window.removeEventListener('keydown', onWindowKey);
    expect(onWindowKey).not.toHaveBeenCalled();
  });
});
