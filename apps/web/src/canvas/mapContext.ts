// What the map's custom nodes and edges need besides their own data, through context so
// that node data stays the plain entity (and unchanged entities keep their identity).
import type { Channel } from '@touchpoint/model';
import { createContext, useContext } from 'react';

export interface FrictionMark {
  count: number;
  severity: 'info' | 'warning' | 'critical';
  score: number | null;
}

export interface MapContextValue {
  channels: ReadonlyMap<string, Channel>;
  friction: ReadonlyMap<string, FrictionMark>;
  readOnly: boolean;
  phaseCount: number;
  onPhaseMove(phaseId: string, index: number): void;
  onPhaseRemove(phaseId: string): void;
  onPhaseRename(phaseId: string, name: string): void;
  onColumnDoubleClick(phaseId: string, clientX: number, clientY: number): void;
}

export const MapContext = createContext<MapContextValue | null>(null);

export function useMapContext(): MapContextValue {
  const value = useContext(MapContext);
  if (!value) throw new Error('useMapContext outside the map');
  return value;
}
