// Image and JSON export from the real editor against the real server, in Chromium: the
// whole map as a PNG at 2x (right size, not blank, edges drawn), as an SVG with every
// touchpoint, and the journey as JSON that imports back to the same journey.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { generateJourney, type Journey } from '../packages/model/src/index.ts';
import { screenshotPath, startStack, type CreatedJourney, type Stack } from './harness.ts';


let stack: Stack;
let created: CreatedJourney;
let journey: Journey;
let page: Page;

async function downloaded(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

async function openExport(tab: 'Image' | 'File' = 'Image') {
  if (!(await page.getByTestId('export-dialog').isVisible().catch(() => false))) {
    await page.getByRole('button', { name: /Export/ }).first().click();
    await page.getByTestId('export-dialog').waitFor();
  }
  await page.getByRole('tab', { name: tab }).click();
}

async function exportImage(format: 'PNG' | 'SVG', ratio?: string): Promise<{ name: string; bytes: Buffer }> {
  await openExport('Image');
  await page.getByLabel(format, { exact: true }).check();
  if (ratio) await page.getByLabel(ratio, { exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await downloaded(download) };
}

/** Size of the map computed from the DOM: every node's box at zoom 1, plus the 40 px padding. */
async function mapSizeFromDom(): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return { width: (right - left) / zoom + 80, height: (bottom - top) / zoom + 80 };
  });
}

/** Decodes a PNG in the browser and returns its size and pixel statistics. */
async function pixelStats(png: Buffer, other?: Buffer) {
  const decoder = await stack.browser.newPage();
  const stats = await decoder.evaluate(
    async ([a, b]) => {
      const load = async (base64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return { width: canvas.width, height: canvas.height, data: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
      };
      const first = await load(a!);
      let sum = 0;
      let sumSq = 0;
      const colours = new Set<number>();
      const n = first.width * first.height;
      for (let i = 0; i < first.data.length; i += 4) {
        const l = 0.299 * first.data[i]! + 0.587 * first.data[i + 1]! + 0.114 * first.data[i + 2]!;
        sum += l;
        sumSq += l * l;
        if (i % 64 === 0) colours.add((first.data[i]! << 16) | (first.data[i + 1]! << 8) | first.data[i + 2]!);
      }
      let differing = 0;
      if (b) {
        const second = await load(b);
        if (second.width === first.width && second.height === first.height) {
          for (let i = 0; i < first.data.length; i += 4) {
            const d =
              Math.abs(first.data[i]! - second.data[i]!) + Math.abs(first.data[i + 1]! - second.data[i + 1]!) + Math.abs(first.data[i + 2]! - second.data[i + 2]!);
            if (d > 60) differing++;
          }
        } else differing = -1;
      }
      return { width: first.width, height: first.height, variance: sumSq / n - (sum / n) ** 2, colours: colours.size, differing };
    },
    [png.toString('base64'), other?.toString('base64')] as const,
  );
  await decoder.close();
  return stats;
}

beforeAll(async () => {
  stack = await startStack();
  const res = await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'car-rental-winter', locale: 'en' } });
  expect(res.status).toBe(201);
  created = res.body;
  journey = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
  page = await stack.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await page.goto(`${stack.server.url}/j/${created.id}?t=${created.links.editor.token}`);
  await page.locator('.react-flow__node').first().waitFor();
  // Every touchpoint is on the map before exporting.
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length >= n, journey.steps.length);
});

afterAll(async () => {
  await stack?.close();
});

describe('image export', () => {
  it('exports the whole map as a PNG at 2x: right size, not blank, with its edges', async () => {
    await page.mouse.move(700, 450);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    const size = await mapSizeFromDom();
    const png = await exportImage('PNG', '2x');
    expect(png.name).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(Math.abs(width - size.width * 2)).toBeLessThanOrEqual(4);
    expect(Math.abs(height - size.height * 2)).toBeLessThanOrEqual(4);

    // Edges hidden: the same export differs from the first exactly where edges were drawn.
    await page.addStyleTag({ content: '.react-flow__edge { visibility: hidden !important; }' });
    const noEdges = await exportImage('PNG', '2x');
    await page.evaluate(() => document.head.lastElementChild?.remove());
    const stats = await pixelStats(png.bytes, noEdges.bytes);
    expect(stats.width).toBe(width);
    expect(stats.variance).toBeGreaterThan(100);
    expect(stats.colours).toBeGreaterThan(20);
    // Every step is at least ~100 px of line at 2x; a missing edge layer leaves no difference.
    expect(stats.differing).toBeGreaterThan(journey.steps.length * 100);
    await page.screenshot({ path: screenshotPath('export-dialog.png') });
  });

  it('leaves the friction overlay out when asked, and never shows presence', async () => {
    await openExport('Image');
    const friction = page.getByLabel('Include the friction overlay');
    const withFriction = await exportImage('PNG', '1x');
    await friction.uncheck();
    const without = await exportImage('PNG', '1x');
    await friction.check();
    const frictionMarks = await page.locator('.react-flow__viewport .tp-friction').count();
    const stats = await pixelStats(withFriction.bytes, without.bytes);
    if (frictionMarks > 0) expect(stats.differing).toBeGreaterThan(0);
    else expect(stats.differing).toBe(0);
  });

  it('exports an SVG that parses and holds every touchpoint title', async () => {
    const svg = await exportImage('SVG');
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    const result = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      // Every arrowhead an edge names is defined in the file itself.
      const named = [...doc.querySelectorAll('[marker-end]')].map((el) => /#([\w-]+)/.exec(el.getAttribute('marker-end') ?? '')?.[1] ?? '');
      const missing = named.filter((id) => !doc.getElementById(id) || doc.getElementById(id)!.nodeName !== 'marker');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '', arrows: named.length, missing };
    }, text);
    expect(result.error).toBeNull();
    expect(result.root).toBe('svg');
    expect(result.arrows).toBe(journey.steps.length);
    expect(result.missing).toEqual([]);
    for (const tp of journey.touchpoints) expect(result.text).toContain(tp.title);
    expect(text).not.toContain('tp-presence');
  });

  it('leaves the edit controls out of the image: phase headers’ grips and buttons, cards’ connection handles', async () => {
    // They are on the map.
    expect(await page.locator('.react-flow__viewport .tp-phase-drag').count()).toBe(journey.phases.length);
    expect(await page.locator('.react-flow__viewport [data-testid=phase-add-touchpoint]').count()).toBe(journey.phases.length);
    expect(await page.locator('.react-flow__viewport .react-flow__handle').count()).toBe(4 * journey.touchpoints.length);
    const text = (await exportImage('SVG')).bytes.toString('utf8');
    const found = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        controls: doc.querySelectorAll('.tp-edit-control, .tp-phase-drag, .react-flow__handle, button').length,
        text: doc.documentElement.textContent ?? '',
        phases: doc.querySelectorAll('[data-testid=phase-name]').length,
      };
    }, text);
    expect(found.controls).toBe(0);
    for (const sign of ['⠿', '◀']) expect(found.text).not.toContain(sign);
    expect(found.phases).toBe(journey.phases.length);
  });
});

describe('image export and selection', () => {
  it('looks the same whatever is selected, here or by a colleague: no selection ring or line in the image', async () => {
    const closeDialog = async () => {
      await page.keyboard.press('Escape');
      await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    };
    if (await page.getByTestId('export-dialog').isVisible().catch(() => false)) await closeDialog();
    // The whole map in view (the first test zoomed in), so every card can be clicked.
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(500);
    // A colleague has a card selected; nothing is selected here.
    const peer = await stack.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await peer.goto(`${stack.server.url}/j/${created.id}?t=${created.links.editor.token}`);
      await peer.locator('[data-testid=touchpoint-card]').nth(1).click();
      await page.getByTestId('peer-selection').first().waitFor();
      expect(await page.locator('.react-flow__viewport .tp-selection').count()).toBe(0);
      const plain = await exportImage('PNG', '1x');
      await closeDialog();

      // A card and a phase selected here, then a step.
      await page.locator('[data-testid=touchpoint-card]').first().click();
      await page.getByTestId('selection-ring').first().waitFor();
      const withCard = await exportImage('PNG', '1x');
      await closeDialog();
      await page.getByTestId('phase-name').nth(2).click();
      await page.locator('[data-testid=phase-column] [data-testid=selection-ring]').waitFor();
      const withPhase = await exportImage('PNG', '1x');
      const svg = (await exportImage('SVG')).bytes.toString('utf8');
      await closeDialog();
      const onStep = await page.evaluate(() => {
        const path = document.querySelector<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')!;
        const point = path.getPointAtLength(path.getTotalLength() / 3).matrixTransform(path.getScreenCTM()!);
        return { x: point.x, y: point.y };
      });
      await page.mouse.click(onStep.x, onStep.y);
      await page.locator('.react-flow__edge.selected path.tp-selection').waitFor({ state: 'attached' });
      const withStep = await exportImage('PNG', '1x');
      await closeDialog();

      for (const selected of [withCard, withPhase, withStep]) expect((await pixelStats(plain.bytes, selected.bytes)).differing).toBe(0);
      // Nor in the SVG's markup (its stylesheet names every class the page uses).
      const rings = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return doc.querySelectorAll('.tp-selection, .tp-presence, [class*=ring-indigo]').length;
      }, svg);
      expect(rings).toBe(0);
    } finally {
      await peer.close();
    }
  });
});

describe('image export of a large map', () => {
  it('exports every node and edge label of a map that renders only what is on screen, and leaves the view as it was once closed', async () => {
    // 200 touchpoints: over the size from which the editor renders only what is on screen.
    const large = generateJourney({ touchpoints: 200, steps: 300, seed: 11 });
    const res = await stack.api<CreatedJourney>('/api/journeys', { body: { journey: large } });
    expect(res.status).toBe(201);
    const imported = (await stack.api<Journey>(`/api/journeys/${res.body.id}`)).body;
    const channelOf = new Map(imported.touchpoints.map((t) => [t.id, t.channelId]));
    const switches = imported.steps.filter((s) => channelOf.get(s.from) && channelOf.get(s.to) && channelOf.get(s.from) !== channelOf.get(s.to));
    expect(switches.length).toBeGreaterThan(0);
    const main = page;
    page = await stack.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    try {
      await page.goto(`${stack.server.url}/j/${res.body.id}?t=${res.body.links.editor.token}`);
      await page.locator('.react-flow__node').first().waitFor();
      const onScreen = await page.locator('.react-flow__node[data-id^="gen-t"]').count();
      expect(onScreen).toBeLessThan(imported.touchpoints.length);
      const viewBefore = await page.locator('.react-flow__viewport').getAttribute('style');
      // The map's opaque backdrop (a large map's panning aid) is on the page, not in the image.
      expect(await page.getByTestId('map-backdrop').count()).toBe(1);
      const svg = (await exportImage('SVG')).bytes.toString('utf8');
      expect(svg).not.toContain('tp-backdrop');
      const result = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return { nodes: doc.querySelectorAll('.react-flow__node').length, edges: doc.querySelectorAll('.react-flow__edge').length, switchLabels: doc.querySelectorAll('[data-testid=switch-label]').length };
      }, svg);
      expect(result.edges).toBe(imported.steps.length);
      expect(result.switchLabels).toBe(switches.length);
      for (const tp of imported.touchpoints) expect(svg).toContain(tp.title);
      // Once the dialog is closed the map is back to rendering what is on screen, at the same view.
      await page.keyboard.press('Escape');
      await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
      await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node[data-id^="gen-t"]').length <= n, onScreen);
      expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(viewBefore);
    } finally {
      await page.close();
      page = main;
    }
  });
});

describe('JSON export and import', () => {
  it('downloads the journey as the REST API serves it, and imports it back as the same journey', async () => {
    await openExport('File');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.journey\.json$/);
    const text = (await downloaded(download)).toString('utf8');
    expect(text).toContain('\n  "schemaVersion": 1');
    const file = JSON.parse(text) as Journey;
    expect(file).toEqual((await stack.api<Journey>(`/api/journeys/${created.id}`)).body);
    // The touchpoints as a spreadsheet, too: a row per touchpoint under the header.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvLines = (await downloaded(csv)).toString('utf8').split('\r\n').filter(Boolean);
    expect(csvLines[0]).toMatch(/^\uFEFFPhase,Cycle,Touchpoint,Channel,Emotion,/);
    expect(csvLines).toHaveLength(file.touchpoints.length + 1);

    // Change the journey, then import the file: it is back as it was.
    const patched = await stack.api(`/api/journeys/${created.id}`, { method: 'PATCH', body: { title: 'Renamed meanwhile' } });
    expect(patched.status).toBeLessThan(300);
    await page.waitForFunction(() => document.body.textContent?.includes('Renamed meanwhile'));
    await page.getByTestId('import-file').setInputFiles({ name: 'backup.journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Replace the journey' }).click();
    await page.getByText('The journey was replaced by backup.journey.json').waitFor();
    await expect.poll(async () => (await stack.api<Journey>(`/api/journeys/${created.id}`)).body, { timeout: 10_000 }).toEqual(file);
  });

  it('rejects an invalid file with its problems and changes nothing', async () => {
    const before = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
    await openExport('File');
    const broken = { ...before, steps: [{ id: 's-x', from: 'nowhere', to: before.touchpoints[0]!.id }] };
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Step 1 › from');
    expect(await page.getByRole('button', { name: 'Replace the journey' }).count()).toBe(0);
    expect((await stack.api<Journey>(`/api/journeys/${created.id}`)).body).toEqual(before);
  });
});
