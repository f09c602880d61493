// The editor page (/j/:id): resolves the role of the token, opens the journey's Y.Doc
// over y-websocket and shows the map, the inspector, the toolbar and the panels; or says
// why the journey is not there (see JourneyUnavailable).
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, createApiClient, type Access } from '../api/client.ts';
import { readWorkspaceKey } from '../api/credentials.ts';
import { buttonClass, Button, Spinner } from '../common/index.ts';
import { linkProps } from '../app/router.ts';
import { useMessages } from '../i18n/index.ts';
import type { ConnectionEnd } from '../sync/connection.ts';
import { editorMessages } from './messages.ts';
import { Editor } from './Editor.tsx';
import { FullScreen, JourneyUnavailable, type Unavailable } from './JourneyUnavailable.tsx';

export interface EditorPageProps {
  journeyId: string;
  token: string | null;
}

type AccessState =
  | { state: 'loading' }
  | { state: 'unavailable'; reason: Unavailable }
  | { state: 'failed'; message: string }
  | { state: 'ready'; access: Access };

/** What a refused access check means: 410 in the trash, 404 (the key's answer) no such journey. */
function unavailableFor(status: number): Unavailable | null {
  if (status === 410) return 'inTrash';
  if (status === 404) return 'missing';
  if (status === 401 || status === 403) return 'invalidLink';
  return null;
}

export function EditorPage({ journeyId, token }: EditorPageProps) {
  const t = useMessages(editorMessages);
  const workspaceKey = readWorkspaceKey();
  const effectiveToken = token ?? workspaceKey;
  const api = useMemo(() => createApiClient(effectiveToken), [effectiveToken]);
  // Restoring takes the workspace key, also for someone who came in through a link.
  const restore = useMemo(() => (workspaceKey ? () => createApiClient(workspaceKey).restore(journeyId) : null), [workspaceKey, journeyId]);
  const [access, setAccess] = useState<AccessState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setAccess({ state: 'loading' });
    api.access(journeyId).then(
      (result) => live && setAccess({ state: 'ready', access: result }),
      (error: unknown) => {
        if (!live) return;
        const reason = error instanceof ApiError ? unavailableFor(error.status) : null;
        if (reason) setAccess({ state: 'unavailable', reason });
        else setAccess({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, journeyId, attempt]);
  // The server ended the open journey's connection for good: the map goes, and says why.
  const onEnded = useCallback((end: ConnectionEnd) => setAccess({ state: 'unavailable', reason: end === 'trashed' ? 'movedToTrash' : 'invalidLink' }), []);
  const openAgain = useCallback(() => setAttempt((n) => n + 1), []);

  if (access.state === 'loading') return <FullScreen><Spinner size="lg" label={t('loading')} /><p className="text-sm text-slate-600">{t('loading')}</p></FullScreen>;
  if (access.state === 'unavailable') {
    return <JourneyUnavailable reason={access.reason} signedIn={workspaceKey !== null} restore={restore} onRestored={openAgain} />;
  }
  if (access.state === 'failed') {
    return (
      <FullScreen>
        <h1 className="text-xl font-semibold text-slate-900">{t('loadFailed')}</h1>
        <p className="text-sm text-slate-600">{access.message}</p>
        <div className="flex flex-wrap items-center justify-center gap-3">
          <Button variant="primary" onClick={openAgain}>{t('retry')}</Button>
          {workspaceKey && <a {...linkProps('/')} className={buttonClass('secondary')}>{t('home')}</a>}
        </div>
      </FullScreen>
    );
  }
  return (
    <ReactFlowProvider>
      <Editor journeyId={journeyId} token={effectiveToken} access={access.access} api={api} onEnded={onEnded} />
    </ReactFlowProvider>
  );
}
