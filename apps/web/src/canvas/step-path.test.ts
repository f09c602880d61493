import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_HEIGHT, CARD_LEFT, CARD_WIDTH, cardTop, columnLeft } from './layout.ts';
import { arcReach, isSideArc, labelPlace, sideArc, stepHandles } from './step-path.ts';

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

  it('lets the labels of a step across columns be wider, up to 180 px', () => {
    expect(labelPlace(Position.Right, Position.Left, right(0), left(2), 480, 200).maxWidth).toBe(180);
  });

  it('puts the labels of an arc beside a column in the space before the next column, at the arc’s middle height', () => {
    const place = labelPlace(Position.Right, Position.Right, right(0), right(0), right(0) + 40, 280);
    expect(place).toEqual({ x: right(0) - 6 + 50, y: 280, layout: 'caption', maxWidth: 94 });
  });
});
