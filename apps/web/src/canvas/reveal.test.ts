import { describe, expect, it } from 'vitest';
import { centredOn, focusPadding, inView } from './reveal.ts';

describe('inView', () => {
  const pane = { width: 1000, height: 800 };
  const card = { x: 100, y: 100, width: 200, height: 120 };

  it('is true for a card wholly on screen and false for one cut off at any edge, under the transform', () => {
    expect(inView(card, [0, 0, 1], pane, false)).toBe(true);
    // Zoomed in twice around the origin the card ends at 600 × 440: still in.
    expect(inView(card, [0, 0, 2], pane, false)).toBe(true);
    // Panned so it sticks out to the left, the top, the right, the bottom.
    expect(inView(card, [-150, 0, 1], pane, false)).toBe(false);
    expect(inView(card, [0, -150, 1], pane, false)).toBe(false);
    expect(inView(card, [750, 0, 1], pane, false)).toBe(false);
    expect(inView(card, [0, 600, 1], pane, false)).toBe(false);
  });

  it('on a phone counts only the part above the inspector\'s sheet', () => {
    // Bottom edge at 220 + 100 = 320 of 800: just inside the free 40 % (320 px) …
    expect(inView(card, [0, 100, 1], pane, true)).toBe(true);
    // … and at 340, under the sheet, though on the pane.
    expect(inView(card, [0, 120, 1], pane, true)).toBe(false);
    expect(inView(card, [0, 120, 1], pane, false)).toBe(true);
    expect(focusPadding(true)).toMatchObject({ bottom: '58%' });
    expect(focusPadding(false)).toBe(0.3);
  });

  it('centres a card in the visible part at the same zoom: the whole pane, or above the sheet on a phone', () => {
    const view = centredOn(card, 2, pane, false);
    expect(view.zoom).toBe(2);
    // The card's centre (200, 160) lands on the pane's centre (500, 400).
    expect([(card.x + card.width / 2) * view.zoom + view.x, (card.y + card.height / 2) * view.zoom + view.y]).toEqual([500, 400]);
    const phone = centredOn(card, 1, pane, true);
    expect((card.y + card.height / 2) * phone.zoom + phone.y).toBe(160);
    expect(inView(card, [phone.x, phone.y, 1], pane, true)).toBe(true);
  });
});
