// How Chromium composites a large map while it pans, read from the real editor through the
// DevTools protocol: the map's content must be one layer that the compositor moves, not
// dozens of layers it draws one by one on every frame, and the move is played as an
// animation that shows exactly the view React Flow has set (the frame rate of panning a
// 1,000-touchpoint map depends on both; BENCHMARKS.md has the numbers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateJourney } from '../packages/model/src/index.ts';
import { startStack, type CreatedJourney, type Stack } from './harness.ts';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

interface LayerInfo {
  width: number;
  height: number;
  drawsContent: boolean;
  reasons: string[];
}

/** The page's composited layers and why each is one, as the compositor has them now. */
async function compositedLayers(target: Page): Promise<LayerInfo[]> {
  const session = await target.context().newCDPSession(target);
  const tree = new Promise<Array<{ layerId: string; width: number; height: number; drawsContent: boolean }>>((resolve) => {
    session.on('LayerTree.layerTreeDidChange', (event) => {
      if (event.layers) resolve(event.layers);
    });
  });
  await session.send('LayerTree.enable');
  // A pointer move makes the page produce a frame, which reports the layer tree.
  await target.mouse.move(700, 450);
  const layers = await tree;
  const out: LayerInfo[] = [];
  for (const layer of layers) {
    const { compositingReasonIds } = await session.send('LayerTree.compositingReasons', { layerId: layer.layerId });
    out.push({ width: layer.width, height: layer.height, drawsContent: layer.drawsContent, reasons: compositingReasonIds ?? [] });
  }
  await session.detach();
  return out;
}

describe('a large map while it pans', () => {
  it('is one composited layer under an opaque backdrop, not a layer per column and per overlapping card', async () => {
    // 300 touchpoints in 6 phases: a large map (over 150), with tall columns.
    const journey = generateJourney({ touchpoints: 300, steps: 450, seed: 5 });
    const res = await stack.api<CreatedJourney>('/api/journeys', { body: { journey } });
    expect(res.status).toBe(201);
    page = await stack.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${stack.server.url}/j/${res.body.id}?t=${res.body.links.editor.token}`);
      await page.locator('[data-testid=touchpoint-card]').first().waitFor();
      await expect.poll(() => page.getByTestId('map-backdrop').count()).toBe(1);

      // Hold a drag on the empty map: React Flow reports a move start, the map is moving.
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      await page.mouse.move(pane.x + 20, pane.y + pane.height / 2);
      await page.mouse.down();
      await page.mouse.move(pane.x + 60, pane.y + pane.height / 2 + 10, { steps: 4 });
      await expect.poll(() => page.getByTestId('journey-map').getAttribute('class')).toContain('tp-moving');

      // The move is also played as an animation that holds the view React Flow has set
      // (viewport-motion.ts): what shows is exactly the view in the element's style.
      await page.mouse.move(pane.x + 90, pane.y + pane.height / 2 + 30, { steps: 3 });
      const during = await page.evaluate(() => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const shown = new DOMMatrix(getComputedStyle(viewport).transform);
        const styled = new DOMMatrix(viewport.style.transform);
        return { animations: viewport.getAnimations().length, shown: [shown.a, shown.e, shown.f], styled: [styled.a, styled.e, styled.f] };
      });
      expect(during.animations).toBe(1);
      during.shown.forEach((value, i) => expect(value).toBeCloseTo(during.styled[i]!, 4));

      const layers = await compositedLayers(page);
      const moving = layers.filter((l) => l.reasons.includes('WillChangeTransform'));
      // The viewport is the one layer that moves, and it draws the map itself.
      expect(moving).toHaveLength(1);
      expect(moving[0]!.drawsContent).toBe(true);
      // What is layered only because it overlaps something composited: at most the map's
      // own controls (zoom buttons, the add-phase button). Without the backdrop, the
      // columns and what lies on them took dozens of such layers.
      const overlapping = layers.filter((l) => l.reasons.includes('Overlap'));
      expect(overlapping.length, JSON.stringify(overlapping)).toBeLessThanOrEqual(3);
      for (const layer of overlapping) expect(layer.width * layer.height).toBeLessThan(300 * 300);

      await page.mouse.up();
      await expect.poll(() => page.getByTestId('journey-map').getAttribute('class')).not.toContain('tp-moving');
      // Once the move is over, no animation is left and the map stays where it was dragged.
      const after = await page.evaluate(() => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const shown = new DOMMatrix(getComputedStyle(viewport).transform);
        return { animations: viewport.getAnimations().length, x: shown.e, styled: new DOMMatrix(viewport.style.transform).e };
      });
      expect(after.animations).toBe(0);
      expect(after.x).toBeCloseTo(after.styled, 4);
      expect(after.x).toBeGreaterThan(during.styled[1]! - 1);
    } finally {
      await page.close();
    }
  });

  it('has no backdrop on a map of ordinary size, where the dot grid shows', async () => {
    const journey = generateJourney({ touchpoints: 20, steps: 25, seed: 5 });
    const res = await stack.api<CreatedJourney>('/api/journeys', { body: { journey } });
    page = await stack.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(`${stack.server.url}/j/${res.body.id}?t=${res.body.links.editor.token}`);
      await page.locator('[data-testid=touchpoint-card]').first().waitFor();
      await expect(page.locator('.react-flow__background').count()).resolves.toBe(1);
      expect(await page.getByTestId('map-backdrop').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
