// Asks before signing out, because the workspace key is the only way back in: it offers to
// copy the sign-in link first (the key is otherwise only on the server, in its data folder).
import { useState } from 'react';
import { readWorkspaceKey } from '../api/credentials.ts';
import { Button } from '../common/Button.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { useMessages } from '../i18n/index.ts';
import { commonMessages } from '../common/messages.ts';
import { homeMessages } from './messages.ts';
import { copyText } from '../common/copy-text.ts';

/** The address that signs this browser in again: the app's own address with the key. */
export function signInLink(key: string, origin = window.location.origin): string {
  return `${origin}/#key=${encodeURIComponent(key)}`;
}

export function SignOutDialog({ open, onClose, onSignOut }: { open: boolean; onClose: () => void; onSignOut: () => void }) {
  const t = useMessages(homeMessages);
  const common = useMessages(commonMessages);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const key = readWorkspaceKey();
  const link = key ? signInLink(key) : null;
  const copy = async () => {
    if (!link) return;
    setCopied((await copyText(link)) ? 'yes' : 'no');
  };
  return (
    <Dialog
      open={open}
      onClose={() => {
        setCopied(null);
        onClose();
      }}
      size="sm"
      title={t('signOutTitle')}
      description={t('signOutBody')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {common('cancel')}
          </Button>
          <Button variant="danger" onClick={onSignOut}>
            {t('signOut')}
          </Button>
        </>
      }
    >
      {link && (
        <div className="flex flex-col gap-2">
          <label className="text-sm font-medium text-slate-800" htmlFor="sign-in-link">
            {t('signInLink')}
          </label>
          <input
            id="sign-in-link"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-700"
          />
          <div>
            <Button size="sm" onClick={() => void copy()}>
              {copied === 'yes' ? `✓ ${t('linkCopied')}` : t('copyLink')}
            </Button>
          </div>
          {copied === 'no' && <p className="text-xs text-amber-800">{t('copyLinkByHand')}</p>}
        </div>
      )}
    </Dialog>
  );
}
