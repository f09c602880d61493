// How a step is drawn between two cards. Between columns: from the side facing the other
// card. Down to the next card of the same column: straight from bottom to top. Anything
// else in one column (a step back up, or one that skips cards below) would run through the
// cards in between, so it leaves and enters on the right and arcs beside the column.
// A step's labels (the channel switch badge and the step's own label) go at the middle of
// its path, within the space between the cards, clear of the arrowheads at its ends.
import { Position } from '@xyflow/react';
import { CARD_GAP, CARD_HEIGHT, CARD_LEFT, CARD_WIDTH, COLUMN_GAP } from './layout.ts';

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

/** How far a handle's point (where a step starts or ends) lies outside its card's side. */
const HANDLE_OUTSET = 6;
/** The space between the cards of two neighbouring columns. */
const BETWEEN_COLUMNS = COLUMN_GAP + 2 * CARD_LEFT;
/** The widest a step's label gets, where a step spans columns. */
const LABEL_MAX_WIDTH = 180;

/** Where a step's labels go (the middle of its path), how they are laid out and how wide they may be. */
export interface LabelPlace {
  x: number;
  y: number;
  /**
   * `sides`: the switch badge left of the line and the label right of it: a step straight
   * down to the next card, in the gap between the two cards.
   * `caption`: the badge just above the point and the label just below, so the line runs
   * between them and a straight line's arrowheads stay in sight.
   */
  layout: 'sides' | 'caption';
  /** The widest the labels get: each of them in a caption, both together at the sides. */
  maxWidth: number;
}

/** Where the labels of a step from (sourceX, sourceY) to (targetX, targetY) go; (midX, midY) is its path's middle. */
export function labelPlace(
  sourcePosition: Position,
  targetPosition: Position,
  sourceX: number,
  targetX: number,
  midX: number,
  midY: number,
): LabelPlace {
  if (sourcePosition === Position.Bottom && targetPosition === Position.Top) {
    return { x: midX, y: midY, layout: 'sides', maxWidth: CARD_WIDTH };
  }
  if (isSideArc(sourcePosition, targetPosition)) {
    // Beside the column, in the middle of the space before the next column's cards.
    return { x: sourceX - HANDLE_OUTSET + BETWEEN_COLUMNS / 2, y: midY, layout: 'caption', maxWidth: BETWEEN_COLUMNS - 6 };
  }
  // Between columns: no wider than the space between the cards the step connects.
  const between = Math.abs(targetX - sourceX) + 2 * HANDLE_OUTSET;
  return { x: midX, y: midY, layout: 'caption', maxWidth: Math.min(LABEL_MAX_WIDTH, between - 6) };
}
