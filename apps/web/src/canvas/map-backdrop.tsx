// An opaque backdrop under the whole of a large map, in the map's own background colour.
//
// While the map pans or zooms, its viewport is one composited layer (see `tp-moving`).
// Without it, Chromium (as its layer tree shows) gave each tall phase column a layer of its
// own, apparently because merging them would leave much empty space between them, and
// everything drawn over them (steps, cards, labels) another few dozen layers, which the
// compositor then drew one by one on every frame. With something opaque under everything,
// all of the map merges into the viewport's single layer (e2e/map-layers.test.ts).
//
// Only for large maps: smaller ones show the dot grid, which sits under the viewport.
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { LANE_HEIGHT, type MapLayout } from './layout.ts';

/** The canvas's background, shared by the map's wrapper and the backdrop so no seam shows. */
export const MAP_BACKGROUND = 'bg-slate-100';

/** How far the backdrop reaches beyond the columns and the emotion lane (labels, curves). */
export const BACKDROP_MARGIN = 2000;

export interface BackdropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The backdrop's box in flow coordinates: the map's columns and lane with a margin. */
export function backdropBox(layout: Pick<MapLayout, 'width' | 'laneY'>): BackdropBox {
  return {
    left: -BACKDROP_MARGIN,
    top: -BACKDROP_MARGIN,
    width: layout.width + 2 * BACKDROP_MARGIN,
    height: layout.laneY + LANE_HEIGHT + 2 * BACKDROP_MARGIN,
  };
}

function MapBackdropView({ box }: { box: BackdropBox }) {
  return (
    <ViewportPortal>
      <div
        className={`tp-backdrop pointer-events-none absolute ${MAP_BACKGROUND}`}
        // Below the phase columns (z-index -1) in the viewport's stacking context.
        style={{ left: box.left, top: box.top, width: box.width, height: box.height, zIndex: -2 }}
        aria-hidden="true"
        data-testid="map-backdrop"
      />
    </ViewportPortal>
  );
}

export const MapBackdrop = memo(MapBackdropView, (a, b) =>
  a.box.left === b.box.left && a.box.top === b.box.top && a.box.width === b.box.width && a.box.height === b.box.height,
);
