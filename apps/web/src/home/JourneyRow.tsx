// One journey in the list: open it, see its score and size, rename it in place, copy it or
// move it to the trash.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nameNumber } from '@touchpoint/model';
import type { JourneySummary } from '../api/client.ts';
import { CountBadge } from '../common/CountBadge.tsx';
import { plural, useLocale, useMessages } from '../i18n/index.ts';
import { ScoreChip } from '../common/ScoreChip.tsx';
import { formatDateTime, formatRelativeTime } from '../common/relative-time.ts';
import { journeyPath, linkProps } from '../app/router.ts';
import { homeMessages } from './messages.ts';
import { CopyIcon, PencilIcon, TrashIcon } from '../common/icons.tsx';

export function JourneyRow({
  journey,
  now,
  editing,
  onStartRename,
  onRename,
  onCancelRename,
  onCopy,
  onRemove,
}: {
  journey: JourneySummary;
  now: Date;
  editing: boolean;
  onStartRename: () => void;
  /** Resolves when saved. */
  onRename: (title: string) => void;
  onCancelRename: () => void;
  onCopy: () => void;
  onRemove: () => void;
}) {
  const t = useMessages(homeMessages);
  const locale = useLocale();
  const [draft, setDraft] = useState(journey.title);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  // Set once Enter, Escape or a blur has decided the edit, so the blur that follows the
  // field's removal does not decide it again.
  const settled = useRef(false);

  useEffect(() => {
    if (editing) {
      settled.current = false;
      setDraft(journey.title);
      setError(null);
      field.current?.focus();
      field.current?.select();
    } else if (wasEditing.current) {
      renameButton.current?.focus();
    }
    wasEditing.current = editing;
    // Only when editing starts or stops.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  const commit = () => {
    if (settled.current) return;
    const title = draft.trim();
    if (!title) {
      setError(t('titleRequired'));
      return;
    }
    settled.current = true;
    if (title === journey.title) onCancelRename();
    else onRename(title);
  };

  const cancel = () => {
    if (settled.current) return;
    settled.current = true;
    onCancelRename();
  };

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

  const count = plural(t, 'touchpointCount', journey.touchpoints);
  const title = nameNumber(journey.title);
  return (
    <li
      className="group grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 px-4 py-3 transition hover:bg-slate-50 sm:grid-cols-[minmax(0,1fr)_9rem_4rem_10rem_auto]"
      onKeyDown={(event) => {
        if (event.key === 'F2' && !editing) {
          event.preventDefault();
          onStartRename();
        }
      }}
    >
      <div className="min-w-0">
        {editing ? (
          <div>
            <input
              ref={field}
              value={draft}
              maxLength={200}
              aria-label={t('renameField', { title: journey.title })}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setError(null);
              }}
              onKeyDown={onFieldKey}
              onBlur={commit}
              className="w-full rounded-md border border-indigo-400 px-2 py-1 text-sm font-medium text-slate-900 ring-2 ring-indigo-100 focus:outline-none"
            />
            {error && (
              <p role="alert" className="mt-1 text-xs text-rose-700">
                {error}
              </p>
            )}
          </div>
        ) : (
          <a
            {...linkProps(journeyPath(journey.id))}
            title={journey.title}
            className="line-clamp-2 rounded text-sm font-semibold break-words text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500 sm:flex sm:line-clamp-none"
          >
            {/* A long title is cut before its number, so "(2)" still tells copies apart. */}
            <span className="sm:min-w-0 sm:truncate">{title.base}</span>
            {title.number && <span className="whitespace-pre sm:shrink-0">{title.number}</span>}
          </a>
        )}
        <p className="text-xs text-slate-500 sm:hidden">
          {t('changed', { time: formatRelativeTime(journey.updatedAt, locale, now) })} · {count}
        </p>
      </div>
      <time
        dateTime={journey.updatedAt}
        title={formatDateTime(journey.updatedAt, locale)}
        className="hidden text-sm text-slate-600 sm:block"
      >
        {formatRelativeTime(journey.updatedAt, locale, now)}
      </time>
      <div className="hidden sm:block">
        <ScoreChip score={journey.journeyScore} />
      </div>
      {/* The column's header says what the number counts. */}
      <CountBadge label={count} className="hidden text-sm whitespace-nowrap text-slate-600 tabular-nums sm:block" testId="touchpoint-count">
        {journey.touchpoints}
      </CountBadge>
      <div className="flex items-center justify-end gap-1 sm:opacity-60 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100">
        <span className="sm:hidden">
          <ScoreChip score={journey.journeyScore} />
        </span>
        <button
          ref={renameButton}
          type="button"
          aria-label={t('renameOf', { title: journey.title })}
          title={`${t('rename')} (F2)`}
          onClick={onStartRename}
          className="rounded-md p-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          aria-label={t('copyOf', { title: journey.title })}
          title={t('copy')}
          onClick={onCopy}
          className="rounded-md p-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          <CopyIcon />
        </button>
        <button
          type="button"
          aria-label={t('removeOf', { title: journey.title })}
          title={t('remove')}
          onClick={onRemove}
          className="rounded-md p-1.5 text-slate-500 hover:bg-rose-100 hover:text-rose-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}

