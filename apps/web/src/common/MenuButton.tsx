// A button that opens a menu of actions (the WAI-ARIA menu button pattern): the button says
// it has a menu and whether it is open; the menu takes the focus, the arrow keys (and Home,
// End) move through its items, Enter or a click chooses one, Escape closes it and gives the
// focus back to the button, and a click elsewhere or Tab away closes it.
import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  /** Stable React key. */
  key: string;
  label: string;
  /** Shown before the label, hidden from screen readers. */
  icon?: ReactNode;
  /** Chooses the item; the menu has closed and given the focus back to its button by then. */
  onSelect?(): void;
  /** A link instead of an action, opened in a new tab. */
  href?: string;
  disabled?: boolean;
  /** One of a set of choices (a menuitemradio), checked or not. */
  checked?: boolean;
  /** The language of the label, when it is not the interface's. */
  lang?: string;
  testId?: string;
}

export interface MenuSection {
  key: string;
  /** Names a group of choices (a language switch, say) for screen readers. */
  label?: string;
  items: MenuItem[];
}

export interface MenuButtonProps {
  /** The button's accessible name and tooltip, and the menu's name. */
  label: string;
  /** What the button shows. */
  children: ReactNode;
  /** The items, in sections divided by a line. */
  sections: MenuSection[];
  buttonClassName?: string;
  testId?: string;
}

export function MenuButton({ label, children, sections, buttonClassName = '', testId }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  // Which item takes the focus when the menu opens: the first, or the last (ArrowUp on the button).
  const [initial, setInitial] = useState<'first' | 'last'>('first');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = (): HTMLElement[] => [...(menu.current?.querySelectorAll<HTMLElement>('[data-menu-item]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = items();
    (initial === 'first' ? all[0] : all.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, initial]);

  const openAt = (where: 'first' | 'last') => {
    setInitial(where);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at < 0 ? -1 : at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(-1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        // The focus goes on to what follows the button; the menu closes behind it.
        setOpen(false);
        return;
      default:
        return;
    }
    // The keys the menu answers are not also the map's (Escape clears the selection there).
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close(true);
    item.onSelect?.();
  };

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        title={label}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
        data-testid={testId}
      >
        {children}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="absolute right-0 top-full z-50 mt-1 flex min-w-52 flex-col rounded-xl border border-slate-200 bg-white py-1 text-sm shadow-xl"
          onKeyDown={onMenuKeyDown}
        >
          {sections.map((section, index) => (
            <Fragment key={section.key}>
              {index > 0 && <div role="separator" className="my-1 border-t border-slate-200" />}
              <div role={section.label ? 'group' : 'none'} aria-label={section.label}>
                {section.items.map((item) => (
                  <MenuEntry key={item.key} item={item} onChoose={() => choose(item)} onFollow={() => close(false)} />
                ))}
              </div>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}

const ENTRY =
  'flex w-full items-center gap-2 px-3 py-2 text-left text-slate-700 outline-none hover:bg-slate-100 focus:bg-indigo-50 focus:text-indigo-800 aria-disabled:cursor-not-allowed aria-disabled:opacity-40';

function MenuEntry({ item, onChoose, onFollow }: { item: MenuItem; onChoose(): void; onFollow(): void }) {
  const face = (
    <>
      <span className="inline-flex w-5 shrink-0 justify-center" aria-hidden>
        {item.checked !== undefined ? (item.checked ? '✓' : '') : item.icon}
      </span>
      <span lang={item.lang}>{item.label}</span>
    </>
  );
  if (item.href) {
    return (
      <a
        href={item.href}
        target="_blank"
        rel="noreferrer"
        role="menuitem"
        tabIndex={-1}
        className={ENTRY}
        onClick={onFollow}
        data-menu-item
        data-testid={item.testId}
      >
        {face}
      </a>
    );
  }
  return (
    <button
      type="button"
      role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={item.checked}
      aria-disabled={item.disabled || undefined}
      tabIndex={-1}
      className={ENTRY}
      onClick={onChoose}
      data-menu-item
      data-testid={item.testId}
    >
      {face}
    </button>
  );
}
