// The lookbook page, reached with a journey's viewer link (/j/<id>/lookbook?t=<token>):
// loads the plain journey and its score over REST and shows the briefing, with an audience
// filter, a print layout and a self-contained HTML download. A briefing left open in a tab
// is loaded again, quietly, when the tab comes back into view a while later, so staff read
// what the team has changed since.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Journey } from '@touchpoint/model';
import { ApiError, createApiClient } from '../api/client.ts';
import { readWorkspaceKey } from '../api/credentials.ts';
import { useErrorText } from '../api/error-text.ts';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { downloadText } from '../export/download.ts';
import { exportFileName } from '../export/geometry.ts';
import { useLocale, useLocaleStore, useMessages } from '../i18n/index.ts';
import { audiences, teamLabelKey, type Audience, type LookbookScore } from './content.ts';
import { Lookbook } from './Lookbook.tsx';
import { lookbookMessages } from './messages.ts';
import { collectCss, standaloneHtml } from './standalone.ts';
import './lookbook.css';

export interface LookbookPageProps {
  journeyId: string;
  token: string | null;
}

/** How long a shown briefing stays as it is before coming back to the tab reloads it. */
export const REFRESH_AFTER_MS = 60_000;

type State =
  | { kind: 'loading' }
  | { kind: 'error'; reason: 'invalid' | 'notFound' | 'inTrash' | 'noToken' | 'other'; error?: unknown }
  | { kind: 'ready'; journey: Journey; score: LookbookScore | null };

/**
 * Why a link that no longer loads the journey is refused. The journey itself answers 403
 * (or 404) for one in the trash as for a revoked link; the access check tells them apart
 * (410: in the trash, and this link opens it again once it is restored).
 */
async function refusal(api: ReturnType<typeof createApiClient>, journeyId: string, status: number): Promise<'invalid' | 'notFound' | 'inTrash'> {
  const said = status === 404 ? 'notFound' : 'invalid';
  try {
    await api.access(journeyId);
    return said;
  } catch (error) {
    return error instanceof ApiError && error.status === 410 ? 'inTrash' : said;
  }
}

function initialAudience(): Audience {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('for');
  return (value as Audience | null) ?? 'all';
}

export function LookbookPage({ journeyId, token }: LookbookPageProps) {
  const t = useMessages(lookbookMessages);
  const errorText = useErrorText();
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [audience, setAudience] = useState<Audience>(initialAudience);
  const [attempt, setAttempt] = useState(0);
  const [refresh, setRefresh] = useState(0);
  // While a briefing is shown, reloads are quiet: it stays on screen while they run, and
  // when they fail for a passing reason.
  const showing = useRef(false);
  const loadedAt = useRef(0);
  const docRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const credential = token ?? readWorkspaceKey();
    if (!credential) {
      setState({ kind: 'error', reason: 'noToken' });
      return;
    }
    let live = true;
    const quiet = showing.current;
    if (!quiet) setState({ kind: 'loading' });
    const api = createApiClient(credential);
    Promise.all([api.get(journeyId), api.score<LookbookScore>(journeyId).catch(() => null)])
      .then(([journey, score]) => {
        if (!live) return;
        loadedAt.current = Date.now();
        showing.current = true;
        setState({ kind: 'ready', journey, score });
      })
      .catch(async (error: unknown) => {
        if (!live) return;
        const status = error instanceof ApiError ? error.status : 0;
        const refused = status === 401 || status === 403 || status === 404;
        // A revoked link, a deleted journey or one in the trash says so; a passing failure
        // keeps what is shown.
        if (quiet && !refused) return;
        const reason = refused ? await refusal(api, journeyId, status) : null;
        if (!live) return;
        showing.current = false;
        if (reason) setState({ kind: 'error', reason });
        else setState({ kind: 'error', reason: 'other', error });
      });
    return () => {
      live = false;
    };
  }, [journeyId, token, attempt, refresh]);

  // Listens from the start, so a briefing is reloaded however soon after it appeared the tab
  // is left (the listener used to come a render after the briefing, and could miss that).
  useEffect(() => {
    const onVisible = () => {
      if (!showing.current || document.visibilityState !== 'visible') return;
      if (Date.now() - loadedAt.current >= REFRESH_AFTER_MS) setRefresh((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  // Staff read the briefing in the journey's language unless they chose one (EN / NL).
  const journeyLocale = state.kind === 'ready' ? state.journey.locale : null;
  const suggestLocale = useLocaleStore((s) => s.suggestLocale);
  useEffect(() => {
    if (journeyLocale) suggestLocale(journeyLocale);
  }, [journeyLocale, suggestLocale]);

  const title = state.kind === 'ready' ? state.journey.title : null;
  useEffect(() => {
    if (title) document.title = `${title} · ${t('pageTitle')}`;
  }, [title, t]);

  const chooseAudience = (value: Audience) => {
    setAudience(value);
    const url = new URL(window.location.href);
    if (value === 'all') url.searchParams.delete('for');
    else url.searchParams.set('for', value);
    window.history.replaceState(window.history.state, '', url);
  };

  const downloadHtml = useCallback(() => {
    if (state.kind !== 'ready' || !docRef.current) return;
    const html = standaloneHtml({
      title: `${state.journey.title} · ${t('pageTitle')}`,
      lang: locale,
      css: collectCss(document),
      body: `<div class="lb-page">${docRef.current.outerHTML}</div>`,
    });
    // A team's briefing is named for the team, apart from the whole one.
    const variant = audience === 'all' ? [] : [t(teamLabelKey(audience))];
    downloadText(html, exportFileName(state.journey.title, new Date(), 'lookbook.html', variant), 'text/html');
  }, [state, locale, t, audience]);

  if (state.kind === 'loading') {
    return (
      <div className="lb-page">
        <div className="lb-state" role="status" aria-live="polite">
          {t('loading')}
        </div>
      </div>
    );
  }
  if (state.kind === 'error') {
    const text = {
      invalid: () => t('invalidLink'),
      notFound: () => t('notFound'),
      inTrash: () => t('inTrash'),
      noToken: () => t('noToken'),
      other: () => t('loadFailed', { message: errorText(state.error) }),
    }[state.reason]();
    return (
      <div className="lb-page">
        <div className="lb-state" role="alert">
          <p>{text}</p>
          {state.reason === 'other' && (
            <button type="button" className="lb-button" onClick={() => setAttempt((n) => n + 1)}>
              {t('retry')}
            </button>
          )}
        </div>
      </div>
    );
  }

  const options = audiences(state.journey);
  const current = options.includes(audience) ? audience : 'all';
  return (
    <div className="lb-page">
      <header className="lb-chrome">
        <span className="lb-chrome-title">
          {t('pageTitle')} · {state.journey.title}
        </span>
        <label>
          {t('audience')}
          <select value={current} onChange={(e) => chooseAudience(e.target.value as Audience)} data-testid="audience">
            {options.map((option) => (
              <option key={option} value={option}>
                {option === 'all' ? t('audienceAll') : t(teamLabelKey(option))}
              </option>
            ))}
          </select>
        </label>
        <LanguageSwitch />
        <button type="button" className="lb-button" onClick={downloadHtml}>
          {t('downloadHtml')}
        </button>
        <button type="button" className="lb-button lb-button-primary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </header>
      <Lookbook ref={docRef} journey={state.journey} score={state.score} audience={current} />
    </div>
  );
}

export default LookbookPage;
