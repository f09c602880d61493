// The arrowheads of steps, defined once for the map. Edges name them by id (a string
// marker), so React Flow does not derive marker definitions from all 1,500 edges of a large
// map on every change of its store, which it does for marker objects. Rendered inside the
// viewport, so image exports (a copy of the viewport) keep them.
import type { Handoff } from '@touchpoint/model';
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { HANDOFF_COLOR } from './visuals.ts';

const STEP_COLOR = '#64748b';
type MarkerKind = 'step' | Handoff | 'unset';

const markerId = (kind: MarkerKind) => `tp-step-arrow-${kind}`;

/** The marker id of a step: plain, or a channel switch by its handoff. */
export function stepMarkerId(isSwitch: boolean, handoff: Handoff | null): string {
  return markerId(isSwitch ? (handoff ?? 'unset') : 'step');
}

const MARKERS: Array<{ kind: MarkerKind; color: string; size: number }> = [
  { kind: 'step', color: STEP_COLOR, size: 16 },
  // The marker scales with the stroke: a switch's wide double line takes a smaller one.
  ...(Object.entries(HANDOFF_COLOR) as Array<[Handoff | 'unset', string]>).map(([kind, color]) => ({ kind, color, size: 8 })),
];

function StepMarkersView() {
  return (
    <ViewportPortal>
      <svg className="tp-step-markers" aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}>
        <defs>
          {MARKERS.map(({ kind, color, size }) => (
            <marker
              key={kind}
              id={markerId(kind)}
              viewBox="-10 -10 20 20"
              markerWidth={size}
              markerHeight={size}
              markerUnits="strokeWidth"
              orient="auto-start-reverse"
              refX={0}
              refY={0}
            >
              <polyline points="-5,-4 0,0 -5,4 -5,-4" fill={color} stroke={color} strokeWidth={1} strokeLinecap="round" strokeLinejoin="round" />
            </marker>
          ))}
        </defs>
      </svg>
    </ViewportPortal>
  );
}

export const StepMarkers = memo(StepMarkersView);
