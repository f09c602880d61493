// The map's geometry, derived from phase order and touchpoint order (positions are never
// stored): phases are columns, touchpoints are cards stacked in their column, and an
// emotion lane runs under the cards across the whole journey.
import { EMOTION_MAX, EMOTION_MIN, type Journey, type Touchpoint } from '@touchpoint/model';

export const COLUMN_WIDTH = 276;
export const COLUMN_GAP = 72;
export const HEADER_HEIGHT = 84;
export const CARD_WIDTH = 248;
export const CARD_HEIGHT = 132;
export const CARD_GAP = 48;
export const CARD_TOP = HEADER_HEIGHT + 20;
export const CARD_LEFT = (COLUMN_WIDTH - CARD_WIDTH) / 2;
export const LANE_GAP = 28;
export const LANE_HEIGHT = 170;
export const MIN_BODY_ROWS = 2;

export interface MapLayout {
  /** x of each phase column, by phase id. */
  columnX: Map<string, number>;
  /** Card positions (top-left, flow coordinates), by touchpoint id. */
  cards: Map<string, { x: number; y: number }>;
  /** Height of every column (header + cards), all equal. */
  columnHeight: number;
  /** Top of the emotion lane. */
  laneY: number;
  width: number;
  /** Emotion curve points, in journey order. */
  curve: { id: string; title: string; x: number; y: number; emotion: number }[];
}

export const columnLeft = (index: number) => index * (COLUMN_WIDTH + COLUMN_GAP);
export const cardTop = (index: number) => CARD_TOP + index * (CARD_HEIGHT + CARD_GAP);

const EMOTION_MARGIN = 30;

export function emotionY(emotion: number, laneY: number): number {
  // +2 at the top of the lane, -2 at the bottom, with a margin.
  return laneY + EMOTION_MARGIN + ((2 - emotion) / 4) * (LANE_HEIGHT - 2 * EMOTION_MARGIN);
}

/** The emotion (a whole number from -2 to +2) whose line is nearest to `y` within the lane. */
export function emotionAt(y: number, laneY: number): number {
  const emotion = Math.round(2 - ((y - laneY - EMOTION_MARGIN) / (LANE_HEIGHT - 2 * EMOTION_MARGIN)) * 4);
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion));
}

export function layoutJourney(journey: Journey): MapLayout {
  const columnX = new Map<string, number>();
  journey.phases.forEach((phase, i) => columnX.set(phase.id, columnLeft(i)));
  const byPhase = new Map<string, Touchpoint[]>();
  for (const t of journey.touchpoints) {
    const list = byPhase.get(t.phaseId);
    if (list) list.push(t);
    else byPhase.set(t.phaseId, [t]);
  }
  let rows = MIN_BODY_ROWS;
  for (const list of byPhase.values()) rows = Math.max(rows, list.length + 1);
  const columnHeight = cardTop(rows) + 4;
  const laneY = columnHeight + LANE_GAP;
  const cards = new Map<string, { x: number; y: number }>();
  const curve: MapLayout['curve'] = [];
  journey.phases.forEach((phase) => {
    const x = columnX.get(phase.id)!;
    const list = byPhase.get(phase.id) ?? [];
    list.forEach((t, i) => {
      cards.set(t.id, { x: x + CARD_LEFT, y: cardTop(i) });
      curve.push({ id: t.id, title: t.title, x: x + ((i + 0.5) / list.length) * COLUMN_WIDTH, y: emotionY(t.emotion, laneY), emotion: t.emotion });
    });
  });
  const width = Math.max(COLUMN_WIDTH, columnLeft(journey.phases.length) - COLUMN_GAP);
  return { columnX, cards, columnHeight, laneY, width, curve };
}

/** The phase column under flow x, or null beside every column. */
export function phaseAt(journey: Journey, x: number): string | null {
  const step = COLUMN_WIDTH + COLUMN_GAP;
  const index = Math.floor((x + COLUMN_GAP / 2) / step);
  return journey.phases[Math.max(0, Math.min(index, journey.phases.length - 1))]?.id ?? null;
}

/** The position in a column's order for flow y (a card's top or a click point). */
export function indexAt(y: number, count: number): number {
  const index = Math.round((y - CARD_TOP) / (CARD_HEIGHT + CARD_GAP));
  return Math.max(0, Math.min(index, count));
}

/** Phase index for a phase header dragged to flow x. */
export function phaseIndexAt(x: number, count: number): number {
  const index = Math.round(x / (COLUMN_WIDTH + COLUMN_GAP));
  return Math.max(0, Math.min(index, count - 1));
}

/** A smooth path through the points (Catmull-Rom as cubic Béziers). */
export function smoothPath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  if (points.length === 1) return `M ${points[0]!.x} ${points[0]!.y}`;
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${c1.x.toFixed(1)} ${c1.y.toFixed(1)}, ${c2.x.toFixed(1)} ${c2.y.toFixed(1)}, ${p2.x.toFixed(1)} ${p2.y.toFixed(1)}`;
  }
  return d;
}
