// Named versions of a journey: save the map as it is now, list what was saved, and restore
// one. A restore is a live change for everyone with the map open; the server saves the map
// as it was first (named here, in the user's language), so a restore can itself be undone.
import { useEffect, useState, type FormEvent } from 'react';
import { uniqueName } from '@touchpoint/model';
import type { ApiClient, VersionInfo } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { Button, Dialog, toast } from '../common/index.ts';
import { formatDateTime, formatRelativeTime } from '../common/relative-time.ts';
import { useLocale, useMessages } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';

const MAX_NAME = 200;

export interface VersionsDialogProps {
  api: ApiClient;
  journeyId: string;
  onClose(): void;
  /** Told when this person's restore starts (true) and when its request is over (false). */
  onRestoring?(restoring: boolean): void;
}

export function VersionsDialog({ api, journeyId, onClose, onRestoring }: VersionsDialogProps) {
  const t = useMessages(editorMessages);
  const message = useErrorText();
  const locale = useLocale();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<'save' | string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = async () => {
    try {
      setVersions(await api.versions(journeyId));
      setLoadError(null);
    } catch (error) {
      setLoadError(t('versionsFailed', { message: message(error) }));
    }
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, journeyId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // Without a name, the moment names it: "Version of 1 Dec 2026, 14:05".
    const trimmed = name.trim() || uniqueName(t('versionOf', { date: formatDateTime(new Date(), locale) }).slice(0, MAX_NAME), (versions ?? []).map((v) => v.name), MAX_NAME);
    setBusy('save');
    setActionError(null);
    try {
      const saved = await api.saveVersion(journeyId, trimmed);
      setVersions((list) => [saved, ...(list ?? [])]);
      setName('');
      toast({ message: t('versionSaved', { name: saved.name }), tone: 'success' });
    } catch (error) {
      setActionError(t('versionFailed', { message: message(error) }));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (version: VersionInfo) => {
    setBusy(version.id);
    setActionError(null);
    onRestoring?.(true);
    try {
      await api.restoreVersion(journeyId, version.id, t('beforeRestoring', { name: version.name }).slice(0, MAX_NAME));
      setConfirming(null);
      toast({ message: t('versionRestored', { name: version.name }), tone: 'success' });
      await load();
    } catch (error) {
      setActionError(t('versionFailed', { message: message(error) }));
    } finally {
      setBusy(null);
      onRestoring?.(false);
    }
  };

  return (
    <Dialog open title={t('versionsTitle')} description={t('versionsDescription')} onClose={onClose} footer={<Button onClick={onClose}>{t('close')}</Button>}>
      <form onSubmit={(e) => void save(e)} className="mb-4 flex items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
          {t('versionName')}
          <input
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
            value={name}
            maxLength={MAX_NAME}
            placeholder={t('versionNamePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <Button type="submit" variant="primary" busy={busy === 'save'} disabled={busy !== null}>
          {t('saveVersion')}
        </Button>
      </form>
      {actionError && (
        <p role="alert" className="mb-3 rounded-md bg-rose-50 p-2 text-sm text-rose-800">
          {actionError}
        </p>
      )}
      {loadError && (
        <p role="alert" className="text-sm text-rose-700">
          {loadError}
        </p>
      )}
      {!versions && !loadError && <p className="text-sm text-slate-500">…</p>}
      {versions && versions.length === 0 && <p className="text-sm text-slate-500">{t('noVersions')}</p>}
      {versions && versions.length > 0 && (
        <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200" aria-label={t('versions')}>
          {versions.map((version) => (
            <li key={version.id} className="px-3 py-2" data-testid="version">
              <div className="flex items-center gap-3">
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-slate-800" title={version.name}>
                    {version.name}
                  </p>
                  <p className="text-xs text-slate-500" title={formatDateTime(version.createdAt, locale)}>
                    {formatRelativeTime(version.createdAt, locale)}
                  </p>
                </div>
                {confirming !== version.id && (
                  <Button size="sm" onClick={() => setConfirming(version.id)} disabled={busy !== null} aria-label={`${t('restoreVersion')}: ${version.name}`}>
                    {t('restoreVersion')}
                  </Button>
                )}
              </div>
              {confirming === version.id && (
                <div className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" role="group" aria-label={t('restoreVersion')}>
                  <p>{t('restoreVersionConfirm', { name: version.name })}</p>
                  <div className="mt-2 flex justify-end gap-2">
                    <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                      {t('cancel')}
                    </Button>
                    <Button size="sm" variant="primary" busy={busy === version.id} onClick={() => void restore(version)}>
                      {t('restoreVersionYes')}
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
