// The open journey: connection, read view, presence, undo, keyboard, and the layout of
// toolbar, map, friction panel and inspector.
import { addTouchpoint } from '@touchpoint/model';
import { hasScore, type Target } from '@touchpoint/scoring';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Access, ApiClient, JourneyLinks } from '../api/client.ts';
import { JourneyCanvas, PHASE_NODE_PREFIX } from '../canvas/JourneyCanvas.tsx';
import type { FrictionMark } from '../canvas/mapContext.ts';
import { canvasMessages } from '../canvas/messages.ts';
import { focusPadding, isPhone, useRevealNode, useRevealChosenCard } from '../canvas/reveal.ts';
import { Spinner, toast } from '../common/index.ts';
import { modKey } from '../common/platform.ts';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { RuleSettingsDialog } from '../friction/RuleSettingsDialog.tsx';
import { FrictionPanel } from '../friction/FrictionPanel.tsx';
import { useScore } from '../friction/use-score.ts';
import { plural, useContentMessages, useMessages } from '../i18n/index.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { useInspectedRemovalNotice } from '../inspector/removed-selection.ts';
import type { TitleFocus } from '../inspector/TouchpointInspector.tsx';
import { JourneyContext, type JourneyContextValue } from '../store/context.tsx';
import { createJourneyStore, type JourneyStore } from '../store/journeyStore.ts';
import { selectedIds, useSelection } from '../store/selection.ts';
import { useConnectionEnd, useJourneyConnection, type ConnectionEnd, type JourneyConnection } from '../sync/connection.ts';
import { useIdentity } from '../sync/identity.ts';
import { changeAuthor } from '../sync/change-author.ts';
import { cursorPublisher, trackPresence, usePresence, type Peer } from '../sync/presence.ts';
import { clipboardEntries, readClipboard } from './clipboard.ts';
import { ConnectionProblemBanner } from './ConnectionProblemBanner.tsx';
import { newTouchpointPlace } from './card-place.ts';
import { deleteSelection, duplicateSelection, nudgePhase, nudgeTouchpoint } from './commands.ts';
import { copySelection, pasteAtSelection } from './copy-paste.ts';
import { FindBar } from './FindBar.tsx';
import { wherePeerIs } from './follow.ts';
import { editorMessages } from './messages.ts';
import { ShareDialog } from './ShareDialog.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { offerRemovalUndo } from './removal-toast.ts';
import { VersionsDialog } from './VersionsDialog.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useUndo, type UndoState } from './undo.ts';

export interface EditorProps {
  journeyId: string;
  token: string | null;
  access: Access;
  api: ApiClient;
  /** Called when the server ends the connection for good (journey trashed, link no longer valid). */
  onEnded?: (end: ConnectionEnd) => void;
}

export function Editor({ journeyId, token, access, api, onEnded }: EditorProps) {
  const connection = useJourneyConnection(journeyId, token, true);
  useConnectionEnd(connection, onEnded);
  const [store, setStore] = useState<JourneyStore | null>(null);
  useEffect(() => {
    if (!connection) return;
    const created = createJourneyStore(connection.doc);
    setStore(created);
    return () => {
      setStore(null);
      created.destroy();
    };
  }, [connection]);
  if (!connection || !store) return <Loading />;
  return <OpenJourney key={journeyId} connection={connection} store={store} access={access} api={api} journeyId={journeyId} token={token} />;
}

function Loading() {
  const t = useMessages(editorMessages);
  return (
    <main className="flex h-screen w-screen flex-col items-center justify-center gap-3 bg-slate-50" data-testid="editor-state">
      <Spinner size="lg" label={t('connecting')} />
      <p className="text-sm text-slate-600">{t('connecting')}</p>
    </main>
  );
}

const EDITABLE = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
/** Whether an event comes from a text field, which keeps its own keys, copy and paste. */
const fromTextField = (event: Event) => Boolean((event.target as HTMLElement | null)?.closest?.(EDITABLE));
/** How long after this person's restore request a replacement still counts as theirs. */
const OWN_RESTORE_GRACE_MS = 5000;
/** Whether an event comes from a control that answers Enter itself (a button, a link, a slider). */
const onControl = (event: Event) => Boolean((event.target as HTMLElement | null)?.closest?.('button, a[href], [role="slider"]'));

function OpenJourney({
  connection,
  store,
  access,
  api,
  journeyId,
  token,
}: {
  connection: JourneyConnection;
  store: JourneyStore;
  access: Access;
  api: ApiClient;
  journeyId: string;
  token: string | null;
}) {
  const t = useMessages(editorMessages);
  const { doc, provider } = connection;
  const problem = useStore(connection.state, (s) => s.problem);
  // After a message the server could not read, nothing more would be saved: only a reload helps.
  const readOnly = access.role === 'viewer' || problem === 'unreadable';
  const origin = useMemo(() => ({ client: doc.clientID }), [doc]);
  const context = useMemo<JourneyContextValue>(() => ({ doc, store, origin, readOnly }), [doc, store, origin, readOnly]);
  const journey = useStore(store, (s) => s.journey);
  const status = useStore(connection.state, (s) => s.status);
  const synced = useStore(connection.state, (s) => s.synced);
  // A removal of cards offers its own undo (the toolbar's is far on a phone), as long as
  // nothing else was done since.
  const undoRef = useRef<UndoState | null>(null);
  // Until when a replacement of the journey is this person's own restore, which its own
  // message announces (the restore comes back from the server like anyone else's).
  const ownRestoreUntil = useRef(0);
  const undo = useUndo(
    doc,
    origin,
    () => {
      if (Date.now() >= ownRestoreUntil.current) toast({ message: t('historyDropped') });
    },
    // (The message closes once the removal is undone another way.)
    (count, step, kind) => offerRemovalUndo(t, count, () => undoRef.current?.undoStep(step) ?? 'gone', modKey(), kind),
  );
  undoRef.current = undo;
  const flow = useReactFlow();
  const revealNode = useRevealNode();
  // Names written into the journey are in its own language.
  const tCanvas = useContentMessages(canvasMessages, journey?.locale ?? 'en');
  const [panel, setPanel] = useState<'friction' | null>(null);
  const [dialog, setDialog] = useState<'share' | 'export' | 'shortcuts' | 'versions' | 'rules' | null>(null);
  const [focusTitle, setFocusTitle] = useState<TitleFocus | null>(null);
  const focusTitleOf = useCallback((id: string) => setFocusTitle((last) => ({ id, n: (last?.n ?? 0) + 1 })), []);
  // The find bar: null while closed, else a number that changes each time it is asked for.
  const [find, setFind] = useState<number | null>(null);
  const openFind = useCallback(() => setFind((n) => (n ?? 0) + 1), []);
  const [links, setLinks] = useState<JourneyLinks | null>(null);
  const score = useScore(journey);

  // The tab is named after the journey, so several open journeys can be told apart.
  const journeyTitle = journey?.title;
  useEffect(() => {
    if (journeyTitle) document.title = `${journeyTitle} · Touchpoint`;
  }, [journeyTitle]);

  // Presence: name and colour, selection, cursor; never in the document.
  useEffect(() => {
    const awareness = provider.awareness;
    const publishUser = () => {
      const { name, color } = useIdentity.getState();
      awareness.setLocalStateField('user', { name, color });
    };
    publishUser();
    const stopIdentity = useIdentity.subscribe(publishUser);
    const publishSelection = () => awareness.setLocalStateField('selection', selectedIds(useSelection.getState()));
    publishSelection();
    const stopSelection = useSelection.subscribe(publishSelection);
    const stopPresence = trackPresence(awareness);
    return () => {
      stopIdentity();
      stopSelection();
      stopPresence();
    };
  }, [provider]);
  useEffect(() => () => useSelection.getState().clear(), []);
  const publishCursor = useMemo(() => cursorPublisher(provider.awareness), [provider]);
  // A colleague removes what the inspector shows: say who (if that can be known) and keep the typing.
  useInspectedRemovalNotice(doc, (transaction) => changeAuthor(transaction, usePresence.getState().peers, provider.synced));

  // The lookbook link: viewers use their own token; editors the viewer link.
  useEffect(() => {
    if (readOnly) return;
    let live = true;
    api.links(journeyId).then(
      (l) => live && setLinks(l),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, journeyId, readOnly]);
  const lookbookToken = readOnly ? token : (links?.viewer.token ?? null);
  const lookbookHref = lookbookToken ? `/j/${encodeURIComponent(journeyId)}/lookbook?t=${encodeURIComponent(lookbookToken)}` : null;

  // Friction marks per touchpoint, phase and step.
  const friction = useMemo(() => {
    const marks = new Map<string, FrictionMark>();
    if (!score) return marks;
    const rank = { info: 0, warning: 1, critical: 2 } as const;
    for (const finding of score.findings) {
      for (const target of finding.targets) {
        if (target.kind === 'journey' || target.kind === 'kpi') continue;
        const mark = marks.get(target.id) ?? { count: 0, severity: 'info', score: null };
        mark.count++;
        if (rank[finding.severity] > rank[mark.severity]) mark.severity = finding.severity;
        marks.set(target.id, mark);
      }
    }
    for (const [id, value] of Object.entries(score.phaseScores)) {
      const mark = marks.get(id) ?? { count: 0, severity: 'info', score: null };
      mark.score = Math.round(value);
      marks.set(id, mark);
    }
    return marks;
  }, [score]);

  const selectTargets = useCallback(
    (targets: Target[]) => {
      const current = store.getState().journey;
      if (!current) return;
      const touchpoints = new Set<string>();
      const steps: string[] = [];
      let phase: string | null = null;
      const focus = new Set<string>();
      for (const target of targets) {
        if (target.kind === 'touchpoint') {
          touchpoints.add(target.id);
          focus.add(target.id);
        } else if (target.kind === 'step') {
          steps.push(target.id);
          const step = current.steps.find((s) => s.id === target.id);
          if (step) focus.add(step.from).add(step.to);
        } else if (target.kind === 'phase') {
          phase ??= target.id;
          focus.add(PHASE_NODE_PREFIX + target.id);
        } else if (target.kind === 'kpi') {
          const owner =
            current.touchpoints.find((tp) => tp.kpis.some((k) => k.id === target.id)) ??
            current.phases.find((p) => p.kpis.some((k) => k.id === target.id));
          if (owner && 'phaseId' in owner) {
            touchpoints.add(owner.id);
            focus.add(owner.id);
          } else if (owner) {
            phase ??= owner.id;
            focus.add(PHASE_NODE_PREFIX + owner.id);
          }
        }
      }
      useSelection.getState().set({ touchpoints: [...touchpoints], steps, phase });
      // On a phone the inspector's sheet covers the lower half of the map: centre above it.
      if (focus.size > 0) void flow.fitView({ nodes: [...focus].map((id) => ({ id })), padding: focusPadding(isPhone()), maxZoom: 1.1, duration: 400 });
    },
    [store, flow],
  );

  useRevealChosenCard(revealNode);

  // Someone's avatar: bring what they selected (else the point under their cursor) into view.
  const goToPeer = useCallback(
    (peer: Peer) => {
      const current = store.getState().journey;
      const place = current && wherePeerIs(current, peer);
      if (!place) toast({ message: t('peerNowhere', { name: peer.name }) });
      else if ('nodes' in place) void flow.fitView({ nodes: place.nodes.map((id) => ({ id })), padding: focusPadding(isPhone()), maxZoom: 1.1, duration: 400 });
      else void flow.setCenter(place.point.x, place.point.y, { zoom: flow.getZoom(), duration: 400 });
    },
    [store, flow, t],
  );

  // A finding chosen in the friction panel; on a phone the panel covers the map, so it
  // closes to show what the finding concerns.
  const showFinding = useCallback(
    (targets: Target[]) => {
      selectTargets(targets);
      if (isPhone()) setPanel(null);
    },
    [selectTargets],
  );

  // Keyboard shortcuts (not while typing in a field).
  const stateRef = useRef({ journey, readOnly, undo, dialog });
  stateRef.current = { journey, readOnly, undo, dialog };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Ctrl/Cmd+F, also while typing: the map's own find, which also reaches the cards off
      // screen (not in the page on a large map, so out of the browser's find).
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f' && !stateRef.current.dialog && stateRef.current.journey) {
        event.preventDefault();
        openFind();
        return;
      }
      // Ctrl/Cmd+S out of habit, also while typing: every change is already saved; a field
      // being typed in saves its text (by losing focus), and a version can be named.
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !stateRef.current.readOnly && !stateRef.current.dialog) {
        event.preventDefault();
        if (fromTextField(event)) (event.target as HTMLElement).blur();
        toast({ message: t('autosaved'), action: { label: t('saveVersion'), onAction: () => setDialog('versions') } });
        return;
      }
      if (fromTextField(event)) return;
      const { journey: current, readOnly: ro, undo: u, dialog: open } = stateRef.current;
      if (open || !current) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const selection = useSelection.getState();
      if (key === 'escape') {
        selection.clear();
        return;
      }
      if (event.key === '?' && !mod) {
        event.preventDefault();
        setDialog('shortcuts');
        return;
      }
      if (mod && key === 'a') {
        // Select every touchpoint (a viewer may too: selection is local).
        event.preventDefault();
        selection.set({ touchpoints: current.touchpoints.map((tp) => tp.id) });
        return;
      }
      if (ro) return;
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) u.redo();
        else u.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        u.redo();
      } else if (key === 'delete' || key === 'backspace') {
        if (deleteSelection(doc, origin, selection.touchpoints, selection.steps)) {
          event.preventDefault();
          selection.clear();
        }
      } else if ((key === 'f2' || (key === 'enter' && !onControl(event))) && !mod && (selection.touchpoints.length === 1 || (selection.phase && selection.touchpoints.length === 0))) {
        // Edit the selected card or phase: the cursor goes to its title (a phase's name) in the inspector.
        event.preventDefault();
        focusTitleOf(selection.touchpoints[0] ?? selection.phase!);
      } else if (mod && key === 'd') {
        // Duplicate (instead of the browser's bookmark): copies just below the originals, selected.
        event.preventDefault();
        const ids = duplicateSelection(doc, origin, current, selection.touchpoints);
        if (ids.length > 0) useSelection.getState().set({ touchpoints: ids });
      } else if (key === 'n' && !mod && !event.altKey) {
        // A new card after the selected one (or at the end of the selected or first phase),
        // selected, in view and with its title ready to type over.
        const place = newTouchpointPlace(current, selection);
        if (!place) return;
        event.preventDefault();
        const id = addTouchpoint(doc, { ...place, title: tCanvas('newTouchpoint') }, origin);
        useSelection.getState().set({ touchpoints: [id] });
        focusTitleOf(id);
        revealNode(id);
      } else if (key.startsWith('arrow') && selection.touchpoints.length === 1) {
        event.preventDefault();
        const direction = key.slice(5) as 'up' | 'down' | 'left' | 'right';
        nudgeTouchpoint(doc, origin, current, selection.touchpoints[0]!, direction);
      } else if ((key === 'arrowleft' || key === 'arrowright') && selection.phase && selection.touchpoints.length === 0) {
        event.preventDefault();
        nudgePhase(doc, origin, current, selection.phase, key === 'arrowleft' ? 'left' : 'right');
      }
    };
    // Copy and paste go through the system clipboard (Ctrl/Cmd+C and V, or the browser's
    // menu), so touchpoints paste into another journey or window too; text fields keep
    // their own copy and paste.
    const onCopy = (event: ClipboardEvent) => {
      if (fromTextField(event) || !event.clipboardData) return;
      const { journey: current, dialog: open } = stateRef.current;
      if (open || !current) return;
      const clip = copySelection(current, useSelection.getState().touchpoints);
      if (!clip) return;
      for (const [type, data] of Object.entries(clipboardEntries(clip))) event.clipboardData.setData(type, data);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (fromTextField(event) || !event.clipboardData) return;
      const { journey: current, readOnly: ro, dialog: open } = stateRef.current;
      if (open || !current || ro) return;
      const data = event.clipboardData;
      const clip = readClipboard((type) => data.getData(type));
      if (clip === null) return;
      event.preventDefault();
      if (clip === 'invalid') {
        toast({ message: t('pasteInvalid'), tone: 'error' });
        return;
      }
      // Where N would add a card: after the selected card, else at the end of the selected
      // phase, else of the first phase.
      const pasted = pasteAtSelection(doc, origin, current, clip, useSelection.getState());
      if (pasted === null) {
        toast({ message: t('pasteNoPhase') });
        return;
      }
      const { touchpoints: ids, addedChannels } = pasted;
      useSelection.getState().set({ touchpoints: ids });
      const names = addedChannels.map((name) => `“${name}”`).join(', ');
      const channels = addedChannels.length > 0 ? ` ${plural(t, 'channelsAdded', addedChannels.length, { names })}` : '';
      toast({ message: plural(t, 'pasted', ids.length) + channels, tone: 'success' });
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [doc, origin, t, tCanvas, openFind, revealNode, focusTitleOf]);

  if (!journey) {
    return synced ? (
      <main className="flex h-screen items-center justify-center text-slate-600" data-testid="editor-state">{t('loadFailed')}</main>
    ) : (
      <Loading />
    );
  }

  return (
    <JourneyContext.Provider value={context}>
      <div className="flex h-screen w-screen flex-col overflow-hidden bg-slate-100 text-slate-900" data-testid="editor">
        <Toolbar
          title={journey.title}
          status={status}
          undo={undo}
          readOnly={readOnly}
          frictionOpen={panel === 'friction'}
          findingCount={score?.findings.length ?? null}
          journeyScore={score && hasScore(journey) ? score.journeyScore : null}
          onToggleFriction={() => setPanel((p) => (p === 'friction' ? null : 'friction'))}
          onShare={access.role === 'viewer' ? null : () => setDialog('share')}
          onExport={() => setDialog('export')}
          onShortcuts={() => setDialog('shortcuts')}
          onFind={openFind}
          onVersions={readOnly ? null : () => setDialog('versions')}
          lookbookHref={lookbookHref}
          onGoToPeer={goToPeer}
        />
        {problem && <ConnectionProblemBanner problem={problem} onRetry={connection.reconnect} />}
        {access.role === 'viewer' && (
          <div className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-sm font-medium text-amber-900" role="status" data-testid="view-only">
            {t('viewOnly')}
          </div>
        )}
        <div className="flex min-h-0 flex-1">
          <div className="relative min-w-0 flex-1">
            <JourneyCanvas friction={friction} onTouchpointCreated={focusTitleOf} onPhaseCreated={focusTitleOf} onCursor={publishCursor} />
            {find !== null && <FindBar journey={journey} onShow={selectTargets} onClose={() => setFind(null)} focusKey={find} />}
          </div>
          {panel === 'friction' && (
            <div
              className="fixed inset-x-0 top-14 bottom-0 z-20 overflow-y-auto bg-white md:static md:w-[340px] md:shrink-0 md:border-l md:border-slate-200"
              data-testid="friction-drawer"
            >
              <FrictionPanel journey={journey} onSelectTargets={showFinding} onEditRules={() => setDialog('rules')} />
            </div>
          )}
          <Inspector focusTitle={focusTitle} />
        </div>
        {dialog === 'share' && <ShareDialog api={api} journeyId={journeyId} role={access.role} onClose={() => setDialog(null)} onLinks={setLinks} />}
        {dialog === 'rules' && <RuleSettingsDialog journey={journey} onClose={() => setDialog(null)} />}
        {dialog === 'versions' && (
          <VersionsDialog
            api={api}
            journeyId={journeyId}
            onClose={() => setDialog(null)}
            // While the request runs, and a few seconds after, for its change to arrive.
            onRestoring={(restoring) => (ownRestoreUntil.current = restoring ? Infinity : Date.now() + OWN_RESTORE_GRACE_MS)}
          />
        )}
        {dialog === 'shortcuts' && <ShortcutsDialog readOnly={readOnly} onClose={() => setDialog(null)} />}
        {dialog === 'export' && <ExportDialog journey={journey} doc={doc} origin={origin} readOnly={readOnly} onClose={() => setDialog(null)} />}
      </div>
    </JourneyContext.Provider>
  );
}
