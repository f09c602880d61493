// What the editor page says when the journey cannot be opened, or stops being open: a link
// that no longer opens it, a journey that does not exist, one in the trash (with a restore
// button for whoever holds the workspace key). Each has a way back to the journey list for
// someone signed in with the key.
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { linkProps } from '../app/router.ts';
import { Button, buttonClass, TrashIcon } from '../common/index.ts';
import { useMessages } from '../i18n/index.ts';
import { editorMessages } from './messages.ts';

/**
 * `invalidLink`: the token does not open it (never did, or the link was rotated);
 * `missing`: the workspace key and no such journey; `inTrash`: found in the trash on opening;
 * `movedToTrash`: moved to the trash while open here.
 */
export type Unavailable = 'invalidLink' | 'missing' | 'inTrash' | 'movedToTrash';

export interface JourneyUnavailableProps {
  reason: Unavailable;
  /** Whether the browser holds the workspace key (the journey list is then theirs to see). */
  signedIn: boolean;
  /** Takes the journey out of the trash; null when this person may not. */
  restore: (() => Promise<void>) | null;
  /** Called once the journey is back, to open it again. */
  onRestored(): void;
}

export function JourneyUnavailable({ reason, signedIn, restore, onRestored }: JourneyUnavailableProps) {
  const t = useMessages(editorMessages);
  const errorText = useErrorText();
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const trashed = reason === 'inTrash' || reason === 'movedToTrash';
  const canRestore = trashed && restore !== null;

  const onRestore = async () => {
    if (!restore) return;
    setRestoring(true);
    setFailure(null);
    try {
      await restore();
      onRestored();
    } catch (error) {
      // Not in the trash any more: someone restored it (or removed it for good); look again.
      if (error instanceof ApiError && error.status === 404) onRestored();
      else setFailure(errorText(error));
    } finally {
      setRestoring(false);
    }
  };

  const title = {
    invalidLink: t('invalidLink'),
    missing: t('missingJourney'),
    inTrash: t('inTrash'),
    movedToTrash: t('movedToTrash'),
  }[reason];
  const hint = trashed ? (canRestore ? t('trashOwnerHint') : t('trashLinkHint')) : reason === 'missing' ? t('missingJourneyHint') : t('invalidLinkHint');

  return (
    <FullScreen>
      <div className="flex h-14 w-14 items-center justify-center rounded-full bg-slate-200 text-2xl text-slate-600" aria-hidden>
        {trashed ? <TrashIcon className="h-7 w-7" /> : '✕'}
      </div>
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="max-w-md text-sm text-slate-600">{hint}</p>
      {failure && (
        <p className="max-w-md text-sm text-rose-700" role="alert">
          {t('restoreJourneyFailed', { message: failure })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center justify-center gap-3">
        {canRestore && (
          <Button variant="primary" busy={restoring} onClick={() => void onRestore()}>
            {t('restoreJourney')}
          </Button>
        )}
        {signedIn && (
          <a {...linkProps('/')} className={buttonClass(canRestore ? 'secondary' : 'primary')}>
            {t('home')}
          </a>
        )}
      </div>
    </FullScreen>
  );
}

/** The whole page, centred: the editor's states before (or instead of) the map. */
export function FullScreen({ children }: { children: ReactNode }) {
  return (
    <main className="flex h-screen w-screen flex-col items-center justify-center gap-3 bg-slate-50 p-8 text-center" data-testid="editor-state">
      {children}
    </main>
  );
}
