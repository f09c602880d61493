// The journey map: phase columns, touchpoint cards stacked by order, steps as edges, the
// emotion lane, other people's cursors. Layout is derived, never stored: a drag writes
// the new phase and position once, when it ends, and the card snaps to its column.
import {
  addPhase,
  addTouchpoint,
  connectStep,
  isChannelSwitch,
  movePhase,
  moveTouchpoint,
  removePhase,
  renamePhase,
  updateTouchpoint,
  type Journey,
  type Touchpoint,
} from '@touchpoint/model';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  Position,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeHandle,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useContentMessages, useMessages } from '../i18n/index.ts';
import { useJourney, useJourneyContext } from '../store/context.tsx';
import { useSelection } from '../store/selection.ts';
import { EmotionNode, type EmotionNodeType } from './EmotionNode.tsx';
import { CARD_HEIGHT, CARD_WIDTH, COLUMN_WIDTH, indexAt, LANE_HEIGHT, layoutJourney, phaseAt, phaseIndexAt } from './layout.ts';
import { createFrictionStore, MapContext, shareMarks, type FrictionMark, type MapContextValue } from './mapContext.ts';
import { createCommentCountStore, openCommentCounts } from './comment-counts.ts';
import { canvasMessages } from './messages.ts';
import { PeerCursors } from './PeerCursors.tsx';
import { useRenderEverything } from './render-everything.ts';
import { isPhone, useRevealNode } from './reveal.ts';
import { backdropBox, MAP_BACKGROUND, MapBackdrop } from './map-backdrop.tsx';
import { StepMarkers, stepMarkerId } from './step-markers.tsx';
import { stepHandles } from './step-path.ts';
import { startViewportMotion, type ViewportMotion } from './viewport-motion.ts';
import { PhaseNode, type PhaseNodeType } from './PhaseNode.tsx';
import { RemovePhaseDialog } from './RemovePhaseDialog.tsx';
import { StepEdge, type StepEdgeType } from './StepEdge.tsx';
import { TouchpointNode, type TouchpointNodeType } from './TouchpointNode.tsx';
import { CHANNEL_STYLE, NO_CHANNEL_COLOR } from './visuals.ts';

const nodeTypes = { touchpoint: TouchpointNode, phase: PhaseNode, emotion: EmotionNode };
const edgeTypes = { step: StepEdge };

export const PHASE_NODE_PREFIX = 'phase:';
const LANE_ID = 'emotion-lane';
type MapNode = TouchpointNodeType | PhaseNodeType | EmotionNodeType;

export interface JourneyCanvasProps {
  friction: ReadonlyMap<string, FrictionMark>;
  /** Called with the id of a touchpoint just created on the map (to focus its title). */
  onTouchpointCreated?(id: string): void;
  /** Called with the id of a phase just created on the map (to focus its name). */
  onPhaseCreated?(id: string): void;
  /** Publishes this person's cursor (flow coordinates) to the others. */
  onCursor?(cursor: { x: number; y: number } | null): void;
}

const MULTI_KEYS = ['Shift', 'Meta', 'Control'];

/**
 * Where a card's four handles are (12 px squares centred on each side, as TouchpointNode
 * draws them). Known up front, React Flow can draw edges without first rendering and
 * measuring every card of a large map, including the thousands off screen.
 */
const HANDLE_SIZE = 12;
const CARD_HANDLES: NodeHandle[] = [
  { id: 'l', position: Position.Left, x: -HANDLE_SIZE / 2, y: CARD_HEIGHT / 2 - HANDLE_SIZE / 2 },
  { id: 'r', position: Position.Right, x: CARD_WIDTH - HANDLE_SIZE / 2, y: CARD_HEIGHT / 2 - HANDLE_SIZE / 2 },
  { id: 't', position: Position.Top, x: CARD_WIDTH / 2 - HANDLE_SIZE / 2, y: -HANDLE_SIZE / 2 },
  { id: 'b', position: Position.Bottom, x: CARD_WIDTH / 2 - HANDLE_SIZE / 2, y: CARD_HEIGHT - HANDLE_SIZE / 2 },
].map((h) => ({ ...h, type: 'source' as const, width: HANDLE_SIZE, height: HANDLE_SIZE }));
const NO_HANDLES: NodeHandle[] = [];

/**
 * A node's size, declared and as measured. The map knows every node's size, and a node
 * object made anew from the document (after an edit) would otherwise lose the size React
 * Flow measured into the old one: with a node that has no measured size, fitView waits
 * forever (the fit button and "show this finding" did nothing after an edit), and on a
 * large map the cards off screen are never rendered to be measured.
 */
function sized(width: number, height: number) {
  return { width, height, measured: { width, height } };
}
const LARGE_MAP = 150;

/** True when the emotion curve did not change (so the lane keeps its node and skips a redraw). */
type CurvePoint = { id: string; title: string; x: number; emotion: number };
function sameCurve(a: CurvePoint[], b: CurvePoint[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [p, q] = [a[i]!, b[i]!];
    if (p.id !== q.id || p.x !== q.x || p.emotion !== q.emotion || p.title !== q.title) return false;
  }
  return true;
}

/** True when both lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Room above the map for the "Add phase" button, so it never covers a phase's header. */
const MAP_TOP = 64;
const FIT_VIEW = { padding: { top: `${MAP_TOP}px`, right: '32px', bottom: '32px', left: '32px' }, maxZoom: 1 } as const;

export function JourneyCanvas(props: JourneyCanvasProps) {
  const journey = useJourney();
  if (!journey) return null;
  return <JourneyMap journey={journey} {...props} />;
}

/** Where the choice to show the overview map (the minimap) is remembered, per browser. */
const OVERVIEW_STORAGE = 'touchpoint.overview';

/** Whether the overview map is shown: off unless asked for, since it covers part of the map. */
function useOverview(): [boolean, () => void] {
  const [shown, setShown] = useState(() => globalThis.localStorage?.getItem(OVERVIEW_STORAGE) === 'shown');
  const toggle = useCallback(() => {
    globalThis.localStorage?.setItem(OVERVIEW_STORAGE, shown ? 'hidden' : 'shown');
    setShown(!shown);
  }, [shown]);
  return [shown, toggle];
}

function JourneyMap({ journey, friction, onTouchpointCreated, onPhaseCreated, onCursor }: JourneyCanvasProps & { journey: Journey }) {
  const t = useMessages(canvasMessages);
  // Names written into the journey are in its own language.
  const tc = useContentMessages(canvasMessages, journey.locale);
  const [overview, toggleOverview] = useOverview();
  const { doc, origin, readOnly } = useJourneyContext();
  const flow = useReactFlow();
  const revealNode = useRevealNode();
  const selection = useSelection();
  const [dragging, setDragging] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const [removing, setRemoving] = useState<string | null>(null);
  const journeyRef = useRef(journey);
  journeyRef.current = journey;
  // Each node reads its own mark: a new score re-renders only the nodes whose mark changed.
  const [frictionStore] = useState(createFrictionStore);
  useLayoutEffect(() => {
    frictionStore.setState((s) => ({ marks: shareMarks(s.marks, friction) }));
  }, [frictionStore, friction]);
  // Likewise each card reads its own number of open comments.
  const [commentStore] = useState(createCommentCountStore);
  useLayoutEffect(() => {
    commentStore.setState({ open: openCommentCounts(journey.comments) });
  }, [commentStore, journey.comments]);

  const layout = useMemo(() => layoutJourney(journey), [journey]);
  const channels = useMemo(() => new Map(journey.channels.map((c) => [c.id, c])), [journey.channels]);
  const touchpointsById = useMemo(() => new Map(journey.touchpoints.map((tp) => [tp.id, tp])), [journey.touchpoints]);
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const tp of journey.touchpoints) out.set(tp.phaseId, (out.get(tp.phaseId) ?? 0) + 1);
    return out;
  }, [journey.touchpoints]);

  // --- nodes, reusing the previous object of every node whose inputs did not change ---
  const nodeCache = useRef(new Map<string, MapNode>());
  const nodesRef = useRef<MapNode[]>([]);
  const nodes = useMemo(() => {
    const cache = nodeCache.current;
    const next = new Map<string, MapNode>();
    const out: MapNode[] = [];
    const selectedTps = new Set(selection.touchpoints);
    for (const phase of journey.phases) {
      const id = PHASE_NODE_PREFIX + phase.id;
      const x = dragging.get(id)?.x ?? layout.columnX.get(phase.id)!;
      const y = dragging.get(id)?.y ?? 0;
      const count = counts.get(phase.id) ?? 0;
      const selected = selection.phase === phase.id;
      const ariaLabel = t('phaseNodeLabel', { name: phase.name });
      const prev = cache.get(id) as PhaseNodeType | undefined;
      const node: PhaseNodeType =
        prev &&
        prev.data.phase === phase &&
        prev.ariaLabel === ariaLabel &&
        prev.data.height === layout.columnHeight &&
        prev.data.count === count &&
        prev.position.x === x &&
        prev.position.y === y &&
        prev.selected === selected &&
        prev.draggable === !readOnly
          ? prev
          : {
              id,
              type: 'phase',
              ariaLabel,
              position: { x, y },
              data: { phase, height: layout.columnHeight, count },
              selected,
              draggable: !readOnly,
              dragHandle: '.tp-phase-drag',
              connectable: false,
              zIndex: -1,
              ...sized(COLUMN_WIDTH, layout.columnHeight),
              handles: NO_HANDLES,
            };
      next.set(id, node);
      out.push(node);
    }
    const lanePrev = cache.get(LANE_ID) as EmotionNodeType | undefined;
    const lane: EmotionNodeType =
      lanePrev && sameCurve(lanePrev.data.points, layout.curve) && lanePrev.position.y === layout.laneY && lanePrev.data.width === layout.width
        ? lanePrev
        : {
            id: LANE_ID,
            type: 'emotion',
            position: { x: 0, y: layout.laneY },
            data: { width: layout.width, points: layout.curve.map((p) => ({ ...p, y: 0 })) },
            selectable: false,
            draggable: false,
            connectable: false,
            focusable: false,
            zIndex: -1,
            ...sized(layout.width, LANE_HEIGHT),
            handles: NO_HANDLES,
          };
    if (journey.phases.length > 0) {
      next.set(LANE_ID, lane);
      out.push(lane);
    }
    for (const tp of journey.touchpoints) {
      const base = layout.cards.get(tp.id);
      if (!base) continue;
      const pos = dragging.get(tp.id) ?? base;
      const selected = selectedTps.has(tp.id);
      const ariaLabel = t('cardNodeLabel', { title: tp.title });
      const prev = cache.get(tp.id) as TouchpointNodeType | undefined;
      const node: TouchpointNodeType =
        prev &&
        prev.data.touchpoint === tp &&
        prev.ariaLabel === ariaLabel &&
        prev.position.x === pos.x &&
        prev.position.y === pos.y &&
        prev.selected === selected &&
        prev.draggable === !readOnly
          ? prev
          : {
              id: tp.id,
              type: 'touchpoint',
              ariaLabel,
              position: pos,
              data: { touchpoint: tp },
              selected,
              draggable: !readOnly,
              connectable: !readOnly,
              ...sized(CARD_WIDTH, CARD_HEIGHT),
              handles: CARD_HANDLES,
            };
      next.set(tp.id, node);
      out.push(node);
    }
    nodeCache.current = next;
    return sameItems(nodesRef.current, out) ? nodesRef.current : (nodesRef.current = out);
  }, [journey, layout, counts, dragging, selection.touchpoints, selection.phase, readOnly, t]);

  // --- edges ---
  const edgeCache = useRef(new Map<string, StepEdgeType>());
  const edgesRef = useRef<StepEdgeType[]>([]);
  const edges = useMemo(() => {
    const cache = edgeCache.current;
    const next = new Map<string, StepEdgeType>();
    const selected = new Set(selection.steps);
    const out: StepEdgeType[] = [];
    for (const step of journey.steps) {
      const a = layout.cards.get(step.from);
      const b = layout.cards.get(step.to);
      if (!a || !b) continue;
      const [sourceHandle, targetHandle] = stepHandles(a, b);
      const isSwitch = isChannelSwitch(step, touchpointsById);
      const isSelected = selected.has(step.id);
      // Named by its own data only, so that editing a card's title leaves its steps alone;
      // steps are not in the Tab order (a card's inspector lists them, by the cards they join).
      const ariaLabel = step.label ? t('stepEdgeNamed', { label: step.label }) : t('stepEdge');
      const prev = cache.get(step.id);
      const edge: StepEdgeType =
        prev &&
        prev.data?.step === step &&
        prev.ariaLabel === ariaLabel &&
        prev.data.isSwitch === isSwitch &&
        prev.sourceHandle === sourceHandle &&
        prev.targetHandle === targetHandle &&
        prev.selected === isSelected
          ? prev
          : {
              id: step.id,
              type: 'step',
              ariaLabel,
              source: step.from,
              target: step.to,
              sourceHandle,
              targetHandle,
              selected: isSelected,
              data: { step, isSwitch },
              markerEnd: stepMarkerId(isSwitch, step.handoff),
              reconnectable: false,
            };
      next.set(step.id, edge);
      out.push(edge);
    }
    edgeCache.current = next;
    // The same array when no edge changed (an edit of a touchpoint's title, say): React Flow
    // then skips rebuilding its connection lookup and redrawing every edge.
    return sameItems(edgesRef.current, out) ? edgesRef.current : (edgesRef.current = out);
  }, [journey.steps, layout, touchpointsById, selection.steps, t]);

  // --- changes from React Flow: selection and drag positions (local only) ---
  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    const state = useSelection.getState();
    const tps = new Set(state.touchpoints);
    let phase = state.phase;
    let selectionChanged = false;
    let moved: Map<string, { x: number; y: number }> | null = null;
    for (const change of changes) {
      if (change.type === 'select') {
        selectionChanged = true;
        if (change.id.startsWith(PHASE_NODE_PREFIX)) {
          const phaseId = change.id.slice(PHASE_NODE_PREFIX.length);
          if (change.selected) phase = phaseId;
          else if (phase === phaseId) phase = null;
        } else if (change.id !== LANE_ID) {
          if (change.selected) tps.add(change.id);
          else tps.delete(change.id);
        }
      } else if (change.type === 'position' && change.position && change.dragging) {
        moved ??= new Map();
        moved.set(change.id, change.position);
      }
    }
    if (selectionChanged) useSelection.setState({ touchpoints: [...tps], phase });
    if (moved) {
      const updates = moved;
      setDragging((prev) => new Map([...prev, ...updates]));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<StepEdgeType>[]) => {
    const state = useSelection.getState();
    const steps = new Set(state.steps);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) steps.add(change.id);
      else steps.delete(change.id);
    }
    if (changed) useSelection.setState({ steps: [...steps] });
  }, []);

  const onNodeDragStop = useCallback(
    (_event: MouseEvent | TouchEvent, _node: MapNode, dragged: MapNode[]) => {
      const current = journeyRef.current;
      try {
        doc.transact(() => {
          const phaseNode = dragged.find((n) => n.id.startsWith(PHASE_NODE_PREFIX));
          if (phaseNode) {
            movePhase(doc, phaseNode.id.slice(PHASE_NODE_PREFIX.length), phaseIndexAt(phaseNode.position.x, current.phases.length), origin);
            return;
          }
          const cards = dragged.filter((n) => n.type === 'touchpoint').sort((a, b) => a.position.y - b.position.y);
          const movedIds = new Set(cards.map((c) => c.id));
          for (const card of cards) {
            const phaseId = phaseAt(current, card.position.x + CARD_WIDTH / 2);
            if (!phaseId) continue;
            const staying = current.touchpoints.filter((tp) => tp.phaseId === phaseId && !movedIds.has(tp.id));
            const index = indexAt(card.position.y, staying.length);
            moveTouchpoint(doc, card.id, { phaseId, index }, origin);
            movedIds.delete(card.id);
          }
        }, origin);
      } finally {
        setDragging(new Map());
      }
    },
    [doc, origin],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) =>
      c.source !== c.target &&
      touchpointsById.has(c.source) &&
      touchpointsById.has(c.target) &&
      !journeyRef.current.steps.some((s) => s.from === c.source && s.to === c.target),
    [touchpointsById],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (readOnly || c.source === c.target) return;
      if (journeyRef.current.steps.some((s) => s.from === c.source && s.to === c.target)) return;
      const id = connectStep(doc, { from: c.source, to: c.target }, origin);
      useSelection.getState().set({ steps: [id] });
    },
    [doc, origin, readOnly],
  );

  const onColumnDoubleClick = useCallback(
    (phaseId: string, clientX: number, clientY: number) => {
      if (readOnly) return;
      const point = flow.screenToFlowPosition({ x: clientX, y: clientY });
      const count = journeyRef.current.touchpoints.filter((tp) => tp.phaseId === phaseId).length;
      const index = indexAt(point.y - CARD_HEIGHT / 2, count);
      const id = addTouchpoint(doc, { phaseId, title: tc('newTouchpoint'), index }, origin);
      useSelection.getState().set({ touchpoints: [id] });
      onTouchpointCreated?.(id);
    },
    [doc, origin, readOnly, flow, tc, onTouchpointCreated],
  );

  const onAddTouchpoint = useCallback(
    (phaseId: string) => {
      if (readOnly) return;
      const id = addTouchpoint(doc, { phaseId, title: tc('newTouchpoint') }, origin); // at the column's end
      useSelection.getState().set({ touchpoints: [id] });
      onTouchpointCreated?.(id);
      revealNode(id);
    },
    [doc, origin, readOnly, tc, onTouchpointCreated, revealNode],
  );

  const onEmotionChange = useCallback(
    (touchpointId: string, emotion: number) => {
      if (!readOnly) updateTouchpoint(doc, touchpointId, { emotion }, origin);
    },
    [doc, origin, readOnly],
  );

  const onPhaseMove = useCallback((phaseId: string, index: number) => movePhase(doc, phaseId, index, origin), [doc, origin]);
  const onPhaseRename = useCallback(
    (phaseId: string, name: string) => {
      try {
        renamePhase(doc, phaseId, name, origin);
      } catch {
        // An invalid name (too long) is refused by the model; the header shows the old one.
      }
    },
    [doc, origin],
  );
  const onPhaseRemove = useCallback((phaseId: string) => setRemoving(phaseId), []);

  const mapContext = useMemo<MapContextValue>(
    () => ({
      channels,
      friction: frictionStore,
      comments: commentStore,
      readOnly,
      phaseCount: journey.phases.length,
      onPhaseMove,
      onPhaseRemove,
      onPhaseRename,
      onColumnDoubleClick,
      onAddTouchpoint,
      onEmotionChange,
    }),
    [channels, frictionStore, commentStore, readOnly, journey.phases.length, onPhaseMove, onPhaseRemove, onPhaseRename, onColumnDoubleClick, onAddTouchpoint, onEmotionChange],
  );

  /** A new phase at the map's end, selected, in view and with its name ready to type over. */
  const newPhase = () => {
    const id = addPhase(doc, { name: tc('newPhase') }, origin);
    useSelection.getState().set({ phase: id });
    onPhaseCreated?.(id);
    revealNode(PHASE_NODE_PREFIX + id);
  };

  const renderEverything = useRenderEverything((s) => s.all);
  // A large map renders only what is on screen, opens unfitted, without dots or minimap.
  const large = journey.touchpoints.length > LARGE_MAP;
  // A map of more than two phases on a phone opens unfitted too: fitted, its cards would be
  // unreadable.
  const [openAtStart] = useState(() => large || (isPhone() && journey.phases.length > 2));

  // While the map pans or zooms, its viewport is a layer of its own that the compositor
  // moves without painting it again; when it stops, the class goes and the map is drawn
  // once, sharp, at the new zoom. On a large map the move is also played as an animation
  // (see viewport-motion.ts).
  const wrapperRef = useRef<HTMLDivElement>(null);
  const motion = useRef<ViewportMotion | null>(null);
  const onMoveStart = useCallback(
    (_event: unknown, viewport: Viewport) => {
      wrapperRef.current?.classList.add('tp-moving');
      motion.current?.stop();
      motion.current = large ? startViewportMotion(wrapperRef.current?.querySelector('.react-flow__viewport'), viewport) : null;
    },
    [large],
  );
  const onMove = useCallback((_event: unknown, viewport: Viewport) => motion.current?.update(viewport), []);
  const onMoveEnd = useCallback(() => {
    wrapperRef.current?.classList.remove('tp-moving');
    motion.current?.stop();
    motion.current = null;
  }, []);
  useEffect(() => () => motion.current?.stop(), []);

  const onMouseMove = (event: ReactMouseEvent) => onCursor?.(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));

  const minimapColor = useCallback(
    (node: Node) => {
      if (node.type !== 'touchpoint') return node.type === 'phase' ? '#e0e7ff' : 'transparent';
      const tp = (node.data as { touchpoint: Touchpoint }).touchpoint;
      const channel = tp.channelId ? channels.get(tp.channelId) : undefined;
      return channel ? CHANNEL_STYLE[channel.kind].color : NO_CHANNEL_COLOR;
    },
    [channels],
  );

  const removingPhase = removing ? journey.phases.find((p) => p.id === removing) : undefined;

  return (
    <MapContext.Provider value={mapContext}>
      <div ref={wrapperRef} className={`relative h-full w-full ${MAP_BACKGROUND}`} onMouseMove={onMouseMove} onMouseLeave={() => onCursor?.(null)} data-testid="journey-map">
        <ReactFlow<MapNode, StepEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onPaneClick={() => useSelection.getState().clear()}
          onMoveStart={onMoveStart}
          onMove={onMove}
          onMoveEnd={onMoveEnd}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={false}
          edgesFocusable={false}
          elementsSelectable
          elevateNodesOnSelect={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_KEYS}
          zoomOnDoubleClick={false}
          onlyRenderVisibleElements={large && !renderEverything}
          minZoom={0.05}
          maxZoom={2}
          // A large map opens at its top-left corner, readable, rather than fitted into a blur.
          fitView={!openAtStart}
          defaultViewport={{ x: isPhone() ? 12 : 40, y: MAP_TOP, zoom: 0.7 }}
          fitViewOptions={FIT_VIEW}
          proOptions={{ hideAttribution: true }}
          defaultEdgeOptions={{ type: 'step' }}
        >
          {/* The dots are drawn anew on every pan frame: only for maps of ordinary size. */}
          {!large && <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#cbd5e1" />}
          {/* The minimap redraws every node on each pan frame: only for maps of ordinary size. */}
          {!large && overview && (
            <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(241,245,249,0.7)" />
          )}
          <Controls showInteractive={false} fitViewOptions={FIT_VIEW}>
            {!large && (
              <ControlButton
                onClick={toggleOverview}
                title={overview ? t('overviewHide') : t('overviewShow')}
                aria-label={overview ? t('overviewHide') : t('overviewShow')}
                aria-pressed={overview}
                data-testid="overview-toggle"
              >
                ▦
              </ControlButton>
            )}
          </Controls>
          <StepMarkers />
          {large && <MapBackdrop box={backdropBox(layout)} />}
          <PeerCursors />
          {!readOnly && journey.phases.length > 0 && (
            <Panel position="top-left">
              <button
                type="button"
                className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
                onClick={newPhase}
              >
                + {t('addPhase')}
              </button>
            </Panel>
          )}
        </ReactFlow>
        {journey.phases.length === 0 && (
          <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
            <div className="pointer-events-auto rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-lg">
              <p className="text-lg font-semibold text-slate-800">{t('emptyMap')}</p>
              {!readOnly && (
                <>
                  <p className="mt-1 text-sm text-slate-500">{t('emptyMapHint')}</p>
                  <button
                    type="button"
                    className="mt-4 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700"
                    onClick={newPhase}
                  >
                    + {t('addPhase')}
                  </button>
                </>
              )}
            </div>
          </div>
        )}
        {removingPhase && (
          <RemovePhaseDialog
            journey={journey}
            phase={removingPhase}
            onCancel={() => setRemoving(null)}
            onConfirm={(mode) => {
              removePhase(doc, removingPhase.id, mode, origin);
              setRemoving(null);
              useSelection.getState().clear();
            }}
          />
        )}
      </div>
    </MapContext.Provider>
  );
}

