// Share links (editor and viewer): copy, and rotate (owners) to revoke the old link.
import { useEffect, useState } from 'react';
import type { ApiClient, JourneyLinks, Role } from '../api/client.ts';
import { Button, Dialog } from '../common/index.ts';
import { useMessages } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';

export function ShareDialog({ api, journeyId, role, onClose, onLinks }: { api: ApiClient; journeyId: string; role: Role; onClose(): void; onLinks?(links: JourneyLinks): void }) {
  const t = useMessages(editorMessages);
  const [links, setLinks] = useState<JourneyLinks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.links(journeyId).then(
      (l) => live && setLinks(l),
      () => live && setError(t('linksFailed')),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, journeyId]);
  const copy = async (kind: 'editor' | 'viewer', url: string) => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (no permission): the field is selectable by hand.
    }
    setCopied(kind);
    setTimeout(() => setCopied((c) => (c === kind ? null : c)), 1500);
  };
  const rotate = async (kind: 'editor' | 'viewer') => {
    if (!window.confirm(t('rotateConfirm', { role: kind === 'editor' ? t('editorLink') : t('viewerLink') }))) return;
    setBusy(kind);
    try {
      const info = await api.rotateLink(journeyId, kind);
      setLinks((prev) => {
        if (!prev) return prev;
        const next = { ...prev, [kind]: info };
        onLinks?.(next);
        return next;
      });
    } catch {
      setError(t('linksFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Dialog open title={t('shareTitle')} description={t('shareDescription')} onClose={onClose} footer={<Button onClick={onClose}>{t('close')}</Button>}>
      {error && <p className="text-sm text-red-600" role="alert">{error}</p>}
      {!links && !error && <p className="text-sm text-slate-500">…</p>}
      {links &&
        (['editor', 'viewer'] as const).map((kind) => (
          <div key={kind} className="mb-4 flex flex-col gap-1">
            <label className="text-sm font-semibold text-slate-800" htmlFor={`share-${kind}`}>
              {kind === 'editor' ? t('editorLink') : t('viewerLink')}
            </label>
            <p className="text-xs text-slate-500">{kind === 'editor' ? t('editorLinkHint') : t('viewerLinkHint')}</p>
            <div className="flex gap-2">
              <input
                id={`share-${kind}`}
                readOnly
                className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-700"
                value={links[kind].url}
                onFocus={(e) => e.target.select()}
                data-testid={`share-${kind}-url`}
              />
              <Button size="sm" variant="primary" onClick={() => void copy(kind, links[kind].url)}>
                {copied === kind ? `✓ ${t('copied')}` : t('copy')}
              </Button>
              {role === 'owner' && (
                <Button size="sm" busy={busy === kind} onClick={() => void rotate(kind)}>
                  ↻ {t('rotate')}
                </Button>
              )}
            </div>
          </div>
        ))}
    </Dialog>
  );
}
