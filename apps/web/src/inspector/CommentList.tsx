// A touchpoint's comments, for discussing the card in place: oldest first, each with its
// author, how long ago and its text; resolved ones folded under "n resolved". Editors post
// (the button or Ctrl/Cmd+Enter), resolve, reopen and remove, each one model write with
// their own origin, so Ctrl/Cmd+Z (or the message after a removal) takes it back. Viewers
// read the comments only.
import { addComment, COMMENT_TEXT_MAX, removeComment, setCommentResolved, type Comment } from '@touchpoint/model';
import { useId, useState } from 'react';
import { useFieldDraft } from './field-draft.ts';
import { modKey } from '../common/platform.ts';
import { formatDateTime, formatRelativeTime } from '../common/relative-time.ts';
import { useNow } from '../home/use-now.ts';
import { plural, useLocale, useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { useIdentity } from '../sync/identity.ts';
import { attempt, inputClass, Section } from './fields.tsx';
import { inspectorMessages } from './messages.ts';

export function CommentList({ touchpointId, comments }: { touchpointId: string; comments: readonly Comment[] }) {
  const t = useMessages(inspectorMessages);
  const { readOnly } = useJourneyContext();
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);
  return (
    <Section title={t('comments')}>
      {comments.length === 0 && <p className="text-xs text-slate-500">{t('noComments')}</p>}
      {open.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="open-comments">
          {open.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        // A disclosure rather than a button: it stays usable for viewers in the disabled fieldset.
        <details className="group" data-testid="resolved-comments">
          <summary className="cursor-pointer select-none text-xs font-medium text-slate-600 hover:text-slate-900">
            {plural(t, 'resolvedComments', resolved.length)}
          </summary>
          <ul className="mt-2 flex flex-col gap-2">
            {resolved.map((comment) => (
              <CommentItem key={comment.id} comment={comment} />
            ))}
          </ul>
        </details>
      )}
      {!readOnly && <NewComment touchpointId={touchpointId} />}
    </Section>
  );
}

function CommentItem({ comment }: { comment: Comment }) {
  const t = useMessages(inspectorMessages);
  const locale = useLocale();
  const { doc, origin, readOnly } = useJourneyContext();
  // Refreshed every half minute; a time a little ahead of this clock (another person's) reads as now.
  useNow(30_000);
  const now = new Date();
  const posted = new Date(Math.min(Date.parse(comment.createdAt), now.getTime()));
  const action = 'rounded-md px-2 py-0.5 text-xs font-medium';
  return (
    <li
      className={`rounded-lg border p-2 ${comment.resolved ? 'border-slate-200 bg-slate-50 text-slate-600' : 'border-slate-200 bg-white text-slate-800'}`}
      data-testid="comment"
      data-resolved={comment.resolved}
    >
      <div className="flex items-baseline gap-2 text-xs">
        <span className="min-w-0 truncate font-semibold text-slate-800" data-testid="comment-author">
          {comment.author}
        </span>
        <time className="shrink-0 text-slate-500" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt, locale)}>
          {formatRelativeTime(posted, locale, now)}
        </time>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words text-sm" data-testid="comment-text">
        {comment.text}
      </p>
      {!readOnly && (
        <div className="mt-1 flex justify-end gap-1">
          <button
            type="button"
            className={`${action} text-indigo-700 hover:bg-indigo-50`}
            onClick={() => setCommentResolved(doc, comment.id, !comment.resolved, origin)}
          >
            {comment.resolved ? t('reopenComment') : t('resolveComment')}
          </button>
          <button
            type="button"
            className={`${action} text-red-700 hover:bg-red-50`}
            aria-label={t('removeComment', { author: comment.author })}
            onClick={() => removeComment(doc, comment.id, origin)}
          >
            {t('remove')}
          </button>
        </div>
      )}
    </li>
  );
}

function NewComment({ touchpointId }: { touchpointId: string }) {
  const t = useMessages(inspectorMessages);
  const locale = useLocale();
  const { doc, origin } = useJourneyContext();
  const author = useIdentity((s) => s.name);
  const id = useId();
  // A draft like the inspector's fields: listed as unsaved typing, so it is shown to copy
  // when a colleague removes the card meanwhile.
  const draft = useFieldDraft('', t('addComment'));
  const text = draft.text;
  const [error, setError] = useState<string | null>(null);
  const empty = text.trim() === '';
  const post = () => {
    if (empty) return;
    const failed = attempt(() => addComment(doc, { touchpointId, author, text }, origin), locale);
    setError(failed);
    if (!failed) draft.drop();
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">
        {t('addComment')}
      </label>
      <textarea
        id={id}
        rows={2}
        className={inputClass}
        value={text}
        maxLength={COMMENT_TEXT_MAX}
        placeholder={t('commentPlaceholder')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          draft.change(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            post();
          }
        }}
      />
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        {/* Only where there is a keyboard. */}
        <span className="hidden text-xs text-slate-400 pointer-fine:inline">{t('commentKeyHint', { mod: modKey() })}</span>
        <button
          type="button"
          className="rounded-md bg-indigo-600 px-3 py-1 text-xs font-semibold text-white hover:bg-indigo-700 disabled:opacity-50"
          disabled={empty}
          onClick={post}
        >
          {t('postComment')}
        </button>
      </div>
    </div>
  );
}
