// Deleted journeys: restore one, or delete it for good after a confirmation.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type ApiClient, type JourneySummary } from '../api/client.ts';
import { useLocale, useMessages } from '../i18n/index.ts';
import { Button } from '../common/Button.tsx';
import { ConfirmDialog } from '../common/Dialog.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { TrashIcon } from '../common/icons.tsx';
import { Skeleton } from '../common/Spinner.tsx';
import { formatDateTime, formatRelativeTime } from '../common/relative-time.ts';
import { toast } from '../common/toast.ts';
import { homeMessages } from './messages.ts';
import { useNow } from './use-now.ts';
import { useErrorText } from '../api/error-text.ts';

type Trashed = JourneySummary & { deletedAt?: string | null };

export function TrashView({ client, onRejected, onRestored }: { client: ApiClient; onRejected: () => void; onRestored: () => void }) {
  const t = useMessages(homeMessages);
  const errorText = useErrorText();
  const locale = useLocale();
  const now = useNow();
  const [items, setItems] = useState<Trashed[] | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [confirming, setConfirming] = useState<Trashed | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setItems(null);
    try {
      setItems((await client.trash()) as Trashed[]);
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 401 || caught.status === 403)) onRejected();
      else setError(caught as Error);
    }
  }, [client, onRejected]);

  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (item: Trashed) => {
    setBusy(item.id);
    try {
      await client.restore(item.id);
      setItems((list) => list?.filter((j) => j.id !== item.id) ?? null);
      toast({ message: t('restored', { title: item.title }), tone: 'success' });
      onRestored();
    } catch (caught) {
      toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const purge = async (item: Trashed) => {
    setBusy(item.id);
    try {
      await client.purge(item.id);
      setItems((list) => list?.filter((j) => j.id !== item.id) ?? null);
      toast({ message: t('purged', { title: item.title }) });
    } catch (caught) {
      toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  };

  if (error) {
    return (
      <div role="alert" className="rounded-xl bg-white p-8 text-center shadow-xs ring-1 ring-slate-200">
        <p className="text-sm text-slate-700">{t('loadError')}</p>
        <p className="mt-1 text-sm text-slate-600">{errorText(error)}</p>
        <Button className="mt-4" onClick={() => void load()}>
          {t('retry')}
        </Button>
      </div>
    );
  }
  if (!items) {
    return (
      <div className="space-y-2" aria-busy="true">
        <span className="sr-only" role="status">
          {t('loadingJourneys')}
        </span>
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
    );
  }
  if (items.length === 0) {
    return (
      <div className="rounded-xl bg-white shadow-xs ring-1 ring-slate-200">
        <EmptyState icon={<TrashIcon className="h-7 w-7" />} title={t('trashEmptyTitle')}>
          {t('trashEmptyBody')}
        </EmptyState>
      </div>
    );
  }
  return (
    <>
      <ul aria-label={t('trashLabel')} className="divide-y divide-slate-100 overflow-hidden rounded-xl bg-white shadow-xs ring-1 ring-slate-200">
        {items.map((item) => {
          const when = item.deletedAt ?? item.updatedAt;
          return (
            <li key={item.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-semibold text-slate-800">{item.title}</p>
                <p className="text-xs text-slate-500">
                  <time dateTime={when} title={formatDateTime(when, locale)}>
                    {t('deletedAt', { time: formatRelativeTime(when, locale, now) })}
                  </time>
                </p>
              </div>
              <Button size="sm" aria-label={t('restoreOf', { title: item.title })} busy={busy === item.id && !confirming} onClick={() => void restore(item)}>
                {t('restore')}
              </Button>
              <Button size="sm" variant="ghost" className="text-rose-700 hover:bg-rose-50 hover:text-rose-800" aria-label={t('purgeOf', { title: item.title })} onClick={() => setConfirming(item)}>
                {t('purge')}
              </Button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={t('purgeTitle')}
        message={t('purgeBody', { title: confirming?.title ?? '' })}
        confirmLabel={t('purge')}
        danger
        busy={busy !== null}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void purge(confirming)}
      />
    </>
  );
}
