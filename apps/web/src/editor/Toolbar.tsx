// The editor's top bar: journey title, connection state, who is here, undo/redo, panels,
// share, export, lookbook and the interface language.
import { MagnifierIcon } from '../common/icons.tsx';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { modKey } from '../common/platform.ts';
import { useMessages } from '../i18n/index.ts';
import type { ConnectionStatus } from '../sync/connection.ts';
import { editorMessages } from './messages.ts';
import type { Peer } from '../sync/presence.ts';
import { PresenceAvatars } from './Presence.tsx';
import type { UndoState } from './undo.ts';

const STATUS_DOT: Record<ConnectionStatus, string> = {
  connecting: 'bg-slate-400 animate-pulse',
  connected: 'bg-emerald-500',
  reconnecting: 'bg-amber-500 animate-pulse',
  offline: 'bg-red-500',
};

export interface ToolbarProps {
  title: string;
  status: ConnectionStatus;
  undo: UndoState;
  readOnly: boolean;
  frictionOpen: boolean;
  findingCount: number | null;
  journeyScore: number | null;
  onToggleFriction(): void;
  onShare: (() => void) | null;
  onExport(): void;
  onShortcuts(): void;
  onFind(): void;
  /** Opens the versions; null for a viewer, who cannot save or restore one. */
  onVersions: (() => void) | null;
  lookbookHref: string | null;
  /** Brings what another person is looking at into view. */
  onGoToPeer(peer: Peer): void;
}

// Buttons keep their icon and label on one line; below 1024 px the labels of the panel
// buttons give way to their icons (their accessible names stay).
const iconButton =
  'inline-flex h-8 shrink-0 items-center justify-center gap-1 whitespace-nowrap rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40';

export function Toolbar(props: ToolbarProps) {
  const t = useMessages(editorMessages);
  const { status, undo } = props;
  const undoLabel = t('undo', { mod: modKey() });
  const redoLabel = t('redo', { mod: modKey() });
  return (
    // On a phone the bar scrolls sideways rather than cutting off its last buttons, and keeps
    // room for the title.
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3 shadow-sm max-md:overflow-x-auto" data-testid="toolbar">
      <a href="/" className="rounded-lg px-1.5 py-1 text-lg font-black tracking-tight text-indigo-600 hover:bg-indigo-50" title={t('home')} aria-label={t('home')}>
        ◉
      </a>
      <h1 className="min-w-0 max-w-[36ch] truncate text-base font-semibold max-md:min-w-[8rem]" title={props.title} data-testid="journey-title">
        {props.title}
      </h1>
      <span
        className="flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600"
        role="status"
        title={t(`status_${status}`)}
        data-testid="connection-status"
        data-status={status}
      >
        <span className={`h-2 w-2 rounded-full ${STATUS_DOT[status]}`} aria-hidden />
        <span className="hidden max-w-[16ch] truncate xl:inline">{t(`status_${status}`)}</span>
      </span>
      <div className="flex-1" />
      <PresenceAvatars onGoTo={props.onGoToPeer} />
      {!props.readOnly && (
        <div className="flex items-center border-l border-slate-200 pl-2">
          <button type="button" className={iconButton} disabled={!undo.canUndo} onClick={undo.undo} title={undoLabel} aria-label={undoLabel}>
            ↶
          </button>
          <button type="button" className={iconButton} disabled={!undo.canRedo} onClick={undo.redo} title={redoLabel} aria-label={redoLabel}>
            ↷
          </button>
        </div>
      )}
      <div className="flex items-center gap-1 border-l border-slate-200 pl-2">
        <button
          type="button"
          className={`${iconButton} ${props.frictionOpen ? 'bg-indigo-50 text-indigo-700' : ''}`}
          aria-pressed={props.frictionOpen}
          title={t('frictionToggle')}
          onClick={props.onToggleFriction}
          data-testid="friction-toggle"
        >
          ⚠ {t('friction')}
          {props.findingCount !== null && (
            <span className="rounded-full bg-slate-200 px-1.5 text-xs font-semibold text-slate-700">{props.findingCount}</span>
          )}
          {props.journeyScore !== null && (
            <span className="rounded-full bg-indigo-100 px-1.5 text-xs font-semibold text-indigo-800">{Math.round(props.journeyScore)}</span>
          )}
        </button>
        {props.lookbookHref && (
          <a className={iconButton} href={props.lookbookHref} target="_blank" rel="noreferrer" title={t('lookbook')} aria-label={t('lookbook')}>
            ▤ <span className="hidden lg:inline">{t('lookbook')}</span>
          </a>
        )}
        {props.onVersions && (
          <button type="button" className={iconButton} onClick={props.onVersions} title={t('versions')} aria-label={t('versions')} data-testid="versions-button">
            ⟲ <span className="hidden lg:inline">{t('versions')}</span>
          </button>
        )}
        <button type="button" className={iconButton} onClick={props.onExport} title={t('export')} aria-label={t('export')}>
          ↓ <span className="hidden lg:inline">{t('export')}</span>
        </button>
        {props.onShare && (
          <button
            type="button"
            className="inline-flex h-8 shrink-0 items-center whitespace-nowrap rounded-lg bg-indigo-600 px-3 text-sm font-semibold text-white hover:bg-indigo-700"
            onClick={props.onShare}
          >
            {t('share')}
          </button>
        )}
      </div>
      <button type="button" className={iconButton} onClick={props.onFind} title={t('findButton', { mod: modKey() })} aria-label={t('findTitle')} data-testid="find-button">
        <MagnifierIcon />
      </button>
      <button type="button" className={iconButton} onClick={props.onShortcuts} title={t('shortcutsButton')} aria-label={t('shortcuts')} data-testid="shortcuts-button">
        ⌨
      </button>
      <LanguageSwitch />
    </header>
  );
}
