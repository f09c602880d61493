// How a step is drawn between two cards. Between columns: from the side facing the other
// card. Down to the next card of the same column: straight from bottom to top. Anything
// else in one column (a step back up, or one that skips cards below) would run through the
// cards in between, so it leaves and enters on the right and arcs beside the column.
// A step across two or more columns would run under the cards of the columns between, so it
// turns into the space beside its first column, runs along the gap under its source's row of
// cards (where no card ever is) and turns into the space before its last column (a lane route).
// A step's labels (the channel switch badge and the step's own label) go at the middle of
// its path, within the space between the cards, clear of the arrowheads at its ends.
import { Position } from '@xyflow/react';
import { CARD_GAP, CARD_HEIGHT, CARD_LEFT, CARD_TOP, CARD_WIDTH, COLUMN_GAP, COLUMN_WIDTH, cardTop } from './layout.ts';

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
/** From a side handle's point to the middle of the space beside its card. */
const TO_GAP_MIDDLE = BETWEEN_COLUMNS / 2 - HANDLE_OUTSET;
/** The radius of a lane route's corners. */
const CORNER = 12;

/**
 * Whether a step between side handles at these x's spans two or more columns (so that a
 * direct line would pass the column between); from one column to the next the handles are
 * only the space between the cards apart.
 */
export function spansColumns(sourcePosition: Position, targetPosition: Position, sourceX: number, targetX: number): boolean {
  const sides = (sourcePosition === Position.Right && targetPosition === Position.Left) || (sourcePosition === Position.Left && targetPosition === Position.Right);
  return sides && Math.abs(targetX - sourceX) > COLUMN_WIDTH;
}

/** The row of cards whose side handles are at height `y`. */
function rowAt(y: number): number {
  return Math.max(0, Math.round((y - CARD_TOP - CARD_HEIGHT / 2) / (CARD_HEIGHT + CARD_GAP)));
}

/**
 * The height of a lane route's run across the columns between: the middle of the gap under
 * the source's row. Every column has room for a card under its last one, so the gap is
 * there, and going down first keeps clear of the steps from the same card to the next
 * column, which mostly go up to where that column starts.
 */
export function laneY(sourceY: number): number {
  return cardTop(rowAt(sourceY)) + CARD_HEIGHT + CARD_GAP / 2;
}

/** An SVG path through the points, in straight lines with rounded corners. */
export function roundedPolyline(points: { x: number; y: number }[], radius: number): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${p.x},${p.y}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLength = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLength = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r === 0) continue;
    const before = { x: p.x - ((p.x - prev.x) / inLength) * r, y: p.y - ((p.y - prev.y) / inLength) * r };
    const after = { x: p.x + ((next.x - p.x) / outLength) * r, y: p.y + ((next.y - p.y) / outLength) * r };
    d += ` L${before.x},${before.y} Q${p.x},${p.y} ${after.x},${after.y}`;
  }
  return d;
}

/**
 * A step across columns: out of its source's side into the middle of the space beside that
 * column, down to the lane (laneY), along it past the columns between, and up or down in the
 * space before the target's column to the target's side. With the point for its
 * labels: the middle of the run along the lane.
 */
export function laneRoute(sourceX: number, sourceY: number, targetX: number, targetY: number): [path: string, labelX: number, labelY: number] {
  const dir = Math.sign(targetX - sourceX) || 1;
  const outX = sourceX + dir * TO_GAP_MIDDLE;
  const inX = targetX - dir * TO_GAP_MIDDLE;
  const y = laneY(sourceY);
  const path = roundedPolyline(
    [
      { x: sourceX, y: sourceY },
      { x: outX, y: sourceY },
      { x: outX, y },
      { x: inX, y },
      { x: inX, y: targetY },
      { x: targetX, y: targetY },
    ],
    CORNER,
  );
  return [path, (outX + inX) / 2, y];
}

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
  /** One line each (then an ellipsis): on a lane route, between two rows of cards. */
  oneLine?: boolean;
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
  if (spansColumns(sourcePosition, targetPosition, sourceX, targetX)) {
    // Along the lane between two rows of cards: as wide as a card, a line each above and below.
    return { x: midX, y: midY, layout: 'caption', maxWidth: CARD_WIDTH - 8, oneLine: true };
  }
  // Between neighbouring columns: no wider than the space between the cards the step connects.
  const between = Math.abs(targetX - sourceX) + 2 * HANDLE_OUTSET;
  return { x: midX, y: midY, layout: 'caption', maxWidth: between - 6 };
}
