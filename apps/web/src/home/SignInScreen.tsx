// Shown without a workspace key: explains where the key comes from and takes it (or the
// whole sign-in link). The key is checked with the server before it is remembered.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useMessages } from '../i18n/index.ts';
import { Button } from '../common/Button.tsx';
import { AppHeader, Logo } from '../app/AppHeader.tsx';
import type { ClientFactory } from './api-context.ts';
import { homeMessages } from './messages.ts';
import { keyFromInput, useSession } from './session.ts';

export function SignInScreen({ createClient }: { createClient: ClientFactory }) {
  const t = useMessages(homeMessages);
  const reason = useSession((s) => s.reason);
  const signIn = useSession((s) => s.signIn);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const key = keyFromInput(value);
    if (!key) {
      setError(t('keyRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createClient(key).list();
      signIn(key);
    } catch (caught) {
      const status = caught instanceof ApiError ? caught.status : -1;
      setError(status === 401 || status === 403 ? t('keyRejected') : status === 0 ? t('signInUnreachable') : String((caught as Error).message));
      setBusy(false);
    }
  };

  const message = error ?? (reason === 'rejected' ? t('keyRejected') : null);
  return (
    <div className="min-h-screen bg-gradient-to-b from-indigo-50 to-slate-50">
      <AppHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <div className="rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-900/5">
          <Logo className="mb-4 h-10 w-10" />
          <h1 className="text-xl font-semibold text-slate-900">{t('signInTitle')}</h1>
          <p className="mt-2 text-sm leading-relaxed text-slate-600">{t('signInIntro')}</p>
          <form className="mt-6 space-y-3" onSubmit={submit} noValidate>
            <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
              {t('keyLabel')}
            </label>
            <input
              id={fieldId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder={t('keyPlaceholder')}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? errorId : undefined}
              className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
            />
            {message && (
              <p id={errorId} role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
                {message}
              </p>
            )}
            <Button type="submit" variant="primary" busy={busy} className="w-full">
              {t('signIn')}
            </Button>
          </form>
          <p className="mt-6 border-t border-slate-100 pt-4 text-xs text-slate-500">{t('sharedLinkHint')}</p>
        </div>
      </main>
    </div>
  );
}
