// The map's small print in a real browser, on the three templates, in the editor and in the
// exported SVG (laid out again as a page): each card's badges stay in one row inside the
// card, every KPI shown as a chip or counted in "+N"; the labels of steps cover neither
// each other nor an arrowhead, and switch badges keep to one line (in Dutch too); no step's
// line passes under a card.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../packages/model/src/index.ts';
import { startStack, type CreatedJourney, type Stack } from './harness.ts';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  await page.addInitScript(() => localStorage.setItem('touchpoint.locale', 'en'));
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

interface MapReport {
  /** Cards whose badge row wraps or runs out of the card, by title. */
  badgeRowsOff: string[];
  /** Chips and "+N" per card, by title. */
  kpisShown: Record<string, number>;
  /** Pairs of step labels that overlap, and labels over an arrowhead, by their text. */
  labelOverlaps: string[];
  labelsOverArrows: string[];
  labels: number;
  /** Switch badges whose text wraps to a second line, by their text. */
  wrappedBadges: string[];
  /** Steps whose line passes under a card, by their name, with the card's title. */
  linesUnderCards: string[];
}

/** Reads the map in `target` (the editor, or an exported SVG shown as a page). */
function readMap(target: Page): Promise<MapReport> {
  return target.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const badgeRowsOff: string[] = [];
    const kpisShown: Record<string, number> = {};
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid=touchpoint-card]')) {
      const title = card.querySelector('[data-testid=touchpoint-title]')!.textContent!;
      const row = card.querySelector<HTMLElement>('[data-testid=badge-row]');
      const more = Number(row?.querySelector('[data-testid=kpi-more]')?.textContent?.slice(1) ?? 0);
      kpisShown[title] = (row?.querySelectorAll('[data-testid=kpi-chip]').length ?? 0) + more;
      if (!row) continue;
      const box = card.getBoundingClientRect();
      // One line: every badge's middle at the same height.
      const middles = [...row.children].map((c) => c.getBoundingClientRect()).map((r) => r.top + r.height / 2);
      const oneLine = Math.max(...middles) - Math.min(...middles) < 1;
      const inside = [...row.children].every((c) => {
        const r = c.getBoundingClientRect();
        return r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5 && r.width > 0;
      });
      if (!oneLine || !inside || row.scrollWidth > row.clientWidth + 1) badgeRowsOff.push(title);
    }
    const pills = [...document.querySelectorAll<HTMLElement>('[data-testid=switch-badge] > span, [data-testid=step-label-text] > span')];
    const boxes = pills.map((p) => ({ text: p.textContent!, box: p.getBoundingClientRect() }));
    const labelOverlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!.box, boxes[j]!.box)) labelOverlaps.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
    }
    // An arrowhead: a square around the end of each step's path, as wide as a switch's arrowhead.
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = viewport.getBoundingClientRect().width / viewport.offsetWidth || new DOMMatrix(getComputedStyle(viewport).transform).a;
    const arrows = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].map((path) => {
      const end = path.getPointAtLength(path.getTotalLength()).matrixTransform(path.getScreenCTM()!);
      const half = 8 * zoom;
      return new DOMRect(end.x - half, end.y - half, 2 * half, 2 * half);
    });
    const labelsOverArrows = boxes.filter(({ box }) => arrows.some((a) => overlap(a, box))).map(({ text }) => text);
    const wrappedBadges = [...document.querySelectorAll<HTMLElement>('[data-testid=switch-badge] > span')].filter((p) => p.getClientRects().length > 1).map((p) => p.textContent!);
    // Points every 4 px along each step's line, against every card (1 px in from its sides).
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid=touchpoint-card]')].map((card) => ({
      title: card.querySelector('[data-testid=touchpoint-title]')!.textContent!,
      box: card.getBoundingClientRect(),
    }));
    const linesUnderCards = new Set<string>();
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
      const name = path.closest('.react-flow__edge')?.getAttribute('aria-label') ?? path.id;
      const length = path.getTotalLength();
      const toScreen = path.getScreenCTM()!;
      for (let at = 0; at <= length; at += 4) {
        const point = path.getPointAtLength(at).matrixTransform(toScreen);
        const under = cards.find(({ box }) => point.x > box.left + 1 && point.x < box.right - 1 && point.y > box.top + 1 && point.y < box.bottom - 1);
        if (under) linesUnderCards.add(`${name} under “${under.title}”`);
      }
    }
    return { badgeRowsOff, kpisShown, labelOverlaps, labelsOverArrows, labels: boxes.length, wrappedBadges, linesUnderCards: [...linesUnderCards] };
  });
}

async function exportedSvg(): Promise<string> {
  await page.getByRole('button', { name: /Export/ }).first().click();
  await page.getByTestId('export-dialog').waitFor();
  await page.getByRole('tab', { name: 'Image' }).click();
  await page.getByLabel('SVG', { exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download SVG' }).click()]);
  const { readFileSync } = await import('node:fs');
  await page.keyboard.press('Escape');
  return readFileSync((await download.path())!, 'utf8');
}

describe.each(['insurance-application', 'car-rental-winter', 'omnichannel-retail'])('the %s template', (template) => {
  it('keeps every card’s badges in one row and its step labels off each other and the arrowheads, on the map and in the exported SVG', async () => {
    const created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template, locale: 'en' } })).body;
    const journey = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
    await page.goto(`${stack.server.url}/j/${created.id}?t=${created.links.editor.token}`);
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length >= n, journey.steps.length);
    await page.locator('[data-testid=switch-label]').first().waitFor({ state: 'attached' });
    const kpis = Object.fromEntries(journey.touchpoints.map((t) => [t.title, t.kpis.length]));
    const labelled = journey.steps.filter((s) => s.label).length;

    const onMap = await readMap(page);
    expect(onMap.kpisShown).toEqual(kpis);
    expect(onMap.badgeRowsOff).toEqual([]);
    expect(onMap.labels).toBeGreaterThanOrEqual(labelled);
    expect(onMap.labelOverlaps).toEqual([]);
    expect(onMap.labelsOverArrows).toEqual([]);
    expect(onMap.wrappedBadges).toEqual([]);
    expect(onMap.linesUnderCards).toEqual([]);

    const svg = await exportedSvg();
    const shown = await stack.browser.newPage({ viewport: { width: 2400, height: 1400 } });
    try {
      await shown.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      const inImage = await readMap(shown);
      expect(inImage.kpisShown).toEqual(kpis);
      expect(inImage.badgeRowsOff).toEqual([]);
      expect(inImage.labels).toBe(onMap.labels);
      expect(inImage.labelOverlaps).toEqual([]);
      expect(inImage.labelsOverArrows).toEqual([]);
      expect(inImage.wrappedBadges).toEqual([]);
      expect(inImage.linesUnderCards).toEqual([]);
    } finally {
      await shown.close();
    }
  });
});

describe('the car rental template in Dutch', () => {
  it('keeps the switch badges to one line in the narrow space between columns, and the steps’ lines off the cards', async () => {
    const created = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'car-rental-winter', locale: 'nl' } })).body;
    const journey = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
    const dutch = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    try {
      await dutch.addInitScript(() => localStorage.setItem('touchpoint.locale', 'nl'));
      await dutch.goto(`${stack.server.url}/j/${created.id}?t=${created.links.editor.token}`);
      await dutch.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length >= n, journey.steps.length);
      await dutch.locator('[data-testid=switch-label]').first().waitFor({ state: 'attached' });
      const onMap = await readMap(dutch);
      // Short forms between the columns ("⇄ deels"), the handoff in full in their titles.
      expect(await dutch.getByTestId('switch-badge').getByText('⇄ deels', { exact: true }).count()).toBeGreaterThan(0);
      expect(await dutch.locator('[data-testid=switch-badge][title="Wissel · gedeeltelijke overdracht"]').count()).toBeGreaterThan(0);
      expect(onMap.wrappedBadges).toEqual([]);
      expect(onMap.labelOverlaps).toEqual([]);
      expect(onMap.labelsOverArrows).toEqual([]);
      expect(onMap.linesUnderCards).toEqual([]);
    } finally {
      await dutch.close();
    }
  });
});
