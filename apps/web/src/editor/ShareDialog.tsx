// Share links (editor, viewer and the lookbook, which uses the viewer's token): copy, and
// rotate (owners) to revoke the old link, after a confirmation in the dialog itself.
import { useEffect, useRef, useState } from 'react';
import type { ApiClient, JourneyLinks, Role } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { journeyPath } from '../app/router.ts';
import { Button, Dialog } from '../common/index.ts';
import { modKey } from '../common/platform.ts';
import { useMessages } from '../i18n/index.ts';
import { shareMessages } from './share-messages.ts';
import { copyText } from '../common/copy-text.ts';

type Kind = 'editor' | 'viewer' | 'lookbook';

/** The lookbook's address: the viewer link's origin, the lookbook's path and the viewer token. */
export function lookbookUrl(journeyId: string, links: JourneyLinks): string {
  return new URL(journeyPath(journeyId, { lookbook: true, token: links.viewer.token }), links.viewer.url).href;
}

export function ShareDialog({ api, journeyId, role, onClose, onLinks }: { api: ApiClient; journeyId: string; role: Role; onClose(): void; onLinks?(links: JourneyLinks): void }) {
  const t = useMessages(shareMessages);
  const errorText = useErrorText();
  const [links, setLinks] = useState<JourneyLinks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<{ kind: Kind; ok: boolean } | null>(null);
  const [confirming, setConfirming] = useState<'editor' | 'viewer' | null>(null);
  const [busy, setBusy] = useState<'editor' | 'viewer' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inputs = useRef<Partial<Record<Kind, HTMLInputElement | null>>>({});
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);
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

  const copy = async (kind: Kind, url: string) => {
    const ok = await copyText(url);
    if (!ok) {
      // Clipboard refused: select the link for copying by hand.
      inputs.current[kind]?.focus();
      inputs.current[kind]?.select();
    }
    setCopied({ kind, ok });
    clearTimeout(copiedTimer.current);
    // A failure stays until the next copy; it tells what to do.
    if (ok) copiedTimer.current = setTimeout(() => setCopied((c) => (c?.kind === kind && c.ok ? null : c)), 1500);
  };

  const rotate = async (kind: 'editor' | 'viewer') => {
    setBusy(kind);
    setNotice(null);
    try {
      const info = await api.rotateLink(journeyId, kind);
      setLinks((prev) => {
        if (!prev) return prev;
        const next = { ...prev, [kind]: info };
        onLinks?.(next);
        return next;
      });
      setNotice(t('rotated', { link: kind === 'editor' ? t('editorLink') : t('viewerLink') }));
      setError(null);
    } catch (caught) {
      setError(t('rotateFailed', { message: errorText(caught) }));
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  };

  const rows: { kind: Kind; url: string; label: string; hint: string; rotates: 'editor' | 'viewer' | null }[] = links
    ? [
        { kind: 'editor', url: links.editor.url, label: t('editorLink'), hint: t('editorLinkHint'), rotates: 'editor' },
        { kind: 'viewer', url: links.viewer.url, label: t('viewerLink'), hint: t('viewerLinkHint'), rotates: 'viewer' },
        { kind: 'lookbook', url: lookbookUrl(journeyId, links), label: t('lookbookLink'), hint: t('lookbookLinkHint'), rotates: null },
      ]
    : [];

  return (
    <Dialog
      open
      title={t('shareTitle')}
      description={role === 'owner' ? t('shareDescription') : t('shareDescriptionMember')}
      onClose={onClose}
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      {error && (
        <p className="mb-3 text-sm text-red-600" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="mb-3 text-sm text-emerald-700" role="status">
          {notice}
        </p>
      )}
      {!links && !error && <p className="text-sm text-slate-500">…</p>}
      {rows.map(({ kind, url, label, hint, rotates }) => (
        <div key={kind} className="mb-4 flex flex-col gap-1">
          <label className="text-sm font-semibold text-slate-800" htmlFor={`share-${kind}`}>
            {label}
          </label>
          <p className="text-xs text-slate-500">{hint}</p>
          <div className="flex flex-wrap gap-2">
            <input
              id={`share-${kind}`}
              ref={(element) => {
                inputs.current[kind] = element;
              }}
              readOnly
              className="min-w-[16rem] flex-1 basis-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-700 sm:basis-0"
              value={url}
              onFocus={(e) => e.target.select()}
              data-testid={`share-${kind}-url`}
            />
            <Button size="sm" variant="primary" onClick={() => void copy(kind, url)}>
              {copied?.kind === kind && copied.ok ? `✓ ${t('copied')}` : t('copy')}
            </Button>
            {role === 'owner' && rotates && (
              <Button size="sm" busy={busy === rotates} aria-expanded={confirming === rotates} onClick={() => setConfirming(rotates)}>
                ↻ {t('rotate')}
              </Button>
            )}
          </div>
          {copied?.kind === kind && !copied.ok && (
            <p className="text-xs text-amber-800" role="status">
              {t('copyByHand', { key: modKey() })}
            </p>
          )}
          {rotates && confirming === rotates && (
            <div
              role="group"
              aria-label={t('rotate')}
              className="mt-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200"
              // Escape takes back the confirmation, not the whole dialog.
              data-escape-local
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setConfirming(null);
                }
              }}
            >
              <p>{rotates === 'editor' ? t('rotateEditorConfirm') : t('rotateViewerConfirm')}</p>
              <div className="mt-2 flex gap-2">
                <Button size="sm" variant="danger" busy={busy === rotates} onClick={() => void rotate(rotates)}>
                  {t('rotateDo')}
                </Button>
                <Button size="sm" variant="ghost" autoFocus onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </Button>
              </div>
            </div>
          )}
        </div>
      ))}
    </Dialog>
  );
}
