// The find bar over the map (Ctrl/Cmd+F): type to find phases and touchpoints, Enter and
// Shift+Enter (or the arrows) go to the next and previous match, each selected and
// centred on the map; Escape closes the bar and keeps the selection.
import type { Journey } from '@touchpoint/model';
import type { Target } from '@touchpoint/scoring';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MagnifierIcon } from '../common/icons.tsx';
import { useMessages } from '../i18n/index.ts';
import { findOnMap, type MapMatch } from './find.ts';
import { editorMessages } from './messages.ts';

export interface FindBarProps {
  journey: Journey;
  /** Selects and centres a match. */
  onShow(targets: Target[]): void;
  onClose(): void;
  /** Changes each time the bar is asked for again (Ctrl/Cmd+F while open): refocuses the field. */
  focusKey: number;
}

const button = 'inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 disabled:opacity-40';

export function FindBar({ journey, onShow, onClose, focusKey }: FindBarProps) {
  const t = useMessages(editorMessages);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findOnMap(journey, query), [journey, query]);
  const match: MapMatch | undefined = matches[Math.min(current, matches.length - 1)];

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);

  // Show the match the user asked for: on typing (the first), or on next and previous.
  const show = (m: MapMatch | undefined) => {
    if (m) onShow([{ kind: m.kind, id: m.id }]);
  };
  const go = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (Math.min(current, matches.length - 1) + step + matches.length) % matches.length;
    setCurrent(next);
    show(matches[next]);
  };

  const status =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? t('findNone')
        : t('findCount', { current: Math.min(current, matches.length - 1) + 1, total: matches.length });

  return (
    <div
      role="search"
      aria-label={t('findTitle')}
      className="absolute right-3 top-3 z-20 flex w-[min(26rem,calc(100%-1.5rem))] flex-col rounded-xl border border-slate-200 bg-white px-2 py-1.5 shadow-lg"
      data-testid="find-bar"
    >
      <div className="flex items-center gap-1">
        <MagnifierIcon className="ml-1 h-4 w-4 shrink-0 text-slate-400" />
        <input
          ref={input}
          type="search"
          value={query}
          placeholder={t('findPlaceholder')}
          aria-label={t('findTitle')}
          className="min-w-0 flex-1 rounded-md px-1.5 py-1 text-sm outline-none placeholder:text-slate-400 [&::-webkit-search-cancel-button]:hidden"
          onChange={(event) => {
            const next = event.target.value;
            setQuery(next);
            setCurrent(0);
            show(findOnMap(journey, next)[0]);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              go(event.shiftKey ? -1 : 1);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onClose();
            }
          }}
        />
        <span className="shrink-0 whitespace-nowrap px-1 text-xs tabular-nums text-slate-500" aria-live="polite" data-testid="find-status">
          {status}
        </span>
        <button type="button" className={button} onClick={() => go(-1)} disabled={matches.length === 0} title={t('findPrevious')} aria-label={t('findPrevious')}>
          ↑
        </button>
        <button type="button" className={button} onClick={() => go(1)} disabled={matches.length === 0} title={t('findNext')} aria-label={t('findNext')}>
          ↓
        </button>
        <button type="button" className={button} onClick={onClose} title={t('findClose')} aria-label={t('findClose')}>
          ✕
        </button>
      </div>
      {match && match.field !== 'title' && match.field !== 'name' && (
        <p className="truncate px-7 pb-0.5 text-xs text-slate-500" data-testid="find-where">
          {t('findIn', { label: match.label, field: t(`findField_${match.field}`) })}
        </p>
      )}
    </div>
  );
}
