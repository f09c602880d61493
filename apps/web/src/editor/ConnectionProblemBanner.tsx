// Under the toolbar while the server has closed the connection and the map stays open (see
// ConnectionProblem): what happened, what happens to this person's changes, and the way on.
import { Button } from '../common/index.ts';
import { useMessages } from '../i18n/index.ts';
import type { ConnectionProblem } from '../sync/connection.ts';
import { editorMessages } from './messages.ts';

/** The server's settings for the largest journey it stores and the largest message it takes (server/README.md). */
const MAX_DOC_SETTING = 'TOUCHPOINT_MAX_DOC_BYTES';
const MAX_FRAME_SETTING = 'TOUCHPOINT_MAX_FRAME_BYTES';

export interface ConnectionProblemBannerProps {
  problem: ConnectionProblem;
  /** Connects again (the document's changes go with it). */
  onRetry(): void;
  /** Loads the page again; the browser's reload unless a test says otherwise. */
  onReload?: () => void;
}

export function ConnectionProblemBanner({ problem, onRetry, onReload = () => globalThis.location.reload() }: ConnectionProblemBannerProps) {
  const t = useMessages(editorMessages);
  if (problem === 'rateLimited') {
    return (
      <div className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-sm font-medium text-amber-900" role="status" data-testid="connection-problem">
        {t('problem_rateLimited')}
      </div>
    );
  }
  // Too large (the journey, or one change): the changes stay here and go with Try again.
  const tooLarge = problem === 'tooLarge' || problem === 'changeTooLarge';
  const text =
    problem === 'tooLarge'
      ? t('problem_tooLarge', { setting: MAX_DOC_SETTING })
      : problem === 'changeTooLarge'
        ? t('problem_changeTooLarge', { setting: MAX_FRAME_SETTING })
        : t('problem_unreadable');
  return (
    <div className="flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-b border-rose-200 bg-rose-50 px-4 py-2 text-sm text-rose-900" role="alert" data-testid="connection-problem">
      <p className="max-w-3xl">
        <span className="font-medium">{text}</span> {t(tooLarge ? 'problem_tooLargeHint' : 'problem_unreadableHint')}
      </p>
      {tooLarge ? (
        <Button size="sm" onClick={onRetry}>
          {t('retry')}
        </Button>
      ) : (
        <Button size="sm" variant="primary" onClick={onReload}>
          {t('reload')}
        </Button>
      )}
    </div>
  );
}
