// How a step is drawn between two cards. Between columns: from the side facing the other
// card. Down to the next card of the same column: straight from bottom to top. Anything
// else in one column (a step back up, or one that skips cards below) would run through the
// cards in between, so it leaves and enters on the right and arcs beside the column.
import { Position } from '@xyflow/react';
import { CARD_GAP, CARD_HEIGHT } from './layout.ts';

export type HandleId = 'l' | 'r' | 't' | 'b';

/** Where a card sits on the map (its top-left corner). */
interface At {
  x: number;
  y: number;
}

/** The handles a step leaves `from` and enters `to` by. */
export function stepHandles(from: At, to: At): [source: HandleId, target: HandleId] {
  if (from.x === to.x) {
    const next = to.y > from.y && to.y - from.y <= CARD_HEIGHT + CARD_GAP;
    return next ? ['b', 't'] : ['r', 'r'];
  }
  return to.x < from.x ? ['l', 'r'] : ['r', 'l'];
}

/** How far an arc beside a column reaches out: more for longer arcs, within the column gap. */
export function arcReach(sourceY: number, targetY: number): number {
  return Math.min(80, 32 + 0.1 * Math.abs(targetY - sourceY));
}

/**
 * An SVG path from a right-side handle to another right-side handle of the same column,
 * bulging to the right, with the point for its label (the arc's outermost point).
 */
export function sideArc(sourceX: number, sourceY: number, targetX: number, targetY: number): [path: string, labelX: number, labelY: number] {
  const reach = arcReach(sourceY, targetY);
  const path = `M${sourceX},${sourceY} C${sourceX + reach},${sourceY} ${targetX + reach},${targetY} ${targetX},${targetY}`;
  // A cubic's middle point: an eighth of each end and three eighths of each control point.
  return [path, (sourceX + targetX) / 2 + 0.75 * reach, (sourceY + targetY) / 2];
}

/** Whether React Flow's positions for an edge are those of an arc beside a column. */
export function isSideArc(sourcePosition: Position, targetPosition: Position): boolean {
  return sourcePosition === Position.Right && targetPosition === Position.Right;
}
