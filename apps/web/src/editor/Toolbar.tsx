// The editor's top bar: journey title, connection state, who is here, undo/redo, panels,
// share, export, lookbook and the interface language. On a phone the secondary actions go
// into one menu, so the bar fits the screen and the title keeps room to be read.
import { usePhone } from '../canvas/reveal.ts';
import { MagnifierIcon } from '../common/icons.tsx';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { MenuButton, type MenuItem, type MenuSection } from '../common/MenuButton.tsx';
import { commonMessages } from '../common/messages.ts';
import { modKey } from '../common/platform.ts';
import { plural, translate, UI_LOCALES, useLocale, useLocaleStore, useMessages, type Translate } from '../i18n/index.ts';
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
  const phone = usePhone();
  const { status, undo } = props;
  const undoLabel = t('undo', { mod: modKey() });
  const redoLabel = t('redo', { mod: modKey() });
  const summary = frictionSummary(t, props.findingCount, props.journeyScore);
  return (
    <header
      className={`flex h-14 shrink-0 items-center border-b border-slate-200 bg-white shadow-sm ${phone ? 'gap-2 px-2' : 'gap-3 px-3'}`}
      data-testid="toolbar"
    >
      <a href="/" className="shrink-0 rounded-lg px-1.5 py-1 text-lg font-black tracking-tight text-indigo-600 hover:bg-indigo-50" title={t('home')} aria-label={t('home')}>
        ◉
      </a>
      {/* On a phone the title takes what the bar leaves, on up to two lines, rather than a sliver of one. */}
      <h1
        className={
          phone
            ? 'line-clamp-2 min-w-0 flex-1 text-sm leading-tight font-semibold [overflow-wrap:anywhere]'
            : 'min-w-0 max-w-[36ch] truncate text-base font-semibold'
        }
        title={props.title}
        data-testid="journey-title"
      >
        {props.title}
      </h1>
      <span
        className={`flex shrink-0 items-center gap-1.5 rounded-full bg-slate-100 py-0.5 text-xs font-medium text-slate-600 ${phone ? 'px-1' : 'px-2'}`}
        role="status"
        title={t(`status_${status}`)}
        data-testid="connection-status"
        data-status={status}
      >
        <span className={`h-2 w-2 rounded-full ${STATUS_DOT[status]}`} aria-hidden />
        <span className="hidden max-w-[16ch] truncate xl:inline">{t(`status_${status}`)}</span>
      </span>
      {!phone && <div className="flex-1" />}
      <PresenceAvatars onGoTo={props.onGoToPeer} maxPeers={phone ? 1 : 6} />
      {!props.readOnly && !phone && (
        <div className="flex items-center border-l border-slate-200 pl-2">
          <button type="button" className={iconButton} disabled={!undo.canUndo} onClick={undo.undo} title={undoLabel} aria-label={undoLabel}>
            ↶
          </button>
          <button type="button" className={iconButton} disabled={!undo.canRedo} onClick={undo.redo} title={redoLabel} aria-label={redoLabel}>
            ↷
          </button>
        </div>
      )}
      <div className={`flex items-center gap-1 ${phone ? '' : 'border-l border-slate-200 pl-2'}`}>
        <button
          type="button"
          className={`${iconButton} ${props.frictionOpen ? 'bg-indigo-50 text-indigo-700' : ''}`}
          aria-pressed={props.frictionOpen}
          title={summary ? t('frictionToggleWith', { summary }) : t('frictionToggle')}
          onClick={props.onToggleFriction}
          data-testid="friction-toggle"
        >
          {/* The name is the words for screen readers, not an aria-label, so that the bare
              numbers shown do not contradict it. */}
          <span aria-hidden="true">⚠{!phone && ` ${t('friction')}`}</span>
          {props.findingCount !== null && (
            <span aria-hidden="true" className="rounded-full bg-slate-200 px-1.5 text-xs font-semibold text-slate-700">{props.findingCount}</span>
          )}
          {props.journeyScore !== null && (
            <span aria-hidden="true" className="rounded-full bg-indigo-100 px-1.5 text-xs font-semibold text-indigo-800">{Math.round(props.journeyScore)}</span>
          )}
          <span className="sr-only">{summary ? t('frictionLabel', { summary }) : t('friction')}</span>
        </button>
        {!phone && props.lookbookHref && (
          <a className={iconButton} href={props.lookbookHref} target="_blank" rel="noreferrer" title={t('lookbook')} aria-label={t('lookbook')}>
            ▤ <span className="hidden lg:inline">{t('lookbook')}</span>
          </a>
        )}
        {!phone && props.onVersions && (
          <button type="button" className={iconButton} onClick={props.onVersions} title={t('versions')} aria-label={t('versions')} data-testid="versions-button">
            ⟲ <span className="hidden lg:inline">{t('versions')}</span>
          </button>
        )}
        {!phone && (
          <button type="button" className={iconButton} onClick={props.onExport} title={t('export')} aria-label={t('export')}>
            ↓ <span className="hidden lg:inline">{t('export')}</span>
          </button>
        )}
        {!phone && props.onShare && (
          <button
            type="button"
            className="inline-flex h-8 shrink-0 items-center whitespace-nowrap rounded-lg bg-indigo-600 px-3 text-sm font-semibold text-white hover:bg-indigo-700"
            onClick={props.onShare}
          >
            {t('share')}
          </button>
        )}
      </div>
      {phone ? (
        <MoreMenu {...props} />
      ) : (
        <>
          <button type="button" className={iconButton} onClick={props.onFind} title={t('findButton', { mod: modKey() })} aria-label={t('findTitle')} data-testid="find-button">
            <MagnifierIcon />
          </button>
          <button type="button" className={iconButton} onClick={props.onShortcuts} title={t('shortcutsButton')} aria-label={t('shortcuts')} data-testid="shortcuts-button">
            ⌨
          </button>
          <LanguageSwitch />
        </>
      )}
    </header>
  );
}

/** What the friction button's numbers are: "7 findings, journey score 68"; null when it shows none. */
function frictionSummary(t: Translate<keyof typeof editorMessages.en>, findings: number | null, score: number | null): string | null {
  const parts: string[] = [];
  if (findings !== null) parts.push(plural(t, 'frictionFindings', findings));
  if (score !== null) parts.push(t('frictionScore', { score: Math.round(score) }));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The phone's ⋯ menu: undo and redo, the panels and dialogs the bar has no room for, and the interface language. */
function MoreMenu(props: ToolbarProps) {
  const t = useMessages(editorMessages);
  const tc = useMessages(commonMessages);
  const locale = useLocale();
  const setLocale = useLocaleStore((s) => s.setLocale);
  const sections: MenuSection[] = [];
  if (!props.readOnly) {
    sections.push({
      key: 'history',
      items: [
        { key: 'undo', icon: '↶', label: t('undoAction'), disabled: !props.undo.canUndo, onSelect: props.undo.undo },
        { key: 'redo', icon: '↷', label: t('redoAction'), disabled: !props.undo.canRedo, onSelect: props.undo.redo },
      ],
    });
  }
  const actions: MenuItem[] = [{ key: 'find', icon: <MagnifierIcon />, label: t('findTitle'), onSelect: props.onFind }];
  if (props.onVersions) actions.push({ key: 'versions', icon: '⟲', label: t('versions'), onSelect: props.onVersions });
  actions.push({ key: 'export', icon: '↓', label: t('export'), onSelect: props.onExport });
  if (props.onShare) actions.push({ key: 'share', icon: '⤴', label: t('share'), onSelect: props.onShare });
  if (props.lookbookHref) actions.push({ key: 'lookbook', icon: '▤', label: t('lookbook'), href: props.lookbookHref });
  actions.push({ key: 'shortcuts', icon: '⌨', label: t('shortcuts'), onSelect: props.onShortcuts });
  sections.push({ key: 'actions', items: actions });
  // Each language by its own name, so someone who does not read the other finds theirs.
  sections.push({
    key: 'language',
    label: tc('languageSwitch'),
    items: UI_LOCALES.map((option) => ({
      key: option,
      label: translate(commonMessages, option, option === 'en' ? 'english' : 'dutch'),
      lang: option,
      checked: option === locale,
      onSelect: () => setLocale(option),
    })),
  });
  return (
    <MenuButton label={t('more')} sections={sections} buttonClassName={`${iconButton} text-lg`} testId="more-button">
      ⋯
    </MenuButton>
  );
}
