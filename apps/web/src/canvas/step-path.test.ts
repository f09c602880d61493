import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_HEIGHT, CARD_LEFT, CARD_WIDTH, cardTop, columnLeft } from './layout.ts';
import { arcReach, isSideArc, labelPlace, laneRoute, laneY, roundedPolyline, sideArc, spansColumns, stepHandles } from './step-path.ts';

const at = (column: number, row: number) => ({ x: columnLeft(column), y: cardTop(row) });

describe('step handles', () => {
  it('go straight down to the next card of a column, and from the facing sides between columns', () => {
    expect(stepHandles(at(0, 0), at(0, 1))).toEqual(['b', 't']);
    expect(stepHandles(at(0, 2), at(1, 0))).toEqual(['r', 'l']);
    expect(stepHandles(at(2, 0), at(1, 3))).toEqual(['l', 'r']);
  });

  it('arc beside the column for a step that skips cards or goes back up, so it never crosses the cards between', () => {
    expect(stepHandles(at(0, 0), at(0, 2))).toEqual(['r', 'r']);
    expect(stepHandles(at(0, 3), at(0, 1))).toEqual(['r', 'r']);
    expect(stepHandles(at(0, 1), at(0, 0))).toEqual(['r', 'r']);
    expect(cardTop(2) - cardTop(0)).toBeGreaterThan(CARD_HEIGHT + CARD_GAP);
  });
});

describe('side arc', () => {
  it('bulges right by more for a longer arc, within the gap to the next column, with its label at the outermost point', () => {
    const [path, labelX, labelY] = sideArc(248, 100, 248, 460);
    const reach = arcReach(100, 460);
    expect(path).toBe(`M248,100 C${248 + reach},100 ${248 + reach},460 248,460`);
    expect(labelX).toBeCloseTo(248 + 0.75 * reach);
    expect(labelY).toBe(280);
    expect(arcReach(0, 2000)).toBe(80);
    expect(arcReach(0, 180)).toBeLessThan(arcReach(0, 540));
    expect(isSideArc(Position.Right, Position.Right)).toBe(true);
    expect(isSideArc(Position.Right, Position.Left)).toBe(false);
  });
});

describe('label place', () => {
  // Handle points lie 6 px outside a card's side, as React Flow puts them.
  const right = (column: number) => columnLeft(column) + CARD_LEFT + CARD_WIDTH + 6;
  const left = (column: number) => columnLeft(column) + CARD_LEFT - 6;

  it('puts the badge and the label at either side of a step straight down, in the gap between the cards', () => {
    const x = columnLeft(0) + CARD_LEFT + CARD_WIDTH / 2;
    expect(labelPlace(Position.Bottom, Position.Top, x, x, x, 300)).toEqual({ x, y: 300, layout: 'sides', maxWidth: CARD_WIDTH });
  });

  it('keeps the labels of a step to the next column within the space between the two cards, at the middle of the step', () => {
    const place = labelPlace(Position.Right, Position.Left, right(0), left(1), 310, 200);
    expect(place).toMatchObject({ x: 310, y: 200, layout: 'caption' });
    // The space between the cards is 100 px: the labels stay 3 px off each card.
    expect(place.maxWidth).toBe(left(1) - right(0) + 12 - 6);
    expect(labelPlace(Position.Left, Position.Right, left(1), right(0), 310, 200).maxWidth).toBe(place.maxWidth);
  });

  it('gives the labels of a step across columns a card’s width, one line each, as they sit between two rows of cards', () => {
    expect(labelPlace(Position.Right, Position.Left, right(0), left(2), 480, 200)).toEqual({ x: 480, y: 200, layout: 'caption', maxWidth: CARD_WIDTH - 8, oneLine: true });
    expect(labelPlace(Position.Left, Position.Right, left(3), right(0), 480, 200).oneLine).toBe(true);
  });

  it('puts the labels of an arc beside a column in the space before the next column, at the arc’s middle height', () => {
    const place = labelPlace(Position.Right, Position.Right, right(0), right(0), right(0) + 40, 280);
    expect(place).toEqual({ x: right(0) - 6 + 50, y: 280, layout: 'caption', maxWidth: 94 });
  });
});

/** Points along an SVG path of M, L and Q commands (the curves sampled). */
function pointsOf(path: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const [, command, args] of path.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const n = args!.trim().split(/[ ,]+/).map(Number);
    if (command === 'Q') {
      const [cx, cy, x, y] = n as [number, number, number, number];
      for (let t = 0.1; t <= 1; t += 0.1) out.push({ x: (1 - t) ** 2 * at.x + 2 * (1 - t) * t * cx + t * t * x, y: (1 - t) ** 2 * at.y + 2 * (1 - t) * t * cy + t * t * y });
      at = { x, y };
    } else {
      const [x, y] = n as [number, number];
      // Straight lines: a point every 4 px.
      const steps = command === 'L' ? Math.ceil(Math.hypot(x - at.x, y - at.y) / 4) : 0;
      for (let i = 1; i <= steps; i++) out.push({ x: at.x + ((x - at.x) * i) / steps, y: at.y + ((y - at.y) * i) / steps });
      at = { x, y };
      out.push(at);
    }
  }
  return out;
}

describe('lane route', () => {
  // A step's ends as React Flow gives them: the middle of a card's side, 6 px out.
  const rightOf = (column: number, row: number) => ({ x: columnLeft(column) + CARD_LEFT + CARD_WIDTH + 6, y: cardTop(row) + CARD_HEIGHT / 2 });
  const leftOf = (column: number, row: number) => ({ x: columnLeft(column) + CARD_LEFT - 6, y: cardTop(row) + CARD_HEIGHT / 2 });
  /** Whether a point lies on a card of the map (every column full, four rows deep). */
  const onACard = ({ x, y }: { x: number; y: number }) => {
    for (let column = 0; column < 8; column++) {
      for (let row = 0; row < 4; row++) {
        const left = columnLeft(column) + CARD_LEFT;
        const top = cardTop(row);
        if (x > left && x < left + CARD_WIDTH && y > top && y < top + CARD_HEIGHT) return true;
      }
    }
    return false;
  };

  it('is taken by steps between side handles two or more columns apart, not by steps to the next column', () => {
    expect(spansColumns(Position.Right, Position.Left, rightOf(0, 0).x, leftOf(2, 0).x)).toBe(true);
    expect(spansColumns(Position.Left, Position.Right, leftOf(3, 1).x, rightOf(0, 0).x)).toBe(true);
    expect(spansColumns(Position.Right, Position.Left, rightOf(0, 0).x, leftOf(1, 3).x)).toBe(false);
    expect(spansColumns(Position.Left, Position.Right, leftOf(1, 0).x, rightOf(0, 2).x)).toBe(false);
    expect(spansColumns(Position.Bottom, Position.Top, 100, 100)).toBe(false);
  });

  it('runs along the middle of the gap under the source’s row of cards', () => {
    expect(laneY(rightOf(0, 0).y)).toBe(cardTop(0) + CARD_HEIGHT + CARD_GAP / 2);
    expect(laneY(rightOf(0, 2).y)).toBe(cardTop(2) + CARD_HEIGHT + CARD_GAP / 2);
    expect(laneY(rightOf(0, 2).y)).toBeLessThan(cardTop(3));
  });

  it.each([
    ['the same row', rightOf(0, 0), leftOf(2, 0)],
    ['a row up', rightOf(3, 1), leftOf(5, 0)],
    ['three rows down, four columns on', rightOf(1, 0), leftOf(5, 3)],
    ['back to the left', leftOf(4, 2), rightOf(1, 0)],
  ])('passes under no card, from %s', (_, from, to) => {
    const [path] = laneRoute(from.x, from.y, to.x, to.y);
    const points = pointsOf(path);
    expect(path.startsWith(`M${from.x},${from.y}`)).toBe(true);
    expect(points.at(-1)).toEqual(to);
    expect(points.length).toBeGreaterThan(50);
    expect(points.filter(onACard)).toEqual([]);
  });

  it('puts its labels on the lane, halfway between the columns it leaves and enters', () => {
    const from = rightOf(3, 1);
    const to = leftOf(5, 0);
    const [, labelX, labelY] = laneRoute(from.x, from.y, to.x, to.y);
    expect(labelY).toBe(laneY(from.y));
    // The middle of the column between.
    expect(labelX).toBe(columnLeft(4) + CARD_LEFT + CARD_WIDTH / 2);
  });

  it('enters its target level, from the side facing it, so the arrowhead points at the card', () => {
    const from = rightOf(0, 0);
    const to = leftOf(2, 1);
    const [path] = laneRoute(from.x, from.y, to.x, to.y);
    // The last 32 px straight at the target's height.
    expect(path.endsWith(` ${to.x - 32},${to.y} L${to.x},${to.y}`)).toBe(true);
  });
});

describe('rounded polyline', () => {
  it('rounds each corner with a curve of the radius, or less where a side is short', () => {
    expect(roundedPolyline([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 50 }], 12)).toBe('M0,0 L38,0 Q50,0 50,12 L50,50');
    expect(roundedPolyline([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 50 }], 12)).toBe('M0,0 L5,0 Q10,0 10,5 L10,50');
    expect(roundedPolyline([], 12)).toBe('');
  });
});
