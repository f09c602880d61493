// The list of the editor's keyboard and mouse shortcuts, opened with ? or from the toolbar.
// Keys are named as on the user's keyboard (⌘ on a Mac, Ctrl elsewhere); a viewer sees only
// the shortcuts that do not change the journey.
import { Fragment } from 'react';
import { Dialog } from '../common/Dialog.tsx';
import { useMessages, type Translate } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';
import { isApplePlatform, modKey } from '../common/platform.ts';

type Key = keyof (typeof editorMessages)['en'];

/** A key or a mouse action: literal key names, or a message for words. */
type KeyPart = string | { message: Key };
/** One shortcut: its key combinations (any of them works) and what it does. */
interface Shortcut {
  combos: KeyPart[][];
  action: Key;
  /** Changes the journey, so not for viewers. */
  edits: boolean;
}

const MOD = 'mod';

export const SHORTCUTS: readonly Shortcut[] = [
  { combos: [['N']], action: 'sc_addAfter', edits: true },
  { combos: [[{ message: 'key_doubleClick' }]], action: 'sc_add', edits: true },
  { combos: [['Enter'], ['F2']], action: 'sc_editTitle', edits: true },
  { combos: [['Delete'], ['Backspace']], action: 'sc_delete', edits: true },
  { combos: [[MOD, 'C']], action: 'sc_copy', edits: false },
  { combos: [[MOD, 'V']], action: 'sc_paste', edits: true },
  { combos: [[MOD, 'D']], action: 'sc_duplicate', edits: true },
  { combos: [['←', '→', '↑', '↓']], action: 'sc_moveCard', edits: true },
  { combos: [['←', '→']], action: 'sc_movePhase', edits: true },
  { combos: [['Shift', { message: 'key_drag' }]], action: 'sc_selectArea', edits: false },
  { combos: [[MOD, 'A']], action: 'sc_selectAll', edits: false },
  { combos: [[MOD, 'F']], action: 'sc_find', edits: false },
  { combos: [[MOD, 'Z']], action: 'sc_undo', edits: true },
  { combos: [[MOD, 'Shift', 'Z'], [MOD, 'Y']], action: 'sc_redo', edits: true },
  { combos: [[MOD, 'S']], action: 'sc_save', edits: true },
  { combos: [['Esc']], action: 'sc_clear', edits: false },
  { combos: [['?']], action: 'sc_help', edits: false },
];

function keyLabel(part: KeyPart, t: Translate<Key>, apple: boolean): string {
  if (typeof part !== 'string') return t(part.message);
  if (part === MOD) return modKey(apple);
  return part;
}

const kbd = 'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 shadow-[0_1px_0_rgb(203_213_225)]';

export function ShortcutsDialog({ readOnly, onClose, apple = isApplePlatform() }: { readOnly: boolean; onClose(): void; apple?: boolean }) {
  const t = useMessages(editorMessages);
  const shortcuts = SHORTCUTS.filter((s) => !readOnly || !s.edits);
  return (
    <Dialog open title={t('shortcuts')} onClose={onClose} description={readOnly ? t('shortcutsViewerHint') : t('shortcutsHint')}>
      <table className="w-full text-sm" data-testid="shortcuts">
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.action} className="border-b border-slate-100 last:border-0">
              <td className="py-1.5 pr-4 align-top whitespace-nowrap">
                {shortcut.combos.map((combo, i) => (
                  <Fragment key={i}>
                    {i > 0 && <span className="mx-1 text-xs text-slate-500">{t('key_or')}</span>}
                    <span className="inline-flex items-center gap-1">
                      {combo.map((part, j) => (
                        <kbd key={j} className={kbd}>
                          {keyLabel(part, t, apple)}
                        </kbd>
                      ))}
                    </span>
                  </Fragment>
                ))}
              </td>
              <td className="py-1.5 text-slate-700">{t(shortcut.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
