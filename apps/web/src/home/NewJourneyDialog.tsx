// Creates a journey: blank (title and language) or from a template.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Locale } from '@touchpoint/model';
import type { TemplateInfo } from '../api/client.ts';
import { useLocale, useMessages } from '../i18n/index.ts';
import { Button } from '../common/Button.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { homeMessages } from './messages.ts';
import { TemplateCards } from './TemplateCards.tsx';

export interface CreateRequest {
  title?: string;
  locale: Locale;
  template?: string;
}

export function NewJourneyDialog({
  open,
  onClose,
  templates,
  onCreate,
  onRetryTemplates,
}: {
  open: boolean;
  onClose: () => void;
  templates: TemplateInfo[] | null | 'error';
  /** Resolves when done; rejects with a message to show. */
  onCreate: (request: CreateRequest) => Promise<void>;
  onRetryTemplates?: () => void;
}) {
  const t = useMessages(homeMessages);
  const uiLocale = useLocale();
  const [title, setTitle] = useState('');
  // The journey's language follows the interface's until it is chosen here, and again each
  // time the dialog opens (the interface's language may have changed in between).
  const [chosenLocale, setLocale] = useState<Locale | null>(null);
  const locale = chosenLocale ?? uiLocale;
  useEffect(() => {
    if (!open) setLocale(null);
  }, [open]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const titleId = useId();
  const localeId = useId();
  const hintId = useId();

  const run = async (key: string, request: CreateRequest) => {
    setBusy(key);
    setError(null);
    try {
      await onCreate(request);
      setTitle('');
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('titleRequired'));
      return;
    }
    void run('blank', { title: title.trim(), locale });
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('createTitle')} size="lg">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <div>
          <label htmlFor={titleId} className="block text-sm font-medium text-slate-800">
            {t('titleLabel')}
          </label>
          <input
            id={titleId}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('titlePlaceholder')}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
        </div>
        <div>
          <label htmlFor={localeId} className="block text-sm font-medium text-slate-800">
            {t('languageLabel')}
          </label>
          <select
            id={localeId}
            value={locale}
            aria-describedby={hintId}
            onChange={(e) => setLocale(e.target.value as Locale)}
            className="mt-1 block h-[38px] rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          >
            <option value="en">{t('langEn')}</option>
            <option value="nl">{t('langNl')}</option>
          </select>
        </div>
        <Button type="submit" variant="primary" busy={busy === 'blank'} disabled={busy !== null}>
          {t('create')}
        </Button>
        <p id={hintId} className="-mt-3 text-xs text-slate-500 sm:col-span-2 sm:col-start-2">
          {t('languageHint')}
        </p>
      </form>
      {error && (
        <p role="alert" className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      <h3 className="mt-6 mb-3 text-sm font-semibold text-slate-700">{t('orTemplate')}</h3>
      <TemplateCards
        templates={templates}
        busyId={busy}
        disabled={busy !== null}
        onRetry={onRetryTemplates}
        onPick={(template) => void run(template.id, { template: template.id, locale, ...(title.trim() ? { title: title.trim() } : {}) })}
      />
    </Dialog>
  );
}
