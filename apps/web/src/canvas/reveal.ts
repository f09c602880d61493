// Bringing cards into view: the part of the map a person sees (on a phone the inspector's
// sheet covers the lower part of it); a pan, at the current zoom, that shows a card which
// was just added out of sight or chosen under the sheet; a fit that shows a step's two
// cards.
import { useReactFlow, useStoreApi, type FitViewOptions, type InternalNode } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { useMediaQuery } from '../common/useMediaQuery.ts';
import { useSelection } from '../store/selection.ts';

/** Screens narrower than Tailwind's `md`, where the inspector is a sheet over the lower part of the map and panels cover it. */
export const PHONE_QUERY = '(max-width: 767.98px)';

export function isPhone(): boolean {
  return window.matchMedia?.(PHONE_QUERY).matches ?? false;
}

/** Whether the screen is a phone's, re-rendering the caller when that changes. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}

/** The share of the map's height the inspector's sheet leaves free on a phone. */
const PHONE_FREE_HEIGHT = 0.4;

/** fitView's padding around what is brought into view: above the sheet on a phone. */
export function focusPadding(phone: boolean): FitViewOptions['padding'] {
  return phone ? { top: '6%', bottom: '58%', x: '6%' } : 0.3;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether a box on the map (flow coordinates) lies wholly inside the visible part of a pane
 * of `pane` pixels, under React Flow's transform [x, y, zoom].
 */
export function inView(box: Box, [tx, ty, zoom]: readonly [number, number, number], pane: { width: number; height: number }, phone: boolean): boolean {
  const left = box.x * zoom + tx;
  const top = box.y * zoom + ty;
  return left >= 0 && top >= 0 && left + box.width * zoom <= pane.width && top + box.height * zoom <= visibleHeight(pane, phone);
}

/** The view, at `zoom`, with a box's centre in the middle of the visible part of the pane. */
export function centredOn(box: Box, zoom: number, pane: { width: number; height: number }, phone: boolean): { x: number; y: number; zoom: number } {
  return { x: pane.width / 2 - (box.x + box.width / 2) * zoom, y: visibleHeight(pane, phone) / 2 - (box.y + box.height / 2) * zoom, zoom };
}

/** How much of the pane's height shows: all of it, or on a phone the part above the sheet. */
function visibleHeight(pane: { height: number }, phone: boolean): number {
  return phone ? pane.height * PHONE_FREE_HEIGHT : pane.height;
}

/** A node's box on the map, from React Flow's store. */
function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/** How long to wait for a node that was just written to reach the map. */
const WAIT_MS = 2000;

/**
 * A function that pans the map, keeping its zoom, until node `id` shows, unless it is in
 * view already. The node may not be on the map yet (the document was written a moment
 * ago): then it waits for it to arrive.
 */
export function useRevealNode(): (id: string) => void {
  const store = useStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const show = (): boolean => {
        const state = store.getState();
        const node = state.nodeLookup.get(id);
        if (!node) return false;
        const box = boxOf(node);
        const phone = isPhone();
        if (!inView(box, state.transform, state, phone)) void flow.setViewport(centredOn(box, state.transform[2], state, phone), { duration: 300 });
        return true;
      };
      if (show()) return;
      let waiting = true;
      const stop = store.subscribe((state) => {
        if (!waiting || !state.nodeLookup.has(id)) return;
        waiting = false;
        stop();
        show();
      });
      setTimeout(() => {
        waiting = false;
        stop();
      }, WAIT_MS);
    },
    [store, flow],
  );
}

/**
 * A function that brings several nodes into view at once (a step's two cards), zooming out
 * if it must but never in; it leaves the map alone when they all show already.
 */
export function useShowNodes(): (ids: string[]) => void {
  const store = useStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (ids: string[]) => {
      const state = store.getState();
      const phone = isPhone();
      const nodes = ids.map((id) => state.nodeLookup.get(id)).filter((node) => node !== undefined);
      if (nodes.length === 0 || nodes.every((node) => inView(boxOf(node), state.transform, state, phone))) return;
      void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: focusPadding(phone), maxZoom: state.transform[2], duration: 300 });
    },
    [store, flow],
  );
}

/**
 * On a phone the inspector's sheet covers the lower part of the map: a card chosen there
 * moves up into view. Chosen by a tap, once the finger is lifted; not when the press
 * became a drag (the map does not move under a card being dragged). Chosen otherwise (by
 * keyboard, find or a finding), at once.
 */
export function useRevealChosenCard(revealNode: (id: string) => void): void {
  useEffect(() => {
    let press: { x: number; y: number; moved: boolean } | null = null;
    let pending: string | null = null;
    const onDown = (e: PointerEvent) => (press = { x: e.clientX, y: e.clientY, moved: false });
    const onMove = (e: PointerEvent) => {
      if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) > 8) press.moved = true;
    };
    const onUp = () => {
      const tapped = press !== null && !press.moved;
      press = null;
      if (pending && tapped) revealNode(pending);
      pending = null;
    };
    const stop = useSelection.subscribe((now, before) => {
      const id = now.touchpoints.length === 1 ? now.touchpoints[0]! : null;
      if (!id || id === before.touchpoints[0] || !isPhone()) return;
      if (press) pending = id;
      else revealNode(id);
    });
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
    return () => {
      stop();
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
    };
  }, [revealNode]);
}
