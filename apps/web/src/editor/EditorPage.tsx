// The editor page (/j/:id): resolves the role of the token, opens the journey's Y.Doc
// over y-websocket and shows the map, the inspector, the toolbar and the panels.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, createApiClient, type Access } from '../api/client.ts';
import { readWorkspaceKey } from '../api/credentials.ts';
import { Button, Spinner } from '../common/index.ts';
import { useMessages } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';
import { Editor } from './Editor.tsx';

export interface EditorPageProps {
  journeyId: string;
  token: string | null;
}

type AccessState = { state: 'loading' } | { state: 'denied' } | { state: 'failed'; message: string } | { state: 'ready'; access: Access };

export function EditorPage({ journeyId, token }: EditorPageProps) {
  const t = useMessages(editorMessages);
  const effectiveToken = token ?? readWorkspaceKey();
  const api = useMemo(() => createApiClient(effectiveToken), [effectiveToken]);
  const [access, setAccess] = useState<AccessState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setAccess({ state: 'loading' });
    api.access(journeyId).then(
      (result) => live && setAccess({ state: 'ready', access: result }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && [401, 403, 404].includes(error.status)) setAccess({ state: 'denied' });
        else setAccess({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, journeyId, attempt]);

  if (access.state === 'loading') return <FullScreen><Spinner size="lg" label={t('loading')} /><p className="text-sm text-slate-600">{t('loading')}</p></FullScreen>;
  if (access.state === 'denied') {
    return (
      <FullScreen>
        <div className="flex h-14 w-14 items-center justify-center rounded-full bg-slate-200 text-2xl text-slate-600" aria-hidden>✕</div>
        <h1 className="text-xl font-semibold text-slate-900">{t('invalidLink')}</h1>
        <p className="text-sm text-slate-600">{t('invalidLinkHint')}</p>
        {readWorkspaceKey() && <a className="text-sm font-medium text-indigo-700 hover:underline" href="/">{t('home')}</a>}
      </FullScreen>
    );
  }
  if (access.state === 'failed') {
    return (
      <FullScreen>
        <h1 className="text-xl font-semibold text-slate-900">{t('loadFailed')}</h1>
        <p className="text-sm text-slate-600">{access.message}</p>
        <Button variant="primary" onClick={() => setAttempt((n) => n + 1)}>{t('retry')}</Button>
      </FullScreen>
    );
  }
  return (
    <ReactFlowProvider>
      <Editor journeyId={journeyId} token={effectiveToken} access={access.access} api={api} />
    </ReactFlowProvider>
  );
}

function FullScreen({ children }: { children: ReactNode }) {
  return (
    <main className="flex h-screen w-screen flex-col items-center justify-center gap-3 bg-slate-50 p-8 text-center" data-testid="editor-state">
      {children}
    </main>
  );
}

