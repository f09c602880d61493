// The home page: sign in with the workspace key, then the team's journeys: search, sort,
// create (blank or from a template), import, open, rename, delete (with undo) and the trash.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { CsvWarning, Journey } from '@touchpoint/model';
import { ApiError, type ApiClient, type JourneySummary, type TemplateInfo } from '../api/client.ts';
import { plural, useLocale, useMessages } from '../i18n/index.ts';
import { problemText } from '../common/problem-text.ts';
import { AppHeader } from '../app/AppHeader.tsx';
import { journeyPath, navigate } from '../app/router.ts';
import { Button } from '../common/Button.tsx';
import { EmptyState } from '../common/EmptyState.tsx';
import { Skeleton } from '../common/Spinner.tsx';
import { toast } from '../common/toast.ts';
import { MapIcon, PlusIcon, UploadIcon } from '../common/icons.tsx';
import { useClientFactory, type ClientFactory } from './api-context.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { JourneyRow } from './JourneyRow.tsx';
import { homeMessages } from './messages.ts';
import { NewJourneyDialog, type CreateRequest } from './NewJourneyDialog.tsx';
import { useSession } from './session.ts';
import { SignInScreen } from './SignInScreen.tsx';
import { SignOutDialog } from './SignOutDialog.tsx';
import { TemplateCards } from './TemplateCards.tsx';
import { TrashView } from './TrashView.tsx';
import { useNow } from './use-now.ts';
import { useErrorText } from '../api/error-text.ts';

export function HomePage({ createClient }: { createClient?: ClientFactory }) {
  const fromContext = useClientFactory();
  const factory = createClient ?? fromContext;
  const key = useSession((s) => s.key);
  const client = useMemo(() => (key ? factory(key) : null), [factory, key]);
  if (!client) return <SignInScreen createClient={factory} />;
  return <Workspace client={client} />;
}

type SortKey = 'updated' | 'title' | 'score' | 'created';
type View = 'journeys' | 'trash';
type ListState = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; journeys: JourneySummary[] };

const SORT_STORAGE = 'touchpoint.home.sort';

function initialSort(): SortKey {
  try {
    const saved = localStorage.getItem(SORT_STORAGE);
    if (saved === 'updated' || saved === 'title' || saved === 'score' || saved === 'created') return saved;
  } catch {
    // The default, then.
  }
  return 'updated';
}

function isRejection(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

/** True when a key press is meant for a field or a dialog rather than a page shortcut. */
function typingOrModal(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return document.querySelector('[aria-modal="true"]') !== null;
}

function Workspace({ client }: { client: ApiClient }) {
  const t = useMessages(homeMessages);
  const errorText = useErrorText();
  const locale = useLocale();
  const signOut = useSession((s) => s.signOut);
  const [signingOut, setSigningOut] = useState(false);
  const now = useNow();
  const [view, setView] = useState<View>('journeys');
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [templates, setTemplates] = useState<TemplateInfo[] | null | 'error'>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>(initialSort);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pickingTemplate, setPickingTemplate] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);

  const rejected = useCallback(() => signOut('rejected'), [signOut]);

  const load = useCallback(
    async (quiet = false) => {
      if (!quiet) setList({ status: 'loading' });
      try {
        const journeys = await client.list();
        setList({ status: 'ready', journeys });
      } catch (caught) {
        if (isRejection(caught)) rejected();
        else if (!quiet) setList({ status: 'error', error: caught as Error });
      }
    },
    [client, rejected],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const [templatesAttempt, setTemplatesAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setTemplates(null);
    client.templates().then(
      (list) => !cancelled && setTemplates(list),
      () => !cancelled && setTemplates('error'),
    );
    return () => {
      cancelled = true;
    };
  }, [client, templatesAttempt]);
  const retryTemplates = () => setTemplatesAttempt((n) => n + 1);

  useEffect(() => {
    try {
      localStorage.setItem(SORT_STORAGE, sort);
    } catch {
      // Not remembered.
    }
  }, [sort]);

  // Page shortcuts: "/" searches, "n" creates, "i" imports.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typingOrModal(event)) return;
      if (event.key === '/') {
        event.preventDefault();
        setView('journeys');
        requestAnimationFrame(() => search.current?.focus());
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setCreating(true);
      } else if (event.key === 'i' || event.key === 'I') {
        event.preventDefault();
        setImporting(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const create = async (request: CreateRequest) => {
    try {
      const created = await client.create(request);
      toast({ message: t('created', { title: created.title }), tone: 'success' });
      setCreating(false);
      navigate(journeyPath(created.id));
    } catch (caught) {
      if (isRejection(caught)) rejected();
      throw new Error(t('createFailed', { message: errorText(caught) }));
    }
  };

  const pickTemplate = async (template: TemplateInfo) => {
    setPickingTemplate(template.id);
    try {
      await create({ template: template.id, locale });
    } catch (caught) {
      toast({ message: (caught as Error).message, tone: 'error' });
    } finally {
      setPickingTemplate(null);
    }
  };

  const importJourney = async (journey: Journey, warnings: CsvWarning[]) => {
    const created = await client.create({ journey });
    setImporting(false);
    setDroppedFile(null);
    const notes = warnings.length ? ` ${t('warnings')} ${warnings.map((w) => problemText(w, locale)).join('; ')}` : '';
    toast({ message: t('imported', { title: created.title }) + notes, tone: 'success', duration: warnings.length ? 12_000 : 5000 });
    navigate(journeyPath(created.id));
  };

  const updateJourneys = (update: (journeys: JourneySummary[]) => JourneySummary[]) =>
    setList((state) => (state.status === 'ready' ? { status: 'ready', journeys: update(state.journeys) } : state));

  const rename = async (journey: JourneySummary, title: string) => {
    setEditingId(null);
    updateJourneys((list) => list.map((j) => (j.id === journey.id ? { ...j, title } : j)));
    try {
      await client.rename(journey.id, title);
      toast({ message: t('renamed', { title }), tone: 'success' });
    } catch (caught) {
      updateJourneys((list) => list.map((j) => (j.id === journey.id ? { ...j, title: journey.title } : j)));
      toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
    }
  };

  const copy = async (journey: JourneySummary) => {
    try {
      // Named by the server, in the journey's language ("Kopie van …" for a Dutch journey).
      const created = await client.copy(journey.id);
      await load(true);
      toast({
        message: t('copied', { title: created.title }),
        tone: 'success',
        action: { label: t('open'), onAction: () => navigate(journeyPath(created.id)) },
      });
    } catch (caught) {
      if (isRejection(caught)) rejected();
      else toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
    }
  };

  const remove = async (journey: JourneySummary) => {
    updateJourneys((list) => list.filter((j) => j.id !== journey.id));
    try {
      await client.remove(journey.id);
    } catch (caught) {
      updateJourneys((list) => (list.some((j) => j.id === journey.id) ? list : [...list, journey]));
      toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
      return;
    }
    toast({
      message: t('removed', { title: journey.title }),
      action: {
        label: t('undo'),
        onAction: () => {
          void client.restore(journey.id).then(
            () => {
              updateJourneys((list) => (list.some((j) => j.id === journey.id) ? list : [...list, journey]));
              toast({ message: t('restored', { title: journey.title }), tone: 'success' });
            },
            (caught: unknown) => {
              // Restored from the trash view in the meantime (or deleted for good there).
              if (caught instanceof ApiError && caught.status === 404) {
                toast({ message: t('notInTrash', { title: journey.title }) });
                void load(true);
              } else toast({ message: t('actionFailed', { message: errorText(caught) }), tone: 'error' });
            },
          );
        },
      },
    });
  };

  const onPageDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    setDroppedFile(file);
    setImporting(true);
  };

  const journeys = list.status === 'ready' ? list.journeys : [];
  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(locale);
    const filtered = needle ? journeys.filter((j) => j.title.toLocaleLowerCase(locale).includes(needle)) : [...journeys];
    const byTitle = (a: JourneySummary, b: JourneySummary) => a.title.localeCompare(b.title, locale, { sensitivity: 'base' });
    const compare: Record<SortKey, (a: JourneySummary, b: JourneySummary) => number> = {
      updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b),
      created: (a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b),
      title: byTitle,
      score: (a, b) => (a.journeyScore ?? Infinity) - (b.journeyScore ?? Infinity) || byTitle(a, b),
    };
    return filtered.sort(compare[sort]);
  }, [journeys, query, sort, locale]);

  const tabClass = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-indigo-500 ${
      active ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
    }`;

  return (
    <div
      className="min-h-screen bg-slate-50"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files') || importing) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false);
      }}
      onDrop={onPageDrop}
    >
      <AppHeader>
        <Button variant="ghost" size="sm" onClick={() => setSigningOut(true)}>
          {t('signOut')}
        </Button>
      </AppHeader>
      <SignOutDialog open={signingOut} onClose={() => setSigningOut(false)} onSignOut={() => signOut()} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="mr-auto text-2xl font-semibold tracking-tight text-slate-900">{view === 'trash' ? t('trashTab') : t('journeysTab')}</h1>
          <div role="group" aria-label={t('views')} className="flex rounded-lg bg-slate-200/70 p-0.5">
            <button type="button" aria-pressed={view === 'journeys'} className={tabClass(view === 'journeys')} onClick={() => setView('journeys')}>
              {t('journeysTab')}
            </button>
            <button type="button" aria-pressed={view === 'trash'} className={tabClass(view === 'trash')} onClick={() => setView('trash')}>
              {t('trashTab')}
            </button>
          </div>
          <Button onClick={() => setImporting(true)} title={t('shortcutHint', { key: 'I' })}>
            <UploadIcon /> {t('import')}
          </Button>
          <Button variant="primary" onClick={() => setCreating(true)} title={t('shortcutHint', { key: 'N' })}>
            <PlusIcon /> {t('newJourney')}
          </Button>
        </div>

        <div className="mt-6">
          {view === 'trash' ? (
            <TrashView client={client} onRejected={rejected} onRestored={() => void load(true)} />
          ) : list.status === 'loading' ? (
            <div className="space-y-2" aria-busy="true">
              <span className="sr-only" role="status">
                {t('loadingJourneys')}
              </span>
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} className="h-14" />
              ))}
            </div>
          ) : list.status === 'error' ? (
            <div role="alert" className="rounded-xl bg-white p-8 text-center shadow-xs ring-1 ring-slate-200">
              <p className="font-medium text-slate-900">{t('loadError')}</p>
              <p className="mt-1 text-sm text-slate-600">{errorText(list.error)}</p>
              <Button className="mt-4" variant="primary" onClick={() => void load()}>
                {t('retry')}
              </Button>
            </div>
          ) : journeys.length === 0 ? (
            <div className="rounded-xl bg-white p-6 shadow-xs ring-1 ring-slate-200">
              <EmptyState
                icon={<MapIcon />}
                title={t('emptyTitle')}
                actions={
                  <>
                    <Button variant="primary" onClick={() => setCreating(true)}>
                      {t('createBlank')}
                    </Button>
                    <Button onClick={() => setImporting(true)}>{t('import')}</Button>
                  </>
                }
              >
                {t('emptyBody')}
              </EmptyState>
              <h2 className="mb-3 text-sm font-semibold text-slate-700">{t('templatesTitle')}</h2>
              <TemplateCards
                templates={templates}
                busyId={pickingTemplate}
                disabled={pickingTemplate !== null}
                onPick={(tpl) => void pickTemplate(tpl)}
                onRetry={retryTemplates}
              />
            </div>
          ) : (
            <>
              <div className="mb-3 flex flex-wrap items-center gap-3">
                <div className="relative min-w-56 flex-1">
                  <input
                    ref={search}
                    type="search"
                    value={query}
                    onChange={(e) => setQuery(e.target.value)}
                    onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
                    aria-label={t('search')}
                    placeholder={t('searchPlaceholder')}
                    className="block w-full rounded-lg border border-slate-300 bg-white py-2 pr-10 pl-3 text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
                  />
                  <kbd className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 rounded border border-slate-200 px-1.5 text-xs text-slate-400" aria-hidden="true">
                    /
                  </kbd>
                </div>
                <label className="flex items-center gap-2 text-sm text-slate-600">
                  {t('sort')}
                  <select
                    value={sort}
                    onChange={(e) => setSort(e.target.value as SortKey)}
                    className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm text-slate-800 shadow-xs focus:border-indigo-500 focus:outline-none"
                  >
                    <option value="updated">{t('sortUpdated')}</option>
                    <option value="created">{t('sortCreated')}</option>
                    <option value="title">{t('sortTitle')}</option>
                    <option value="score">{t('sortScore')}</option>
                  </select>
                </label>
              </div>
              {shown.length === 0 ? (
                <div className="rounded-xl bg-white p-8 text-center text-sm text-slate-600 shadow-xs ring-1 ring-slate-200">
                  <p>{t('noMatches', { query: query.trim() })}</p>
                  <Button className="mt-3" size="sm" onClick={() => setQuery('')}>
                    {t('clearSearch')}
                  </Button>
                </div>
              ) : (
                <div className="overflow-hidden rounded-xl bg-white shadow-xs ring-1 ring-slate-200">
                  <div
                    aria-hidden="true"
                    className="hidden grid-cols-[minmax(0,1fr)_9rem_4rem_10rem_auto] gap-x-4 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase sm:grid"
                  >
                    <span>{t('colTitle')}</span>
                    <span>{t('colUpdated')}</span>
                    <span>{t('colScore')}</span>
                    <span>{t('colTouchpoints')}</span>
                    <span className="w-24" />
                  </div>
                  <ul aria-label={t('listLabel')} className="divide-y divide-slate-100">
                    {shown.map((journey) => (
                      <JourneyRow
                        key={journey.id}
                        journey={journey}
                        now={now}
                        editing={editingId === journey.id}
                        onStartRename={() => setEditingId(journey.id)}
                        onCancelRename={() => setEditingId(null)}
                        onRename={(title) => void rename(journey, title)}
                        onCopy={() => void copy(journey)}
                        onRemove={() => void remove(journey)}
                      />
                    ))}
                  </ul>
                </div>
              )}
              <p className="mt-3 text-xs text-slate-500">{plural(t, 'count', shown.length)}</p>
            </>
          )}
        </div>
      </main>

      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-indigo-600/10 ring-4 ring-indigo-500 ring-inset">
          <p className="rounded-xl bg-white px-6 py-4 text-base font-semibold text-indigo-700 shadow-lg">{t('dropToImport')}</p>
        </div>
      )}
      <NewJourneyDialog open={creating} onClose={() => setCreating(false)} templates={templates} onCreate={create} onRetryTemplates={retryTemplates} />
      <ImportDialog
        open={importing}
        droppedFile={droppedFile}
        onClose={() => {
          setImporting(false);
          setDroppedFile(null);
        }}
        onImport={importJourney}
      />
    </div>
  );
}

