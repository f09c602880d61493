// The lookbook in a real browser against the real server: opened with a viewer link, it
// shows every section, filters by audience, prints to A4 with page breaks where they
// belong, downloads as a self-contained HTML file, and its token cannot change anything.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// Yjs (the same copy as the server's) builds the updates a client would send over the socket.
import * as Y from 'yjs';
import type { Journey } from '../packages/model/src/index.ts';
import { screenshotPath, startStack, type CreatedJourney, type Stack } from './harness.ts';


let stack: Stack;
let created: CreatedJourney;
let journey: Journey;

async function openLookbook(path: string): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${stack.server.url}${path}`);
  return page;
}

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n >>>= 7;
  }
  out.push(n);
  return out;
}

/** Connects over the y-websocket protocol from the browser with `token`, syncs, and sends a title change. */
async function writeTitleOverSocket(page: Page, id: string, token: string, title: string): Promise<void> {
  const wsUrl = `${stack.server.url.replace('http', 'ws')}/sync/${id}?token=${encodeURIComponent(token)}`;
  // Sync step 1 with an empty state vector: the server answers with its whole state.
  const state = await page.evaluate(async (url) => {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    (window as unknown as { tpSocket: WebSocket }).tpSocket = ws;
    return await new Promise<number[]>((resolve, reject) => {
      ws.onerror = () => reject(new Error('socket error'));
      ws.onmessage = (event) => {
        const bytes = new Uint8Array(event.data as ArrayBuffer);
        if (bytes[0] === 0 && bytes[1] === 1) resolve([...bytes]);
      };
      ws.onopen = () => ws.send(new Uint8Array([0, 0, 1, 0]));
      setTimeout(() => reject(new Error('no sync step 2 from the server')), 10_000);
    });
  }, wsUrl);
  // Decode [0, 1, varUint8Array(update)].
  let offset = 2;
  let length = 0;
  let shift = 0;
  for (;;) {
    const byte = state[offset++]!;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state.slice(offset, offset + length)));
  const before = Y.encodeStateVector(doc);
  doc.getMap('meta').set('title', title);
  const update = Y.encodeStateAsUpdate(doc, before);
  const message = [0, 2, ...varUint(update.length), ...update];
  await page.evaluate(async (bytes) => {
    const ws = (window as unknown as { tpSocket: WebSocket }).tpSocket;
    if (ws.readyState === WebSocket.OPEN) ws.send(new Uint8Array(bytes));
    await new Promise((r) => setTimeout(r, 1500));
    ws.close();
  }, message);
}

beforeAll(async () => {
  stack = await startStack();
  const res = await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application', locale: 'en' } });
  expect(res.status).toBe(201);
  created = res.body;
  journey = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
});

afterAll(async () => {
  await stack?.close();
});

describe('lookbook', () => {
  it('shows every section of a template journey with the viewer link', async () => {
    const page = await openLookbook(`/j/${created.id}/lookbook?t=${created.links.viewer.token}`);
    await page.getByRole('heading', { level: 1, name: journey.title }).waitFor();
    expect(await page.getByTestId('campaign').textContent()).toBe(journey.campaign);
    expect(Number(await page.getByTestId('journey-score').textContent())).toBeGreaterThanOrEqual(0);
    for (const persona of journey.personas) expect(await page.getByText(persona.name, { exact: true }).count()).toBeGreaterThan(0);
    const mapTitles = await page.$$eval('.lb-map svg .tp-map-card > title', (els) => els.map((e) => e.textContent));
    expect(mapTitles.sort()).toEqual(journey.touchpoints.map((t) => t.title).sort());
    expect(await page.locator('.lb-phase').count()).toBe(journey.phases.length);
    expect(await page.locator('.lb-tp').count()).toBe(journey.touchpoints.length);
    expect(await page.locator('.lb-switch').count()).toBeGreaterThan(0);
    expect(await page.locator('.lb-finding').count()).toBeGreaterThan(0);
    expect(await page.locator('.lb-key').count()).toBe(journey.touchpoints.filter((t) => t.isKeyMoment).length);
    const withNotes = journey.touchpoints.find((t) => t.notes)!;
    expect(await page.locator(`[data-touchpoint-id="${withNotes.id}"] .lb-notes`).textContent()).toBe(withNotes.notes);
    // Each card says where customers go next (a step's other end).
    const step = journey.steps[0]!;
    const titleOf = (id: string) => journey.touchpoints.find((t) => t.id === id)!.title;
    expect(await page.locator(`div.lb-tp[data-touchpoint-id="${step.from}"] [data-testid=lb-next]`).textContent()).toContain(titleOf(step.to));
    expect(await page.locator(`div.lb-tp[data-touchpoint-id="${step.to}"] [data-testid=lb-came-from]`).textContent()).toContain(titleOf(step.from));
    await page.screenshot({ path: screenshotPath('lookbook.png'), fullPage: true });
    await page.close();
  });

  it('reads on a phone: nothing wider than the screen, and the bar scrolls away with the page', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${stack.server.url}/j/${created.id}/lookbook?t=${created.links.viewer.token}`);
    await page.getByRole('heading', { level: 1, name: journey.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await expect.poll(async () => (await page.locator('.lb-chrome').boundingBox())!.y).toBeLessThan(-20);
    await page.screenshot({ path: screenshotPath('lookbook-phone.png') });

    // A card's field puts its label above its value, which gets the card's width: a KPI
    // reads on one or two lines, not a word per line.
    const field = await page.locator('.lb-tp .lb-field').filter({ has: page.locator('.lb-kpis') }).first().evaluate((el) => {
      const [label, value] = [...el.children] as HTMLElement[];
      const card = el.closest('.lb-tp')!.getBoundingClientRect();
      const l = label!.getBoundingClientRect();
      const v = value!.getBoundingClientRect();
      const kpi = value!.querySelector('.lb-kpi')!.getBoundingClientRect();
      return { labelBottom: l.bottom, valueTop: v.top, valueWidth: v.width, cardWidth: card.width, kpiLines: Math.round(kpi.height / parseFloat(getComputedStyle(value!.querySelector('.lb-kpi')!).lineHeight)) };
    });
    expect(field.valueTop).toBeGreaterThanOrEqual(field.labelBottom - 1);
    expect(field.valueWidth).toBeGreaterThan(field.cardWidth * 0.8);
    expect(field.kpiLines).toBeLessThanOrEqual(2);

    // The map keeps a readable size and scrolls sideways inside its section; the page does not.
    const map = page.getByTestId('lookbook-map');
    await map.scrollIntoViewIfNeeded();
    const sizes = await map.evaluate((el) => {
      const svg = el.querySelector('svg')!;
      const title = svg.querySelector('.tp-map-card text') as SVGTextElement;
      return {
        box: el.getBoundingClientRect().width,
        scrollWidth: el.scrollWidth,
        svgWidth: svg.getBoundingClientRect().width,
        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        fontSize: parseFloat(getComputedStyle(title).fontSize),
      };
    });
    expect(sizes.box).toBeLessThanOrEqual(390);
    expect(sizes.scrollWidth).toBeGreaterThan(sizes.box);
    expect(sizes.fontSize * sizes.scale).toBeGreaterThanOrEqual(11);
    await map.evaluate((el) => el.scrollBy(400, 0));
    expect(await map.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => page.getByText('Swipe sideways to see the whole map.').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('lookbook-phone-map.png') });
    await context.close();
  });

  it('fits every text of the map inside its card or column, as the browser draws it (Dutch titles, long words)', async () => {
    const dutch = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application', locale: 'nl' } })).body;
    const page = await openLookbook(`/j/${dutch.id}/lookbook?t=${dutch.links.viewer.token}`);
    await page.locator('.lb-map svg .tp-map-card').first().waitFor();
    const overflows = await page.$$eval('.lb-map svg .tp-map-card', (cards) =>
      cards.flatMap((card) => {
        const box = (card.querySelector('rect') as SVGRectElement).getBBox();
        const texts = [...card.querySelectorAll(':scope > text')] as SVGTextElement[];
        const badges = texts.filter((t) => t.getAttribute('text-anchor') === 'end').map((t) => t.getBBox());
        return texts
          .filter((t) => t.getAttribute('text-anchor') !== 'end')
          .flatMap((t) => {
            const b = t.getBBox();
            const outside = b.x + b.width > box.x + box.width - 4;
            // A text on the line of a badge must end before the badge starts.
            const underBadge = badges.some((badge) => badge.y < b.y + b.height && b.y < badge.y + badge.height && b.x + b.width > badge.x);
            return outside || underBadge ? [`${t.textContent} (${Math.round(b.x + b.width - box.x)} of ${box.width} px)`] : [];
          });
      }),
    );
    expect(overflows).toEqual([]);
    const phaseOverflows = await page.$$eval('.lb-map svg .tp-map-phase', (phases) =>
      phases.flatMap((phase) => {
        const column = (phase.querySelector('rect') as SVGRectElement).getBBox();
        const name = (phase.querySelector('text') as SVGTextElement).getBBox();
        return name.x < column.x || name.x + name.width > column.x + column.width ? [phase.textContent] : [];
      }),
    );
    expect(phaseOverflows).toEqual([]);
    await page.locator('.lb-map').screenshot({ path: screenshotPath('lookbook-map-nl.png') });
    await page.close();
  });

  it('filters by audience: a team sees only its touchpoints and the switches into its channels', async () => {
    const page = await openLookbook(`/j/${created.id}/lookbook?t=${created.links.viewer.token}`);
    await page.getByTestId('audience').selectOption('contact-center');
    const teams = await page.$$eval('.lb-tp', (els) => els.map((e) => (e as HTMLElement).dataset.ownerTeam));
    expect(teams.length).toBe(journey.touchpoints.filter((t) => t.ownerTeam === 'contact-center').length);
    expect(new Set(teams)).toEqual(new Set(['contact-center']));
    const ccChannels = new Set(journey.touchpoints.filter((t) => t.ownerTeam === 'contact-center').map((t) => t.channelId));
    const byId = new Map(journey.touchpoints.map((t) => [t.id, t]));
    const switchSteps = await page.$$eval('.lb-switch', (els) => els.map((e) => (e as HTMLElement).dataset.stepId!));
    expect(switchSteps.length).toBeGreaterThan(0);
    for (const stepId of switchSteps) {
      const step = journey.steps.find((s) => s.id === stepId)!;
      expect(ccChannels.has(byId.get(step.to)!.channelId)).toBe(true);
    }
    // The choice survives a reload through the address.
    await page.reload();
    await page.locator('.lb-tp').first().waitFor();
    expect(await page.locator('.lb-tp').count()).toBe(teams.length);
    await page.close();
  });

  it('prints to A4: a page per phase at least, cards never split, no UI chrome', async () => {
    const page = await openLookbook(`/j/${created.id}/lookbook?t=${created.links.viewer.token}`);
    await page.locator('.lb-phase').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      cards: [...document.querySelectorAll('.lb-card')].map((e) => getComputedStyle(e).breakInside),
      phases: [...document.querySelectorAll('.lb-phase')].map((e) => getComputedStyle(e).breakBefore),
      chrome: getComputedStyle(document.querySelector('.lb-chrome')!).display,
    }));
    expect(styles.cards.length).toBeGreaterThan(journey.touchpoints.length);
    expect(new Set(styles.cards)).toEqual(new Set(['avoid']));
    expect(new Set(styles.phases)).toEqual(new Set(['page']));
    expect(styles.chrome).toBe('none');
    // The map's heading stays on the map's landscape page: laid out at that page's inner
    // width (297 − 28 mm), the section fits its inner height (210 − 34 mm). It used to take
    // a page of its own, with the map alone on the next.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor(269 * mm), height: Math.floor(176 * mm) });
    const map = await page.evaluate(() => {
      const section = document.querySelector('.lb-map-section')!;
      return { height: section.getBoundingClientRect().height, breakInside: getComputedStyle(section).breakInside };
    });
    expect(map.breakInside).toBe('avoid');
    expect(map.height).toBeLessThanOrEqual(176 * mm);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(journey.phases.length + 1);
    await page.close();
  });

  it('downloads a self-contained HTML file that opens offline and shows the map', async () => {
    const page = await stack.browser.newPage({ acceptDownloads: true });
    await page.goto(`${stack.server.url}/j/${created.id}/lookbook?t=${created.links.viewer.token}`);
    await page.locator('.lb-phase').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.lookbook\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    await page.close();

    const offline = await stack.browser.newPage();
    const requests: string[] = [];
    await offline.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    offline.on('request', (request) => requests.push(request.url()));
    await offline.setContent(html, { waitUntil: 'load' });
    expect(requests).toEqual([]);
    expect(await offline.locator('.lb-map svg .tp-map-card').count()).toBe(journey.touchpoints.length);
    expect(await offline.locator('.lb-tp').count()).toBe(journey.touchpoints.length);
    expect(await offline.locator('.lb-chrome').count()).toBe(0);
    // The styles came along: the map is drawn at a real size and cards have their border.
    const mapBox = await offline.locator('.lb-map svg').boundingBox();
    expect(mapBox!.width).toBeGreaterThan(300);
    expect(await offline.locator('.lb-tp').first().evaluate((e) => getComputedStyle(e).borderLeftWidth)).toBe('6px');
    await offline.screenshot({ path: screenshotPath('lookbook-offline.png') });
    await offline.close();
  });

  it('tells a viewer link to a journey in the trash that it is in the trash, and opens again once restored', async () => {
    const trashed = (await stack.api<CreatedJourney>('/api/journeys', { body: { template: 'insurance-application', locale: 'en' } })).body;
    expect((await stack.api(`/api/journeys/${trashed.id}`, { method: 'DELETE' })).status).toBeLessThan(300);
    const page = await openLookbook(`/j/${trashed.id}/lookbook?t=${trashed.links.viewer.token}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^This journey is in the trash; ask whoever shared the link to restore it/);
    expect(await alert.textContent()).not.toMatch(/invalid|revoked/);
    expect((await stack.api(`/api/trash/${trashed.id}/restore`, { method: 'POST' })).status).toBeLessThan(300);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  it('explains an invalid or revoked link', async () => {
    const page = await openLookbook(`/j/${created.id}/lookbook?t=not-a-real-token`);
    expect(await page.getByRole('alert').textContent()).toMatch(/invalid or has been revoked/);
    await page.close();
  });

  it('cannot change the journey with the viewer token, over REST or the socket', async () => {
    const viewer = created.links.viewer.token;
    const before = (await stack.api<Journey>(`/api/journeys/${created.id}`)).body;
    const put = await stack.api(`/api/journeys/${created.id}`, { method: 'PUT', body: { ...before, title: 'Changed' }, token: viewer });
    expect(put.status).toBe(403);
    const patch = await stack.api(`/api/journeys/${created.id}`, { method: 'PATCH', body: { title: 'Changed' }, token: viewer });
    expect(patch.status).toBe(403);

    const page = await openLookbook(`/j/${created.id}/lookbook?t=${viewer}`);
    await writeTitleOverSocket(page, created.id, viewer, 'Changed by a viewer');
    expect((await stack.api<Journey>(`/api/journeys/${created.id}`)).body).toEqual(before);

    // The same update with the editor token is stored: the write itself is a real one.
    await writeTitleOverSocket(page, created.id, created.links.editor.token, 'Changed by an editor');
    expect((await stack.api<Journey>(`/api/journeys/${created.id}`)).body.title).toBe('Changed by an editor');
    await page.close();
  });
});
