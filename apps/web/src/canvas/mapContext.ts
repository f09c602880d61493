// What the map's custom nodes and edges need besides their own data, through context so
// that node data stays the plain entity (and unchanged entities keep their identity).
import type { Channel } from '@touchpoint/model';
import type { CommentCountStore } from './comment-counts.ts';
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface FrictionMark {
  count: number;
  severity: 'info' | 'warning' | 'critical';
  score: number | null;
}

/**
 * The friction marks by touchpoint, phase or step id. A store rather than context: each
 * node reads its own mark, so a new score re-renders only the nodes whose mark changed.
 */
export type FrictionStore = StoreApi<{ marks: ReadonlyMap<string, FrictionMark> }>;

export function createFrictionStore(): FrictionStore {
  return createStore(() => ({ marks: new Map<string, FrictionMark>() }));
}

/** `next`, keeping the previous object of every mark that did not change. */
export function shareMarks(prev: ReadonlyMap<string, FrictionMark>, next: ReadonlyMap<string, FrictionMark>): ReadonlyMap<string, FrictionMark> {
  const out = new Map<string, FrictionMark>();
  for (const [id, mark] of next) {
    const old = prev.get(id);
    out.set(id, old && old.count === mark.count && old.severity === mark.severity && old.score === mark.score ? old : mark);
  }
  return out;
}

export interface MapContextValue {
  channels: ReadonlyMap<string, Channel>;
  friction: FrictionStore;
  /** Open comments per card (none shown when left out). */
  comments?: CommentCountStore;
  readOnly: boolean;
  phaseCount: number;
  onPhaseMove(phaseId: string, index: number): void;
  onPhaseRemove(phaseId: string): void;
  onPhaseRename(phaseId: string, name: string): void;
  onColumnDoubleClick(phaseId: string, clientX: number, clientY: number): void;
  /** Adds a touchpoint at the end of a phase. */
  onAddTouchpoint(phaseId: string): void;
  /** Sets a touchpoint's emotion (from the emotion curve). */
  onEmotionChange(touchpointId: string, emotion: number): void;
}

export const MapContext = createContext<MapContextValue | null>(null);

export function useMapContext(): MapContextValue {
  const value = useContext(MapContext);
  if (!value) throw new Error('useMapContext outside the map');
  return value;
}

/** The friction mark of one node (re-renders the caller only when that mark changes). */
export function useFrictionMark(id: string): FrictionMark | undefined {
  return useStore(useMapContext().friction, (s) => s.marks.get(id));
}
