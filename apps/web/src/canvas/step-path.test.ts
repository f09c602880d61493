import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_HEIGHT, cardTop, columnLeft } from './layout.ts';
import { arcReach, isSideArc, sideArc, stepHandles } from './step-path.ts';

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
