// Inspector fields. Text commits on blur or Enter (Ctrl+Enter in multi-line fields), not
// per keystroke, and only what the person typed (field-draft.ts holds the rule for values
// others edit meanwhile); a value the model refuses shows its validation message inline,
// in the interface language.
import { formatNumber, JourneyValidationError, parseNumber } from '@touchpoint/model';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { problemText } from '../common/problem-text.ts';
import { useLocale, useMessages, type UiLocale } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { useFieldDraft } from './field-draft.ts';
import { inspectorMessages } from './messages.ts';

export type Commit<T> = (value: T) => void;

function errorText(error: unknown, locale: UiLocale): string {
  if (error instanceof JourneyValidationError) return error.issues.map((issue) => problemText(issue, locale)).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Runs a model write; returns the error message it raised (in `locale`), or null. */
export function attempt(write: () => void, locale: UiLocale): string | null {
  try {
    write();
    return null;
  } catch (error) {
    return errorText(error, locale);
  }
}

/** A key handler that commits on Enter (and keeps Enter from submitting a form). */
export function commitOnEnter(commit: () => void): (event: React.KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };
}

export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 disabled:bg-slate-50 disabled:text-slate-600 aria-[invalid=true]:border-red-500';

export function Field({ label, htmlFor, error, children }: { label: string; htmlFor?: string; error?: string | null; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  value,
  onCommit,
  multiline = false,
  placeholder,
  autoFocusKey,
}: {
  label: string;
  value: string;
  onCommit: Commit<string>;
  multiline?: boolean;
  placeholder?: string;
  /** When this changes to a truthy value, the field takes focus and selects its text. */
  autoFocusKey?: string | null;
}) {
  const id = useId();
  const locale = useLocale();
  const draft = useFieldDraft(value, label);
  const [error, setError] = useState<string | null>(null);
  /** Set by Escape: the blur that follows drops the edit instead of committing it. */
  const cancelled = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocusKey) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [autoFocusKey]);
  const commit = () => {
    if (!draft.edited || draft.text === value) {
      draft.saved();
      setError(null);
      return;
    }
    const failed = attempt(() => onCommit(draft.text), locale);
    setError(failed);
    if (!failed) draft.saved();
  };
  const props = {
    id,
    ref,
    className: inputClass,
    value: draft.text,
    placeholder,
    'aria-invalid': error ? true : undefined,
    onFocus: draft.focus,
    onChange: (e: { target: { value: string } }) => draft.change(e.target.value),
    onBlur: () => {
      draft.blur();
      if (cancelled.current) cancelled.current = false;
      else commit();
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        cancelled.current = true;
        draft.drop();
        setError(null);
        (e.target as HTMLElement).blur();
      }
    },
  };
  return (
    <Field label={label} htmlFor={id} error={error}>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {draft.overtaken && <OvertakenNote />}
    </Field>
  );
}

/** Under a field a colleague changed while this person was typing in it. */
function OvertakenNote() {
  const t = useMessages(inspectorMessages);
  return (
    <p className="text-xs text-amber-700" role="status">
      {t('overtaken')}
    </p>
  );
}

/** A number that may be empty (null), written and shown with the interface language's separators. */
export function NumberField({ label, value, onCommit }: { label: string; value: number | null; onCommit: Commit<number | null> }) {
  const id = useId();
  const locale = useLocale();
  const draft = useFieldDraft(value === null ? '' : formatNumber(value, locale, { grouping: false }), label);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (!draft.edited) return setError(null);
    const next = parseNumber(draft.text, locale);
    if (next !== null && !Number.isFinite(next)) {
      const typed = draft.text.trim();
      setError(problemText({ code: 'notANumber', params: { value: typed }, message: `"${typed}" is not a number` }, locale));
      return;
    }
    if (next === value) {
      draft.saved();
      return setError(null);
    }
    const failed = attempt(() => onCommit(next), locale);
    setError(failed);
    if (!failed) draft.saved();
  };
  return (
    <Field label={label} htmlFor={id} error={error}>
      <input
        id={id}
        className={inputClass}
        inputMode="decimal"
        value={draft.text}
        aria-invalid={error ? true : undefined}
        onFocus={draft.focus}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => {
          draft.blur();
          commit();
        }}
        onKeyDown={commitOnEnter(commit)}
      />
      {draft.overtaken && <OvertakenNote />}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onCommit,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onCommit: Commit<T>;
}) {
  const id = useId();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  return (
    <Field label={label} htmlFor={id} error={error}>
      <select id={id} className={inputClass} value={value} onChange={(e) => setError(attempt(() => onCommit(e.target.value as T), locale))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Toggle({ label, checked, onCommit }: { label: string; checked: boolean; onCommit: Commit<boolean> }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 text-sm text-slate-700">
      <input
        type="checkbox"
        className="h-4 w-4 rounded border-slate-300 accent-indigo-600"
        checked={checked}
        onChange={(e) => onCommit(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** A range slider that writes once, when the person lets go (or on keyboard change). */
export function SliderField({
  label,
  value,
  min,
  max,
  describe,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  describe(value: number): string;
  onCommit: Commit<number>;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Field label={`${label}: ${describe(draft)}`} htmlFor={id}>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={draft}
        className="w-full accent-indigo-600"
        onChange={(e) => setDraft(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
    </Field>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 border-b border-slate-200 px-4 py-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-xs font-bold uppercase tracking-wide text-slate-500">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A red text button that removes something; viewers do not see it. */
export function RemoveButton({ children, ariaLabel, onClick }: { children: ReactNode; ariaLabel?: string; onClick(): void }) {
  const { readOnly } = useJourneyContext();
  if (readOnly) return null;
  return (
    <button type="button" className="shrink-0 whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50" aria-label={ariaLabel} onClick={onClick}>
      {children}
    </button>
  );
}
